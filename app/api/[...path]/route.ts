import { AppError } from "@/lib/http/app-error";
import { errorResponse } from "@/lib/http/error-response";

// Any /api path that no route handles answers 404 in the API's error shape, whatever the method.
function notFound(request: Request): Response {
  return errorResponse(new AppError("not_found", `No API route ${request.method} ${new URL(request.url).pathname}.`));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };

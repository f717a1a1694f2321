import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";
import { toApiErrorShape } from "@/lib/auth/auth-error-shape";

const handlers = toNextJsHandler(auth);

// Sign-in, sign-out and session endpoints of better-auth, with errors in the API's shape.
export const GET = async (request: Request) => toApiErrorShape(await handlers.GET(request));
export const POST = async (request: Request) => toApiErrorShape(await handlers.POST(request));

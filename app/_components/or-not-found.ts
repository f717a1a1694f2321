import { notFound } from "next/navigation";
import { AppError } from "@/lib/http/app-error";

/** For pages: the loaded record, or Next.js's 404 page when the use case says "not found". */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/lib/auth/auth";

export type SignInState = { email: string; error?: string; fields?: Record<string, string[]> };

const signInForm = z.object({
  email: z.string().trim().min(1, "Enter your email.").pipe(z.email("Enter a valid email address.")),
  password: z.string().min(1, "Enter your password."),
});

/** Signs in through better-auth on the server; the form keeps the email typed when it fails. */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const parsed = signInForm.safeParse({ email, password: form.get("password") ?? "" });
  if (!parsed.success) {
    return { email, fields: z.flattenError(parsed.error).fieldErrors };
  }
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) {
      if (error.statusCode === 429) return { email, error: error.body?.message ?? "Too many failed sign-ins; try again later." };
      if (error.statusCode === 401) return { email, error: "Wrong email or password." };
      return { email, error: error.body?.message ?? "Sign-in failed." };
    }
    throw error;
  }
  redirect("/articles");
}

export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect("/login");
}

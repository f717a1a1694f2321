"use client";

import { useActionState } from "react";
import { Field, invalidProps } from "@/app/_components/form-parts";
import { signIn, type SignInState } from "./actions";

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-brand-600";

export function LoginForm() {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, { email: "" });
  return (
    <form action={action} className="space-y-5" noValidate>
      {state.error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      <Field id="email" label="Email" name="email" feedback={state}>
        {/* keyed on the email given back, so React's reset after the action shows what was typed */}
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} key={state.email} className={input} {...invalidProps(state, "email", "email")} />
      </Field>
      <Field id="password" label="Password" name="password" feedback={state}>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={input} {...invalidProps(state, "password", "password")} />
      </Field>
      <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

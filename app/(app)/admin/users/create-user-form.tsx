"use client";

import { useActionState } from "react";
import { createUserAction, type FormState } from "./actions";

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5";

function FieldError({ state, name }: { state: FormState; name: string }) {
  const message = state.fields?.[name]?.[0];
  return message ? (
    <p id={`new-${name}-error`} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

export function CreateUserForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createUserAction, {});
  const v = state.values ?? {};
  const invalid = (name: string) => (state.fields?.[name] ? { "aria-invalid": true, "aria-describedby": `new-${name}-error` } : {});
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" key={state.ok ?? "form"} noValidate>
      <div>
        <label htmlFor="new-name" className="text-sm font-medium">
          Name
        </label>
        <input id="new-name" name="name" defaultValue={v.name} className={input} {...invalid("name")} />
        <FieldError state={state} name="name" />
      </div>
      <div>
        <label htmlFor="new-email" className="text-sm font-medium">
          Email
        </label>
        <input id="new-email" name="email" type="email" defaultValue={v.email} className={input} {...invalid("email")} />
        <FieldError state={state} name="email" />
      </div>
      <div>
        <label htmlFor="new-role" className="text-sm font-medium">
          Role
        </label>
        <select id="new-role" name="role" defaultValue={v.role ?? "editor"} className={input}>
          <option value="editor">Editor</option>
          <option value="reviewer">Reviewer</option>
          <option value="admin">Admin</option>
        </select>
        <FieldError state={state} name="role" />
      </div>
      <div>
        <label htmlFor="new-password" className="text-sm font-medium">
          Initial password
        </label>
        <input id="new-password" name="password" type="password" autoComplete="new-password" className={input} {...invalid("password")} />
        <FieldError state={state} name="password" />
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
          Create user
        </button>
        <p role="status" className={state.error ? "text-sm text-red-700" : "text-sm text-emerald-700"}>
          {state.error ?? state.ok}
        </p>
      </div>
    </form>
  );
}

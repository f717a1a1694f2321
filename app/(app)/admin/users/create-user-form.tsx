"use client";

import { useActionState } from "react";
import { Field, inputClass, invalidProps, SubmitRow } from "@/app/_components/form-parts";
import { createUserAction, type FormState } from "./actions";

export function CreateUserForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createUserAction, {});
  const v = state.values ?? {};
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" key={state.ok ?? "form"} noValidate>
      <Field id="new-name" label="Name" name="name" feedback={state}>
        <input id="new-name" name="name" defaultValue={v.name} className={inputClass} {...invalidProps(state, "name", "new-name")} />
      </Field>
      <Field id="new-email" label="Email" name="email" feedback={state}>
        <input id="new-email" name="email" type="email" defaultValue={v.email} className={inputClass} {...invalidProps(state, "email", "new-email")} />
      </Field>
      <Field id="new-role" label="Role" name="role" feedback={state}>
        <select id="new-role" name="role" defaultValue={v.role ?? "editor"} className={inputClass}>
          <option value="editor">Editor</option>
          <option value="reviewer">Reviewer</option>
          <option value="admin">Admin</option>
        </select>
      </Field>
      <Field id="new-password" label="Initial password" name="password" feedback={state}>
        <input id="new-password" name="password" type="password" autoComplete="new-password" className={inputClass} {...invalidProps(state, "password", "new-password")} />
      </Field>
      <SubmitRow label="Create user" pending={pending} feedback={state} className="sm:col-span-2" />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { SubmitRow } from "@/app/_components/form-parts";
import type { Role } from "@/lib/auth/roles";
import { changeRoleAction, type FormState } from "./actions";

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const [state, action, pending] = useActionState<FormState, FormData>(changeRoleAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {email}
      </label>
      <select id={`role-${userId}`} name="role" defaultValue={role} className="rounded-md border border-slate-300 px-2 py-1 text-sm">
        <option value="editor">Editor</option>
        <option value="reviewer">Reviewer</option>
        <option value="admin">Admin</option>
      </select>
      <SubmitRow label="Change role" pending={pending} feedback={state} variant="secondary" />
    </form>
  );
}

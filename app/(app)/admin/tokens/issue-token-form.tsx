"use client";

import { useActionState } from "react";
import { Field, inputClass, invalidProps, SubmitRow } from "@/app/_components/form-parts";
import { issueTokenAction, type IssueTokenState } from "./actions";

type UserOption = { id: string; email: string; role: string };

export function IssueTokenForm({ users }: { users: UserOption[] }) {
  const [state, action, pending] = useActionState<IssueTokenState, FormData>(issueTokenAction, {});
  const v = state.values ?? {};
  return (
    <>
      <form action={action} className="grid gap-3 sm:grid-cols-3" key={state.token ?? "form"} noValidate>
        <Field id="token-user" label="Acts as" name="userId" feedback={state}>
          <select id="token-user" name="userId" defaultValue={v.userId ?? ""} className={inputClass} {...invalidProps(state, "userId", "token-user")}>
            <option value="">Choose a user…</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.email} ({user.role})
              </option>
            ))}
          </select>
        </Field>
        <Field id="token-name" label="Name" name="name" feedback={state}>
          <input id="token-name" name="name" defaultValue={v.name} placeholder="e.g. CMS plugin" className={inputClass} {...invalidProps(state, "name", "token-name")} />
        </Field>
        <Field id="token-expiry" label="Expires after (days, empty: never)" name="expiresInDays" feedback={state}>
          <input
            id="token-expiry"
            name="expiresInDays"
            inputMode="numeric"
            defaultValue={v.expiresInDays}
            className={inputClass}
            {...invalidProps(state, "expiresInDays", "token-expiry")}
          />
        </Field>
        <SubmitRow label="Issue token" pending={pending} feedback={state} className="sm:col-span-3" />
      </form>
      {state.token ? (
        <div className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" role="status">
          <label htmlFor="issued-token" className="mb-1 block font-medium">
            The new token (shown once)
          </label>
          <input
            id="issued-token"
            readOnly
            value={state.token}
            onFocus={(event) => event.currentTarget.select()}
            className={`${inputClass} font-mono`}
            data-testid="issued-token"
          />
          <p className="mt-1 text-slate-700">
            Send it as <code>Authorization: Bearer &lt;token&gt;</code>. Only its hash is stored: if it is lost, revoke it and issue another.
          </p>
        </div>
      ) : null}
    </>
  );
}

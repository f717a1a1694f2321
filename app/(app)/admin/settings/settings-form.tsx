"use client";

import { useActionState } from "react";
import { saveSettings, type SettingsState } from "./actions";

export function SettingsForm({ allowPrivateUrls, organisationName }: { allowPrivateUrls: boolean; organisationName: string }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(saveSettings, {});
  const v = state.values;
  return (
    <form action={action} className="space-y-5">
      <div>
        <label htmlFor="organisationName" className="text-sm font-medium">
          Organisation name <span className="font-normal text-slate-500">(the author of published ClaimReviews)</span>
        </label>
        <input
          id="organisationName"
          name="organisationName"
          defaultValue={v?.organisationName ?? organisationName}
          className="mt-1 block w-full max-w-md rounded-md border border-slate-300 px-3 py-2"
          aria-invalid={state.fields?.organisationName ? true : undefined}
        />
        {state.fields?.organisationName ? <p className="mt-1 text-sm text-red-700">{state.fields.organisationName[0]}</p> : null}
      </div>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="allowPrivateUrls" value="true" defaultChecked={v ? v.allowPrivateUrls === "true" : allowPrivateUrls} className="mt-1" />
        <span>
          <span className="font-medium">Allow article links to private and local addresses</span>
          <span className="block text-sm text-slate-600">
            Off by default, so that nobody can make the server fetch pages from inside your network. Turn it on only to
            ingest pages from an intranet.
          </span>
        </span>
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60">
          Save settings
        </button>
        <p role="status" className={state.error ? "text-sm text-red-700" : "text-sm text-emerald-700"}>
          {state.error ?? state.ok}
        </p>
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { Field, inputClass, invalidProps, SubmitRow } from "@/app/_components/form-parts";
import { saveSettings, type SettingsState } from "./actions";

export function SettingsForm({
  allowPrivateUrls,
  organisationName,
  publicBaseUrl,
}: {
  allowPrivateUrls: boolean;
  organisationName: string;
  publicBaseUrl: string;
}) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(saveSettings, {});
  const v = state.values;
  return (
    <form action={action} className="space-y-5" noValidate>
      <Field id="organisationName" label="Organisation name" hint="the author of published ClaimReviews" name="organisationName" feedback={state}>
        <input
          id="organisationName"
          name="organisationName"
          defaultValue={v?.organisationName ?? organisationName}
          className={`${inputClass} max-w-md`}
          {...invalidProps(state, "organisationName", "organisationName")}
        />
      </Field>
      <Field
        id="publicBaseUrl"
        label="Public address"
        hint="where readers open published fact-checks, used in ClaimReview links; empty: this server's address"
        name="publicBaseUrl"
        feedback={state}
      >
        <input
          id="publicBaseUrl"
          name="publicBaseUrl"
          type="url"
          placeholder="https://checks.example.org"
          defaultValue={v?.publicBaseUrl ?? publicBaseUrl}
          className={`${inputClass} max-w-md`}
          {...invalidProps(state, "publicBaseUrl", "publicBaseUrl")}
        />
      </Field>
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
      <SubmitRow label="Save settings" pending={pending} feedback={state} />
    </form>
  );
}

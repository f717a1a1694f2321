import type { Metadata } from "next";
import { requireUserForPage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getSetting } from "@/lib/settings/settings";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireUserForPage("admin");
  const [allowPrivateUrls, organisationName, publicBaseUrl] = await Promise.all([
    getSetting(db, "allowPrivateUrls"),
    getSetting(db, "organisationName"),
    getSetting(db, "publicBaseUrl"),
  ]);
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-2xl font-semibold">Settings</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <SettingsForm allowPrivateUrls={allowPrivateUrls} organisationName={organisationName} publicBaseUrl={publicBaseUrl} />
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { requireUserForPage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { listUsers } from "@/lib/users/list-users";
import { IssueTokenForm } from "./issue-token-form";
import { RevokeTokenButton } from "./revoke-token-button";

export const metadata: Metadata = { title: "API tokens" };

const stateLabel = { active: "Active", expired: "Expired", revoked: "Revoked" } as const;
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");

export default async function TokensPage() {
  await requireUserForPage("admin");
  const [{ items: tokens }, users] = await Promise.all([listApiTokens(db), listUsers(db)]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">API tokens</h1>
      <p className="mb-4 max-w-3xl text-sm text-slate-700">
        A token lets another system (a CMS, a chat bot, a publishing pipeline) use the JSON API as the user it is issued for, with that
        user&apos;s role. See the <a href="/api-docs" className="underline">API reference</a>.
      </p>
      <section aria-labelledby="issue-heading" className="mb-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="issue-heading" className="mb-3 text-lg font-semibold">
          Issue a token
        </h2>
        <IssueTokenForm users={users.map(({ id, email, role }) => ({ id, email, role }))} />
      </section>
      <section aria-labelledby="tokens-heading" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <h2 id="tokens-heading" className="px-4 pt-3 text-lg font-semibold">
          Tokens
        </h2>
        {tokens.length === 0 ? (
          <p className="px-4 py-3 text-sm text-slate-600">No tokens issued yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th className="px-4 py-2 font-medium">Name</th>
                <th className="px-4 py-2 font-medium">Acts as</th>
                <th className="px-4 py-2 font-medium">Starts with</th>
                <th className="px-4 py-2 font-medium">Issued</th>
                <th className="px-4 py-2 font-medium">Last used</th>
                <th className="px-4 py-2 font-medium">Expires</th>
                <th className="px-4 py-2 font-medium">State</th>
                <th className="px-4 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {tokens.map((token) => (
                <tr key={token.id} data-testid="token-row">
                  <td className="px-4 py-2">{token.name}</td>
                  <td className="px-4 py-2">
                    {token.user.email} ({token.user.role})
                  </td>
                  <td className="px-4 py-2 font-mono">{token.prefix}…</td>
                  <td className="px-4 py-2">
                    {day(token.createdAt)} by {token.createdBy.email}
                  </td>
                  <td className="px-4 py-2">{day(token.lastUsedAt)}</td>
                  <td className="px-4 py-2">{token.expiresAt ? day(token.expiresAt) : "Never"}</td>
                  <td className="px-4 py-2">{stateLabel[token.state]}</td>
                  <td className="px-4 py-2">{token.state === "revoked" ? null : <RevokeTokenButton tokenId={token.id} name={token.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

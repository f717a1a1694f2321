import type { Metadata } from "next";
import { requireUserForPage } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { listUsers } from "@/lib/users/list-users";
import { CreateUserForm } from "./create-user-form";
import { RoleForm } from "./role-form";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requireUserForPage("admin");
  const users = await listUsers(db);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Users</h1>
      <section aria-labelledby="users-heading" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <h2 id="users-heading" className="sr-only">
          All users
        </h2>
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th className="px-4 py-2 font-medium">Name</th>
              <th className="px-4 py-2 font-medium">Email</th>
              <th className="px-4 py-2 font-medium">Role</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {users.map((user) => (
              <tr key={user.id}>
                <td className="px-4 py-2">{user.name}</td>
                <td className="px-4 py-2">{user.email}</td>
                <td className="px-4 py-2">
                  <RoleForm userId={user.id} email={user.email} role={user.role} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="new-user-heading" className="mt-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="new-user-heading" className="mb-3 text-lg font-semibold">
          New user
        </h2>
        <CreateUserForm />
      </section>
    </>
  );
}

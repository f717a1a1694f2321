import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import { recordEvent } from "@/lib/history/record-event";
import type { ChangeRoleInput } from "./user-input";

/** Changes a user's role. The last admin cannot lose the role: nobody could manage users after. */
export async function changeRole(db: PrismaClient, input: ChangeRoleInput, actorId: string) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw new AppError("not_found", "No such user.");
    if (user.role === input.role) return user;
    if (user.role === "admin") {
      // Lock the admins' rows so that two admins demoting each other at the same instant cannot
      // both see "two admins left": the second waits for the first and then counts one.
      await tx.$queryRaw`SELECT id FROM "user" WHERE role = 'admin' FOR UPDATE`;
      const admins = await tx.user.count({ where: { role: "admin" } });
      if (admins <= 1) throw AppError.validation({ role: ["This is the last admin; make another admin first."] });
    }
    const updated = await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await recordEvent(tx, {
      type: "user_role_changed",
      actorId,
      before: { userId: user.id, role: user.role },
      after: { userId: user.id, role: input.role },
    });
    return updated;
  });
}

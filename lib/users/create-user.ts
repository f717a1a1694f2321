import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import { recordEvent } from "@/lib/history/record-event";
import type { NewUserInput } from "./user-input";

/**
 * Creates a user who signs in with email and password. Public sign-up is off, so this is how
 * accounts come to exist: from the admin page and the seed. The password is hashed the way
 * better-auth verifies it (scrypt), in a credential account whose accountId is the user's id.
 */
export async function createUser(db: PrismaClient, input: NewUserInput, actorId: string | null) {
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    if (existing) throw AppError.validation({ email: ["A user with this email already exists."] });
    const user = await tx.user.create({
      data: { id, name: input.name, email: input.email, role: input.role, emailVerified: true },
    });
    await tx.account.create({
      data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: passwordHash },
    });
    await recordEvent(tx, {
      type: "user_created",
      actorId,
      after: { userId: id, name: input.name, email: input.email, role: input.role },
    });
    return user;
  });
}

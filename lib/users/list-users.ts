import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function listUsers(db: PrismaClient) {
  return db.user.findMany({
    orderBy: [{ role: "desc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
}

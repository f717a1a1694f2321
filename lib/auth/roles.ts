// Roles of workflow.md. One role per user; each role may do everything the one before it may.
export const roles = ["editor", "reviewer", "admin"] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { editor: 1, reviewer: 2, admin: 3 };

/** Whether `role` may do what `required` may (admin ⊃ reviewer ⊃ editor). */
export function hasRole(role: Role, required: Role): boolean {
  return rank[role] >= rank[required];
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

export type SessionUser = { id: string; name: string; email: string; role: Role };

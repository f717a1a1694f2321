import type { Role } from "@/lib/auth/roles";

/** The demo accounts of the README, one per role. */
export const demoAccounts: { email: string; name: string; role: Role }[] = [
  { email: "editor@example.org", name: "Élise Martin (editor)", role: "editor" },
  { email: "reviewer@example.org", name: "Ravi Patel (reviewer)", role: "reviewer" },
  { email: "admin@example.org", name: "Ana Souza (admin)", role: "admin" },
];

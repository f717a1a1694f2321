/** A token as lists and the API show it: never its hash, only the prefix that tells it apart. */
export type ApiTokenDto = {
  id: string;
  name: string;
  prefix: string;
  user: { id: string; email: string; name: string; role: string };
  createdBy: { id: string; email: string };
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  state: "active" | "expired" | "revoked";
};

type Row = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  user: { id: string; email: string; name: string; role: string };
  createdBy: { id: string; email: string };
};

export const apiTokenInclude = {
  user: { select: { id: true, email: true, name: true, role: true } },
  createdBy: { select: { id: true, email: true } },
} as const;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function apiTokenDto(row: Row, now = new Date()): ApiTokenDto {
  const state = row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active";
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    user: row.user,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: iso(row.lastUsedAt),
    expiresAt: iso(row.expiresAt),
    revokedAt: iso(row.revokedAt),
    state,
  };
}

import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the start script. No auth. */
export async function GET(): Promise<Response> {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: { status: "up", latencyMs: Math.round(performance.now() - started) } });
  } catch {
    return Response.json(
      { status: "degraded", database: { status: "down" }, error: { code: "unavailable", message: "The database does not answer." } },
      { status: 503 },
    );
  }
}

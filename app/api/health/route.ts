import { getDb } from "@/lib/db/client";

// Liveness and readiness for load balancers: the database answers. Reveals nothing else.
export async function GET() {
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}

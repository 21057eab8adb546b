// Development data: a demo organisation with an admin and an HR user, and a job seeker, all with
// the password below. Refuses to run in production.
//   npm run db:seed            (stop `npm run dev` first when using the embedded database)
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import { openDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";

const PASSWORD = "demo-password-1";

async function main() {
  if (process.env.NODE_ENV === "production") throw new Error("db:seed creates accounts with known passwords; it does not run with NODE_ENV=production.");
  const url = process.env.DATABASE_URL;
  const db = await openDatabase(url ? { kind: "postgres", url } : { kind: "pglite", dir: process.env.PGLITE_DIR ?? ".data/pglite" });
  try {
    await db.withMigrationLock((sql) => applyMigrations(sql, readMigrationFiles(path.resolve("prisma/migrations"))));
    const passwordHash = await hashPassword(PASSWORD);
    const org =
      (await db.prisma.organization.findFirst({ where: { name: "Demo Organisation" } })) ??
      (await db.prisma.organization.create({ data: { name: "Demo Organisation" } }));
    const people = [
      { email: "admin@demo.test", name: "Ada Admin", role: "ADMIN" as const, organizationId: org.id },
      { email: "hr@demo.test", name: "Hal Recruiter", role: "HR" as const, organizationId: org.id },
      { email: "candidate@demo.test", name: "Cam Candidate", role: "CANDIDATE" as const, organizationId: null },
    ];
    for (const person of people) {
      await db.prisma.user.upsert({ where: { email: person.email }, update: { ...person, passwordHash }, create: { ...person, passwordHash } });
    }
    console.log(`Seeded ${people.map((p) => `${p.email} (${p.role})`).join(", ")}; password: ${PASSWORD}`);
  } finally {
    await db.close();
  }
}

await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

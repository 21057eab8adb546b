// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded PGlite in
// PGLITE_DIR (default .data/pglite), with the same migrator the app runs at start-up, so the two can
// never disagree about what a migration file means.
import path from "node:path";
import { openDatabase } from "@/lib/db/connection";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrator";

const url = process.env.DATABASE_URL;
const db = await openDatabase(url ? { kind: "postgres", url } : { kind: "pglite", dir: path.resolve(process.env.PGLITE_DIR ?? ".data/pglite") });
try {
  const applied = await db.withMigrationLock((sql) => applyMigrations(sql, readMigrationFiles(path.resolve("prisma/migrations"))));
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
} finally {
  await db.close();
}

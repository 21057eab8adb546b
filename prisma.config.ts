// Used by the Prisma CLI when it runs elsewhere (e.g. `prisma migrate deploy` on a host that can
// download Prisma's engines). Here migrations go through scripts/db-migrate.mjs instead.
import "dotenv/config";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env["DATABASE_URL"] ?? "" },
});

// Prisma's schema engine, run as wasm. The Prisma CLI wants to download a native schema engine,
// which offline machines cannot do; the wasm build inside the `prisma` package does the same work
// through a driver adapter (PGlite or node-postgres).
// This uses internal Prisma API: keep `prisma` and `@prisma/schema-engine-wasm` pinned exactly.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
let wasmReady = false;

function loadWasm() {
  if (wasmReady) return;
  const wasmFile = path.join(path.dirname(require.resolve("prisma/package.json")), "build/schema_engine_bg.wasm");
  const wasmModule = new WebAssembly.Module(fs.readFileSync(wasmFile));
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  wasmReady = true;
}

export function readMigrations(root) {
  const baseDir = path.resolve(root, "prisma/migrations");
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const dirs = fs.existsSync(baseDir)
    ? fs
        .readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => ({
      path: d,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: fs.readFileSync(path.join(baseDir, d, "migration.sql"), "utf8") } },
    })),
  };
}

/** Opens the engine on a driver adapter factory. `root` is the project folder holding prisma/. */
export async function openSchemaEngine({ root, factory }) {
  loadWasm();
  const schemaPath = "prisma/schema.prisma";
  const schema = fs.readFileSync(path.resolve(root, schemaPath), "utf8");
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    (msg) => process.env.DEBUG_SCHEMA_ENGINE && console.error("[schema-engine]", msg),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  const filters = { externalTables: [], externalEnums: [] };

  return {
    /** Applies pending migrations, like `prisma migrate deploy`. Returns the names it applied. */
    async deploy() {
      const out = await engine.applyMigrations({ migrationsList: readMigrations(root), filters });
      return out.appliedMigrationNames;
    },
    /**
     * The SQL that would bring the migrations in line with schema.prisma, or null when they agree.
     * The engine needs its history replayed into the shadow database (devDiagnostic) before it can diff.
     */
    async pendingSchemaChange(name = "pending") {
      await engine.applyMigrations({ migrationsList: readMigrations(root), filters });
      const diag = await engine.devDiagnostic({ migrationsList: readMigrations(root), filters });
      if (diag.action.tag === "reset") throw new Error(`Migration history drifted: ${diag.action.reason}`);
      const out = await engine.createMigration({
        draft: false,
        migrationName: name,
        migrationsList: readMigrations(root),
        schema: { files: [{ path: schemaPath, content: schema }] },
        filters,
      });
      return out.migrationScript ? { name: out.generatedMigrationName, sql: out.migrationScript, connector: out.connectorType } : null;
    },
    free() {
      engine.free?.();
    },
  };
}

export function readMigrations(root: string): unknown;
export function openSchemaEngine(options: { root: string; factory: unknown }): Promise<{
  deploy(): Promise<string[]>;
  pendingSchemaChange(name?: string): Promise<{ name: string; sql: string; connector: string } | null>;
  free(): void;
}>;

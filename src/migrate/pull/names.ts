/** Database names as schema identifiers: invalid characters become `_`, and the original is mapped. */

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

export interface SchemaName {
  readonly name: string;
  /** The database name when it differs from `name` (rendered as `@map` / `@@map`). */
  readonly mappedFrom: string | null;
}

export function schemaName(dbName: string): SchemaName {
  if (IDENTIFIER.test(dbName)) return { name: dbName, mappedFrom: null };
  let name = dbName.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z]/.test(name)) name = `M${name}`;
  return { name, mappedFrom: dbName };
}

/** A string as a schema string literal. */
export function pslString(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** Opens the schema's database for a CLI verb, creating it the first time as Prisma does (dialect hook). */
import { toPrismaError } from '../../client/errors/to-prisma-error.js';
import type { Connection } from '../../dialects/driver.js';
import { loadDialect, UnsupportedProviderError } from '../../dialects/registry.js';
import type { Schema } from '../../schema/model.js';
import { CliError } from '../terminal.js';

export interface OpenDatabase {
  readonly connection: Connection;
  /** `SQLite database "dev.db" at "file:./dev.db"`. */
  readonly description: string;
  /** `SQLite database "dev.db" from "file:./dev.db"`, for reset messages. */
  readonly label: string;
  /** Said when the database did not exist and was created, else null. */
  readonly created: string | null;
}

export async function openDatabase(schema: Schema, url: string, baseDir: string): Promise<OpenDatabase> {
  const provider = schema.datasource?.provider ?? 'sqlite';
  let dialect;
  try {
    dialect = await loadDialect(provider);
  } catch (error) {
    if (error instanceof UnsupportedProviderError) throw new CliError(error.message);
    throw error;
  }
  const described = dialect.prepareDatabase
    ? await dialect.prepareDatabase(url, baseDir).catch((error: unknown) => {
        throw connectionError(error);
      })
    : { description: `${provider} database at "${url.replace(/\/\/[^@/]*@/, '//***@')}"`, label: `${provider} database`, created: null };
  return { connection: dialect.connect(url, baseDir), ...described };
}

/** A driver error while reaching the database, said as Prisma's CLI says it (`P1001: Can't reach ...`). */
function connectionError(error: unknown): unknown {
  // A malformed URL (each dialect's `...UrlError`) is the user's to fix: its message, no stack.
  if (error instanceof Error && /UrlError$/.test(error.name)) return new CliError(error.message);
  const mapped = toPrismaError(error, {});
  const code = (mapped as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^P\d{4}$/.test(code)) return error;
  return new CliError(`${code}: ${(mapped as Error).message}`);
}

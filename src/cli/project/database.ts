/** Opens the schema's database for a CLI verb, creating an SQLite file the first time as Prisma does. */
import fs from 'node:fs';
import path from 'node:path';
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
  if (provider === 'sqlite') {
    const file = url.replace(/^file:(\/\/)?/, '').replace(/\?.*$/, '');
    const absolute = path.resolve(baseDir, file);
    const existed = fs.existsSync(absolute);
    const connection = dialect.connect(url, baseDir);
    const name = path.basename(absolute);
    return {
      connection,
      description: `SQLite database "${name}" at "${url}"`,
      label: `SQLite database "${name}" from "${url}"`,
      created: existed ? null : `SQLite database ${name} created at ${url}`,
    };
  }
  return { connection: dialect.connect(url, baseDir), description: `${provider} database at "${url.replace(/\/\/[^@/]*@/, '//***@')}"`, label: `${provider} database`, created: null };
}

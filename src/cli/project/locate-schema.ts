/**
 * Where the schema is, in Prisma's order: `--schema <file|folder>`, the config file's `schema`,
 * package.json `prisma.schema`, `./prisma/schema.prisma`, `./schema.prisma`, then `./prisma/schema/`
 * (a folder of `.prisma` files). A folder means every `.prisma` file below it (a multi-file schema).
 */
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from '../terminal.js';

export interface SchemaLocation {
  /** The file, or the folder of a multi-file schema. */
  readonly path: string;
  /** Every `.prisma` file of the schema, sorted. */
  readonly files: readonly string[];
  /** Where relative paths of the schema (generator output, SQLite file URLs) resolve. */
  readonly dir: string;
  /** How it was found, for messages. */
  readonly source: 'flag' | 'config' | 'package.json' | 'default';
}

export interface LocateOptions {
  readonly cwd: string;
  readonly flag?: string | undefined;
  /** The config file's `schema`, already resolved against the config file's folder. */
  readonly fromConfig?: string | undefined;
}

export function locateSchema(options: LocateOptions): SchemaLocation {
  const { cwd } = options;
  if (options.flag) return atPath(path.resolve(cwd, options.flag), 'flag', `--schema ${options.flag}`);
  if (options.fromConfig) return atPath(options.fromConfig, 'config', 'the config file');
  const fromPackage = packageJsonSchema(cwd);
  if (fromPackage) return atPath(path.resolve(cwd, fromPackage), 'package.json', 'package.json "prisma.schema"');
  for (const candidate of ['prisma/schema.prisma', 'schema.prisma', 'prisma/schema']) {
    const full = path.join(cwd, candidate);
    if (fs.existsSync(full)) return atPath(full, 'default', candidate);
  }
  throw new CliError(
    'Could not find a schema. Looked for --schema, prisma.config.ts, package.json "prisma.schema", ./prisma/schema.prisma and ./schema.prisma.\nRun `refract init` to create one, or pass --schema <file or folder>.',
  );
}

function atPath(target: string, source: SchemaLocation['source'], said: string): SchemaLocation {
  if (!fs.existsSync(target)) throw new CliError(`The schema given by ${said} does not exist: ${target}`);
  if (fs.statSync(target).isDirectory()) {
    const files = prismaFilesIn(target);
    if (files.length === 0) throw new CliError(`The schema folder ${target} has no .prisma files.`);
    return { path: target, files, dir: target, source };
  }
  return { path: target, files: [target], dir: path.dirname(target), source };
}

function prismaFilesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'migrations' ? [] : prismaFilesIn(full);
      return entry.name.endsWith('.prisma') ? [full] : [];
    })
    .sort();
}

function packageJsonSchema(cwd: string): string | null {
  const file = path.join(cwd, 'package.json');
  if (!fs.existsSync(file)) return null;
  try {
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { prisma?: { schema?: unknown } };
    return typeof pkg.prisma?.schema === 'string' ? pkg.prisma.schema : null;
  } catch {
    return null;
  }
}

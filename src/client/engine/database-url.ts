/**
 * The database URL of a client: the constructor's `datasourceUrl` / `datasources.db.url`, else the
 * schema's datasource `url` (`env("X")` read from process.env, then from `.env` in the cwd as Prisma 6).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ConfigValue } from '../../schema/model.js';

function readDotEnv(variable: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(process.cwd(), '.env'), 'utf8');
  } catch {
    return undefined;
  }
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (!m || m[1] !== variable) continue;
    let value = (m[2] ?? '').trim();
    if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) value = value.slice(1, -1);
    return value;
  }
  return undefined;
}

export function resolveConfigValue(value: ConfigValue | null): string | undefined {
  if (!value) return undefined;
  if (value.kind === 'literal') return value.value;
  return process.env[value.variable] ?? readDotEnv(value.variable);
}

/**
 * `.env` files as Prisma's CLI reads them: `KEY=value` lines, `#` comments, optional `export `, single,
 * double (with \n escapes) or no quotes. Variables already set in the environment win.
 */
import fs from 'node:fs';

export function parseEnvFile(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key = '', rest = ''] = match;
    values.set(key, unquote(rest));
  }
  return values;
}

function unquote(value: string): string {
  const quote = value[0];
  if (quote === '"' || quote === "'" || quote === '`') {
    const end = value.indexOf(quote, 1);
    const inner = end === -1 ? value.slice(1) : value.slice(1, end);
    return quote === '"' ? inner.replace(/\\n/g, '\n').replace(/\\r/g, '\r') : inner;
  }
  return value.replace(/\s+#.*$/, '').trim();
}

/** Loads a `.env` file into `env` without overriding what is set; returns the keys it set. */
export function loadEnvFile(file: string, env: NodeJS.ProcessEnv = process.env): string[] {
  if (!fs.existsSync(file)) return [];
  const loaded: string[] = [];
  for (const [key, value] of parseEnvFile(fs.readFileSync(file, 'utf8'))) {
    if (env[key] !== undefined) continue;
    env[key] = value;
    loaded.push(key);
  }
  return loaded;
}

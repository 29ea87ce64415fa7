/**
 * A small, strict argument parser: every verb declares its flags, unknown flags are errors (Prisma's
 * CLI rejects them too), `--flag value` and `--flag=value` both work, booleans take no value.
 */
import { CliError } from './terminal.js';

export type FlagKind = 'string' | 'boolean' | 'number';

export interface FlagSpec {
  readonly kind: FlagKind;
  readonly description: string;
  /** A one-letter alias, e.g. `h` for `--help`. */
  readonly alias?: string;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

export type ParsedFlags<S extends FlagSpecs> = {
  -readonly [K in keyof S]?: S[K]['kind'] extends 'boolean' ? boolean : S[K]['kind'] extends 'number' ? number : string;
};

export interface ParsedArgs<S extends FlagSpecs> {
  readonly flags: ParsedFlags<S>;
  readonly positionals: readonly string[];
}

export function parseArgs<S extends FlagSpecs>(argv: readonly string[], specs: S, verb: string): ParsedArgs<S> {
  const flags: Record<string, string | boolean | number> = {};
  const positionals: string[] = [];
  const byAlias = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.alias ? [[spec.alias, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [rawName = '', inlineValue] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
    const name = arg.startsWith('--') ? rawName : (byAlias.get(rawName) ?? rawName);
    const spec = specs[name];
    if (!spec) throw new CliError(`Unknown flag ${arg} for \`${verb}\`. Run \`refract ${verb} --help\` for the flags it takes.`);
    if (spec.kind === 'boolean') {
      flags[name] = inlineValue === undefined ? true : inlineValue !== 'false';
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined) throw new CliError(`The flag --${name} needs a value.`);
    if (spec.kind === 'number') {
      const n = Number(value);
      if (!Number.isFinite(n)) throw new CliError(`The flag --${name} needs a number, got "${value}".`);
      flags[name] = n;
    } else flags[name] = value;
  }
  return { flags: flags as ParsedFlags<S>, positionals };
}

export function renderFlags(specs: FlagSpecs): string {
  const rows = Object.entries(specs).map(([name, spec]) => {
    const left = `${spec.alias ? `-${spec.alias}, ` : '    '}--${name}${spec.kind === 'boolean' ? '' : ` <${spec.kind === 'number' ? 'n' : 'value'}>`}`;
    return [left, spec.description] as const;
  });
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, text]) => `  ${left.padEnd(width)}  ${text}`).join('\n');
}

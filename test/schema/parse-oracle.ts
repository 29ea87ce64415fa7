import assert from 'node:assert/strict';
// Prisma 7's schema engine (WASM) as an oracle for the parser and formatter tests: we compare our answers
// with its answers on schemas we write or generate ourselves.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const wasm = require('@prisma/prisma-schema-wasm') as {
  lint(input: string): string;
  format(input: string, params: string): string;
};

export interface OracleDiagnostic {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export function prismaLint(text: string): OracleDiagnostic[] {
  const raw = JSON.parse(wasm.lint(JSON.stringify([['schema.prisma', text]]))) as { start: number; end: number; text: string }[];
  return raw.map((d) => ({ start: d.start, end: d.end, message: d.text }));
}

export function prismaFormat(text: string): string {
  const params = JSON.stringify({ textDocument: { uri: 'file:/schema.prisma' }, options: { tabSize: 2, insertSpaces: true } });
  const result = JSON.parse(wasm.format(JSON.stringify([['schema.prisma', text]]), params)) as [string, string][];
  return result[0]?.[1] ?? text;
}

// The diagnostics Prisma's parser produces (the rest are validation errors, not ours to compare).
const PARSER_MESSAGES = [
  /^Error validating: This line is (invalid|not a valid field|not an enum value|not a valid definition within)/,
  /^Error validating: This block is invalid/,
  /^Error validating [a-z]+ "[^"]*": This field declaration is invalid/,
  /^Field declarations don't require a `:`/,
  /^Fields are required by default/,
  /^To specify a list, please use/,
  /^Unknown escape sequence/,
  /^Invalid unicode escape sequence/,
  /^Error validating: Invalid type definition/,
  /^Error parsing attribute "[^"]*": The `[^`]*` argument is missing a value/,
  /^Property \S+ in (datasource|generator) \S+ needs to be assigned a value/,
];

/** Prisma's syntax diagnostics, or null when Prisma's engine panics on the text (it does on some invalid input). */
export function prismaSyntaxDiagnostics(text: string): OracleDiagnostic[] | null {
  let all: OracleDiagnostic[];
  try {
    all = prismaLint(text);
  } catch {
    return null;
  }
  return all.filter((d) => PARSER_MESSAGES.some((re) => re.test(d.message)));
}

/** Prisma's formatter over the files of a multi-file schema: the formatted texts, in the order given. */
export function prismaFormatFiles(files: readonly (readonly [string, string])[]): string[] {
  const params = JSON.stringify({ textDocument: { uri: 'file:/schema.prisma' }, options: { tabSize: 2, insertSpaces: true } });
  const result = JSON.parse(wasm.format(JSON.stringify(files), params)) as [string, string][];
  return files.map(([name, text]) => result.find(([n]) => n === name)?.[1] ?? text);
}

/**
 * Where Refract deliberately differs from Prisma: it reports a declaration written on a block's `{`
 * line (E015: Prisma drops it without a word) and keeps a comment after the `{` (Prisma's formatter
 * deletes it). Everything else must match Prisma byte for byte.
 */
export const REFRACT_ONLY_CODES: ReadonlySet<string> = new Set(['E015']);

export function withoutOpeningComments(formatted: string): string {
  return formatted.replace(/^((?:model|view|type|enum|datasource|generator) \S+ \{) \/\/.*$/gm, '$1');
}

/** Refract's formatting of `text` compared with Prisma's, the deliberate differences above allowed for. */
export function assertFormatsLikePrisma(text: string, formatted: string, rejectedByRefract: boolean): void {
  if (rejectedByRefract) assert.equal(formatted, text, 'a schema with syntax errors is left as it is');
  else assert.equal(withoutOpeningComments(formatted), prismaFormat(text));
}

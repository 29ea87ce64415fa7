/**
 * Schema front end: parse + validate + format of a 300-model schema (~7,600 lines), Refract against
 * Prisma 7's schema engine compiled to WebAssembly (`@prisma/prisma-schema-wasm`), in one process.
 */
import { createRequire } from 'node:module';
import { formatSchema } from '../src/schema/format/index.js';
import { parseSchema } from '../src/schema/parser/index.js';
import { validateSchema } from '../src/schema/validate/index.js';
import { interleave, ratio, type Timing } from './measure.js';
import { syntheticSchema } from './synthetic-schema.js';

interface PrismaSchemaWasm {
  format(files: string, params: string): string;
  validate(params: string): void;
}

export interface SchemaSuiteResult {
  readonly lines: number;
  readonly timings: readonly Timing[];
  readonly table: string;
}

export function runSchemaSuite(models = 300, rounds = 15): SchemaSuiteResult {
  // No `url` in the datasource: Prisma 7's engine rejects it, and a schema it rejects early would flatter it.
  const text = syntheticSchema(models).replace(/\n {2}url {6}= env\("DATABASE_URL"\)/, '');
  const wasm = createRequire(import.meta.url)('@prisma/prisma-schema-wasm') as PrismaSchemaWasm;
  const files = JSON.stringify([['schema.prisma', text]]);
  const formatParams = JSON.stringify({ textDocument: { uri: 'file:/schema.prisma' }, options: { tabSize: 2, insertSpaces: true } });
  const refract = () => {
    const parsed = parseSchema({ path: 'schema.prisma', text });
    const validated = validateSchema([parsed.file]);
    if (!validated.schema) throw new TypeError(`the benchmark schema is invalid: ${validated.diagnostics[0]?.message}`);
    return formatSchema(parsed.file);
  };
  const prisma = () => {
    wasm.validate(JSON.stringify({ prismaSchema: [['schema.prisma', text]], noColor: true }));
    return wasm.format(files, formatParams);
  };
  const timings = interleave([{ name: 'Refract', run: refract }, { name: 'Prisma 7 (WASM)', run: prisma }], rounds);
  const base = timings[1]?.medianMs ?? Number.NaN;
  const lines = text.split('\n').length;
  const table = [
    `Schema front end: parse + validate + format, ${models} models / ${lines} lines (median of ${rounds}, interleaved)`,
    '',
    '| competitor | median | p99 | ratio to Prisma 7 WASM |',
    '|---|---|---|---|',
    ...timings.map((t) => `| ${t.name} | ${t.medianMs.toFixed(1)} ms | ${t.p99Ms.toFixed(1)} ms | ${ratio(t.medianMs, base)} |`),
  ].join('\n');
  return { lines, timings, table };
}

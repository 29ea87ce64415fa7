// Differential test of the validator against Prisma 7's schema engine (WASM), on schemas we wrote:
// test/fixtures/invalid/*.prisma (one rule each) and test/fixtures/valid/*.prisma. For each file the
// verdict must agree, and our errors and warnings must cover exactly the spans Prisma's do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseSchema } from '../../src/schema/parser/index.js';
import { validateSchema } from '../../src/schema/validate/index.js';

const require = createRequire(import.meta.url);
const wasm = require('@prisma/prisma-schema-wasm') as { lint(input: string): string };
const fixtures = path.join(import.meta.dirname, '..', 'fixtures');

interface Found {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** Distinct `start-end` spans, sorted. */
const starts = (list: readonly { start: number; end: number }[]) =>
  [...new Set(list.map((d) => `${d.start}-${d.end}`))].sort((a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]) || a.localeCompare(b));

function oracle(text: string): Found & { messages: string[] } {
  const raw = JSON.parse(wasm.lint(JSON.stringify([['schema.prisma', text]]))) as { start: number; end: number; text: string; is_warning: boolean }[];
  return {
    errors: starts(raw.filter((d) => !d.is_warning)),
    warnings: starts(raw.filter((d) => d.is_warning)),
    messages: raw.map((d) => d.text),
  };
}

function ours(text: string): Found & { valid: boolean; messages: string[] } {
  const parsed = parseSchema({ path: 'schema.prisma', text });
  const result = validateSchema([parsed.file]);
  const all = [...parsed.diagnostics, ...result.diagnostics];
  return {
    errors: starts(all.filter((d) => d.severity === 'error').map((d) => d.span)),
    warnings: starts(all.filter((d) => d.severity === 'warning').map((d) => d.span)),
    valid: result.schema !== null && parsed.diagnostics.length === 0,
    messages: all.map((d) => `${d.code} ${d.message}`),
  };
}

function files(kind: 'valid' | 'invalid'): string[] {
  const dir = path.join(fixtures, kind);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.prisma')).sort().map((f) => path.join(dir, f));
}

for (const file of files('invalid')) {
  test(`invalid/${path.basename(file)}: rejected where Prisma rejects it`, () => {
    const text = fs.readFileSync(file, 'utf8');
    const expected = oracle(text);
    const actual = ours(text);
    assert.ok(expected.errors.length > 0, `fixture is valid for Prisma: ${file}`);
    assert.equal(actual.valid, false, 'accepted an invalid schema');
    assert.deepEqual({ errors: actual.errors, warnings: actual.warnings }, { errors: expected.errors, warnings: expected.warnings }, `ours: ${actual.messages.join(' | ')}\nprisma: ${expected.messages.join(' | ')}`);
  });
}

for (const file of files('valid')) {
  test(`valid/${path.basename(file)}: accepted as Prisma accepts it`, () => {
    const text = fs.readFileSync(file, 'utf8');
    const expected = oracle(text);
    const actual = ours(text);
    assert.deepEqual(expected.errors, [], `fixture is invalid for Prisma: ${expected.messages.join(' | ')}`);
    assert.equal(actual.valid, true, `rejected: ${actual.messages.join(' | ')}`);
    assert.deepEqual(actual.warnings, expected.warnings, `ours: ${actual.messages.join(' | ')}\nprisma: ${expected.messages.join(' | ')}`);
  });
}

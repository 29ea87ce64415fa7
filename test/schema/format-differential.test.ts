import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatSchemas, formatText } from '../../src/schema/format/index.js';
import { parseSchema } from '../../src/schema/parser/index.js';
import { schemaText } from './format-generator.js';
import { relationSchemaText } from './format-relations-generator.js';
import { assertFormatsLikePrisma, prismaFormatFiles, REFRACT_ONLY_CODES } from './parse-oracle.js';

const rejected = (text: string) => parseSchema({ path: 'schema.prisma', text }).diagnostics.some((d) => REFRACT_ONLY_CODES.has(d.code));

test('generated schemas parse without syntax errors', () => {
  fc.assert(
    fc.property(schemaText(), (text) => {
      assert.deepEqual(parseSchema({ path: 'schema.prisma', text }).diagnostics, []);
    }),
    { numRuns: 300 },
  );
});

test('formatText writes byte for byte what Prisma writes, on generated schemas', () => {
  fc.assert(
    fc.property(schemaText(), (text) => {
      assertFormatsLikePrisma(text, formatText(text), rejected(text));
    }),
    { numRuns: 1500 },
  );
});

test('formatting is idempotent', () => {
  fc.assert(
    fc.property(schemaText({ attributesLast: true }), (text) => {
      const once = formatText(text);
      assert.equal(formatText(once), once);
    }),
    { numRuns: 500 },
  );
});

test("missing relation fields are added as Prisma's formatter adds them, on generated relation schemas", () => {
  fc.assert(
    fc.property(relationSchemaText(), (text) => {
      assertFormatsLikePrisma(text, formatText(text), rejected(text));
    }),
    { numRuns: 1500 },
  );
});

test('multi-file schemas: missing relation fields land in the file of their model, as with Prisma', () => {
  fc.assert(
    fc.property(relationSchemaText(), (text) => {
      const files = text.split(/\n(?=model )/).map((part, i) => [`part${i}.prisma`, part.endsWith('\n') ? part : `${part}\n`] as const);
      const parsed = files.map(([path, source]) => parseSchema({ path, text: source }).file);
      assert.deepEqual(formatSchemas(parsed), prismaFormatFiles(files));
    }),
    { numRuns: 500 },
  );
});

test('formatting schemas with relations to complete is idempotent (the added fields complete them)', () => {
  fc.assert(
    fc.property(relationSchemaText(), (text) => {
      const once = formatText(text);
      assert.equal(formatText(once), once);
    }),
    { numRuns: 300 },
  );
});

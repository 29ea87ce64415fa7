import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSchema, formatText } from '../../src/schema/format/index.js';
import { parseSchema } from '../../src/schema/parser/index.js';
import { prismaFormat } from './parse-oracle.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'format');
const inputs = fs.readdirSync(fixtures).filter((f) => f.endsWith('.prisma') && !f.endsWith('.expected.prisma')).sort();

const KNOWN_NOT_IDEMPOTENT = new Set([
  'blank-lines-09.prisma',
  'moved-attributes-07.prisma',
  'relations-07.prisma',
  'relations-more-05.prisma',
  'relations-more-06.prisma',
  'relations-more-07.prisma',
  'relations-self-01.prisma',
]);
const DUPLICATE_FIELDS_IN_OUTPUT = new Set(['relations-07.prisma', 'relations-more-07.prisma', 'relations-self-01.prisma']);

test('the fixture set is there', () => {
  assert.ok(inputs.length >= 30, `only ${inputs.length} fixtures`);
});

for (const name of inputs) {
  test(`formats ${name} as expected, as Prisma does, idempotently`, () => {
    const input = fs.readFileSync(path.join(fixtures, name), 'utf8');
    const expected = fs.readFileSync(path.join(fixtures, name.replace(/\.prisma$/, '.expected.prisma')), 'utf8');
    const ours = formatText(input);
    assert.equal(ours, expected);
    assert.equal(prismaFormat(input), expected, 'the expected file is what Prisma writes');
    // Formatting is idempotent except where Prisma's is not (a comment after `}`, a blank line that
    // followed a moved `@@` line): there, the second pass must still agree with Prisma's.
    const again = formatText(ours);
    // Where Prisma's own output has a field twice (named relations it completes without their name),
    // that output is an invalid schema whose relations Prisma treats in ways we do not copy.
    if (!DUPLICATE_FIELDS_IN_OUTPUT.has(name)) assert.equal(again, prismaFormat(ours));
    if (!KNOWN_NOT_IDEMPOTENT.has(name)) assert.equal(again, ours, 'idempotent');
  });
}

test('a file with syntax errors comes back unchanged', () => {
  const text = 'model A {\n  id    Int @id\n  bad line here\n}\n';
  assert.equal(formatText(text), text);
  const colon = 'model A {\n  id: Int @id\n}\n';
  assert.equal(formatText(colon), colon);
});

test('formatSchema formats a parsed file', () => {
  const { file } = parseSchema({ path: 'x.prisma', text: 'model   A{\nid Int @id\n  longer String\n}' });
  assert.equal(formatSchema(file), 'model A {\n  id     Int    @id\n  longer String\n}\n');
});

test('relation completion: names are pluralised as Prisma does', () => {
  const text = 'model Category {\n  id Int @id\n}\n\nmodel BlogEntry {\n  id         Int      @id\n  categoryId Int\n  category   Category @relation(fields: [categoryId], references: [id])\n}\n';
  const out = formatText(text);
  assert.match(out, /\n {2}blogEntries BlogEntry\[\]\n/);
  assert.equal(out, prismaFormat(text));
});

test('a comment after a block\'s `{` is kept (Prisma\'s formatter deletes it), and text there stops formatting', () => {
  assert.equal(formatText('model A {   // people\n id Int @id\n}\n'), 'model A { // people\n  id Int @id\n}\n');
  const dropped = 'model B { id Int @id\n  x Int @unique\n}\n';
  assert.equal(formatText(dropped), dropped);
});

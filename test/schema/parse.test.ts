import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSchema } from '../../src/schema/parser/index.js';
import type { Block, BlockMember, Expression, Field, SchemaFile } from '../../src/schema/syntax.js';
import { prismaSyntaxDiagnostics, REFRACT_ONLY_CODES } from './parse-oracle.js';

const parse = (text: string) => parseSchema({ path: 'schema.prisma', text });

function blocks(file: SchemaFile): Block[] {
  return file.items.filter((i): i is Block => i.kind === 'Block');
}

function field(block: Block | undefined, name: string): Field {
  const found = block?.members.find((m): m is Field => m.kind === 'Field' && m.name.text === name);
  assert.ok(found, `field ${name}`);
  return found;
}

/** A compact rendering of an expression, to assert on whole trees at once. */
function show(e: Expression | null): string {
  if (!e) return '<missing>';
  switch (e.kind) {
    case 'StringLiteral':
      return JSON.stringify(e.value);
    case 'NumberLiteral':
      return `#${e.text}`;
    case 'ConstantValue':
      return e.text;
    case 'ArrayExpression':
      return `[${e.items.map(show).join(', ')}]`;
    case 'FunctionCall':
      return `${e.name.text}(${e.arguments.arguments.map((a) => (a.name ? `${a.name.text}: ` : '') + show(a.value)).join(', ')})`;
  }
}

const FULL = `/// The datasource
datasource db {
  provider = "postgresql" // trailing
  url      = env("DATABASE_URL")
  schemas  = ["public", "auth"]
}

generator client {
  provider        = "prisma-client-js"
  previewFeatures = []
  n               = -1.5
}

// free comment

/// A user
/// second line
model User {
  /// the id
  id      Int      @id @default(autoincrement())
  email   String?  @unique @db.VarChar(255) // mail
  posts   Post[]
  blob    Unsupported("circle")?
  role    Role     @default(USER)
  label   String   @default("a\\"b\\\\c\\n\\u0041")

  @@index([email(sort: Desc), id(ops: raw("x"))], type: Gin, map: "m")
  @@map("users")
}

enum Role {
  /// admin doc
  ADMIN @map("admin")
  USER // plain
  @@schema("auth")
}

type Address {
  street String
}

view V {
  id Int @unique
}
`;

test('parses every construct of a valid schema without diagnostics', () => {
  const { file, diagnostics } = parse(FULL);
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(
    blocks(file).map((b) => `${b.keyword} ${b.name.text}`),
    ['datasource db', 'generator client', 'model User', 'enum Role', 'type Address', 'view V'],
  );
  const [db, client, user, role] = blocks(file);
  assert.equal(db?.documentation, 'The datasource');
  const props = db?.members.filter((m) => m.kind === 'ConfigProperty') ?? [];
  assert.deepEqual(
    props.map((p) => `${p.name.text}=${show(p.value)}`),
    ['provider="postgresql"', 'url=env("DATABASE_URL")', 'schemas=["public", "auth"]'],
  );
  assert.equal(props[0]?.trailingComment?.text, '// trailing');
  const clientProps = client?.members.filter((m) => m.kind === 'ConfigProperty') ?? [];
  assert.deepEqual(clientProps.map((p) => show(p.value)), ['"prisma-client-js"', '[]', '#-1.5']);
  assert.equal(user?.documentation, 'A user\nsecond line');
  assert.deepEqual(user?.docComments.map((c) => c.text), ['/// A user', '/// second line']);
  const id = field(user, 'id');
  assert.equal(id.documentation, 'the id');
  assert.deepEqual(id.attributes.map((a) => `${a.name.text}(${a.arguments?.arguments.map((x) => show(x.value)).join(',') ?? ''})`), ['id()', 'default(autoincrement())']);
  const email = field(user, 'email');
  assert.equal(email.type?.arity, 'optional');
  assert.equal(email.trailingComment?.text, '// mail');
  assert.deepEqual(email.attributes.map((a) => a.name.text), ['unique', 'db.VarChar']);
  assert.equal(field(user, 'posts').type?.arity, 'list');
  const blob = field(user, 'blob');
  assert.equal(blob.type?.name.text, 'Unsupported');
  assert.equal(blob.type?.unsupported?.value, 'circle');
  assert.equal(blob.type?.arity, 'optional');
  assert.equal(show(field(user, 'role').attributes[0]?.arguments?.arguments[0]?.value ?? null), 'USER');
  assert.equal(show(field(user, 'label').attributes[0]?.arguments?.arguments[0]?.value ?? null), JSON.stringify('a"b\\c\nA'));
  const attrs = user?.members.filter((m) => m.kind === 'BlockAttributeLine') ?? [];
  assert.deepEqual(attrs.map((a) => a.attribute.name.text), ['index', 'map']);
  const index = attrs[0]?.attribute.arguments?.arguments.map((a) => (a.name ? `${a.name.text}: ` : '') + show(a.value));
  assert.deepEqual(index, ['[email(sort: Desc), id(ops: raw("x"))]', 'type: Gin', 'map: "m"']);
  assert.deepEqual(
    user?.members.map((m) => m.kind),
    ['Field', 'Field', 'Field', 'Field', 'Field', 'Field', 'BlankLine', 'BlockAttributeLine', 'BlockAttributeLine'],
  );
  const values = role?.members.filter((m) => m.kind === 'EnumValue') ?? [];
  assert.deepEqual(values.map((v) => `${v.name.text}:${v.documentation}`), ['ADMIN:admin doc', 'USER:null']);
  assert.equal(values[1]?.trailingComment?.text, '// plain');
  assert.deepEqual(
    file.items.map((i) => i.kind),
    ['Block', 'BlankLine', 'Block', 'BlankLine', 'CommentLine', 'BlankLine', 'Block', 'BlankLine', 'Block', 'BlankLine', 'Block', 'BlankLine', 'Block'],
  );
});

test('spans follow Prisma: attribute without arguments covers the spaces after it, fields their line break', () => {
  const text = 'model A {\n  id Int @id   @default(1)\n  @@map("x")   // c\n}\n';
  const { file } = parse(text);
  const a = blocks(file)[0];
  const id = field(a, 'id');
  assert.equal(text.slice(id.span.start, id.span.end), 'id Int @id   @default(1)\n');
  assert.equal(text.slice(id.attributes[0]?.span.start, id.attributes[0]?.span.end), '@id   ');
  assert.equal(text.slice(id.attributes[1]?.span.start, id.attributes[1]?.span.end), '@default(1)');
  const line = a?.members.find((m) => m.kind === 'BlockAttributeLine');
  assert.equal(line?.kind === 'BlockAttributeLine' && text.slice(line.attribute.span.start, line.attribute.span.end), '@@map("x")   // c');
  assert.equal(text.slice(a?.span.start, a?.span.end), text.trimEnd());
});

test('doc comments: suffix of /// lines above, Prisma documentation across blank lines in blocks', () => {
  const text = '/// m1\n\n// x\n/// m2\nmodel A {\n  /// f1\n  // f2\n  /// f3\n  id Int @id /// t\n\n  /// f4\n\n  x Int\n}\n';
  const { file, diagnostics } = parse(text);
  assert.deepEqual(diagnostics, []);
  const a = blocks(file)[0];
  assert.deepEqual(a?.docComments.map((c) => c.text), ['/// m2']);
  assert.equal(a?.documentation, 'm2');
  const id = field(a, 'id');
  assert.deepEqual(id.docComments.map((c) => c.text), ['/// f3']);
  assert.equal(id.documentation, 'f1\nf3\nt');
  const x = field(a, 'x');
  assert.deepEqual(x.docComments, []);
  assert.equal(x.documentation, 'f4');
  const kinds = (members: readonly BlockMember[] | undefined) => members?.map((m) => m.kind);
  assert.deepEqual(kinds(a?.members), ['CommentLine', 'CommentLine', 'Field', 'BlankLine', 'CommentLine', 'BlankLine', 'Field']);
});

const INVALID: Record<string, string> = {
  'lines in a model': 'model A {\n  id Int @id\n  name String @default("x"\n  foo\n  bar Int @@id\n  baz Int?[]\n  % junk\n}\n',
  'unknown block and top-level junk': 'model {\n}\n\nblah blah\nenum E {\n  A\n  B C\n  $%\n}\n',
  'config lines': 'datasource db {\n  provider = "postgresql"\n  x =\n  = 5\n  y\n}\ngenerator g {\n  a = [\n    "b"\n  ]\n  c = ["x",]\n}\n',
  'unclosed block': 'model B {\n  id Int @id\n',
  'brace lines': 'model A {\n  id Int @id\n}\n}\n}\nmodel B { id Int @id }\nmodel C { id Int @id\n}\nmodel D {\n  id Int @id }\nmodel E\n{\n  id Int @id\n}\n',
  'legacy syntax': 'model A {\n  id: Int @id\n  b Int!\n  c [Int]\n  d Int[]?\n}\n',
  escapes: 'model A {\n  id String @id @default("\\q")\n  b String @default("\\u00G1 \\u{41} \\uD83D\\uDE00 \\uD83D \\uDE00 \\é \\\'")\n  c String @default("tab\tx")\n}\n',
  'arguments': 'model A {\n  id Int @id @default(map: )\n  b Int @default(1abc)\n  c Int @default(-1.5.3)\n  d Int @db. VarChar\n  e Int @ default(1)\n  f Int@unique\n  g Int @default([,])\n  h Int @default(,)\n}\n',
  'type alias': 'type X = Int @db.Int\ntype Y = Unsupported("z")\nmodel A {\n  id Int @id\n}\n',
  'crlf': 'model A {\r\n  id Int @id\r\n  bad line\r\n  x\r\n}\r\nenum E {\r\n  A B\r\n}\r\n',
  'unicode names': 'model A {\n  id Int @id\n  ü Int\n  _x Int\n  ٣ Int\n  a😀 Int\n}\n',
  'keyword glued to name': 'modelA {\n  id Int @id\n}\nenumeration {\n  A\n}\nmodel_x {\n}\n',
  'empty arguments': 'generator g {\n  provider = env(x: )\n}\nmodel A {\n  id Int @id @default(dbgenerated(map: ))\n  @@index([id(ops: )])\n  @@index([id], map: )\n  @@index(x(y: ))\n}\nenum E {\n  A @map(x(y: ))\n  @@map(z: )\n}\n',
  // Prisma stops reading a field line at a legacy `:` or type and reports nothing after it (fuzzing found
  // the bare `\r` after `a:`: the line ends there, and the missing type is not reported); a field without
  // a type keeps its bad escapes, not its arguments without a value.
  'a field line stops at its first error': 'model A {\n  id Int @id\n  a:\rame Boolean\n  b:\n  c: Int!\n  d: [Int] @default(x: )\n  e @default("\\q", x: ) @map("\\u00")\n  f Int! @default("\\q")\n  g Unsupported("\\q")! @map(y: )\n  h [Unsupported("\\q")]\n  i Unsupported("\\q") @default(x: )\n  j :\r\n}\n',
  'config properties without a value': 'generator g {\n  provider = "x"\n  a = 1\n  y =\n  z = 2\n  x = // c\n  w =///d\n}\ndatasource db {\n  provider = "sqlite"\n  u =\r  v =\n}\n',
  'opening line garbage': 'model A { // comment\n  id Int @id\n}\nmodel B { id Int\n  x Int\n}\n',
};

for (const [name, text] of Object.entries(INVALID)) {
  test(`syntax diagnostics match Prisma's (positions and messages): ${name}`, () => {
    const ours = parse(text).diagnostics.filter((d) => !REFRACT_ONLY_CODES.has(d.code)).map((d) => ({ start: d.span.start, end: d.span.end, message: d.message }));
    const theirs = prismaSyntaxDiagnostics(text) ?? assert.fail('Prisma panicked');
    const key = (d: { start: number; end: number; message: string }) => `${d.start}:${d.end}:${d.message}`;
    assert.deepEqual(ours.map(key).sort(), theirs.map(key).sort());
  });
}

test('reports every error at once and keeps the rest of the file', () => {
  const { file, diagnostics } = parse('model A {\n  id Int @id\n  1 2 3\n  ok String\n}\n%%%\nenum E {\n  A B\n  C\n}\n');
  assert.deepEqual(diagnostics.map((d) => d.code), ['E003', 'E001', 'E004']);
  const [a, e] = blocks(file);
  assert.deepEqual(a?.members.map((m) => m.kind), ['Field', 'Unparsed', 'Field']);
  assert.deepEqual(e?.members.map((m) => (m.kind === 'EnumValue' ? m.name.text : m.kind)), ['Unparsed', 'C']);
  assert.equal(file.items.filter((i) => i.kind === 'Unparsed').length, 1);
});

test('missing values stay null with a diagnostic', () => {
  const { file, diagnostics } = parse('model A {\n  id Int @id @default(map: )\n  x\n}\n');
  const a = blocks(file)[0];
  assert.equal(field(a, 'x').type, null);
  assert.equal(field(a, 'id').attributes[1]?.arguments?.arguments[0]?.value, null);
  assert.deepEqual(diagnostics.map((d) => d.code), ['E013', 'E006']);
});

test('trailing commas in argument lists are kept for the validator', () => {
  const { file, diagnostics } = parse('model A {\n  id String @id @default("x",)\n}\n');
  assert.deepEqual(diagnostics, []);
  const args = field(blocks(file)[0], 'id').attributes[1]?.arguments;
  assert.deepEqual(args?.trailingComma, { file: 'schema.prisma', start: 38, end: 39 });
  assert.equal(args?.arguments.length, 1);
});

test('a declaration on the line of a block\'s `{` is reported (E015), where Prisma drops it silently', () => {
  const { diagnostics } = parse('model B { id Int @id\n  x Int\n}\n');
  assert.deepEqual(diagnostics.map((d) => [d.code, d.span.start, d.span.end]), [['E015', 10, 20]]);
  assert.match(diagnostics[0]?.message ?? '', /move `id Int @id` to a line of its own/);
  assert.deepEqual(parse('model B { // the users\n  id Int @id\n}\n').diagnostics, []);
});

// Random but syntactically valid schemas for the differential tests (our formatter vs Prisma's): every
// construct of the language, with random spacing, comments, doc comments and blank lines. Field types
// never name a model, so Prisma's relation completion stays out of these (relations have their own).
import fc from 'fast-check';

export interface GeneratorOptions {
  /** Only put `@@` lines after the fields, and no blank line right after them (Prisma's output is then stable). */
  readonly attributesLast?: boolean;
}

const space = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '   ');
const optSpace = fc.constantFrom('', '', ' ', '  ');
const lower = fc.constantFrom('id', 'name', 'email', 'createdAt', 'a', 'bb', 'ccc_d', 'x1', 'veryLongFieldName', 'nom', 'prénom', 'über', 'k-v', 'model', 'enum');
const commentText = fc.constantFrom('', ' note', ' TODO: fix', '  spaced  ', ' ü é', '/ four', ' "quoted" @id');
const comment = fc.tuple(fc.constantFrom('//', '///'), commentText).map(([s, t]) => s + t);

function join(parts: readonly string[]): string {
  return parts.join('');
}

const stringLit = fc.constantFrom('"x"', '""', '"a b"', '"with \\"escape\\""', '"\\u0041\\n"', '"é"', '"file:./dev.db"');
const number = fc.constantFrom('1', '0', '-1', '2.5', '-0.75', '255', '10');

const defaultValue = fc.oneof(
  stringLit,
  number,
  fc.constantFrom('true', 'false', 'autoincrement()', 'now()', 'uuid()', 'cuid( )', 'dbgenerated("gen_random_uuid()")', 'A', '[]', '[1, 2]', '["a","b"]', 'nanoid(10)'),
);
const fieldAttribute = fc.oneof(
  fc.constant('@id'),
  fc.constant('@unique'),
  fc.constant('@updatedAt'),
  fc.constant('@ignore'),
  fc.tuple(optSpace, defaultValue, optSpace).map(([a, v, b]) => `@default(${a}${v}${b})`),
  stringLit.map((s) => `@map(${s})`),
  fc.constantFrom('@db.VarChar(255)', '@db.Decimal(10,2)', '@db.Text', '@db.Timestamptz(6)', '@unique(map: "u")', '@id(map:"pk")', '@default(1, map: "d")', '@ default(2)', '@default("x",)', '@relation(name: "r")', '@db.Char( 3 )'),
);
const scalarType = fc.constantFrom('String', 'Int', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime', 'Json', 'Bytes', 'Role', 'Status', 'Address', 'Unsupported("circle")', 'Unsupported( "x" )');
const arity = fc.constantFrom('', '', '?', '[]', ' ?', '[]', ' []', '[]?');

const field = fc
  .tuple(lower, space, scalarType, arity, fc.array(fc.tuple(space, fieldAttribute), { maxLength: 3 }), fc.option(fc.tuple(space, comment), { freq: 4 }), optSpace)
  .map(([name, s, type, ar, attrs, trailing, end]) => `${name}${s}${type}${ar}${join(attrs.map(([sp, a]) => sp + a))}${trailing ? trailing[0] + trailing[1] : end}`);

const indexField = fc.tuple(lower, fc.constantFrom('', '', '(sort: Desc)', '(sort:Asc)', '(ops: raw("x"))', '(length: 10)')).map(([n, o]) => n + o);
const blockAttribute = fc.oneof(
  fc.array(lower, { minLength: 1, maxLength: 3 }).map((f) => `@@id([${f.join(', ')}])`),
  fc.tuple(fc.array(indexField, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ', map: "m"', ',name:"n"')).map(([f, r]) => `@@unique([${f.join(',')}]${r})`),
  fc.tuple(fc.array(indexField, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ', type: Gin', ', map: "i" , type:BTree')).map(([f, r]) => `@@index([${f.join(', ')}]${r})`),
  stringLit.map((s) => `@@map(${s})`),
  fc.constantFrom('@@schema("auth")', '@@ignore', '@@fulltext([a, bb])', '@@index(fields: [a], name: "x")', '@@ map("spaced")', '@@custom', '@@index([a],map:"x",)'),
).chain((attribute) => fc.option(fc.tuple(space, comment), { freq: 4 }).map((c) => (c ? attribute + c[0] + c[1] : attribute)));

type Line = { readonly kind: 'member' | 'attribute' | 'comment' | 'blank'; readonly text: string };

function lines(member: fc.Arbitrary<string>, withAttributes: boolean, options: GeneratorOptions): fc.Arbitrary<Line[]> {
  const entry: fc.Arbitrary<Line> = fc.oneof(
    { weight: 6, arbitrary: member.map((text) => ({ kind: 'member' as const, text })) },
    { weight: withAttributes && !options.attributesLast ? 1 : 0, arbitrary: blockAttribute.map((text) => ({ kind: 'attribute' as const, text })) },
    { weight: 2, arbitrary: comment.map((text) => ({ kind: 'comment' as const, text })) },
    { weight: 2, arbitrary: fc.constantFrom('', ' ', '\t').map((text) => ({ kind: 'blank' as const, text })) },
  );
  const tail = withAttributes && options.attributesLast
    ? fc.array(fc.oneof(blockAttribute.map((text) => ({ kind: 'attribute' as const, text })), comment.map((text) => ({ kind: 'comment' as const, text }))), { maxLength: 3 })
    : fc.constant([] as Line[]);
  return fc.tuple(fc.array(entry, { maxLength: 12 }), tail).map(([a, b]) => [...a, ...b]);
}

function block(keyword: string, name: string, member: fc.Arbitrary<string>, withAttributes: boolean, options: GeneratorOptions): fc.Arbitrary<string> {
  return fc
    .tuple(space, optSpace, lines(member, withAttributes, options), fc.constantFrom('  ', '  ', '\t', '    ', ''), fc.option(comment, { freq: 8 }))
    .map(([s1, s2, body, indent, opening]) => {
      const head = `${keyword}${s1}${name}${s2}{${opening ? ' ' + opening : ''}\n`;
      return head + body.map((l) => (l.kind === 'blank' ? l.text : indent + l.text) + '\n').join('') + '}';
    });
}

const configValue = fc.oneof(stringLit, number, fc.constantFrom('true', 'env("DATABASE_URL")', 'env( "X" )', '["a", "b"]', '[]', '["native","debian-openssl-3.0.x"]'));
const configProperty = fc
  .tuple(fc.constantFrom('provider', 'output', 'previewFeatures', 'binaryTargets', 'relationMode', 'x', 'engineType'), optSpace, optSpace, configValue, fc.option(fc.tuple(space, comment), { freq: 4 }))
  .map(([k, a, b, v, c]) => `${k}${a}=${b}${v}${c ? c[0] + c[1] : ''}`);
const enumValue = fc
  .tuple(fc.constantFrom('A', 'B', 'ADMIN', 'USER', 'Long_Value', 'é'), fc.array(fc.tuple(space, fc.constantFrom('@map("a")', '@map( "b" )', '@db.X')), { maxLength: 2 }), fc.option(fc.tuple(space, comment), { freq: 4 }))
  .map(([n, attrs, c]) => `${n}${join(attrs.map(([s, a]) => s + a))}${c ? c[0] + c[1] : ''}`);

export function schemaText(options: GeneratorOptions = {}): fc.Arbitrary<string> {
  const modelNames = ['User', 'Post', 'Profile', 'Tag', 'Comment'];
  const anyBlock = fc.oneof(
    fc.constantFrom(...modelNames).chain((n) => block('model', n, field, true, options)),
    block('view', 'Stats', field, true, options),
    block('type', 'Address', field, true, options),
    fc.constantFrom('Role', 'Status').chain((n) => block('enum', n, enumValue, true, options)),
    block('datasource', 'db', configProperty, false, options),
    block('generator', 'client', configProperty, false, options),
  );
  // A comment after `}` moves to the next line, where a second pass puts a blank line before it (as Prisma's does).
  const afterBrace = options.attributesLast ? [] : [' // after brace\n'];
  const separator = fc.constantFrom('\n', '\n\n', '\n\n\n', '\n// between\n', '\n/// doc\n', '\n\n// free\n\n', '\n  \n', '\n  ', '  \n\n/// a\n// b\n', ...afterBrace);
  return fc
    .tuple(fc.constantFrom('', '\n', '// head\n', '/// doc\n'), fc.array(fc.tuple(anyBlock, separator), { minLength: 1, maxLength: 5 }), fc.constantFrom('', '\n', '\r\n'))
    .map(([head, blocks, crlf]) => {
      const text = head + blocks.map(([b, s]) => b + s).join('');
      return crlf === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
    });
}

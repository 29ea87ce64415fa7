// Random schemas whose relations are written on one side only, both sides, or with the foreign key
// missing: the input for the differential test of relation completion (ours vs Prisma's formatter).
// At most one relation per pair of models, so no relation is ambiguous.
import fc from 'fast-check';

type Kind = 'complete' | 'fk-only' | 'fk-only-unique' | 'list-only' | 'singular-only' | 'singular-required-only' | 'list-and-singular' | 'many-to-many' | 'many-only';

interface Model {
  readonly name: string;
  readonly id: 'int' | 'string' | 'compound' | 'unique';
  readonly lines: string[];
}

const NAMES = ['User', 'Post', 'BlogEntry', 'Tag', 'Node'];

function idLines(model: Model): string[] {
  switch (model.id) {
    case 'int':
      return ['id Int @id'];
    case 'string':
      return ['id String @id @default(cuid())'];
    case 'compound':
      return ['first String', 'last Int', '@@id([first, last])'];
    case 'unique':
      return ['email String @unique'];
  }
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function refOf(model: Model): { fields: string[]; types: string[] } {
  switch (model.id) {
    case 'int':
      return { fields: ['id'], types: ['Int'] };
    case 'string':
      return { fields: ['id'], types: ['String'] };
    case 'compound':
      return { fields: ['first', 'last'], types: ['String', 'Int'] };
    case 'unique':
      return { fields: ['email'], types: ['String'] };
  }
}

function relate(a: Model, b: Model, kind: Kind, self: boolean): void {
  const ref = refOf(a);
  const fkNames = ref.fields.map((f) => `${self ? 'parent' : lower(a.name)}${f.charAt(0).toUpperCase()}${f.slice(1)}`);
  const fk = `@relation(fields: [${fkNames.join(', ')}], references: [${ref.fields.join(', ')}])`;
  const fkLines = (optional: boolean, unique: boolean) => fkNames.map((n, i) => `${n} ${ref.types[i]}${optional ? '?' : ''}${unique && fkNames.length === 1 ? ' @unique' : ''}`);
  const back = self ? 'children' : `${lower(b.name)}s`;
  const forward = self ? 'parent' : lower(a.name);
  switch (kind) {
    case 'complete':
      a.lines.push(`${back} ${b.name}[]`);
      b.lines.push(`${forward} ${a.name}? ${fk}`, ...fkLines(true, false));
      return;
    case 'fk-only':
      b.lines.push(`${forward} ${a.name} ${fk}`, ...fkLines(false, false));
      return;
    case 'fk-only-unique':
      b.lines.push(`${forward} ${a.name}? ${fk}`, ...fkLines(true, true));
      if (fkNames.length > 1) b.lines.push(`@@unique([${fkNames.join(', ')}])`);
      return;
    case 'list-only':
      a.lines.push(`${back} ${b.name}[]`);
      return;
    case 'singular-only':
      a.lines.push(`${self ? 'next' : lower(b.name)} ${b.name}?`);
      return;
    case 'singular-required-only':
      if (!self) a.lines.push(`${lower(b.name)} ${b.name}`);
      return;
    case 'list-and-singular':
      a.lines.push(`${back} ${b.name}[]`);
      if (!self) b.lines.push(`${forward} ${a.name}`);
      return;
    case 'many-to-many':
      if (self) return;
      a.lines.push(`${back} ${b.name}[]`);
      b.lines.push(`${lower(a.name)}s ${a.name}[]`);
      return;
    case 'many-only':
      a.lines.push(`${back} ${b.name}[]`);
      return;
  }
}

const kind = fc.constantFrom<Kind>('complete', 'fk-only', 'fk-only-unique', 'list-only', 'singular-only', 'singular-required-only', 'list-and-singular', 'many-to-many', 'many-only');
const idKind = fc.constantFrom<Model['id']>('int', 'int', 'string', 'compound', 'unique');

export function relationSchemaText(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(idKind, { minLength: 2, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), fc.nat(), kind), { maxLength: 4 }), fc.boolean(), fc.constantFrom('', '\n  // last comment', '\n  extra String', '\n\n  @@map("m")'))
    .map(([ids, relations, spaced, tail]) => {
      const models: Model[] = ids.map((id, i) => ({ name: NAMES[i] ?? `M${i}`, id, lines: [] }));
      const used = new Set<string>();
      for (const [x, y, k] of relations) {
        const a = models[x % models.length];
        const b = models[y % models.length];
        if (!a || !b) continue;
        const key = [a.name, b.name].sort().join('/');
        if (used.has(key)) continue;
        used.add(key);
        relate(a, b, k, a === b);
      }
      return models
        .map((m) => {
          const body = [...idLines(m), ...m.lines].map((l) => `  ${l}`).join(spaced ? '\n' : '\n');
          return `model ${m.name} {\n${body}${tail}\n}\n`;
        })
        .join('\n');
    });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createClientModule } from '../../src/client/index.js';
import { BLOG, schemaFrom, sqliteClient } from './engine-helpers.js';

type Clause = (v: { s: string; n: number; b: boolean }) => Record<string, unknown>;

// Filter templates: the same template with other values has the same shape (one cached statement).
const clauses: Clause[] = [
  (v) => ({ name: v.s }),
  (v) => ({ name: { contains: v.s } }),
  (v) => ({ name: { startsWith: v.s, mode: 'insensitive' } }),
  (v) => ({ email: { in: [v.s, `${v.s}@x.test`] } }),
  (v) => ({ karma: { gt: BigInt(v.n) } }),
  (v) => ({ posts: { some: { views: { lt: v.n } } } }),
  (v) => ({ posts: { every: { title: { not: v.s } } } }),
  (v) => ({ NOT: { id: v.n } }),
  (v) => ({ OR: [{ id: v.n }, { name: { endsWith: v.s } }] }),
  (v) => ({ profile: { is: { bio: { contains: v.s } } } }),
];

const values = fc.record({ s: fc.constantFrom('a', 'b', 'e', 'x', 'An', 'bo'), n: fc.integer({ min: 0, max: 6 }), b: fc.boolean() });

test('a statement cached for a shape gives what a fresh compile gives, for any values', async () => {
  const c = await sqliteClient(BLOG);
  try {
    const { prisma } = c;
    const names = ['Ann', 'bob', 'Eve', null, 'abe'];
    for (const [i, name] of names.entries()) {
      await prisma.user.create({ data: { email: `${String(name)}${i}@x.test`, name, karma: BigInt(i), profile: i % 2 ? { create: { bio: `bio ${name}` } } : undefined, posts: { create: [{ title: `t${i}`, views: i }, { title: 'same', views: 2 * i }] } } });
    }
    const { PrismaClient } = createClientModule(schemaFrom(`datasource db {\n  provider = "sqlite"\n}\n${BLOG}`), { schemaDir: '/' });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: clauses.length - 1 }), { minLength: 1, maxLength: 3 }), values, values, async (picked, warm, probe) => {
        const where = (v: typeof warm) => ({ AND: picked.map((i) => (clauses[i] as Clause)(v)) });
        const read = (client: typeof prisma, v: typeof warm) => client.user.findMany({ where: where(v), orderBy: { id: 'asc' }, select: { id: true, posts: { where: { views: { gte: v.n } }, select: { views: true } } } });
        await read(prisma, warm); // compiles and caches the shape
        const cached = await read(prisma, probe);
        const fresh = new PrismaClient({ datasourceUrl: `file:${c.file}` });
        try {
          assert.deepEqual(cached, await read(fresh, probe));
        } finally {
          await fresh.$disconnect();
        }
      }),
      { numRuns: 40 },
    );
  } finally {
    await c.close();
  }
});

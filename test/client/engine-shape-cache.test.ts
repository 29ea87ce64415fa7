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

test('a cached shape skips no check: wrong values, unknown keys and missing unique fields still fail', async () => {
  const c = await sqliteClient(BLOG);
  try {
    const { prisma } = c;
    await prisma.user.create({ data: { email: 'a@x.test' } });
    // Warm the shapes first, so every failing call below meets a cache that already holds its neighbour.
    assert.equal((await prisma.user.findUnique({ where: { id: 1 } }))?.email, 'a@x.test');
    assert.equal(await prisma.user.findFirst({ where: { id: 2 } }), null);
    await assert.rejects(prisma.user.findUnique({ where: { id: 'one' as unknown as number } }), /Expected Int|Invalid value|Argument `id`/);
    await assert.rejects(prisma.user.findUnique({ where: { id: 1 }, bogus: true } as never), /Unknown argument `bogus`/);
    await assert.rejects(prisma.user.findUnique({ where: { name: 'x' } } as never), /needs at least one of/);
    await assert.rejects(prisma.user.findUniqueOrThrow({ where: { id: 2 } }), (e: { code?: string }) => e.code === 'P2025');
    await assert.rejects(prisma.user.findFirstOrThrow({ where: { id: 2 } }), (e: { code?: string }) => e.code === 'P2025');
    // The same calls again, now that their own shapes are cached too.
    await assert.rejects(prisma.user.findUniqueOrThrow({ where: { id: 2 } }), (e: { code?: string }) => e.code === 'P2025');
    await assert.rejects(prisma.user.findUnique({ where: { id: 1 }, bogus: true } as never), /Unknown argument `bogus`/);
  } finally {
    await c.close();
  }
});

const PROMISE_WORDS = `
model Flow {
  id      Int    @id @default(autoincrement())
  steps   Step[]
  call    Step?  @relation("call", fields: [callId], references: [id])
  callId  Int?
}

model Step {
  id      Int    @id @default(autoincrement())
  flowId  Int
  flow    Flow   @relation(fields: [flowId], references: [id])
  calledBy Flow[] @relation("call")
}
`;

test('fluent relation methods named like promise internals (steps, call) work and leave the call intact', async () => {
  const c = await sqliteClient(PROMISE_WORDS);
  try {
    const { prisma } = c;
    const flow = await prisma.flow.create({ data: { steps: { create: [{}, {}] } } });
    await prisma.flow.update({ where: { id: flow.id }, data: { callId: 2 } });
    const steps = await prisma.flow.findUnique({ where: { id: flow.id } }).steps({ orderBy: { id: 'desc' } });
    assert.deepEqual(steps.map((s: { id: number }) => s.id), [2, 1]);
    assert.equal((await prisma.flow.findUnique({ where: { id: flow.id } }).call())?.id, 2);
    assert.equal((await prisma.step.findUnique({ where: { id: 1 } }).flow().steps()).length, 2);
    assert.equal((await prisma.flow.findUnique({ where: { id: flow.id } }))?.callId, 2);
  } finally {
    await c.close();
  }
});

test('shapes of different argument structures never coincide, whatever characters the keys hold', async () => {
  const { shapeKey } = await import('../../src/client/engine/shape-key.js');
  const key = fc.string({ maxLength: 4, unit: fc.constantFrom('a', '1', ':', ',', '{', '"', '}') });
  const tree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, fc.constantFrom('asc', 'desc', '1:a', true, null), fc.dictionary(key, tie('node'), { maxKeys: 3, noNullPrototype: true })),
  })).node;
  // Keys that spell out another structure under a naive `key:` or `<length>key` encoding.
  assert.notEqual(shapeKey({ orderBy: { 'a:t,b': true } }), shapeKey({ orderBy: { a: true, b: true } }));
  assert.notEqual(shapeKey({ orderBy: { '1a': true, b: true } }), shapeKey({ orderBy: { '1': { a: true }, b: true } }));
  assert.notEqual(shapeKey({ orderBy: ['1:a', 'b'] }), shapeKey({ orderBy: ['1:a,"1:b'] }));
  fc.assert(
    fc.property(tree, tree, (a, b) => {
      const ka = shapeKey({ orderBy: a });
      const kb = shapeKey({ orderBy: b });
      // Outside filter values every string, flag and key is part of the shape: equal shapes mean equal trees.
      if (ka !== null && ka === kb) assert.deepEqual(a, b);
    }),
    { numRuns: 2000, seed: 7 },
  );
});

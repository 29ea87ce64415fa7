import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineExtension, getExtensionContext, isPrismaPromise } from '../../src/client/extensions/index.js';
import { ResultPlanner, applyResultPlan } from '../../src/client/extensions/result-plan.js';
import { sql } from '../../src/client/raw/index.js';
import { TinyClient, tinySchema } from './fixtures/tiny-client.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

async function seeded(): Promise<TinyClient> {
  const prisma = new TinyClient();
  prisma.db.exec(`INSERT INTO "User" VALUES (1, 'Alice', 'alice@x', 1, NULL), (2, NULL, 'bob@x', 1, NULL), (3, 'Carol', 'carol@x', 2, NULL);
    INSERT INTO "Post" VALUES (1, 'hello', 'en', 120, 1), (2, 'bonjour', 'fr', 10, 1), (3, 'hola', 'es', 5, 3);`);
  return prisma;
}

const displayName = { needs: { name: true, email: true }, compute: (u: any) => (u.name ? `${u.name} <${u.email}>` : u.email) };

test('model component: $allModels and per-model methods, getExtensionContext(this).$name, base client unchanged', async () => {
  const prisma = await seeded();
  const xprisma = prisma.$extends({
    name: 'helpers',
    model: {
      $allModels: {
        async exists(this: unknown, where: unknown) {
          const context: any = getExtensionContext(this);
          return (await context.findFirst({ where, select: { id: true } })) !== null;
        },
        modelName(this: unknown) {
          return (getExtensionContext(this) as any).$name;
        },
      },
      user: {
        async emails(this: unknown) {
          return (await (getExtensionContext(this) as any).findMany({ select: { email: true } })).map((u: any) => u.email);
        },
      },
    },
  });
  assert.equal(await xprisma.user.exists({ email: 'bob@x' }), true);
  assert.equal(await xprisma.user.exists({ email: 'nobody@x' }), false);
  assert.equal(await xprisma.post.exists({ slug: 'hola' }), true);
  assert.deepEqual([xprisma.user.modelName(), xprisma.post.modelName()], ['User', 'Post']);
  assert.deepEqual(await xprisma.user.emails(), ['alice@x', 'bob@x', 'carol@x']);
  assert.equal(xprisma.post.emails, undefined);
  assert.equal((prisma.user as any).exists, undefined);
  assert.equal(xprisma.user.$parent, prisma);
  assert.equal(await xprisma.post.count(), 3, 'untouched operations still work');
});

test('query component: hooks change args on a copy; soft delete through the base client', async () => {
  const prisma = await seeded();
  const soft = prisma.$extends({
    query: {
      user: {
        async delete({ args }: any) {
          return prisma.user['update']!({ where: args.where, data: { deletedAt: '2025-01-01' } });
        },
        async findMany({ args, query }: any) {
          args.where = { ...args.where, deletedAt: null };
          return query(args);
        },
        async count({ args, query }: any) {
          args.where = { ...args.where, deletedAt: null };
          return query(args);
        },
      },
    },
  });
  const sel = { select: { id: true } };
  await soft.user.delete({ where: { id: 2 } });
  assert.deepEqual(await soft.user.findMany(sel), [{ id: 1 }, { id: 3 }]);
  assert.deepEqual(sel, { select: { id: true } }, 'the caller\'s args object is not changed');
  assert.equal(await soft.user.count(), 2, 'count() without args gets {} in the hook');
  assert.deepEqual(await prisma.user['findMany']!(sel), [{ id: 1 }, { id: 2 }, { id: 3 }]);
});

test('query component: $allModels.$allOperations sees model and operation; extensions chain outermost first', async () => {
  const prisma = await seeded();
  const order: string[] = [];
  const tenant = prisma.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }: any) {
          order.push(`tenant:${model}.${operation}`);
          if (model === 'User' && ['findMany', 'count', 'updateMany'].includes(operation)) args.where = { ...args.where, tenantId: 1 };
          if (model === 'User' && operation === 'create') args.data = { ...args.data, tenantId: 1 };
          return query(args);
        },
      },
    },
  });
  const logged = tenant.$extends({
    query: {
      user: {
        async findMany({ args, query }: any) {
          order.push('log:findMany');
          const rows = await query(args);
          return rows.map((r: any) => ({ ...r, logged: true }));
        },
      },
    },
  });
  assert.deepEqual(await logged.user.findMany({ select: { id: true } }), [{ id: 1, logged: true }, { id: 2, logged: true }]);
  assert.deepEqual(order, ['tenant:User.findMany', 'log:findMany']);
  const created = await logged.user.create({ data: { email: 'd@x' }, select: { tenantId: true } });
  assert.deepEqual(created, { tenantId: 1 });
  assert.equal(await tenant.user.count(), 3);
  assert.deepEqual(await tenant.user.updateMany({ data: { name: 'T1' } }), { count: 3 });
  assert.equal(await prisma.user['count']!({ where: { name: 'T1' } }), 3);
});

test('result component: computed fields with needs, selected explicitly, nested, stripped needs, chained', async () => {
  const prisma = await seeded();
  const xprisma = prisma
    .$extends({
      result: {
        user: { displayName },
        post: { url: { needs: { slug: true, lang: true }, compute: (p: any) => `/${p.lang}/${p.slug}` }, popular: { needs: { views: true }, compute: (p: any) => p.views >= 100 } },
      },
    })
    .$extends({ result: { user: { shout: { needs: { displayName: true }, compute: (u: any) => u.displayName.toUpperCase() } } } });
  const full = await xprisma.user.findUnique({ where: { id: 2 } });
  assert.deepEqual(Object.keys(full).sort(), ['deletedAt', 'displayName', 'email', 'id', 'name', 'shout', 'tenantId']);
  assert.equal(full.shout, 'BOB@X');
  assert.deepEqual(await xprisma.user.findMany({ select: { id: true, displayName: true } }), [
    { id: 1, displayName: 'Alice <alice@x>' },
    { id: 2, displayName: 'bob@x' },
    { id: 3, displayName: 'Carol <carol@x>' },
  ]);
  assert.deepEqual(await xprisma.user.findFirst({ where: { id: 1 }, select: { shout: true, displayName: true } }), { displayName: 'Alice <alice@x>', shout: 'ALICE <ALICE@X>' });
  assert.deepEqual(await xprisma.user.findFirst({ where: { id: 1 }, select: { id: true } }), { id: 1 });
  assert.deepEqual(await xprisma.user.findUnique({ where: { id: 1 }, select: { name: true, posts: { select: { id: true, url: true, popular: true } } } }), {
    name: 'Alice',
    posts: [
      { id: 1, url: '/en/hello', popular: true },
      { id: 2, url: '/fr/bonjour', popular: false },
    ],
  });
  assert.deepEqual(await xprisma.post.findFirst({ where: { id: 3 }, select: { slug: true, author: { select: { displayName: true } } } }), { slug: 'hola', author: { displayName: 'Carol <carol@x>' } });
  const included = await xprisma.post.findFirst({ where: { id: 3 }, include: { author: true } });
  assert.equal(included.url, '/es/hola');
  assert.equal(included.author.shout, 'CAROL <CAROL@X>');
  assert.deepEqual(await xprisma.post.create({ data: { slug: 'x', lang: 'de', views: 500 }, select: { url: true, popular: true } }), { url: '/de/x', popular: true });
  const omitted = await xprisma.user.findUnique({ where: { id: 1 }, omit: { email: true, shout: true } });
  assert.deepEqual(omitted, { id: 1, name: 'Alice', tenantId: 1, deletedAt: null, displayName: 'Alice <alice@x>' }, 'an omitted need is fetched for the computation, then removed');
  const shoutAlone = await xprisma.user.findFirst({ where: { id: 1 }, select: { shout: true } }).catch((e: unknown) => e);
  assert.equal(shoutAlone.name, 'PrismaClientExtensionError', 'as in Prisma 7.10, a computed need that is not selected is undefined');
  assert.match(shoutAlone.message, /^Error caused by an extension: Cannot read properties of undefined/);
  assert.ok(shoutAlone.cause instanceof TypeError);
  const named = prisma.$extends({ name: 'boom', result: { user: { bad: { needs: {}, compute: () => { throw new RangeError('no'); } } } } });
  await assert.rejects(named.user.findFirst({ where: { id: 1 } }), { name: 'PrismaClientExtensionError', message: 'Error caused by extension "boom": no' });
});

test('result extensions apply after all query hooks: hooks never see computed fields, made-up results get them', async () => {
  const prisma = await seeded();
  const inHook: unknown[] = [];
  const x = prisma
    .$extends({
      query: {
        user: {
          async findFirst({ args, query }: any) {
            if (args.where?.id === 99) return { id: 99, name: 'Mock', email: 'mock@x' };
            const row = await query(args);
            inHook.push(row);
            return row;
          },
        },
      },
    })
    .$extends({ result: { user: { displayName } } });
  assert.deepEqual(await x.user.findFirst({ where: { id: 1 }, select: { displayName: true } }), { displayName: 'Alice <alice@x>' });
  assert.deepEqual(inHook, [{ name: 'Alice', email: 'alice@x' }], 'the hook saw the fetched needs, not the computed field');
  assert.deepEqual(await x.user.findFirst({ where: { id: 99 }, select: { displayName: true } }), { id: 99, displayName: 'Mock <mock@x>' }, 'computed, needs dropped, the rest as the hook made it');
  const partial = prisma.$extends({ query: { user: { async findFirst() { return { id: 7, name: 'NoEmail' }; } } } }).$extends({ result: { user: { displayName } } });
  assert.deepEqual(await partial.user.findFirst({ where: { id: 7 } }), { id: 7, name: 'NoEmail' }, 'a field whose needs are missing is left out');
  const widening = prisma
    .$extends({ query: { user: { async findFirst({ args, query }: any) { return query({ ...args, select: { ...args.select, displayName: true } }); } } } })
    .$extends({ result: { user: { displayName } } });
  assert.deepEqual(await widening.user.findFirst({ where: { id: 2 }, select: { id: true } }), { id: 2, displayName: 'bob@x' }, 'computed fields follow the select last passed to query()');
});

test('result component: a computed field may shadow the scalar it reads (masking a column)', async () => {
  const prisma = await seeded();
  const masked = prisma.$extends({ result: { user: { email: { needs: { email: true }, compute: (u: any) => u.email.replace(/^[^@]+/, '***') } } } });
  assert.deepEqual(await masked.user.findFirst({ where: { id: 1 }, select: { email: true } }), { email: '***@x' });
  assert.deepEqual(await masked.user.findFirst({ where: { id: 1 }, select: { id: true, email: true, name: true } }), { id: 1, email: '***@x', name: 'Alice' });
  assert.equal((await masked.user.findUnique({ where: { id: 2 } })).email, '***@x');
});

test('result planning rewrites select into needs, recursively', () => {
  const planner = new ResultPlanner(tinySchema, [{ result: { user: { displayName }, post: { url: { needs: { slug: true, lang: true }, compute: (p) => `/${String(p['lang'])}/${String(p['slug'])}` } } } }]);
  const { args, plan } = planner.plan('User', { where: { id: 1 }, select: { displayName: true, name: true, posts: { select: { url: true } } } });
  assert.deepEqual(args, { where: { id: 1 }, select: { name: true, email: true, posts: { select: { slug: true, lang: true } } } });
  assert.deepEqual(plan.strip, ['email']);
  const result = applyResultPlan({ name: 'A', email: 'a@x', posts: [{ slug: 's', lang: 'en' }] }, plan);
  assert.deepEqual(result, { name: 'A', displayName: 'A <a@x>', posts: [{ url: '/en/s' }] });
  assert.equal(planner.plan('User', undefined).args, undefined, 'no args stay no args');
});

test('$transaction: the tx client is extended, batches run extended calls inside the transaction', async () => {
  const prisma = await seeded();
  const xprisma = prisma.$extends({
    result: { user: { displayName } },
    query: { user: { async findMany({ args, query }: any) { return query({ ...args, where: { ...args.where, tenantId: 2 } }); } } },
    client: { $hello(this: any) { return `hello from ${typeof this.user.findMany}`; } },
  });
  const names = await xprisma.$transaction(async (tx: any) => (await tx.user.findMany({ select: { displayName: true } })).map((u: any) => u.displayName));
  assert.deepEqual(names, ['Carol <carol@x>']);
  const inTx = prisma.calls.at(-1);
  assert.equal(inTx?.inTransaction, true);
  await assert.rejects(
    xprisma.$transaction(async (tx: any) => {
      await tx.user.create({ data: { email: 'rolled@x' } });
      throw new Error('abort');
    }),
    /abort/,
  );
  assert.equal(await prisma.user['count']!({ where: { email: 'rolled@x' } }), 0);
  const promise = xprisma.user.findMany({ select: { id: true } });
  assert.ok(isPrismaPromise(promise));
  const [rows, count] = (await xprisma.$transaction([promise, xprisma.post.count()])) as [unknown, number];
  assert.deepEqual(rows, [{ id: 3 }]);
  assert.equal(count, 3);
  assert.ok(prisma.calls.slice(-2).every((c) => c.inTransaction), 'batch items ran with the batch transaction');
  assert.equal(xprisma.$hello(), 'hello from function');
});

test('client component, raw query hooks, defineExtension and $extends with a function', async () => {
  const prisma = await seeded();
  const seen: unknown[] = [];
  const ext = defineExtension({
    name: 'raw-spy',
    client: { $answer: () => 42 },
    query: {
      async $queryRaw({ args, query }: any) {
        seen.push(args.values);
        return query(args);
      },
    },
  });
  const xprisma: any = prisma.$extends(ext);
  assert.equal(xprisma.$answer(), 42);
  assert.deepEqual(await xprisma.$queryRaw`SELECT ${1} + 1 AS n`, [{ n: 2 }]);
  assert.deepEqual(await xprisma.$queryRaw(sql`SELECT ${'a'} AS s`), [{ s: 'a' }]);
  assert.deepEqual(seen, [[1], ['a']]);
  const viaFunction = prisma.$extends((client: any) => client.$extends({ client: { $twice: (n: number) => n * 2 } }));
  assert.equal(viaFunction.$twice(4), 8);
  const chained = xprisma.$extends({ client: { $answer: () => 43 } });
  assert.equal(chained.$answer(), 43, 'the last extension wins a conflict');
  assert.equal(xprisma.$answer(), 42);
});

test('PrismaPromise: lazy, runs once, a synchronous throw becomes a rejection', async () => {
  const { createPrismaPromise } = await import('../../src/client/extensions/index.js');
  let runs = 0;
  const lazy = createPrismaPromise(async () => ++runs);
  assert.equal(runs, 0, 'nothing runs before it is awaited');
  assert.equal(await lazy, 1);
  assert.equal(await lazy, 1, 'awaiting again does not run it again');
  assert.equal(Object.prototype.toString.call(lazy), '[object PrismaPromise]');
  const throwing = createPrismaPromise((): Promise<number> => {
    throw new RangeError('sync');
  });
  await assert.rejects(throwing, RangeError);
  await assert.rejects(throwing.catch((e: unknown) => Promise.reject(e)), /sync/);
});

/** Usage of the edges fixture (self-relations, named relations, compound keys, lists). */
export const EDGES_USAGE = `
import { PrismaClient, Prisma, type Category, type Color, type Result, type Args, type Sql } from './client/index.js';
import { type Equal, expectType } from './helpers.js';
const prisma = new PrismaClient();
export async function edges() {
  const tree = await prisma.category.findMany({ include: { parent: true, children: { select: { id: true } } } });
  expectType<Equal<(typeof tree)[number]['parent'], Category | null>>();
  expectType<Equal<(typeof tree)[number]['colors'], Color[]>>();
  await prisma.category.create({ data: { name: 'a', colors: ['RED'], labels: { set: ['x'] }, children: { create: [{ name: 'b' }] } } });
  await prisma.category.update({ where: { id: 'x' }, data: { labels: { push: 'y' } } });
  await prisma.category.findMany({ where: { colors: { has: 'GREEN' }, labels: { isEmpty: false } } });
  const team = await prisma.team.findUniqueOrThrow({ where: { teamKey: { orgId: 1, slug: 's' } }, include: { members: true } });
  expectType<Equal<typeof team.members[number]['teamSlug'], string>>();
  await prisma.membership.create({ data: { person: { connect: { handle: 'h' } }, team: { connect: { teamKey: { orgId: 1, slug: 's' } } } } });
  await prisma.membership.create({ data: { personId: 1, orgId: 1, teamSlug: 's' } });
  await prisma.membership.findUnique({ where: { personId_orgId_teamSlug: { personId: 1, orgId: 1, teamSlug: 's' } } });
  const p = await prisma.person.findFirstOrThrow({ select: { mentor: { select: { handle: true } }, mentee: true, _count: true } });
  expectType<Equal<typeof p._count, { sent: number; received: number; memberships: number }>>();
  expectType<Equal<typeof p.mentor, { handle: string } | null>>();
  await prisma.transfer.create({ data: { amount: new Prisma.Decimal(1), from: { connect: { id: 1 } }, to: { connect: { id: 2 } } } });
  const s = await prisma.setting.findUniqueOrThrow({ where: { big: 5n } });
  expectType<Equal<typeof s, { key: string; value: Prisma.JsonValue; bytes: Uint8Array | null; big: bigint }>>();
  // models named like Prisma namespace members keep their own types
  const r = await prisma.result.findFirstOrThrow();
  expectType<Equal<typeof r, Result>>();
  expectType<Equal<Result, { id: number; score: number }>>();
  const a = await prisma.args.findMany();
  expectType<Equal<typeof a, Args[]>>();
  const d = await prisma.sql.findFirstOrThrow();
  expectType<Equal<typeof d, Sql>>();
  expectType<Equal<typeof d.value, Prisma.Decimal>>();
  // @ts-expect-error the compound id takes both fields
  await prisma.team.findUnique({ where: { teamKey: { orgId: 1 } } });
  // @ts-expect-error transfers need both people
  await prisma.transfer.create({ data: { amount: 1, from: { connect: { id: 1 } } } });
}
`;

import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { sqliteClient } from './engine-helpers.js';

const SCHEMA = `
enum Color {
  RED   @map("red")
  GREEN @map("green")
}

model Thing {
  id     Int     @id @default(autoincrement())
  color  Color   @default(GREEN)
  other  Color?
  parts  Part[]
}

model Part {
  id      Int   @id @default(autoincrement())
  color   Color
  thingId Int
  thing   Thing @relation(fields: [thingId], references: [id])
}
`;

test('enum values with @map are stored as mapped and read back by name', async () => {
  const c = await sqliteClient(SCHEMA);
  try {
    const { prisma } = c;
    await prisma.thing.create({ data: { other: 'RED', parts: { create: { color: 'RED' } } } });
    await prisma.thing.createMany({ data: [{ color: 'RED' }] });
    const stored = new Database(c.file).prepare('SELECT color, other FROM Thing ORDER BY id').all();
    assert.deepEqual(stored, [{ color: 'green', other: 'red' }, { color: 'red', other: null }]);
    const things = await prisma.thing.findMany({ where: { color: { in: ['GREEN'] } }, include: { parts: true } });
    assert.deepEqual(things.map((t: { color: string; other: string; parts: { color: string }[] }) => [t.color, t.other, t.parts[0]?.color]), [['GREEN', 'RED', 'RED']]);
    const groups = await prisma.thing.groupBy({ by: ['color'], _count: true, orderBy: { color: 'asc' } });
    assert.deepEqual(groups, [{ color: 'GREEN', _count: 1 }, { color: 'RED', _count: 1 }]);
    assert.deepEqual(await prisma.thing.aggregate({ _min: { color: true }, _max: { color: true } }), { _min: { color: 'GREEN' }, _max: { color: 'RED' } });
    const updated = await prisma.thing.update({ where: { id: 2 }, data: { other: 'GREEN' }, select: { other: true } });
    assert.deepEqual(updated, { other: 'GREEN' });
  } finally {
    await c.close();
  }
});

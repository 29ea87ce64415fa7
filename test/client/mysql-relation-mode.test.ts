// relationMode = "prisma" on MySQL: db push creates no foreign keys at all, and the engine emulates the
// referential actions (Cascade, SetNull, Restrict, onUpdate Cascade, implicit many-to-many rows).
import assert from 'node:assert/strict';
import { databaseTest, testClient, withMysqlAdmin } from './databases.js';

const SCHEMA = `
model Owner {
  id    Int    @id @default(autoincrement())
  name  String @default("")
  pets  Pet[]
  toys  Toy[]
  cars  Car[]
  clubs Club[]
}

model Pet {
  id      Int   @id @default(autoincrement())
  ownerId Int
  owner   Owner @relation(fields: [ownerId], references: [id], onDelete: Cascade)
  fleas   Flea[]

  @@index([ownerId])
}

model Flea {
  id    Int @id @default(autoincrement())
  petId Int
  pet   Pet @relation(fields: [petId], references: [id], onDelete: Cascade)

  @@index([petId])
}

model Toy {
  id      Int    @id @default(autoincrement())
  ownerId Int?
  owner   Owner? @relation(fields: [ownerId], references: [id], onDelete: SetNull)

  @@index([ownerId])
}

model Car {
  id      Int   @id @default(autoincrement())
  ownerId Int
  owner   Owner @relation(fields: [ownerId], references: [id], onDelete: Restrict)

  @@index([ownerId])
}

model Club {
  id      Int     @id @default(autoincrement())
  members Owner[]
}
`;

const PRISMA_MODE = '  relationMode = "prisma"\n';

databaseTest('relationMode = "prisma": no foreign keys in the database', async (db) => {
  const c = await testClient(db, SCHEMA, { datasourceExtra: PRISMA_MODE, label: 'relmode_fk' });
  const withKeys = await testClient(db, SCHEMA, { label: 'relmode_fk2' });
  try {
    const count = (name: string): Promise<number> =>
      withMysqlAdmin(async (admin) => {
        const [rows] = await admin.query("SELECT COUNT(*) AS n FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? AND CONSTRAINT_TYPE = 'FOREIGN KEY'", [name]);
        return Number((rows as { n: number }[])[0]?.n);
      });
    assert.equal(await count(c.file), 0);
    // The same schema in the default mode has its six foreign keys (two on the join table).
    assert.equal(await count(withKeys.file), 6);
    // Nothing stops an orphan written through the scalar field; connect still checks.
    await c.prisma.pet.create({ data: { ownerId: 999 } });
    await assert.rejects(c.prisma.pet.create({ data: { owner: { connect: { id: 999 } } } }), { code: 'P2025' });
  } finally {
    await c.close();
    await withKeys.close();
  }
}, { only: ['mysql'] });

databaseTest('relationMode = "prisma": Cascade (two levels), SetNull, Restrict, onUpdate and join-row deletes are emulated', async (db) => {
  const c = await testClient(db, SCHEMA, { datasourceExtra: PRISMA_MODE, label: 'relmode_actions' });
  try {
    const { prisma } = c;
    await prisma.owner.create({ data: { name: 'a', pets: { create: [{ fleas: { create: [{}, {}] } }, {}] }, toys: { create: {} }, clubs: { create: {} } } });
    await prisma.owner.create({ data: { name: 'b', cars: { create: {} }, clubs: { connect: { id: 1 } } } });
    assert.equal(await prisma.flea.count(), 2);
    await prisma.owner.delete({ where: { id: 1 } });
    assert.equal(await prisma.pet.count(), 0, 'pets cascaded');
    assert.equal(await prisma.flea.count(), 0, 'fleas cascaded through pets');
    assert.deepEqual(await prisma.toy.findMany({ select: { ownerId: true } }), [{ ownerId: null }], 'toy owner set to null');
    assert.deepEqual(await prisma.club.findUnique({ where: { id: 1 }, select: { members: { select: { name: true } } } }), { members: [{ name: 'b' }] });
    const [rows] = await withMysqlAdmin((admin) => admin.query('SELECT `B` FROM `_ClubToOwner`'), c.file);
    assert.deepEqual(rows, [{ B: 2 }], "the deleted owner's join row is gone");
    await assert.rejects(prisma.owner.delete({ where: { id: 2 } }), { code: 'P2014' });
    await assert.rejects(prisma.owner.deleteMany({ where: { name: 'b' } }), { code: 'P2014' });
    assert.equal(await prisma.owner.count(), 1, 'the restricted deletes changed nothing');
    await prisma.owner.update({ where: { id: 2 }, data: { id: 20 } });
    assert.deepEqual(await prisma.car.findMany({ select: { ownerId: true } }), [{ ownerId: 20 }], 'onUpdate cascades');
  } finally {
    await c.close();
  }
}, { only: ['mysql'] });

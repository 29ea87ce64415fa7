import assert from 'node:assert/strict';
import { databaseTest, testClient } from './databases.js';

const SCHEMA = `
model Owner {
  id     Int     @id @default(autoincrement())
  pets   Pet[]
  toys   Toy[]
  cars   Car[]
}

model Pet {
  id      Int   @id @default(autoincrement())
  ownerId Int
  owner   Owner @relation(fields: [ownerId], references: [id], onDelete: Cascade)
}

model Toy {
  id      Int    @id @default(autoincrement())
  ownerId Int?
  owner   Owner? @relation(fields: [ownerId], references: [id], onDelete: SetNull)
}

model Car {
  id      Int   @id @default(autoincrement())
  ownerId Int
  owner   Owner @relation(fields: [ownerId], references: [id], onDelete: Restrict)

  @@index([ownerId])
}
`;

databaseTest('relationMode = "prisma": the engine emulates Cascade, SetNull and Restrict', async (db) => {
  const c = await testClient(db, SCHEMA, { datasourceExtra: '  relationMode = "prisma"\n' });
  try {
    const { prisma } = c;
    await prisma.owner.create({ data: { pets: { create: [{}, {}] }, toys: { create: {} } } });
    await prisma.owner.create({ data: { cars: { create: {} } } });
    await prisma.owner.delete({ where: { id: 1 } });
    assert.equal(await prisma.pet.count(), 0, 'pets cascaded');
    assert.deepEqual(await prisma.toy.findMany({ select: { ownerId: true } }), [{ ownerId: null }], 'toy owner set to null');
    await assert.rejects(prisma.owner.delete({ where: { id: 2 } }), (e: Error & { code?: string }) => e.code === 'P2014');
    assert.equal(await prisma.owner.count(), 1, 'the restricted delete changed nothing');
    // onUpdate defaults to Cascade: the car follows its owner's new id.
    await prisma.owner.update({ where: { id: 2 }, data: { id: 20 } });
    assert.deepEqual(await prisma.car.findMany({ select: { ownerId: true } }), [{ ownerId: 20 }]);
  } finally {
    await c.close();
  }
});

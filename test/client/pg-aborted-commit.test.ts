import assert from 'node:assert/strict';
import { databaseTest, testClient } from './databases.js';

const SCHEMA = `
model Tag {
  id   Int    @id @default(autoincrement())
  name String @unique
}
`;

// PostgreSQL aborts a transaction at its first failed statement and answers the later COMMIT with a
// ROLLBACK. Prisma 7 then reports the transaction as committed (conformance tx-interactive-rollback,
// `caught`); Refract rejects with P2028 so the caller knows nothing was kept.
databaseTest('an interactive transaction whose failed statement was caught is not reported as committed', async (db) => {
  const c = await testClient(db, SCHEMA, { label: 'tx_abort' });
  try {
    const { prisma } = c;
    const outcome = await prisma
      .$transaction(async (tx: typeof prisma) => {
        await tx.tag.create({ data: { name: 'kept?' } });
        return tx.tag.create({ data: { name: 'kept?' } }).catch((e: { code?: string }) => e.code);
      })
      .then(
        (value: unknown) => ({ value }),
        (error: { code?: string; message: string }) => ({ code: error.code, message: error.message }),
      );
    assert.equal(outcome.code, 'P2028');
    assert.match(String(outcome.message), /rolled back, not committed/);
    assert.equal(await prisma.tag.count(), 0);
    // The pool's connection is healthy afterwards.
    await prisma.$transaction(async (tx: typeof prisma) => tx.tag.create({ data: { name: 'next' } }));
    assert.equal(await prisma.tag.count(), 1);
  } finally {
    await c.close();
  }
}, { only: ['postgresql'] });

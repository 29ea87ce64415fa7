/**
 * Misuse of the raw SQL helpers (`Prisma.join([])`, a `Sql` built with mismatched pieces). Prisma's
 * helpers throw a plain `TypeError` here, so this class keeps that name: code that checks
 * `e.name === 'TypeError'` (or `instanceof TypeError`) sees what it saw with Prisma.
 */
export class RawSqlError extends TypeError {
  override readonly name = 'TypeError';
}

/** Misuse of the raw SQL helpers (`Prisma.join([])`, a `Sql` built with mismatched pieces). */
export class RawSqlError extends TypeError {
  override readonly name = 'RawSqlError';
}

/** A migrate failure the user can act on (unsupported provider, schema without datasource, ...). */
export class MigrateError extends Error {
  override readonly name = 'MigrateError';
}

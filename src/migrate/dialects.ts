/** The DDL dialect of each provider migrate supports. */
import type { DdlDialect } from '../dialects/ddl/dialect.js';
import { mysqlDdl } from '../dialects/mysql/ddl/index.js';
import { postgresDdl } from '../dialects/postgres/ddl/index.js';
import { sqliteDdl } from '../dialects/sqlite/ddl/index.js';
import type { Provider, Schema } from '../schema/model.js';
import { MigrateError } from './errors.js';

const DIALECTS: Partial<Record<Provider, DdlDialect>> = {
  sqlite: sqliteDdl,
  postgresql: postgresDdl,
  mysql: mysqlDdl,
};

export function ddlDialectFor(provider: Provider | string): DdlDialect {
  const dialect = DIALECTS[provider as Provider];
  if (dialect === undefined) throw new MigrateError(`Refract's migrate does not support the provider \`${provider}\` yet.`);
  return dialect;
}

export function providerOf(schema: Schema): Provider {
  const provider = schema.datasource?.provider;
  if (provider === undefined) throw new MigrateError('The schema has no datasource block: migrate needs its provider.');
  return provider;
}

/** The native type table of each provider (SQLite has none). */
import type { Provider } from '../../model.js';
import { COCKROACHDB_NATIVE_TYPES } from './cockroachdb.js';
import { MONGODB_NATIVE_TYPES } from './mongodb.js';
import { MYSQL_NATIVE_TYPES } from './mysql.js';
import { POSTGRESQL_NATIVE_TYPES } from './postgresql.js';
import type { NativeTypeTable } from './spec.js';
import { SQLSERVER_NATIVE_TYPES } from './sqlserver.js';

export type { NativeTypeSpec, NativeTypeTable } from './spec.js';

export const NATIVE_TYPES: Readonly<Record<Provider, NativeTypeTable>> = {
  postgresql: POSTGRESQL_NATIVE_TYPES,
  cockroachdb: COCKROACHDB_NATIVE_TYPES,
  mysql: MYSQL_NATIVE_TYPES,
  sqlserver: SQLSERVER_NATIVE_TYPES,
  mongodb: MONGODB_NATIVE_TYPES,
  sqlite: {},
};

/** PostgreSQL: the driver (`pg`) and the query dialect. DDL lives in ./ddl (migrate's). */
export { openPostgres, PostgresConnection, PostgresTransaction, PoolTimeoutError } from './driver.js';
export { postgresDialect } from './dialect.js';
export { LazyPostgresConnection } from './lazy-connection.js';
export { parsePostgresUrl, PostgresUrlError } from './url.js';
export type { PostgresUrl } from './url.js';
export { REFRACT_PG_PARSERS, REFRACT_PG_TYPES, typeNameOf } from './types.js';
export { decodePostgres, encodePostgres } from './codecs.js';

/** MySQL / MariaDB: the driver (mysql2), the query dialect and URL parsing. DDL lives in ./ddl (migrate's). */
export { MysqlConnection, openMysql, mysqlPoolOptions } from './driver.js';
export { mysqlDialect, quoteMysql } from './dialect.js';
export { parseMysqlUrl, withoutDatabase } from './url.js';
export type { MysqlUrl } from './url.js';
export { MysqlPoolTimeoutError, MysqlUrlError } from './errors.js';
export { formatMysqlDateTime } from './codecs.js';

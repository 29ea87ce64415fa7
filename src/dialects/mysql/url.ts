/**
 * A `mysql://user:password@host:port/database?params` URL read as Prisma reads it: `connection_limit`
 * (pool size; default num_cpus * 2 + 1), `pool_timeout` (seconds to wait for a free connection, default
 * 10; 0 waits forever), `connect_timeout` (seconds, default 5), `socket` (a Unix socket path),
 * `sslcert` (CA file) and `sslaccept` (`strict` or `accept_invalid_certs`). `sslidentity` (a client
 * PKCS#12 identity) is not read yet.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MysqlUrlError } from './errors.js';

export interface MysqlSsl {
  readonly ca?: Buffer;
  readonly rejectUnauthorized: boolean;
}

export interface MysqlUrl {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** The database name (the URL's path), or null when the URL names none. */
  readonly database: string | null;
  readonly socketPath: string | null;
  readonly connectionLimit: number;
  /** Milliseconds to wait for a pooled connection; 0 waits forever. */
  readonly poolTimeoutMs: number;
  readonly connectTimeoutMs: number;
  readonly ssl: MysqlSsl | null;
}

function seconds(value: string | null, fallback: number, name: string): number {
  if (value === null) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new MysqlUrlError(`The \`${name}\` parameter of the database URL must be a non-negative number, got \`${value}\`.`);
  return n * 1000;
}

export function parseMysqlUrl(url: string, baseDir: string = process.cwd()): MysqlUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new MysqlUrlError('The database URL is not a valid URL (expected mysql://user:password@host:port/database).');
  }
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new MysqlUrlError(`The database URL must start with the protocol \`mysql://\` (got \`${parsed.protocol}//\`).`);
  }
  const p = parsed.searchParams;
  const limit = p.get('connection_limit');
  const connectionLimit = limit === null ? os.availableParallelism() * 2 + 1 : Number(limit);
  if (!Number.isInteger(connectionLimit) || connectionLimit < 1) throw new MysqlUrlError(`The \`connection_limit\` parameter must be a positive integer, got \`${limit}\`.`);
  const file = (name: string): Buffer | undefined => {
    const value = p.get(name);
    return value === null ? undefined : fs.readFileSync(path.resolve(baseDir, value));
  };
  const anySsl = ['sslcert', 'sslidentity', 'sslaccept', 'sslmode'].some((k) => p.has(k));
  const ssl: MysqlSsl | null = anySsl
    ? {
        ...(p.has('sslcert') ? { ca: file('sslcert') } : {}),
        rejectUnauthorized: p.get('sslaccept') !== 'accept_invalid_certs',
      }
    : null;
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  return {
    host: parsed.hostname === '' ? 'localhost' : parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port === '' ? 3306 : Number(parsed.port),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: database === '' ? null : database,
    socketPath: p.get('socket'),
    connectionLimit,
    poolTimeoutMs: seconds(p.get('pool_timeout'), 10_000, 'pool_timeout'),
    connectTimeoutMs: seconds(p.get('connect_timeout'), 5_000, 'connect_timeout'),
    ssl,
  };
}

/** The same server without a database (for CREATE DATABASE), and the database's name. */
export function withoutDatabase(url: string): { readonly serverUrl: string; readonly database: string | null } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  parsed.pathname = '/';
  return { serverUrl: parsed.toString(), database: database === '' ? null : database };
}

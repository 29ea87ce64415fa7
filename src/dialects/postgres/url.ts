/**
 * A PostgreSQL datasource URL read as Prisma reads it: the connection itself (host, port, user,
 * password, database) plus Prisma's own query parameters, which `pg` does not know and which are
 * therefore removed from the connection string handed to it.
 *
 * Prisma's parameters: `connection_limit` (pool size; default `num_cpus * 2 + 1`), `pool_timeout`
 * (seconds waiting for a pooled connection, default 10, 0 = forever -> P2024), `connect_timeout`
 * (seconds, default 5, 0 = none), `socket_timeout` (seconds), `schema` (the search_path, default
 * `public`), `sslmode` (disable | prefer | require | verify-ca | verify-full), `sslcert` / `sslidentity` /
 * `sslpassword` / `sslaccept` (accept_invalid_certs | strict), `pgbouncer=true` (no named prepared
 * statements), `statement_cache_size` (named statements kept per connection, default 100, 0 = none),
 * `application_name`, `options`, and `host` as a parameter (a Unix socket folder).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ConnectionOptions } from 'node:tls';

export class PostgresUrlError extends Error {
  override readonly name = 'PostgresUrlError';
}

export type SslMode = 'disable' | 'prefer' | 'require' | 'verify-ca' | 'verify-full';

export interface PostgresUrl {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string | undefined;
  readonly database: string;
  /** The search_path (`schema=`), default `public`. */
  readonly schema: string;
  readonly connectionLimit: number;
  /** Milliseconds to wait for a pooled connection; 0 = forever. */
  readonly poolTimeoutMs: number;
  /** Milliseconds to wait for a new connection; 0 = forever. */
  readonly connectTimeoutMs: number;
  /** Milliseconds a query may run before its socket is dropped; 0 = forever. */
  readonly socketTimeoutMs: number;
  readonly pgbouncer: boolean;
  readonly statementCacheSize: number;
  readonly sslMode: SslMode;
  /** TLS options for `pg` (false: no TLS). */
  readonly ssl: false | ConnectionOptions;
  readonly applicationName: string | undefined;
  readonly options: string | undefined;
}

function seconds(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback * 1000;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new PostgresUrlError(`Invalid value \`${raw}\` for the \`${name}\` URL parameter: expected a number of seconds.`);
  return n * 1000;
}

function integer(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new PostgresUrlError(`Invalid value \`${raw}\` for the \`${name}\` URL parameter: expected a whole number.`);
  return n;
}

/** Prisma's default pool size: the number of CPUs times two, plus one. */
export function defaultConnectionLimit(): number {
  return os.cpus().length * 2 + 1;
}

function readRelative(file: string, baseDir: string): Buffer {
  return fs.readFileSync(path.isAbsolute(file) ? file : path.resolve(baseDir, file));
}

function sslOptions(params: URLSearchParams, mode: SslMode, baseDir: string): false | ConnectionOptions {
  if (mode === 'disable') return false;
  const options: { -readonly [K in keyof ConnectionOptions]: ConnectionOptions[K] } = {};
  const cert = params.get('sslcert');
  if (cert) options.ca = readRelative(cert, baseDir);
  const identity = params.get('sslidentity');
  if (identity) {
    // A PKCS#12 bundle with the client certificate and key.
    options.pfx = readRelative(identity, baseDir);
    const passphrase = params.get('sslpassword');
    if (passphrase !== null) options.passphrase = passphrase;
  }
  const strict = params.get('sslaccept') === 'strict' || mode === 'verify-ca' || mode === 'verify-full';
  options.rejectUnauthorized = strict;
  if (mode === 'verify-ca') options.checkServerIdentity = () => undefined;
  return options;
}

export function parsePostgresUrl(url: string, baseDir = process.cwd()): PostgresUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new PostgresUrlError('The database URL is not a valid URL (expected `postgresql://user:password@host:port/database`).');
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    throw new PostgresUrlError('The database URL must start with the protocol `postgresql://` or `postgres://`.');
  }
  const params = parsed.searchParams;
  const sslModeRaw = (params.get('sslmode') ?? 'prefer').toLowerCase();
  if (!['disable', 'prefer', 'require', 'verify-ca', 'verify-full', 'allow'].includes(sslModeRaw)) {
    throw new PostgresUrlError(`Invalid value \`${sslModeRaw}\` for the \`sslmode\` URL parameter.`);
  }
  // `prefer` tries TLS and falls back; `pg` cannot fall back, so prefer (the default) connects without
  // TLS unless certificates are given, which is what a local server without TLS needs.
  const sslMode: SslMode = sslModeRaw === 'allow' ? 'prefer' : (sslModeRaw as SslMode);
  const effectiveSsl: SslMode = sslMode === 'prefer' && !params.get('sslcert') && !params.get('sslidentity') ? 'disable' : sslMode === 'prefer' ? 'require' : sslMode;
  const hostParam = params.get('host');
  const decode = (s: string): string => decodeURIComponent(s);
  return {
    host: hostParam ?? (parsed.hostname.replace(/^\[|\]$/g, '') || 'localhost'),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: parsed.username ? decode(parsed.username) : (process.env.PGUSER ?? os.userInfo().username),
    password: parsed.password ? decode(parsed.password) : undefined,
    database: parsed.pathname.length > 1 ? decode(parsed.pathname.slice(1)) : 'postgres',
    schema: params.get('schema') ?? 'public',
    connectionLimit: Math.max(1, integer(params, 'connection_limit', defaultConnectionLimit())),
    poolTimeoutMs: seconds(params, 'pool_timeout', 10),
    connectTimeoutMs: seconds(params, 'connect_timeout', 5),
    socketTimeoutMs: seconds(params, 'socket_timeout', 0),
    pgbouncer: params.get('pgbouncer') === 'true',
    statementCacheSize: integer(params, 'statement_cache_size', 100),
    sslMode,
    ssl: sslOptions(params, effectiveSsl, baseDir),
    applicationName: params.get('application_name') ?? undefined,
    options: params.get('options') ?? undefined,
  };
}

/** `postgresql://user@host:port/db` without the password and parameters, for messages. */
export function describePostgresUrl(url: PostgresUrl): string {
  return `${url.host}:${url.port}`;
}

/**
 * `startStudio(options)`: the HTTP server behind `refract studio`. It opens a PrismaClient on the
 * project's database, serves the page from assets/ and the JSON API (api.ts), and applies the access
 * rules (access.ts). The port is the one asked for, or the next free one (`portChanged` says so).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Schema } from '../schema/model.js';
import { createClientModule } from '../client/index.js';
import { checkAccess, isLoopback, newToken, tokenCookie } from './access.js';
import { StudioApi, type StudioClient } from './api.js';
import { readAsset } from './assets.js';
import { StudioRequestError } from './errors.js';

export interface StudioOptions {
  readonly schema: Schema;
  /** The datasource URL, resolved as every verb resolves it. */
  readonly url: string;
  /** Relative SQLite `file:` URLs resolve here. */
  readonly schemaDir: string;
  /** Default 5555; 0 picks any free port. */
  readonly port?: number;
  /** Default 127.0.0.1. Anything but a loopback address requires the access token. */
  readonly hostname?: string;
  readonly readOnly?: boolean;
  /** How many ports after `port` to try when it is taken (default 20). */
  readonly portAttempts?: number;
}

export interface StudioServer {
  /** The address to open (with `?token=` when a token is required). */
  readonly url: string;
  readonly hostname: string;
  readonly port: number;
  readonly requestedPort: number;
  readonly portChanged: boolean;
  readonly token: string | null;
  close(): Promise<void>;
}

const MAX_BODY = 8 * 1024 * 1024;

export async function startStudio(options: StudioOptions): Promise<StudioServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  const requestedPort = options.port ?? 5555;
  const token = isLoopback(hostname) ? null : newToken();
  const { PrismaClient } = createClientModule(options.schema, { schemaDir: options.schemaDir });
  const client = new PrismaClient({ datasourceUrl: options.url });
  const api = new StudioApi({ schema: options.schema, client: client as unknown as StudioClient, readOnly: options.readOnly ?? false });
  let port = requestedPort;
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, 500, 'application/json', JSON.stringify({ error: { message: error instanceof Error ? error.message : String(error) } }));
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const verdict = checkAccess(request, { hostname, port, token });
    if (!verdict.ok) return send(response, verdict.status, 'application/json', JSON.stringify({ error: { message: verdict.reason } }));
    if (verdict.setCookie && token) response.setHeader('Set-Cookie', `${tokenCookie(port)}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`);
    const { pathname } = new URL(request.url ?? '/', 'http://studio');
    const method = request.method ?? 'GET';
    if (pathname.startsWith('/api/')) {
      if (method === 'POST' && !String(request.headers['content-type'] ?? '').startsWith('application/json')) {
        // A plain HTML form cannot send JSON: this closes the last cross-site write path.
        return send(response, 415, 'application/json', JSON.stringify({ error: { message: 'The API takes application/json.' } }));
      }
      let body: unknown = null;
      try {
        body = method === 'POST' ? JSON.parse((await readBody(request)) || 'null') : null;
      } catch (error) {
        const status = error instanceof StudioRequestError ? error.status : 400;
        return send(response, status, 'application/json', JSON.stringify({ error: { message: error instanceof Error ? error.message : 'Bad request body' } }));
      }
      const result = await api.handle(method, pathname, body);
      return send(response, result.status, 'application/json', JSON.stringify(result.body));
    }
    if (method !== 'GET' && method !== 'HEAD') return send(response, 405, 'text/plain', 'Method not allowed');
    const asset = readAsset(pathname === '/' ? 'index.html' : pathname.replace(/^\/assets\//, ''));
    if (!asset) return send(response, 404, 'text/plain', 'Not found');
    send(response, 200, asset.type, asset.body);
  }

  port = await listen(server, hostname, requestedPort, options.portAttempts ?? 20);
  const shownHost = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname.includes(':') ? `[${hostname}]` : hostname;
  return {
    url: `http://${shownHost}:${port}/${token ? `?token=${token}` : ''}`,
    hostname,
    port,
    requestedPort,
    portChanged: requestedPort !== 0 && port !== requestedPort,
    token,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await (client as unknown as { $disconnect(): Promise<void> }).$disconnect();
    },
  };
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'",
  });
  response.end(body);
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new StudioRequestError(413, 'The request body is too large.'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Listens on `port`, or the next free one; resolves with the port it got. */
async function listen(server: http.Server, hostname: string, port: number, attempts: number): Promise<number> {
  for (let i = 0; ; i++) {
    const candidate = port === 0 ? 0 : port + i;
    try {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException) => {
          server.off('listening', onListening);
          reject(error);
        };
        const onListening = () => {
          server.off('error', onError);
          resolve();
        };
        server.once('error', onError);
        server.once('listening', onListening);
        server.listen(candidate, hostname);
      });
      return (server.address() as AddressInfo).port;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0 || i + 1 >= attempts) throw error;
    }
  }
}

/**
 * Studio's access rules, through the real `refract studio` command and through startStudio: a foreign
 * Origin (or Host) is refused; off loopback the printed token is required; --read-only refuses writes;
 * a taken port moves to the next free one and says so.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { startStudio, type StudioServer } from '../../src/studio/index.js';
import { testClient, type TestClient } from '../client/databases.js';
import { launchBrowser, SCREENSHOTS, STUDIO_SCHEMA } from './fixture.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Reply {
  readonly status: number;
  readonly body: string;
  readonly headers: http.IncomingHttpHeaders;
}

/** A raw HTTP request (fetch would not let the test set Host or Origin freely). */
function request(port: number, method: string, route: string, headers: Record<string, string> = {}, body?: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request({ host: '127.0.0.1', port, method, path: route, headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** `refract studio` in a child process; resolves once it printed its URL and start-up messages. */
function runStudioCli(args: readonly string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'src/cli/main.ts'), 'studio', '--browser', 'none', ...args], { cwd: repo, env: { ...process.env, NO_COLOR: '1' } });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`studio did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Refract Studio is up on (http:\/\/\S+)/.exec(output);
      // The last line the command prints before it serves: everything said at start is in `output`.
      if (match?.[1] && output.includes('Press Ctrl+C')) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`studio exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

describe('studio access rules', { timeout: 120_000 }, () => {
  let client: TestClient;
  let schemaFile: string;
  before(async () => {
    client = await testClient('sqlite', STUDIO_SCHEMA, { label: 'studio-safety' });
    await client.prisma.user.create({ data: { email: 'a@example.com', name: 'A' } });
    schemaFile = path.join(client.dir, 'schema.prisma');
    fs.writeFileSync(schemaFile, `datasource db {\n  provider = "sqlite"\n  url      = "file:./test.db"\n}\n${STUDIO_SCHEMA}`);
  });
  after(async () => {
    await client?.close();
  });

  test('a request from a foreign Origin or Host is refused; the page itself is served', async () => {
    const studio = await startStudio({ schema: client.schema, url: client.url, schemaDir: client.dir, port: 0 });
    try {
      const own = `http://127.0.0.1:${studio.port}`;
      assert.equal(studio.token, null, 'no token on loopback');
      assert.equal((await request(studio.port, 'GET', '/api/counts')).status, 200);
      assert.equal((await request(studio.port, 'GET', '/api/counts', { origin: own })).status, 200);
      const foreign = await request(studio.port, 'POST', '/api/save', { origin: 'http://evil.example' }, { changes: [{ id: 'x', kind: 'delete', model: 'User', where: { id: 1 } }] });
      assert.equal(foreign.status, 403);
      assert.match(foreign.body, /another origin/);
      assert.equal((await request(studio.port, 'GET', '/api/counts', { origin: 'http://evil.example' })).status, 403);
      // DNS rebinding: a foreign name resolving to 127.0.0.1 carries its own Host.
      assert.equal((await request(studio.port, 'GET', '/api/schema', { host: `evil.example:${studio.port}` })).status, 403);
      assert.equal((await request(studio.port, 'POST', '/api/rows', { 'content-type': 'text/plain' }, { model: 'User' })).status, 415, 'a form post (not JSON) is refused');
      assert.equal((await request(studio.port, 'GET', '/api/counts', { 'sec-fetch-site': 'cross-site' })).status, 403);
      assert.equal((await request(studio.port, 'GET', '/', { 'sec-fetch-site': 'cross-site' })).status, 200, 'a shared link from another site opens the page');
      assert.equal(Number(await client.prisma.user.count()), 1, 'nothing was deleted');
      const page = await request(studio.port, 'GET', '/');
      assert.equal(page.status, 200);
      assert.match(page.body, /<script type="module" src="\/assets\/app.js">/);
      assert.match(String(page.headers['content-security-policy']), /default-src 'self'/);
      assert.equal((await request(studio.port, 'GET', '/assets/../server.ts')).status, 404);
    } finally {
      await studio.close();
    }
  });

  test('refract studio --hostname 0.0.0.0 prints a token and refuses requests without it', async () => {
    const { child, url, output } = await runStudioCli(['--schema', schemaFile, '--hostname', '0.0.0.0', '--port', '0']);
    try {
      const parsed = new URL(url);
      const token = parsed.searchParams.get('token');
      assert.ok(token && token.length >= 24, `a token in ${url}`);
      assert.match(output(), /requests without its access token are refused/);
      const port = Number(parsed.port);
      const without = await request(port, 'GET', '/api/counts');
      assert.equal(without.status, 401);
      assert.equal((await request(port, 'GET', '/')).status, 401);
      assert.equal((await request(port, 'GET', '/api/counts', { 'x-studio-token': 'wrong' })).status, 401);
      const withHeader = await request(port, 'GET', '/api/counts', { 'x-studio-token': token });
      assert.equal(withHeader.status, 200);
      assert.deepEqual(JSON.parse(withHeader.body), { User: 1, Post: 0, Tag: 0 });
      // Opening the printed URL sets a cookie the page's own requests then carry.
      const opened = await request(port, 'GET', `/?token=${token}`);
      assert.equal(opened.status, 200);
      const cookie = String(opened.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
      assert.match(cookie, new RegExp(`^refract_studio_token_${port}=`));
      assert.equal((await request(port, 'GET', '/api/counts', { cookie })).status, 200);
    } finally {
      await stop(child);
    }
  });

  test('in a browser, the printed URL with its token opens a working page; without it nothing loads', async () => {
    const studio = await startStudio({ schema: client.schema, url: client.url, schemaDir: client.dir, port: 0, hostname: '0.0.0.0' });
    const browser = await launchBrowser();
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const refused = await page.goto(`http://127.0.0.1:${studio.port}/?model=User`);
      assert.equal(refused?.status(), 401);
      await page.goto(studio.url);
      await page.waitForSelector('tr[data-key]');
      assert.equal(await page.locator('[data-testid=model-title]').innerText(), 'User');
      assert.doesNotMatch(page.url(), /token=/, 'the token leaves the address bar once the cookie holds it');
      await page.reload();
      await page.waitForSelector('tr[data-key]');
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'sqlite-token.png') });
    } finally {
      await browser.close();
      await studio.close();
    }
  });

  test('refract studio --read-only refuses writes and still reads', async () => {
    const { child, url } = await runStudioCli(['--schema', schemaFile, '--port', '0', '--read-only']);
    try {
      const port = Number(new URL(url).port);
      const schema = JSON.parse((await request(port, 'GET', '/api/schema')).body) as { readOnly: boolean };
      assert.equal(schema.readOnly, true);
      const rows = await request(port, 'POST', '/api/rows', {}, { model: 'User' });
      assert.equal(rows.status, 200);
      const write = await request(port, 'POST', '/api/save', {}, { changes: [{ id: 'c', kind: 'create', model: 'Tag', data: { name: 'nope' } }] });
      assert.equal(write.status, 403);
      assert.match(write.body, /read-only/);
      assert.equal(Number(await client.prisma.tag.count()), 0);
    } finally {
      await stop(child);
    }
  });

  test('a taken port moves Studio to the next free one, and the command says so', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const taken = (blocker.address() as net.AddressInfo).port;
    let studio: StudioServer | null = null;
    try {
      studio = await startStudio({ schema: client.schema, url: client.url, schemaDir: client.dir, port: taken });
      assert.equal(studio.portChanged, true);
      assert.ok(studio.port > taken);
      assert.equal((await request(studio.port, 'GET', '/api/counts')).status, 200);
      await studio.close();
      studio = null;
      const { child, output } = await runStudioCli(['--schema', schemaFile, '--port', String(taken)]);
      try {
        assert.match(output(), new RegExp(`Port ${taken} is in use: Studio is on port \\d+ instead`));
      } finally {
        await stop(child);
      }
    } finally {
      await studio?.close();
      blocker.close();
    }
  });
});

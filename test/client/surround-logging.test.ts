import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { ClientLogger, PrismaClientConstructorValidationError, parseLogOption } from '../../src/client/logging/index.js';
import type { LogEvent, QueryEvent } from '../../src/client/logging/index.js';

function sink() {
  const lines: [string, string][] = [];
  return { lines, log: (l: string) => lines.push(['log', l]), warn: (l: string) => lines.push(['warn', l]), error: (l: string) => lines.push(['error', l]) };
}

test('the log option: level names print to stdout, objects choose stdout or event', () => {
  assert.deepEqual(parseLogOption(['query', { level: 'warn', emit: 'event' }]), [
    { level: 'query', emit: 'stdout' },
    { level: 'warn', emit: 'event' },
  ]);
  assert.deepEqual(parseLogOption(undefined), []);
  assert.throws(() => parseLogOption(['verbose']), PrismaClientConstructorValidationError);
  assert.throws(() => parseLogOption('query'), /Invalid value "query" for "log" provided to PrismaClient constructor/);
  assert.throws(() => parseLogOption([{ level: 'query', emit: 'file' }]), PrismaClientConstructorValidationError);
});

test('query events carry the SQL, JSON params, duration and timestamp of a real statement', async () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, n BIGINT, b BLOB)');
  const out = sink();
  const logger = new ClientLogger([{ level: 'query', emit: 'event' }], out);
  const events: QueryEvent[] = [];
  logger.on('query', (e) => events.push(e as QueryEvent));
  const sql = 'INSERT INTO t (n, b) VALUES (?, ?)';
  const params = [1234567890123456789n, Buffer.from([1, 2, 3])];
  const before = Date.now();
  const info = await logger.timed(sql, params, async () => db.prepare(sql).run(...params));
  assert.equal(info.changes, 1);
  assert.equal(events.length, 1);
  const [event] = events;
  assert.equal(event?.query, sql);
  assert.equal(event?.params, '["1234567890123456789","AQID"]');
  assert.equal(typeof event?.duration, 'number');
  assert.ok((event?.timestamp.getTime() ?? 0) >= before - 1);
  assert.deepEqual(out.lines, [], 'event levels do not print');
  await assert.rejects(logger.timed('SELEKT', [], async () => db.prepare('SELEKT').all()));
  assert.equal(events.length, 2, 'a failed statement is logged too');
});

test('stdout levels print prisma:<level> lines to the matching console method; disabled levels are silent', () => {
  const out = sink();
  const logger = new ClientLogger(['query', 'warn', 'error'], out);
  const heard: LogEvent[] = [];
  logger.on('warn', (e) => heard.push(e as LogEvent));
  logger.query('SELECT 1', [], 1);
  logger.info('not enabled');
  logger.warn('careful');
  logger.error('broken');
  assert.deepEqual(
    out.lines.map(([method, line]) => [method, line.replace(/\u001b\[\d+m/g, '')]),
    [
      ['log', 'prisma:query SELECT 1'],
      ['warn', 'prisma:warn careful'],
      ['error', 'prisma:error broken'],
    ],
  );
  assert.deepEqual(heard, [], 'a stdout level does not fire $on listeners');
  assert.equal(logger.isEnabled('info'), false);
  assert.equal(logger.isEnabled('query'), true);
  assert.throws(() => logger.on('beforeExit', () => {}), PrismaClientConstructorValidationError);
});

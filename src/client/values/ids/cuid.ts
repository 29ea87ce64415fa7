/**
 * cuid (v1), as Prisma's `@default(cuid())`: `c` + timestamp (8 base36) + counter (4) + fingerprint
 * (4) + random (8) = 25 lower-case characters. Ids from one process sort by creation time.
 */
import { hostFingerprint, randomInt } from './random.js';

const BASE = 36;
const BLOCK = 4;
const BLOCK_MAX = BASE ** BLOCK;

function pad(text: string, size: number): string {
  return text.length >= size ? text.slice(text.length - size) : '0'.repeat(size - text.length) + text;
}

function fingerprintBlock(): string {
  const source = hostFingerprint();
  let sum = source.length + BASE;
  for (const char of source) sum += char.charCodeAt(0);
  const pid = pad(process.pid.toString(BASE), 2);
  return pid + pad(sum.toString(BASE), 2);
}

// Both drawn on the first id, not at import (node:crypto would cost every client's cold start).
let fingerprint: string | undefined;
let counter: number | undefined;

export function cuid(): string {
  fingerprint ??= fingerprintBlock();
  counter = ((counter ?? randomInt(BLOCK_MAX)) + 1) % BLOCK_MAX;
  const time = pad(Date.now().toString(BASE), 8);
  const count = pad(counter.toString(BASE), BLOCK);
  const random = pad(randomInt(BLOCK_MAX).toString(BASE), BLOCK) + pad(randomInt(BLOCK_MAX).toString(BASE), BLOCK);
  return `c${time}${count}${fingerprint}${random}`;
}

/**
 * cuid2, as Prisma's `@default(cuid(2))`: 24 lower-case base36 characters, the first a letter, the
 * rest a SHA3-512 hash of time, entropy, a counter and a host fingerprint (not time-ordered).
 */
import { hostFingerprint, randomBytes, randomInt, sha3Hex } from './random.js';

const DEFAULT_LENGTH = 24;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

// Both drawn on the first id, not at import (hashing and node:crypto would cost every client's cold start).
let fingerprint: string | undefined;
let counter: number | undefined;

function hashBase36(text: string): string {
  return BigInt(`0x${sha3Hex(text)}`).toString(36);
}

export function cuid2(length: number = DEFAULT_LENGTH): string {
  fingerprint ??= sha3Hex(hostFingerprint() + randomBytes(32).toString('hex'));
  counter = (counter ?? randomInt(476782367)) + 1;
  const first = LETTERS[randomInt(LETTERS.length)] ?? 'a';
  const entropy = randomBytes(length).toString('hex');
  const hash = hashBase36(`${Date.now().toString(36)}${entropy}${counter.toString(36)}${fingerprint}`);
  // The hash's first digit is biased (leading digits of a number); skip it.
  return first + hash.slice(1, length);
}

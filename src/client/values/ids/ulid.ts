/**
 * ULID, as Prisma's `@default(ulid())`: 26 characters of Crockford base32, 10 of Unix milliseconds
 * then 16 of randomness. Within one millisecond the random part is incremented (monotonic ULID), so
 * ids from one process sort in creation order.
 */
import { randomBytes } from './random.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_LENGTH = 10;
const RANDOM_LENGTH = 16;

let lastMs = -1;
let lastRandom: number[] = [];

function encodeTime(ms: number): string {
  let out = '';
  let rest = ms;
  for (let i = 0; i < TIME_LENGTH; i++) {
    out = (ALPHABET[rest % 32] ?? '0') + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function freshRandom(): number[] {
  return [...randomBytes(RANDOM_LENGTH)].map((b) => b & 31);
}

/** Adds one to a base32 digit array; false when it overflowed. */
function increment(digits: number[]): boolean {
  for (let i = digits.length - 1; i >= 0; i--) {
    const digit = digits[i] ?? 0;
    if (digit < 31) {
      digits[i] = digit + 1;
      return true;
    }
    digits[i] = 0;
  }
  return false;
}

export function ulid(): string {
  let ms = Date.now();
  if (ms > lastMs) {
    lastMs = ms;
    lastRandom = freshRandom();
  } else {
    ms = lastMs;
    if (!increment(lastRandom)) {
      lastMs += 1;
      ms = lastMs;
      lastRandom = freshRandom();
    }
  }
  return encodeTime(ms) + lastRandom.map((d) => ALPHABET[d] ?? '0').join('');
}

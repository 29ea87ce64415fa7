/**
 * UUIDs, as Prisma's `@default(uuid())` / `uuid(4)` and `uuid(7)`. v7 puts the Unix time in
 * milliseconds first, and a counter in `rand_a` keeps ids from one process strictly increasing within a
 * millisecond (RFC 9562 §6.2, method 1).
 */
import { randomBytes, randomUUID } from './random.js';

export function uuid4(): string {
  return randomUUID();
}

let lastMs = -1;
let sequence = 0;

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

export function uuid7(): string {
  let ms = Date.now();
  if (ms > lastMs) {
    lastMs = ms;
    // Start low in the 12-bit space so many ids fit in one millisecond.
    sequence = randomBytes(2).readUInt16BE(0) & 0x1ff;
  } else {
    ms = lastMs;
    sequence += 1;
    if (sequence > 0xfff) {
      lastMs += 1;
      ms = lastMs;
      sequence = 0;
    }
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

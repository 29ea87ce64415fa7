/** Shared randomness and host fingerprint for the id generators (node:crypto only). */
import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';

/** A uniformly random integer in [0, max) (max <= 2^32), by rejection sampling. */
export function randomInt(max: number): number {
  const limit = Math.floor(0x1_0000_0000 / max) * max;
  for (;;) {
    const value = randomBytes(4).readUInt32BE(0);
    if (value < limit) return value % max;
  }
}

/** A per-process fingerprint (pid + hostname), the way cuid derives it. */
export function hostFingerprint(): string {
  return `${process.pid}:${os.hostname()}`;
}

export function sha3Hex(text: string): string {
  return createHash('sha3-512').update(text).digest('hex');
}

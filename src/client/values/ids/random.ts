/** Shared randomness and host fingerprint for the id generators (node:crypto only). */
import type * as NodeCrypto from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';

let loadedCrypto: typeof NodeCrypto | undefined;

/**
 * node:crypto, loaded on the first id generated rather than at import: loading it (OpenSSL's modules)
 * is a measurable part of a client's cold start, and most clients never generate an id client-side.
 */
function nodeCrypto(): typeof NodeCrypto {
  loadedCrypto ??= createRequire(import.meta.url)('node:crypto') as typeof NodeCrypto;
  return loadedCrypto;
}

export function randomBytes(size: number): Buffer {
  return nodeCrypto().randomBytes(size);
}

export function randomUUID(): string {
  return nodeCrypto().randomUUID();
}

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
  return nodeCrypto().createHash('sha3-512').update(text).digest('hex');
}

/** A wrong `new PrismaClient({...})` option (`log`, `errorFormat`, ...), named as Prisma names it. */
import { CLIENT_VERSION } from '../errors/client-version.js';

export class PrismaClientConstructorValidationError extends Error {
  readonly clientVersion: string = CLIENT_VERSION;

  constructor(message: string) {
    super(message);
    Object.defineProperty(this, 'name', { value: 'PrismaClientConstructorValidationError', enumerable: false, configurable: true, writable: true });
  }

  get [Symbol.toStringTag](): string {
    return 'PrismaClientConstructorValidationError';
  }
}

/**
 * The defaults Prisma computes in the client rather than in the database: `cuid()`, `cuid(2)`,
 * `uuid()`, `uuid(4)`, `uuid(7)`, `ulid()`, `nanoid()`, `nanoid(n)` and `now()`. The engine asks for a
 * generator once per field and calls it once per created row.
 */
import type { DefaultValue } from '../../schema/model.js';
import { cuid } from './ids/cuid.js';
import { cuid2 } from './ids/cuid2.js';
import { nanoid } from './ids/nanoid.js';
import { ulid } from './ids/ulid.js';
import { uuid4, uuid7 } from './ids/uuid.js';

type FunctionDefault = Extract<DefaultValue, { kind: 'function' }>;

/** A generator for a client-side default function, or null when the database computes it. */
export function clientDefaultGenerator(value: Pick<FunctionDefault, 'name' | 'args'>): (() => string | Date) | null {
  const version = value.args[0] === undefined ? null : Number(value.args[0]);
  switch (value.name) {
    case 'cuid':
      return version === 2 ? () => cuid2() : cuid;
    case 'uuid':
      return version === 7 ? uuid7 : uuid4;
    case 'ulid':
      return ulid;
    case 'nanoid': {
      const size = version ?? undefined;
      return () => nanoid(size);
    }
    case 'now':
      return () => new Date();
    case 'autoincrement':
    case 'sequence':
    case 'dbgenerated':
    case 'auto':
      return null;
    default:
      return null;
  }
}

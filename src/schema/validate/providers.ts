/**
 * What each database provider can do, as data: the validator asks a capability, never
 * `if (provider === 'mysql')`.
 */
import type { IndexAlgorithm, Provider, ReferentialAction, RelationMode } from '../model.js';

export interface ProviderCapabilities {
  readonly scalarLists: boolean;
  readonly enums: boolean;
  readonly json: boolean;
  readonly decimal: boolean;
  /** `Json[]` columns. */
  readonly jsonLists: boolean;
  readonly compositeTypes: boolean;
  readonly multiSchema: boolean;
  /** Longest constraint/index name; derived names are truncated to fit. */
  readonly maxIdentifierLength: number;
  /** Referential actions with `relationMode = "foreignKeys"` (the database enforces them). */
  readonly foreignKeyActions: readonly ReferentialAction[];
  /** Referential actions Prisma emulates with `relationMode = "prisma"`. */
  readonly emulatedActions: readonly ReferentialAction[];
  /** Actions that are accepted but warned about (MySQL's SetDefault). */
  readonly warnedActions: readonly ReferentialAction[];
  readonly defaultRelationMode: RelationMode;
  /** Where `@default(autoincrement())` may go: any field, an indexed field, or only the id. */
  readonly autoincrementOn: 'any' | 'indexed' | 'id';
  /** At most one `autoincrement()` per table. */
  readonly autoincrementOnce: boolean;
  /** Named primary keys (`@id(map: …)`, `@@id(map: …)`). */
  readonly namedPrimaryKeys: boolean;
  /** A Bytes column may be (part of) the primary key. */
  readonly bytesInId: boolean;
  /** `@@index(type: …)` algorithms. */
  readonly indexAlgorithms: readonly IndexAlgorithm[];
  readonly namedForeignKeys: boolean;
  readonly defaultFunctions: readonly string[];
  /** What `displayName` Prisma uses in some messages. */
  readonly displayName: string;
}

const ALL: readonly ReferentialAction[] = ['Cascade', 'Restrict', 'NoAction', 'SetNull', 'SetDefault'];
const COMMON_FUNCTIONS = ['now', 'cuid', 'uuid', 'ulid', 'nanoid', 'dbgenerated'];

export const CAPABILITIES: Readonly<Record<Provider, ProviderCapabilities>> = {
  postgresql: {
    scalarLists: true,
    enums: true,
    json: true,
    decimal: true,
    jsonLists: true,
    compositeTypes: false,
    multiSchema: true,
    maxIdentifierLength: 63,
    foreignKeyActions: ALL,
    emulatedActions: ['Cascade', 'Restrict', 'SetNull'],
    warnedActions: [],
    defaultRelationMode: 'foreignKeys',
    autoincrementOn: 'any',
    autoincrementOnce: false,
    namedPrimaryKeys: true,
    bytesInId: true,
    indexAlgorithms: ['BTree', 'Hash', 'Gist', 'Gin', 'SpGist', 'Brin'],
    namedForeignKeys: true,
    defaultFunctions: [...COMMON_FUNCTIONS, 'autoincrement'],
    displayName: 'Postgres',
  },
  cockroachdb: {
    scalarLists: true,
    enums: true,
    json: true,
    decimal: true,
    jsonLists: false,
    compositeTypes: false,
    multiSchema: true,
    maxIdentifierLength: 63,
    foreignKeyActions: ALL,
    emulatedActions: ['Cascade', 'Restrict', 'NoAction', 'SetNull'],
    warnedActions: [],
    defaultRelationMode: 'foreignKeys',
    autoincrementOn: 'any',
    autoincrementOnce: false,
    namedPrimaryKeys: true,
    bytesInId: true,
    indexAlgorithms: ['BTree', 'Gin'],
    namedForeignKeys: true,
    defaultFunctions: [...COMMON_FUNCTIONS, 'autoincrement', 'sequence'],
    displayName: 'CockroachDB',
  },
  mysql: {
    scalarLists: false,
    enums: true,
    json: true,
    decimal: true,
    jsonLists: true,
    compositeTypes: false,
    multiSchema: false,
    maxIdentifierLength: 64,
    foreignKeyActions: ALL,
    emulatedActions: ['Cascade', 'Restrict', 'NoAction', 'SetNull'],
    warnedActions: ['SetDefault'],
    defaultRelationMode: 'foreignKeys',
    autoincrementOn: 'indexed',
    autoincrementOnce: true,
    namedPrimaryKeys: false,
    bytesInId: true,
    indexAlgorithms: ['BTree'],
    namedForeignKeys: true,
    defaultFunctions: [...COMMON_FUNCTIONS, 'autoincrement'],
    displayName: 'MySQL',
  },
  sqlite: {
    scalarLists: false,
    enums: true,
    json: true,
    decimal: true,
    jsonLists: true,
    compositeTypes: false,
    multiSchema: false,
    maxIdentifierLength: 10000,
    foreignKeyActions: ALL,
    emulatedActions: ['Cascade', 'Restrict', 'SetNull'],
    warnedActions: [],
    defaultRelationMode: 'foreignKeys',
    autoincrementOn: 'id',
    autoincrementOnce: true,
    namedPrimaryKeys: false,
    bytesInId: true,
    indexAlgorithms: ['BTree'],
    namedForeignKeys: false,
    defaultFunctions: [...COMMON_FUNCTIONS, 'autoincrement'],
    displayName: 'SQLite',
  },
  sqlserver: {
    scalarLists: false,
    enums: false,
    json: false,
    decimal: true,
    jsonLists: true,
    compositeTypes: false,
    multiSchema: true,
    maxIdentifierLength: 128,
    foreignKeyActions: ['Cascade', 'NoAction', 'SetNull', 'SetDefault'],
    emulatedActions: ['Cascade', 'Restrict', 'NoAction', 'SetNull'],
    warnedActions: [],
    defaultRelationMode: 'foreignKeys',
    autoincrementOn: 'any',
    autoincrementOnce: false,
    namedPrimaryKeys: true,
    bytesInId: false,
    indexAlgorithms: ['BTree'],
    namedForeignKeys: true,
    defaultFunctions: [...COMMON_FUNCTIONS, 'autoincrement'],
    displayName: 'SQL Server',
  },
  mongodb: {
    scalarLists: true,
    enums: true,
    json: true,
    decimal: false,
    jsonLists: true,
    compositeTypes: true,
    multiSchema: false,
    maxIdentifierLength: 127,
    foreignKeyActions: ['Cascade', 'Restrict', 'NoAction', 'SetNull'],
    emulatedActions: ['Cascade', 'Restrict', 'NoAction', 'SetNull'],
    warnedActions: [],
    defaultRelationMode: 'prisma',
    autoincrementOn: 'any',
    autoincrementOnce: false,
    namedPrimaryKeys: false,
    bytesInId: true,
    indexAlgorithms: ['BTree'],
    namedForeignKeys: false,
    defaultFunctions: [...COMMON_FUNCTIONS.filter((f) => f !== 'dbgenerated'), 'auto'],
    displayName: 'MongoDB',
  },
};

export const PROVIDERS: readonly Provider[] = ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'mongodb', 'cockroachdb'];

/** Provider names Prisma accepts as aliases. */
export const PROVIDER_ALIASES: Readonly<Record<string, Provider>> = { postgres: 'postgresql' };

export function isProvider(name: string): name is Provider {
  return (PROVIDERS as readonly string[]).includes(name);
}

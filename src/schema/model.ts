/**
 * The validated schema: what `validate` produces from the syntax tree and what every later stage reads
 * (the client generator, the query engine, migrations, studio). It is plain JSON-serialisable data, with
 * every default Prisma applies already filled in (database names, constraint names, relation names,
 * referential actions), so no consumer has to re-derive a rule of the schema language.
 *
 * Nothing here refers back to the syntax tree; `span`s are kept only where a later stage may need to
 * point a user at a declaration.
 */
import type { Span } from './diagnostics.js';

export type Provider = 'sqlite' | 'postgresql' | 'mysql' | 'sqlserver' | 'mongodb' | 'cockroachdb';

export type ScalarType = 'String' | 'Boolean' | 'Int' | 'BigInt' | 'Float' | 'Decimal' | 'DateTime' | 'Json' | 'Bytes';

export const SCALAR_TYPES: readonly ScalarType[] = ['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes'];

export type ReferentialAction = 'Cascade' | 'Restrict' | 'NoAction' | 'SetNull' | 'SetDefault';

export type RelationMode = 'foreignKeys' | 'prisma';

/** A datasource or generator value: a literal string, or `env("NAME")` (resolved at use, not here). */
export type ConfigValue = { readonly kind: 'literal'; readonly value: string } | { readonly kind: 'env'; readonly variable: string };

export interface Datasource {
  readonly name: string;
  readonly provider: Provider;
  readonly url: ConfigValue | null;
  readonly directUrl: ConfigValue | null;
  readonly shadowDatabaseUrl: ConfigValue | null;
  readonly relationMode: RelationMode;
  /** `schemas = [...]` (multiSchema); empty when not set. */
  readonly schemas: readonly string[];
  /** `extensions = [pg_trgm, postgis(version: "3.3")]`. */
  readonly extensions: readonly DatabaseExtension[];
  readonly span: Span;
}

export interface DatabaseExtension {
  readonly name: string;
  readonly schema: string | null;
  readonly version: string | null;
  readonly map: string | null;
}

/** A generator's other keys are kept as written for third-party generators. */
export type GeneratorValue = ConfigValue | readonly string[] | string | number | boolean;

export interface Generator {
  readonly name: string;
  readonly provider: ConfigValue;
  readonly output: ConfigValue | null;
  readonly previewFeatures: readonly string[];
  readonly binaryTargets: readonly ConfigValue[];
  /** Every key other than provider, output, previewFeatures, binaryTargets. */
  readonly config: Readonly<Record<string, GeneratorValue>>;
  readonly documentation: string | null;
  readonly span: Span;
}

export interface EnumValue {
  readonly name: string;
  /** `@map("…")`, or the name. */
  readonly dbName: string;
  readonly documentation: string | null;
}

export interface Enum {
  readonly name: string;
  /** `@@map("…")`, or the name. */
  readonly dbName: string;
  readonly values: readonly EnumValue[];
  /** `@@schema("…")` (multiSchema), or null. */
  readonly schema: string | null;
  readonly documentation: string | null;
  readonly span: Span;
}

export interface NativeType {
  /** Without the datasource prefix: `VarChar`, `Timestamptz`, `Decimal`. */
  readonly name: string;
  /** Arguments as written (`255`, `10`, `2`, `"max"` stays `max`). */
  readonly args: readonly string[];
}

/** A default value, already checked against the field's type. */
export type DefaultValue =
  | { readonly kind: 'string'; readonly value: string }
  /** Numbers stay text so BigInt and Decimal defaults are exact. */
  | { readonly kind: 'number'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'enum'; readonly value: string }
  /** Scalar lists: `@default([1, 2])`, `@default([])`. */
  | { readonly kind: 'list'; readonly values: readonly DefaultValue[] }
  | { readonly kind: 'function'; readonly name: DefaultFunctionName; readonly args: readonly (string | number)[] };

export type DefaultFunctionName =
  | 'autoincrement'
  | 'sequence'
  | 'now'
  | 'cuid'
  | 'uuid'
  | 'ulid'
  | 'nanoid'
  | 'dbgenerated'
  | 'auto';

interface FieldCommon {
  readonly name: string;
  readonly isList: boolean;
  /** Not `?` (a list is always required). */
  readonly isRequired: boolean;
  readonly isIgnored: boolean;
  readonly documentation: string | null;
  readonly span: Span;
}

/** A field stored in a column: a scalar, an enum, an `Unsupported("…")` type or a composite type. */
export interface ScalarField extends FieldCommon {
  readonly kind: 'scalar' | 'enum' | 'unsupported' | 'composite';
  /** A `ScalarType` for `scalar`; the enum's or composite type's name; the text of `Unsupported("…")`. */
  readonly type: string;
  /** `@map("…")`, or the name. */
  readonly dbName: string;
  readonly default: DefaultValue | null;
  /** `@default(…, map: "…")` (SQL Server default constraint name). */
  readonly defaultMapName: string | null;
  /** Part of the primary key (single `@id` or in `@@id`). */
  readonly isId: boolean;
  /** Has its own `@unique`, or is the only field of a `@@unique` (as in Prisma's DMMF). */
  readonly isUnique: boolean;
  readonly isUpdatedAt: boolean;
  readonly nativeType: NativeType | null;
  /** Used in some relation's `fields: [...]`. */
  readonly isForeignKey: boolean;
}

export interface RelationField extends FieldCommon {
  readonly kind: 'relation';
  /** The related model's name. */
  readonly type: string;
  /** Explicit or derived (`AToB`, models sorted), as Prisma derives it. */
  readonly relationName: string;
  /** `fields: [...]` (the foreign key on this side), empty on the other side. */
  readonly fields: readonly string[];
  /** `references: [...]`, empty on the other side. */
  readonly references: readonly string[];
  /** As written; `null` when not written. The effective action is on the `Relation`. */
  readonly onDelete: ReferentialAction | null;
  readonly onUpdate: ReferentialAction | null;
  /** `@relation(map: "…")`. */
  readonly mapName: string | null;
}

export type Field = ScalarField | RelationField;

export interface IndexField {
  /** Field name (a dotted path for composite type fields). */
  readonly name: string;
  readonly sort: 'Asc' | 'Desc' | null;
  readonly length: number | null;
  readonly ops: string | null;
}

export interface PrimaryKey {
  /** `@@id(name: "…")`: the name of the compound where-unique input; null when not given. */
  readonly name: string | null;
  /** Constraint name in the database: `map`, or `<table>_pkey`. */
  readonly dbName: string;
  readonly fields: readonly IndexField[];
  readonly clustered: boolean | null;
  /** Written as `@id` on a field (not `@@id`). */
  readonly isFieldLevel: boolean;
}

export interface UniqueConstraint {
  /** The client name of a compound unique: `name`, or the field names joined by `_`. */
  readonly name: string;
  /** Index name in the database: `map`, or `<table>_<columns>_key`. */
  readonly dbName: string;
  readonly fields: readonly IndexField[];
  readonly clustered: boolean | null;
  readonly isFieldLevel: boolean;
}

export type IndexAlgorithm = 'BTree' | 'Hash' | 'Gist' | 'Gin' | 'SpGist' | 'Brin';

export interface Index {
  readonly kind: 'normal' | 'fulltext';
  /** `name:` argument, or null. */
  readonly name: string | null;
  /** Index name in the database: `map`, or `<table>_<columns>_idx` (`_fkey`-free, as Prisma names it). */
  readonly dbName: string;
  readonly fields: readonly IndexField[];
  readonly algorithm: IndexAlgorithm | null;
  readonly clustered: boolean | null;
  /** Partial index predicate: `where: raw("…")` (Refract extension). */
  readonly where: string | null;
}

export interface Model {
  /** `model`, or `view` (read-only in the client, created by the user's SQL). */
  readonly kind: 'model' | 'view';
  readonly name: string;
  /** `@@map("…")`, or the name. */
  readonly dbName: string;
  /** `@@schema("…")` (multiSchema), or null. */
  readonly schema: string | null;
  /** In declaration order, relation fields included. */
  readonly fields: readonly Field[];
  readonly primaryKey: PrimaryKey | null;
  /** `@unique` and `@@unique`, in declaration order (field-level first as Prisma lists them). */
  readonly uniques: readonly UniqueConstraint[];
  readonly indexes: readonly Index[];
  readonly isIgnored: boolean;
  readonly documentation: string | null;
  readonly span: Span;
}

/** `type Address { … }` (composite types, MongoDB). */
export interface CompositeType {
  readonly name: string;
  readonly fields: readonly ScalarField[];
  readonly documentation: string | null;
  readonly span: Span;
}

export interface RelationEnd {
  readonly model: string;
  /** The relation field on this model; null when the field is missing on this side (never after validation). */
  readonly field: string;
}

/**
 * One relation between two models (or a model and itself), resolved from its two relation fields.
 * - `oneToOne` / `oneToMany`: `referencing` holds the foreign key (`fields`), `referenced` is the other
 *   side (for one-to-many, the list side).
 * - `manyToMany` (implicit): no foreign key in either model; rows live in the join table `_<name>`
 *   with columns `A` and `B` (A references the model whose name sorts first).
 */
export interface Relation {
  readonly name: string;
  readonly kind: 'oneToOne' | 'oneToMany' | 'manyToMany';
  readonly referencing: RelationEnd;
  readonly referenced: RelationEnd;
  /** Foreign key columns on the referencing model (field names), and the fields they reference. */
  readonly fields: readonly string[];
  readonly references: readonly string[];
  /** Effective actions, Prisma's defaults applied (optional FK: SetNull/Cascade; required: Restrict/Cascade). */
  readonly onDelete: ReferentialAction;
  readonly onUpdate: ReferentialAction;
  /** Foreign key constraint name: `map`, or `<table>_<columns>_fkey`. Null for many-to-many. */
  readonly foreignKeyName: string | null;
  /** Implicit many-to-many only: the join table (`_<name>`, or `@relation`'s name rules). */
  readonly joinTable: JoinTable | null;
}

export interface JoinTable {
  readonly name: string;
  /** The model whose rows column `A` references (the one whose name sorts first). */
  readonly modelA: string;
  readonly modelB: string;
}

export interface Schema {
  readonly datasource: Datasource | null;
  readonly generators: readonly Generator[];
  /** Models and views, in declaration order. */
  readonly models: readonly Model[];
  readonly enums: readonly Enum[];
  readonly compositeTypes: readonly CompositeType[];
  readonly relations: readonly Relation[];
}

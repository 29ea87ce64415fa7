/**
 * The validator's working state for a model while its rules run: filled in stage by stage (field types,
 * field attributes, block attributes, relations), then frozen into the `Model` of src/schema/model.ts.
 */
import type { Span } from '../diagnostics.js';
import type { DefaultValue, IndexAlgorithm, IndexField, NativeType, ReferentialAction } from '../model.js';
import type { Attribute, Block, Field } from '../syntax.js';
import type { FieldRef } from './expressions.js';

export type FieldKind = 'scalar' | 'enum' | 'unsupported' | 'composite' | 'relation';

export interface RelationAttribute {
  readonly attribute: Attribute | null;
  readonly name: string | null;
  readonly fields: readonly FieldRef[] | null;
  readonly references: readonly FieldRef[] | null;
  readonly fieldsSpan: Span | null;
  readonly referencesSpan: Span | null;
  readonly onDelete: ReferentialAction | null;
  readonly onUpdate: ReferentialAction | null;
  readonly onDeleteSpan: Span | null;
  readonly onUpdateSpan: Span | null;
  readonly map: string | null;
  readonly mapSpan: Span | null;
}

export interface FieldDraft {
  readonly node: Field;
  /** The model (or composite type) the field belongs to. */
  readonly model: string;
  readonly inCompositeType: boolean;
  readonly name: string;
  readonly kind: FieldKind;
  /** Scalar type, enum/composite/model name, or the `Unsupported("…")` text. */
  readonly type: string;
  readonly isList: boolean;
  readonly isRequired: boolean;
  /** Known attributes of the field (unknown and duplicates already reported). */
  attributes: readonly Attribute[];
  dbName: string;
  default: DefaultValue | null;
  defaultMapName: string | null;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  isIgnored: boolean;
  nativeType: NativeType | null;
  /** The native type as written, even when it does not fit the field's type (some rules still look at it). */
  writtenNativeType: NativeType | null;
  isForeignKey: boolean;
  relation: RelationAttribute | null;
  readonly documentation: string | null;
}

export interface ConstraintDraft {
  readonly name: string | null;
  /** `map:`, or null (derived later from the table and column names). */
  readonly map: string | null;
  readonly fields: readonly IndexField[];
  readonly clustered: boolean | null;
  readonly isFieldLevel: boolean;
  readonly span: Span;
  /** Where `map:` and `name:` were written, for diagnostics about them. */
  readonly argSpans?: { readonly map?: Span; readonly name?: Span };
}

export interface IndexDraft extends ConstraintDraft {
  readonly kind: 'normal' | 'fulltext';
  readonly algorithm: IndexAlgorithm | null;
  readonly where: string | null;
}

export interface ModelDraft {
  readonly block: Block;
  readonly name: string;
  readonly kind: 'model' | 'view';
  dbName: string;
  schema: string | null;
  readonly fields: FieldDraft[];
  readonly byName: Map<string, FieldDraft>;
  /** Fields left out because their type does not resolve (already reported). */
  readonly unresolvedFields: ReadonlySet<string>;
  primaryKey: ConstraintDraft | null;
  readonly uniques: ConstraintDraft[];
  readonly indexes: IndexDraft[];
  isIgnored: boolean;
  /** An attribute was repeated on the model or a field: Prisma skips the whole-model rules then. */
  hasRepeatedAttributes: boolean;
  readonly documentation: string | null;
}

/**
 * The syntax tree of a `.prisma` file, as the parser builds it and the formatter and validator read it.
 *
 * It is lossless for everything a user can see: every comment, blank line and declaration keeps its place,
 * so the formatter is a walk over this tree. Malformed input still yields a tree: what could not be read
 * becomes an `Unparsed` item (or a `null` child), and the parser reports a diagnostic for it.
 *
 * Nodes are plain immutable objects with a `kind`; a `switch (node.kind)` over any union here must end
 * with `assertNever` (src/shared/internal-error.ts).
 */
import type { SourceFile, Span } from './diagnostics.js';

export interface Identifier {
  readonly kind: 'Identifier';
  /** The name as written; dotted names (`db.VarChar`, `address.street`) are one identifier. */
  readonly text: string;
  readonly span: Span;
}

export interface StringLiteral {
  readonly kind: 'StringLiteral';
  /** The decoded value (escapes resolved). */
  readonly value: string;
  /** The source text, quotes included, for the formatter. */
  readonly raw: string;
  readonly span: Span;
}

export interface NumberLiteral {
  readonly kind: 'NumberLiteral';
  /** As written (`-1`, `3.14`, `10`); never converted to a float, so BigInt defaults stay exact. */
  readonly text: string;
  readonly span: Span;
}

/** A bare word used as a value: `true`, `Cascade`, `USER`, `Desc`, `BTree`, and dotted paths. */
export interface ConstantValue {
  readonly kind: 'ConstantValue';
  readonly text: string;
  readonly span: Span;
}

export interface FunctionCall {
  readonly kind: 'FunctionCall';
  readonly name: Identifier;
  readonly arguments: ArgumentList;
  readonly span: Span;
}

export interface ArrayExpression {
  readonly kind: 'ArrayExpression';
  readonly items: readonly Expression[];
  readonly span: Span;
}

export type Expression = StringLiteral | NumberLiteral | ConstantValue | FunctionCall | ArrayExpression;

export interface Argument {
  readonly kind: 'Argument';
  /** `null` for a positional argument. */
  readonly name: Identifier | null;
  /** `null` when the value is missing (`map: )`); the parser has reported it. */
  readonly value: Expression | null;
  readonly span: Span;
}

export interface ArgumentList {
  readonly kind: 'ArgumentList';
  readonly arguments: readonly Argument[];
  /** A comma before the `)` (`@default("x",)`): the grammar allows it, the validator reports it. */
  readonly trailingComma: Span | null;
  readonly span: Span;
}

/** `@id`, `@db.VarChar(255)`, `@@index([a, b], map: "x")`. */
export interface Attribute {
  readonly kind: 'Attribute';
  /** `@@` block attribute, or `@` field attribute. */
  readonly isBlockAttribute: boolean;
  /** Without the `@`/`@@`: `id`, `db.VarChar`, `index`. */
  readonly name: Identifier;
  /** `null` when written without parentheses. */
  readonly arguments: ArgumentList | null;
  /**
   * Prisma's span, so diagnostics point where Prisma's do: from the `@` to the `)`; without arguments it
   * also covers the spaces after the name; a block attribute's span runs on to the end of its trailing
   * comment (or over trailing spaces).
   */
  readonly span: Span;
}

export type Arity = 'required' | 'optional' | 'list';

export interface FieldType {
  readonly kind: 'FieldType';
  /** The type name; for `Unsupported("…")` it is `Unsupported`. */
  readonly name: Identifier;
  readonly arity: Arity;
  /** The argument of `Unsupported("…")`. */
  readonly unsupported: StringLiteral | null;
  /** `String?[]` or `String[]?`: written but not allowed; the validator reports it. */
  readonly invalidArity: boolean;
  readonly span: Span;
}

/** A `//` or `///` comment. `text` is the whole comment, slashes included, without the line break. */
export interface Comment {
  readonly kind: 'Comment';
  readonly text: string;
  /** `///`: a documentation comment. */
  readonly isDoc: boolean;
  readonly span: Span;
}

interface Documented {
  /** `///` lines right above the declaration, in order (no blank line or `//` line in between). */
  readonly docComments: readonly Comment[];
  /** A `//` or `///` comment after the declaration on the same line. */
  readonly trailingComment: Comment | null;
  /**
   * The documentation Prisma derives (DMMF `documentation`), `null` when none: the `///` lines of the last
   * comment block above the declaration (inside a block, blank lines and `@@` lines in between do not
   * detach it; `//` lines in the block are skipped), each without `///` and leading spaces, joined with
   * `\n`, then a trailing `///` comment on the same line. Differs from `docComments` only in such cases.
   */
  readonly documentation: string | null;
}

export interface Field extends Documented {
  readonly kind: 'Field';
  readonly name: Identifier;
  /** `null` when the type is missing; the parser has reported it. */
  readonly type: FieldType | null;
  readonly attributes: readonly Attribute[];
  /** Prisma's span: from the name to the end of the line, trailing comment and line break included. */
  readonly span: Span;
}

export interface EnumValue extends Documented {
  readonly kind: 'EnumValue';
  readonly name: Identifier;
  readonly attributes: readonly Attribute[];
  /** Prisma's span: from the name to the end of the line, trailing comment and line break included. */
  readonly span: Span;
}

/** `key = value` inside `datasource` and `generator` blocks. */
export interface ConfigProperty extends Documented {
  readonly kind: 'ConfigProperty';
  readonly name: Identifier;
  /** `null` when the value is missing (`key =`); the parser has reported it (E014, as Prisma does). */
  readonly value: Expression | null;
  /** Prisma's span: from the name to the end of the trailing comment (or over trailing spaces). */
  readonly span: Span;
}

/** A `@@…` line inside a model, view, composite type or enum. */
export interface BlockAttributeLine extends Documented {
  readonly kind: 'BlockAttributeLine';
  readonly attribute: Attribute;
  readonly span: Span;
}

/** A comment on a line of its own that is not a doc comment of the next declaration. */
export interface CommentLine {
  readonly kind: 'CommentLine';
  readonly comment: Comment;
  readonly span: Span;
}

/** One or more empty lines in a row (the formatter keeps at most one). */
export interface BlankLine {
  readonly kind: 'BlankLine';
  readonly span: Span;
}

/** Text the parser could not read as anything; kept so the formatter can leave it untouched. */
export interface Unparsed {
  readonly kind: 'Unparsed';
  readonly text: string;
  readonly span: Span;
}

export type BlockMember = Field | EnumValue | ConfigProperty | BlockAttributeLine | CommentLine | BlankLine | Unparsed;

export type BlockKeyword = 'model' | 'view' | 'type' | 'enum' | 'datasource' | 'generator';

export interface Block {
  readonly kind: 'Block';
  readonly keyword: BlockKeyword;
  readonly keywordSpan: Span;
  readonly name: Identifier;
  readonly members: readonly BlockMember[];
  readonly docComments: readonly Comment[];
  /** Prisma's documentation of the block: the `///` lines of the comment block right above it. */
  readonly documentation: string | null;
  /** A comment after the opening brace, on the same line (Prisma's formatter drops it). */
  readonly openingComment: Comment | null;
  /** From the keyword to the closing `}` included. */
  readonly span: Span;
}

export type TopLevelItem = Block | CommentLine | BlankLine | Unparsed;

export interface SchemaFile {
  readonly kind: 'SchemaFile';
  readonly source: SourceFile;
  readonly items: readonly TopLevelItem[];
}

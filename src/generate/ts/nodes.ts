/**
 * A tiny typed model of the TypeScript we emit: type expressions and declarations as immutable
 * plain objects with a `kind`, built by the factories in ./build.ts and printed by ./print.ts.
 * Only what the client's `.d.ts` needs; no statements beyond declarations.
 */

export type TypeNode =
  /** `User`, `$runtime.FindManyArgs<$UserTypes>`, `string`. */
  | { readonly kind: 'ref'; readonly name: string; readonly args: readonly TypeNode[] }
  | { readonly kind: 'stringLiteral'; readonly value: string }
  | { readonly kind: 'union'; readonly members: readonly TypeNode[] }
  | { readonly kind: 'array'; readonly element: TypeNode }
  | { readonly kind: 'object'; readonly properties: readonly PropertyNode[] }
  /** `typeof Role`. */
  | { readonly kind: 'typeof'; readonly name: string }
  /** `T[keyof T]`. */
  | { readonly kind: 'indexed'; readonly object: TypeNode; readonly index: TypeNode }
  /** `keyof T`. */
  | { readonly kind: 'keyof'; readonly target: TypeNode };

export interface PropertyNode {
  readonly kind: 'property';
  readonly name: string;
  readonly type: TypeNode;
  readonly optional: boolean;
  readonly readonly: boolean;
  readonly doc: string | null;
}

export interface TypeParameterNode {
  readonly name: string;
  /** `const T`: infer literal types for it. */
  readonly isConst: boolean;
  readonly constraint: TypeNode | null;
  readonly default: TypeNode | null;
}

export type DeclarationNode =
  | {
      readonly kind: 'interface';
      readonly name: string;
      readonly typeParameters: readonly TypeParameterNode[];
      readonly extends: readonly TypeNode[];
      readonly properties: readonly PropertyNode[];
      readonly doc: string | null;
    }
  | {
      readonly kind: 'typeAlias';
      readonly name: string;
      readonly typeParameters: readonly TypeParameterNode[];
      readonly type: TypeNode;
      readonly doc: string | null;
    }
  /** `const Name: Type` (inside `declare`, so no initializer). */
  | { readonly kind: 'const'; readonly name: string; readonly type: TypeNode; readonly doc: string | null }
  /** `function name<T>(params): Return`. */
  | {
      readonly kind: 'function';
      readonly name: string;
      readonly typeParameters: readonly TypeParameterNode[];
      readonly parameters: readonly { readonly name: string; readonly type: TypeNode; readonly optional: boolean }[];
      readonly returns: TypeNode;
      readonly doc: string | null;
    }
  | { readonly kind: 'namespace'; readonly name: string; readonly body: readonly DeclarationNode[]; readonly doc: string | null }
  /** `import type * as name from 'module'`. */
  | { readonly kind: 'importNamespace'; readonly name: string; readonly from: string }
  /** A blank line or a section comment between declarations. */
  | { readonly kind: 'comment'; readonly text: string };

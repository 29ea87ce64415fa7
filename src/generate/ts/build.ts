/** Factories for ./nodes.ts: short names, because generator code is mostly calls to these. */
import type { DeclarationNode, PropertyNode, TypeNode, TypeParameterNode } from './nodes.js';

export function ref(name: string, ...args: TypeNode[]): TypeNode {
  return { kind: 'ref', name, args };
}

export function str(value: string): TypeNode {
  return { kind: 'stringLiteral', value };
}

/** A union; a single member is returned as it is, nested unions are flattened. */
export function union(...members: TypeNode[]): TypeNode {
  const flat = members.flatMap((m) => (m.kind === 'union' ? m.members : [m]));
  return flat.length === 1 && flat[0] ? flat[0] : { kind: 'union', members: flat };
}

export function array(element: TypeNode): TypeNode {
  return { kind: 'array', element };
}

export function object(properties: readonly PropertyNode[]): TypeNode {
  return { kind: 'object', properties };
}

export function typeofRef(name: string): TypeNode {
  return { kind: 'typeof', name };
}

export function indexed(objectType: TypeNode, index: TypeNode): TypeNode {
  return { kind: 'indexed', object: objectType, index };
}

export function keyofType(target: TypeNode): TypeNode {
  return { kind: 'keyof', target };
}

export const NULL = ref('null');
export const NEVER = ref('never');
export const STRING = ref('string');
export const NUMBER = ref('number');
export const BOOLEAN = ref('boolean');
export const TRUE = ref('true');

export interface PropertyOptions {
  readonly optional?: boolean;
  readonly readonly?: boolean;
  readonly doc?: string | null;
}

export function prop(name: string, type: TypeNode, options: PropertyOptions = {}): PropertyNode {
  return { kind: 'property', name, type, optional: options.optional ?? false, readonly: options.readonly ?? false, doc: options.doc ?? null };
}

export function optional(name: string, type: TypeNode, doc: string | null = null): PropertyNode {
  return prop(name, type, { optional: true, doc });
}

export function typeParam(name: string, constraint: TypeNode | null = null, defaultType: TypeNode | null = null): TypeParameterNode {
  return { name, isConst: false, constraint, default: defaultType };
}

export function constTypeParam(name: string, constraint: TypeNode | null = null): TypeParameterNode {
  return { name, isConst: true, constraint, default: null };
}

export interface InterfaceOptions {
  readonly extends?: readonly TypeNode[];
  readonly typeParameters?: readonly TypeParameterNode[];
  readonly doc?: string | null;
}

export function iface(name: string, properties: readonly PropertyNode[], options: InterfaceOptions = {}): DeclarationNode {
  return { kind: 'interface', name, typeParameters: options.typeParameters ?? [], extends: options.extends ?? [], properties, doc: options.doc ?? null };
}

export function alias(name: string, type: TypeNode, options: { readonly typeParameters?: readonly TypeParameterNode[]; readonly doc?: string | null } = {}): DeclarationNode {
  return { kind: 'typeAlias', name, typeParameters: options.typeParameters ?? [], type, doc: options.doc ?? null };
}

export function constant(name: string, type: TypeNode, doc: string | null = null): DeclarationNode {
  return { kind: 'const', name, type, doc };
}

export function fn(
  name: string,
  parameters: readonly { readonly name: string; readonly type: TypeNode; readonly optional?: boolean }[],
  returns: TypeNode,
  options: { readonly typeParameters?: readonly TypeParameterNode[]; readonly doc?: string | null } = {},
): DeclarationNode {
  return {
    kind: 'function',
    name,
    typeParameters: options.typeParameters ?? [],
    parameters: parameters.map((p) => ({ name: p.name, type: p.type, optional: p.optional ?? false })),
    returns,
    doc: options.doc ?? null,
  };
}

export function namespace(name: string, body: readonly DeclarationNode[], doc: string | null = null): DeclarationNode {
  return { kind: 'namespace', name, body, doc };
}

export function importNamespace(name: string, from: string): DeclarationNode {
  return { kind: 'importNamespace', name, from };
}

export function comment(text: string): DeclarationNode {
  return { kind: 'comment', text };
}

/**
 * Enums: `$Enums.Role` (value and union type) and the top-level `Role` aliases, with `///` docs.
 */
import type { Enum } from '../../schema/model.js';
import { alias, constant, indexed, keyofType, namespace, object, prop, ref, str, typeofRef } from '../ts/build.js';
import type { DeclarationNode } from '../ts/nodes.js';

function enumValue(e: Enum): DeclarationNode {
  return constant(e.name, object(e.values.map((v) => prop(v.name, str(v.name), { readonly: true, doc: v.documentation }))), e.documentation);
}

export function enumsNamespace(enums: readonly Enum[]): DeclarationNode {
  return namespace(
    '$Enums',
    enums.flatMap((e) => [enumValue(e), alias(e.name, indexed(typeofRef(e.name), keyofType(typeofRef(e.name))))]),
  );
}

export function topLevelEnums(enums: readonly Enum[]): DeclarationNode[] {
  return enums.flatMap((e) => [
    constant(e.name, typeofRef(`$Enums.${e.name}`), e.documentation),
    alias(e.name, ref(`$Enums.${e.name}`), { doc: e.documentation }),
  ]);
}

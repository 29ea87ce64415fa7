/**
 * Prints ./nodes.ts as TypeScript declaration text (`index.d.ts`). Every declaration is exported;
 * top-level values get `declare`, values inside a namespace are already ambient.
 */
import { assertNever } from '../../shared/internal-error.js';
import type { DeclarationNode, PropertyNode, TypeNode, TypeParameterNode } from './nodes.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `indent` is the current line's indentation: object types with doc comments print one member a line. */
export function printType(node: TypeNode, indent = ''): string {
  switch (node.kind) {
    case 'ref':
      return node.args.length ? `${node.name}<${node.args.map((t) => printType(t)).join(', ')}>` : node.name;
    case 'stringLiteral':
      return JSON.stringify(node.value);
    case 'union':
      return node.members.map((t) => printType(t)).join(' | ');
    case 'array': {
      const inner = printType(node.element);
      return node.element.kind === 'union' || node.element.kind === 'keyof' ? `(${inner})[]` : `${inner}[]`;
    }
    case 'object':
      if (!node.properties.length) return '{}';
      if (node.properties.some((p) => p.doc)) return `{\n${node.properties.map((p) => printProperty(p, `${indent}  `)).join('\n')}\n${indent}}`;
      return `{ ${node.properties.map((p) => printProperty(p, '')).join(' ')} }`;
    case 'typeof':
      return `typeof ${node.name}`;
    case 'indexed': {
      const target = printType(node.object);
      return `${node.object.kind === 'ref' || node.object.kind === 'object' ? target : `(${target})`}[${printType(node.index)}]`;
    }
    case 'keyof':
      return `keyof ${printType(node.target)}`;
    default:
      return assertNever(node, 'type node');
  }
}

export function propertyName(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

function printDoc(doc: string | null, indent: string): string {
  if (!doc) return '';
  const lines = doc.replace(/\*\//g, '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

function printProperty(p: PropertyNode, indent: string): string {
  const head = `${p.readonly ? 'readonly ' : ''}${propertyName(p.name)}${p.optional ? '?' : ''}`;
  return `${indent ? printDoc(p.doc, indent) : ''}${indent}${head}: ${printType(p.type, indent)};`;
}

function printTypeParameters(params: readonly TypeParameterNode[]): string {
  if (!params.length) return '';
  const each = params.map((p) => `${p.isConst ? 'const ' : ''}${p.name}${p.constraint ? ` extends ${printType(p.constraint)}` : ''}${p.default ? ` = ${printType(p.default)}` : ''}`);
  return `<${each.join(', ')}>`;
}

export function printDeclaration(node: DeclarationNode, indent = '', ambient = false): string {
  const declare = ambient ? '' : 'declare ';
  switch (node.kind) {
    case 'interface': {
      const heritage = node.extends.length ? ` extends ${node.extends.map((t) => printType(t)).join(', ')}` : '';
      const head = `${printDoc(node.doc, indent)}${indent}export interface ${node.name}${printTypeParameters(node.typeParameters)}${heritage}`;
      if (!node.properties.length) return `${head} {}`;
      return `${head} {\n${node.properties.map((p) => printProperty(p, `${indent}  `)).join('\n')}\n${indent}}`;
    }
    case 'typeAlias':
      return `${printDoc(node.doc, indent)}${indent}export type ${node.name}${printTypeParameters(node.typeParameters)} = ${printType(node.type, indent)};`;
    case 'const':
      return `${printDoc(node.doc, indent)}${indent}export ${declare}const ${node.name}: ${printType(node.type, indent)};`;
    case 'function': {
      const params = node.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}: ${printType(p.type)}`).join(', ');
      return `${printDoc(node.doc, indent)}${indent}export ${declare}function ${node.name}${printTypeParameters(node.typeParameters)}(${params}): ${printType(node.returns)};`;
    }
    case 'namespace': {
      const body = node.body.map((d) => printDeclaration(d, `${indent}  `, true)).join('\n');
      return `${printDoc(node.doc, indent)}${indent}export ${declare}namespace ${node.name} {\n${body}\n${indent}}`;
    }
    case 'importNamespace':
      return `${indent}import type * as ${node.name} from ${JSON.stringify(node.from)};`;
    case 'comment':
      return node.text ? `\n${indent}// ${node.text}` : '';
    default:
      return assertNever(node, 'declaration node');
  }
}

export function printDeclarations(nodes: readonly DeclarationNode[]): string {
  return `${nodes.map((n) => printDeclaration(n)).join('\n')}\n`;
}

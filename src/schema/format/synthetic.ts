/**
 * Builders for nodes the formatter adds (relation fields Prisma's formatter writes in). Their spans are
 * empty and sit at `at` (the block's closing brace), since they have no source text.
 */
import type { Span } from '../diagnostics.js';
import type { Argument, ArgumentList, Arity, Attribute, Expression, Field, Identifier } from '../syntax.js';

export function emptySpan(file: string, at: number): Span {
  return { file, start: at, end: at };
}

export function identifier(text: string, span: Span): Identifier {
  return { kind: 'Identifier', text, span };
}

function names(items: readonly string[], span: Span): Expression {
  return { kind: 'ArrayExpression', items: items.map((text) => ({ kind: 'ConstantValue', text, span })), span };
}

/** `fields: [..]` and `references: [..]` arguments. */
export function relationArguments(fields: readonly string[], references: readonly string[], span: Span): Argument[] {
  return [
    { kind: 'Argument', name: identifier('fields', span), value: names(fields, span), span },
    { kind: 'Argument', name: identifier('references', span), value: names(references, span), span },
  ];
}

export function relationAttribute(args: readonly Argument[], span: Span): Attribute {
  const list: ArgumentList = { kind: 'ArgumentList', arguments: args, trailingComma: null, span };
  return { kind: 'Attribute', isBlockAttribute: false, name: identifier('relation', span), arguments: list, span };
}

export function syntheticField(name: string, type: string, arity: Arity, attributes: readonly Attribute[], span: Span): Field {
  return {
    kind: 'Field',
    name: identifier(name, span),
    type: { kind: 'FieldType', name: identifier(type, span), arity, unsupported: null, invalidArity: false, span },
    attributes,
    docComments: [],
    trailingComment: null,
    documentation: null,
    span,
  };
}

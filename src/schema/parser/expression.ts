/**
 * Expressions and argument lists (Prisma's grammar, a PEG: the first alternative that matches wins):
 *   expression     = function_call | array | number | string | path
 *   function_call  = path arguments_list
 *   array          = "[" (expression ("," expression)*)? "]"          (one line, no trailing comma)
 *   arguments_list = "(" (argument ("," argument)*)? ","? ")"
 *   argument       = name ":" expression | name ":" | expression
 * Whitespace (never a line break) may separate any two tokens.
 */
import type { Argument, ArgumentList, ArrayExpression, Expression, Identifier } from '../syntax.js';
import { ErrorCodes, Messages } from './messages.js';
import { identifierEnd, numberEnd, pathEnd, skipWhitespace } from './scanner.js';
import type { ParserState } from './state.js';
import { MAX_EXPRESSION_DEPTH, mark, report, rollback, spanOf } from './state.js';
import { parseStringLiteral, stringLiteralEnd } from './string-literal.js';

export interface Parsed<T> {
  readonly node: T;
  readonly end: number;
}

export function identifierAt(state: ParserState, start: number, end: number): Identifier {
  return { kind: 'Identifier', text: state.text.slice(start, end), span: spanOf(state, start, end) };
}

/**
 * Where an expression sits, for the message of an empty argument (`map: )`), which Prisma words as
 * `Error parsing attribute "@index"`, or `"@@index"` inside the field list of a block attribute. Outside
 * attributes (`null`: a datasource or generator value) Prisma does not report empty arguments this way.
 */
export interface ArgumentContext {
  readonly attribute: string;
  readonly block: boolean;
  readonly inArray: boolean;
}

export function parseExpression(state: ParserState, pos: number, context: ArgumentContext | null): Parsed<Expression> | null {
  if (state.depth >= MAX_EXPRESSION_DEPTH) return null;
  state.depth++;
  try {
    return parseExpressionAt(state, pos, context);
  } finally {
    state.depth--;
  }
}

function parseExpressionAt(state: ParserState, pos: number, context: ArgumentContext | null): Parsed<Expression> | null {
  const text = state.text;
  const pathStop = pathEnd(text, pos);
  if (pathStop !== -1) {
    const args = parseArgumentList(state, skipWhitespace(text, pathStop), context);
    if (args) {
      const name = identifierAt(state, pos, pathStop);
      return { node: { kind: 'FunctionCall', name, arguments: args.node, span: spanOf(state, pos, args.end) }, end: args.end };
    }
  }
  const code = text.charCodeAt(pos);
  if (code === 91) {
    const array = parseArray(state, pos, context);
    if (array) return array;
  }
  const numberStop = numberEnd(text, pos);
  if (numberStop !== -1) {
    return { node: { kind: 'NumberLiteral', text: text.slice(pos, numberStop), span: spanOf(state, pos, numberStop) }, end: numberStop };
  }
  if (code === 34) {
    const stringStop = stringLiteralEnd(text, pos);
    if (stringStop !== -1) return { node: parseStringLiteral(state, pos, stringStop), end: stringStop };
  }
  if (pathStop !== -1) {
    return { node: { kind: 'ConstantValue', text: text.slice(pos, pathStop), span: spanOf(state, pos, pathStop) }, end: pathStop };
  }
  return null;
}

function parseArray(state: ParserState, start: number, outer: ArgumentContext | null): Parsed<ArrayExpression> | null {
  const text = state.text;
  const context = outer && { ...outer, inArray: true };
  const markAt = mark(state);
  const items: Expression[] = [];
  let pos = skipWhitespace(text, start + 1);
  const first = parseExpression(state, pos, context);
  if (first) {
    items.push(first.node);
    pos = skipWhitespace(text, first.end);
    while (text.charCodeAt(pos) === 44) {
      const innerMark = mark(state);
      const next = parseExpression(state, skipWhitespace(text, pos + 1), context);
      if (!next) {
        rollback(state, innerMark);
        break;
      }
      items.push(next.node);
      pos = skipWhitespace(text, next.end);
    }
  }
  if (text.charCodeAt(pos) !== 93) {
    rollback(state, markAt);
    return null;
  }
  return { node: { kind: 'ArrayExpression', items, span: spanOf(state, start, pos + 1) }, end: pos + 1 };
}

export function parseArgumentList(state: ParserState, start: number, context: ArgumentContext | null): Parsed<ArgumentList> | null {
  const text = state.text;
  if (text.charCodeAt(start) !== 40) return null;
  const markAt = mark(state);
  const args: Argument[] = [];
  let pos = skipWhitespace(text, start + 1);
  const first = parseArgument(state, pos, context);
  if (first) {
    args.push(first.node);
    pos = skipWhitespace(text, first.end);
    while (text.charCodeAt(pos) === 44) {
      const innerMark = mark(state);
      const next = parseArgument(state, skipWhitespace(text, pos + 1), context);
      if (!next) {
        rollback(state, innerMark);
        break;
      }
      args.push(next.node);
      pos = skipWhitespace(text, next.end);
    }
  }
  let trailingComma = null;
  if (text.charCodeAt(pos) === 44) {
    trailingComma = spanOf(state, pos, pos + 1);
    pos = skipWhitespace(text, pos + 1);
  }
  if (text.charCodeAt(pos) !== 41) {
    rollback(state, markAt);
    return null;
  }
  const end = pos + 1;
  return { node: { kind: 'ArgumentList', arguments: args, trailingComma, span: spanOf(state, start, end) }, end };
}

function parseArgument(state: ParserState, start: number, context: ArgumentContext | null): Parsed<Argument> | null {
  const text = state.text;
  const nameStop = identifierEnd(text, start);
  if (nameStop !== -1) {
    const colon = skipWhitespace(text, nameStop);
    if (text.charCodeAt(colon) === 58) {
      const name = identifierAt(state, start, nameStop);
      const value = parseExpression(state, skipWhitespace(text, colon + 1), context);
      if (value) {
        return { node: { kind: 'Argument', name, value: value.node, span: spanOf(state, start, value.end) }, end: value.end };
      }
      if (context) {
        const attribute = `${context.block && context.inArray ? '@@' : '@'}${context.attribute}`;
        report(state, ErrorCodes.argumentMissingValue, Messages.argumentMissingValue(attribute, name.text), start, nameStop);
      }
      return { node: { kind: 'Argument', name, value: null, span: spanOf(state, start, colon + 1) }, end: colon + 1 };
    }
  }
  const value = parseExpression(state, start, context);
  if (!value) return null;
  return { node: { kind: 'Argument', name: null, value: value.node, span: spanOf(state, start, value.end) }, end: value.end };
}

/**
 * Prints expressions, argument lists and attributes the way Prisma's formatter does: `name: value`,
 * `, ` between arguments and array items, no spaces inside brackets, no trailing comma.
 */
import { assertNever } from '../../shared/internal-error.js';
import type { Argument, ArgumentList, Attribute, Expression } from '../syntax.js';

export function printExpression(expression: Expression): string {
  switch (expression.kind) {
    case 'StringLiteral':
      return expression.raw;
    case 'NumberLiteral':
      return expression.text;
    case 'ConstantValue':
      return expression.text;
    case 'ArrayExpression':
      return `[${expression.items.map(printExpression).join(', ')}]`;
    case 'FunctionCall':
      return `${expression.name.text}${printArguments(expression.arguments)}`;
    default:
      return assertNever(expression, 'expression');
  }
}

function printArgument(argument: Argument): string {
  const value = argument.value ? printExpression(argument.value) : '';
  return argument.name ? `${argument.name.text}: ${value}` : value;
}

export function printArguments(list: ArgumentList): string {
  return `(${list.arguments.map(printArgument).join(', ')})`;
}

export function printAttribute(attribute: Attribute): string {
  const sigil = attribute.isBlockAttribute ? '@@' : '@';
  return `${sigil}${attribute.name.text}${attribute.arguments ? printArguments(attribute.arguments) : ''}`;
}

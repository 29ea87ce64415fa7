/**
 * The parser's diagnostic codes (E001-E049) and messages. Messages are Prisma's own wording, so users
 * (and the conformance checks) see what Prisma prints; the spans are Prisma's too.
 */
export const ErrorCodes = {
  /** A top-level line that starts no declaration. */
  invalidTopLevelLine: 'E001',
  /** `name { ... }` where `name` is not a block keyword. */
  invalidBlock: 'E002',
  /** A line in a model, view or composite type that is neither a field nor a block attribute. */
  invalidModelLine: 'E003',
  /** A line in an enum that is not a value. */
  invalidEnumLine: 'E004',
  /** A line in a datasource or generator that is not `key = value`. */
  invalidConfigLine: 'E005',
  /** A field with a name but no type. */
  fieldMissingType: 'E006',
  /** `name: Type`. */
  legacyColon: 'E007',
  /** `Type!`. */
  legacyRequired: 'E008',
  /** `[Type]`. */
  legacyList: 'E009',
  /** `"\q"`. */
  unknownEscape: 'E010',
  /** `"\u00"`, `"\uD800"`. */
  invalidUnicodeEscape: 'E011',
  /** `type Name = Other`. */
  typeAlias: 'E012',
  /** `@default(map: )`. */
  argumentMissingValue: 'E013',
  /** `key =` in a datasource or generator. */
  propertyMissingValue: 'E014',
  /** `model A { id Int @id`: Prisma's grammar drops the rest of the `{` line without a word. */
  textAfterOpeningBrace: 'E015',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export type LineContext = 'model' | 'view' | 'type' | 'enum' | 'datasource' | 'generator';

export const Messages = {
  invalidTopLevelLine: 'Error validating: This line is invalid. It does not start with any known Prisma schema keyword.',
  invalidBlock:
    "Error validating: This block is invalid. It does not start with any known Prisma schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.",
  invalidModelLine: 'Error validating: This line is not a valid field or attribute definition.',
  invalidEnumLine: 'Error validating: This line is not an enum value definition.',
  invalidConfigLine: (keyword: 'datasource' | 'generator') => `Error validating: This line is not a valid definition within a ${keyword}.`,
  fieldMissingType: (keyword: string, name: string) =>
    `Error validating ${keyword} "${name}": This field declaration is invalid. It is either missing a name or a type.`,
  legacyColon: "Field declarations don't require a `:`.",
  legacyRequired: 'Fields are required by default, `!` is no longer required.',
  legacyList: 'To specify a list, please use `Type[]` instead of `[Type]`.',
  unknownEscape: 'Unknown escape sequence. If the value is a windows-style path, `\\` must be escaped as `\\\\`.',
  invalidUnicodeEscape: 'Invalid unicode escape sequence.',
  typeAlias: 'Error validating: Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types',
  argumentMissingValue: (attribute: string, argument: string) =>
    `Error parsing attribute "${attribute}": The \`${argument}\` argument is missing a value.`,
  propertyMissingValue: (property: string, keyword: string, block: string) =>
    `Property ${property} in ${keyword} ${block} needs to be assigned a value`,
  textAfterOpeningBrace: (text: string) =>
    `This text after \`{\` would be ignored (Prisma drops it silently): move \`${text}\` to a line of its own.`,
} as const;

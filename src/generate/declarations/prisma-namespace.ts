/**
 * The `Prisma` namespace's shared members: runtime values (Decimal, the Json nulls, error classes, sql
 * helpers, ModelName, ...) and the type aliases users name (`Prisma.JsonValue`, `TransactionClient`).
 */
import type { Provider, Schema } from '../../schema/model.js';
import { modelKey, rt } from '../names.js';
import { alias, constant, constTypeParam, fn, indexed, keyofType, object, prop, ref, str, typeofRef, typeParam } from '../ts/build.js';
import type { DeclarationNode, TypeParameterNode } from '../ts/nodes.js';

/** The isolation levels `$transaction` accepts on each database. */
export function isolationLevels(provider: Provider | null): readonly string[] {
  switch (provider) {
    case 'sqlite':
      return ['Serializable'];
    case 'postgresql':
    case 'cockroachdb':
      return ['ReadUncommitted', 'ReadCommitted', 'RepeatableRead', 'Serializable'];
    case 'mysql':
      return ['ReadUncommitted', 'ReadCommitted', 'RepeatableRead', 'Serializable'];
    case 'sqlserver':
      return ['ReadUncommitted', 'ReadCommitted', 'RepeatableRead', 'Snapshot', 'Serializable'];
    case 'mongodb':
    case null:
      return [];
  }
}

/** `export const X: T` and `export type X = (typeof X)[keyof typeof X]`: an object of string constants. */
function constEnum(name: string, values: readonly string[]): DeclarationNode[] {
  return [constant(name, object(values.map((v) => prop(v, str(v), { readonly: true })))), alias(name, indexed(typeofRef(name), keyofType(typeofRef(name))))];
}

/** A runtime class: its value (the constructor type) and its instance type, under one name. */
function valueAndType(name: string, constructorType: string, instanceType: string): DeclarationNode[] {
  return [constant(name, ref(rt(constructorType))), alias(name, ref(rt(instanceType)))];
}

/** Shared types re-exported under `Prisma.` by name, with their type parameters. */
const TYPE_ALIASES: readonly (readonly [name: string, params: readonly TypeParameterNode[]])[] = [
  ['DecimalJsLike', []],
  ['JsonValue', []],
  ['JsonObject', []],
  ['JsonArray', []],
  ['InputJsonValue', []],
  ['InputJsonObject', []],
  ['InputJsonArray', []],
  ['PrismaPromise', [typeParam('T')]],
  ['BatchPayload', []],
  ['LogLevel', []],
  ['LogDefinition', []],
  ['QueryEvent', []],
  ['LogEvent', []],
  ['SortOrder', []],
  ['QueryMode', []],
  ['NullsOrder', []],
  ['XOR', [typeParam('T'), typeParam('U')]],
  ['AtLeast', [typeParam('O', ref('object')), typeParam('K', keyofType(ref('O')))]],
  ['Enumerable', [typeParam('T')]],
  ['Exact', [typeParam('A'), typeParam('W')]],
  ['Args', [typeParam('T'), typeParam('Op', ref(rt('ModelOperation')))]],
  ['Result', [typeParam('T'), typeParam('A'), typeParam('Op', ref(rt('ModelOperation')))]],
];

function reexport(name: string, params: readonly TypeParameterNode[]): DeclarationNode {
  return alias(name, ref(rt(name), ...params.map((p) => ref(p.name))), { typeParameters: params });
}

export function prismaSharedMembers(schema: Schema): DeclarationNode[] {
  const provider = schema.datasource?.provider ?? null;
  const models = schema.models.filter((m) => !m.isIgnored);
  const typeMap = ref('$TypeMap');
  return [
    ...valueAndType('Decimal', 'DecimalConstructor', 'DecimalInstance'),
    constant('DbNull', ref(rt('DbNullValue'))),
    constant('JsonNull', ref(rt('JsonNullValue'))),
    constant('AnyNull', ref(rt('AnyNullValue'))),
    alias('DbNull', ref(rt('DbNullValue'))),
    alias('JsonNull', ref(rt('JsonNullValue'))),
    alias('AnyNull', ref(rt('AnyNullValue'))),
    ...valueAndType('PrismaClientKnownRequestError', 'KnownRequestErrorClass', 'KnownRequestError'),
    ...valueAndType('PrismaClientUnknownRequestError', 'UnknownRequestErrorClass', 'UnknownRequestError'),
    ...valueAndType('PrismaClientInitializationError', 'InitializationErrorClass', 'InitializationError'),
    ...valueAndType('PrismaClientValidationError', 'ValidationErrorClass', 'ValidationError'),
    ...valueAndType('PrismaClientRustPanicError', 'RustPanicErrorClass', 'RustPanicError'),
    constant('sql', ref(rt('SqlTag'))),
    constant('join', ref(rt('SqlJoin'))),
    constant('raw', ref(rt('SqlRaw'))),
    constant('empty', ref(rt('RawSql'))),
    constant('Sql', ref(rt('SqlClass'))),
    alias('Sql', ref(rt('RawSql'))),
    constant('NullTypes', ref(rt('NullTypesObject'))),
    ...TYPE_ALIASES.map(([name, params]) => reexport(name, params)),
    alias('Payload', ref(rt('PayloadOf'), ref('T')), { typeParameters: [typeParam('T')] }),
    ...constEnum('ModelName', models.map((m) => m.name)),
    ...constEnum('TransactionIsolationLevel', isolationLevels(provider)),
    alias('$TypeMap', object([
      prop('models', object(models.map((m) => prop(modelKey(m.name), ref(`$${m.name}Types`))))),
      prop('provider', str(provider ?? 'sqlite')),
      prop('isolationLevel', isolationLevels(provider).length ? ref('TransactionIsolationLevel') : ref('never')),
    ])),
    alias('PrismaClientOptions', ref(rt('ClientOptions'), typeMap)),
    alias('TransactionClient', ref(rt('TransactionClient'), typeMap, ref(rt('DefaultContext')))),
    alias('DefaultContext', ref(rt('DefaultContext'))),
    fn('validator', [], ref(rt('Validator'), ref('V')), { typeParameters: [typeParam('V')], doc: 'Checks a select/include/args object against `V` and keeps its literal type.' }),
    fn('defineExtension', [{ name: 'extension', type: ref('E') }], ref(rt('ExtensionDefinition'), ref('E')), {
      typeParameters: [constTypeParam('E', ref(rt('ExtensionInput'), typeMap))],
    }),
    constant('prismaVersion', object([prop('client', ref('string')), prop('engine', ref('string'))])),
    fn('getExtensionContext', [{ name: 'that', type: ref('T') }], ref('T'), { typeParameters: [typeParam('T')] }),
  ];
}

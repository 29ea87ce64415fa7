/** Names the generated client uses: model keys, type names, the runtime import. */

/** The module the generated client imports its runtime and shared types from. */
export const RUNTIME_MODULE = 'refract/runtime';
/** The namespace name the `.d.ts` imports the shared types under. */
export const RUNTIME = '$runtime';

/** `User` -> `user` (the client property, the global-omit and extension key). */
export function modelKey(modelName: string): string {
  return modelName.charAt(0).toLowerCase() + modelName.slice(1);
}

export function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A name inside the shared runtime types: `$runtime.FindManyArgs`. */
export function rt(name: string): string {
  return `${RUNTIME}.${name}`;
}

/** A name inside the generated `Prisma` namespace, from outside it. */
export function ns(name: string): string {
  return `Prisma.${name}`;
}

export const typeNames = {
  payload: (m: string) => `$${m}Payload`,
  types: (m: string) => `$${m}Types`,
  /** The scalar filters both where inputs extend. */
  whereFields: (m: string) => `$${m}WhereFields`,
  where: (m: string) => `${m}WhereInput`,
  whereUnique: (m: string) => `${m}WhereUniqueInput`,
  whereUniqueFields: (m: string) => `${m}WhereUniqueFields`,
  scalarWhere: (m: string) => `${m}ScalarWhereInput`,
  having: (m: string) => `${m}ScalarWhereWithAggregatesInput`,
  /** The scalar sort orders both order-by inputs extend. */
  orderByFields: (m: string) => `$${m}OrderByFields`,
  orderBy: (m: string) => `${m}OrderByWithRelationInput`,
  orderByAggregation: (m: string) => `${m}OrderByWithAggregationInput`,
  select: (m: string) => `${m}Select`,
  include: (m: string) => `${m}Include`,
  omit: (m: string) => `${m}Omit`,
  countOutputSelect: (m: string) => `${m}CountOutputTypeSelect`,
  /** The scalars every create form shares (the forms extend it). */
  createFields: (m: string) => `$${m}CreateFields`,
  create: (m: string) => `${m}CreateInput`,
  uncheckedCreate: (m: string) => `${m}UncheckedCreateInput`,
  createMany: (m: string) => `${m}CreateManyInput`,
  update: (m: string) => `${m}UpdateInput`,
  uncheckedUpdate: (m: string) => `${m}UncheckedUpdateInput`,
  updateMany: (m: string) => `${m}UpdateManyMutationInput`,
  uncheckedUpdateMany: (m: string) => `${m}UncheckedUpdateManyInput`,
  createWithout: (m: string, f: string) => `${m}CreateWithout${capitalize(f)}Input`,
  uncheckedCreateWithout: (m: string, f: string) => `${m}UncheckedCreateWithout${capitalize(f)}Input`,
  createManyWithout: (m: string, f: string) => `${m}CreateMany${capitalize(f)}Input`,
  /** A nested write into model `m` through the relation whose field on `m` is `back` (Prisma's names). */
  createNested: (m: string, isList: boolean, back: string) => `${m}CreateNested${isList ? 'Many' : 'One'}Without${capitalize(back)}Input`,
  updateNested: (m: string, kind: 'Many' | 'OneRequired' | 'One', back: string) => `${m}Update${kind}Without${capitalize(back)}NestedInput`,
  updateWithout: (m: string, f: string) => `${m}UpdateWithout${capitalize(f)}Input`,
  uncheckedUpdateWithout: (m: string, f: string) => `${m}UncheckedUpdateWithout${capitalize(f)}Input`,
  uncheckedUpdateManyWithout: (m: string, f: string) => `${m}UncheckedUpdateManyWithout${capitalize(f)}Input`,
  compoundUnique: (m: string, name: string) => `${m}${name.split('_').map(capitalize).join('')}CompoundUniqueInput`,
  avg: (m: string) => `${m}AvgAggregateOutputType`,
  sum: (m: string) => `${m}SumAggregateOutputType`,
  min: (m: string) => `${m}MinAggregateOutputType`,
  max: (m: string) => `${m}MaxAggregateOutputType`,
  scalarFieldEnum: (m: string) => `${m}ScalarFieldEnum`,
  getPayload: (m: string) => `${m}GetPayload`,
  delegate: (m: string) => `${m}Delegate`,
  fieldRefs: (m: string) => `${m}FieldRefs`,
} as const;

/** Args aliases: `UserFindManyArgs` = `$runtime.FindManyArgs<$UserTypes>`. */
export const ARGS_ALIASES: readonly (readonly [suffix: string, runtimeName: string])[] = [
  ['FindUniqueArgs', 'FindUniqueArgs'],
  ['FindUniqueOrThrowArgs', 'FindUniqueArgs'],
  ['FindFirstArgs', 'FindFirstArgs'],
  ['FindFirstOrThrowArgs', 'FindFirstArgs'],
  ['FindManyArgs', 'FindManyArgs'],
  ['CreateArgs', 'CreateArgs'],
  ['CreateManyArgs', 'CreateManyArgs'],
  ['CreateManyAndReturnArgs', 'CreateManyAndReturnArgs'],
  ['UpdateArgs', 'UpdateArgs'],
  ['UpdateManyArgs', 'UpdateManyArgs'],
  ['UpdateManyAndReturnArgs', 'UpdateManyAndReturnArgs'],
  ['UpsertArgs', 'UpsertArgs'],
  ['DeleteArgs', 'DeleteArgs'],
  ['DeleteManyArgs', 'DeleteManyArgs'],
  ['CountArgs', 'CountArgs'],
  ['AggregateArgs', 'AggregateArgs'],
  ['GroupByArgs', 'GroupByArgs'],
  ['DefaultArgs', 'DefaultArgs'],
];

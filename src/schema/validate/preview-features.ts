/**
 * Generator `previewFeatures`: the ones Prisma 7 knows, and the ones it has made generally available
 * (accepted with a warning, as Prisma does, so Prisma 6 schemas keep validating).
 */
import type { Provider } from '../model.js';
import type { Expression } from '../syntax.js';
import { Codes } from './codes.js';
import type { ValidationContext } from './context.js';

export const PREVIEW_FEATURES: readonly string[] = [
  'fullTextSearchPostgres',
  'nativeDistinct',
  'partialIndexes',
  'postgresqlExtensions',
  'relationJoins',
  'schemaEngineDriverAdapters',
  'shardKeys',
  'strictUndefinedChecks',
  'typedSql',
  'views',
];

/** Features that are now always on. */
const DEPRECATED: readonly string[] = [
  'aggregateApi', 'atomicNumberOperations', 'clientExtensions', 'connectOrCreate', 'createMany', 'dataProxy', 'deno',
  'distinct', 'driverAdapters', 'extendedIndexes', 'extendedWhereUnique', 'fieldReference', 'filteredRelationCount',
  'filterJson', 'fullTextIndex', 'groupBy', 'improvedQueryRaw', 'interactiveTransactions', 'jsonProtocol',
  'microsoftSqlServer', 'middlewares', 'mongoDb', 'multiSchema', 'namedConstraints', 'napi', 'nApi', 'nativeTypes',
  'omitApi', 'orderByAggregateGroup', 'orderByRelation', 'prismaSchemaFolder', 'queryCompiler', 'referentialActions',
  'referentialIntegrity', 'selectRelationCount', 'tracing', 'transactionApi', 'uncheckedScalarInputs', 'cockroachdb',
  'fullTextSearch', 'mongodb', 'improvedQueryRaw',
];

export function checkPreviewFeatures(ctx: ValidationContext, features: readonly string[], expr: Expression, provider: Provider | null): void {
  for (const feature of features) {
    if (PREVIEW_FEATURES.includes(feature)) continue;
    if (feature === 'fullTextSearch' && provider === 'postgresql') {
      ctx.warn(
        Codes.deprecatedPreviewFeature,
        'On `provider = "postgresql"`, preview feature "fullTextSearch" has been renamed to "fullTextSearchPostgres". Learn more at https://pris.ly/d/fts-postgres.',
        expr.span,
      );
    } else if (feature === 'metrics') {
      ctx.warn(Codes.deprecatedPreviewFeature, 'Preview feature "metrics" is deprecated. It will be removed in a future version of Prisma.', expr.span);
    } else if (DEPRECATED.includes(feature)) {
      ctx.warn(Codes.deprecatedPreviewFeature, `Preview feature "${feature}" is deprecated. The functionality can be used without specifying it as a preview feature.`, expr.span);
    } else {
      ctx.error(Codes.previewFeatureUnknown, `The preview feature "${feature}" is not known. Expected one of: ${PREVIEW_FEATURES.join(', ')}`, expr.span);
    }
  }
}

/**
 * The schema validator: syntax trees (one per file of a multi-file schema) -> the validated `Schema` of
 * src/schema/model.ts, plus every diagnostic at once. One validator per declaration kind (datasource,
 * generator, enum, composite type, model) runs first; relations, which need every model, run after;
 * whole-model rules last. `schema` is null when any error was found.
 *
 * @example
 *   const { file } = parseSchema({ path: 'schema.prisma', text });
 *   const { schema, diagnostics } = validateSchema([file]);
 */
import type { Diagnostic } from '../diagnostics.js';
import { hasErrors } from '../diagnostics.js';
import type { Schema } from '../model.js';
import type { SchemaFile } from '../syntax.js';
import { buildModel } from './build.js';
import { validateCompositeType } from './composite-type.js';
import { ValidationContext } from './context.js';
import { checkDatasourceExtensions, validateDatasources } from './datasource.js';
import { collectDeclarations } from './declarations.js';
import type { ModelDraft } from './draft.js';
import { validateEnum } from './enum.js';
import { validateGenerator } from './generator.js';
import { validateModel } from './model.js';
import { checkModel } from './model-checks.js';
import { resolveRelations } from './relations/index.js';
import { checkConstraintNames } from './constraint-names.js';
import { checkTableNames, checkViewsEnabled } from './model-names.js';

export { resolveConfigValue, MissingEnvVarError } from './config-value.js';
export { Codes } from './codes.js';

export interface ValidateOptions {
  /** The environment `env("…")` values would come from. Validation never fails on a missing variable. */
  readonly env?: Record<string, string | undefined>;
}

export interface ValidateResult {
  readonly schema: Schema | null;
  readonly diagnostics: readonly Diagnostic[];
}

export function validateSchema(files: readonly SchemaFile[], _options: ValidateOptions = {}): ValidateResult {
  const ctx = new ValidationContext();
  const blocks = collectDeclarations(ctx, files);
  const datasource = validateDatasources(ctx, blocks.datasources);
  const datasourceName = blocks.datasources[0]?.name.text ?? null;
  const generators = blocks.generators.map((b) => validateGenerator(ctx, b)).filter((g) => g !== null);
  ctx.previewFeatures = new Set(generators.flatMap((g) => g.previewFeatures));
  checkDatasourceExtensions(ctx, blocks.datasources[0]);
  const enums = blocks.enums.map((b) => validateEnum(ctx, b));
  const compositeTypes = blocks.compositeTypes.map((b) => validateCompositeType(ctx, b, datasourceName));
  const drafts = new Map<string, ModelDraft>();
  for (const block of blocks.models) drafts.set(block.name.text, validateModel(ctx, block, datasourceName));
  checkViewsEnabled(ctx, blocks.models, generators);
  checkTableNames(ctx, [...drafts.values()]);
  const relations = resolveRelations(ctx, drafts);
  for (const draft of drafts.values()) checkModel(ctx, draft);
  checkConstraintNames(ctx, [...drafts.values()], relations);
  const diagnostics = ctx.diagnostics;
  if (hasErrors(diagnostics)) return { schema: null, diagnostics };
  const schema: Schema = {
    datasource,
    generators,
    models: [...drafts.values()].map((d) => buildModel(ctx, d)),
    enums,
    compositeTypes,
    relations,
  };
  return { schema, diagnostics };
}

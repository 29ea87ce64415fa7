/** The `datasource` block: provider, URLs, relation mode, multi-schema `schemas`, extensions. */
import type { ConfigValue, DatabaseExtension, Datasource, Provider, RelationMode } from '../model.js';
import type { Block, ConfigProperty } from '../syntax.js';
import { Codes } from './codes.js';
import { readConfigValue } from './config-value.js';
import type { ValidationContext } from './context.js';
import { readString, readStringList } from './expressions.js';
import { CAPABILITIES, PROVIDER_ALIASES, isProvider } from './providers.js';
import { configProperties } from './config-properties.js';

const KNOWN = ['provider', 'url', 'directUrl', 'shadowDatabaseUrl', 'relationMode', 'referentialIntegrity', 'schemas', 'extensions'];

/** Validates every datasource block (Prisma allows exactly one) and returns the first usable one. */
export function validateDatasources(ctx: ValidationContext, blocks: readonly Block[]): Datasource | null {
  const names = new Set<string>();
  for (const block of blocks) {
    if (names.has(block.name.text)) {
      ctx.error(Codes.duplicateDatasourceName, `The source "${block.name.text}" cannot be defined because a source with that name already exists.`, block.name.span);
    }
    names.add(block.name.text);
  }
  if (blocks.length > 1) {
    for (const block of blocks) {
      ctx.error(
        Codes.multipleDatasources,
        `Error validating datasource \`${block.name.text}\`: You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.`,
        block.span,
      );
    }
  }
  const [first, ...others] = blocks;
  // Only the first datasource is used; the others still get their keys checked.
  for (const other of others) configProperties(ctx, other, KNOWN);
  return first ? validateDatasource(ctx, first) : null;
}

function validateDatasource(ctx: ValidationContext, block: Block): Datasource | null {
  const props = configProperties(ctx, block, KNOWN);
  const provider = readProvider(ctx, block, props.get('provider'));
  if (provider) ctx.provider = provider;
  const caps = CAPABILITIES[provider ?? 'postgresql'];

  let relationMode: RelationMode = caps.defaultRelationMode;
  const modeProp = props.get('relationMode') ?? props.get('referentialIntegrity');
  const legacy = props.get('referentialIntegrity');
  if (legacy) {
    ctx.warn(
      Codes.deprecatedReferentialIntegrity,
      'The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. Learn more at https://pris.ly/d/relation-mode',
      legacy.span,
    );
  }
  if (modeProp) {
    const mode = readString(ctx, modeProp.value);
    if (mode === 'foreignKeys' && provider === 'mongodb') {
      ctx.error(
        Codes.relationModeInvalid,
        'Error validating datasource `relationMode`: Invalid relation mode setting: "foreignKeys". Supported values: "prisma"',
        modeProp.value?.span ?? modeProp.span,
      );
    } else if (mode === 'prisma' || mode === 'foreignKeys') relationMode = mode;
    else if (mode !== null) {
      ctx.error(
        Codes.relationModeInvalid,
        `Error validating datasource \`relationMode\`: Invalid relation mode setting: "${mode}". Supported values: "prisma", "foreignKeys"`,
        block.span,
      );
    }
  }
  ctx.relationMode = relationMode;

  let schemas: string[] = [];
  const schemasProp = props.get('schemas');
  if (schemasProp) {
    if (provider && !caps.multiSchema) {
      ctx.error(Codes.schemasUnsupported, 'The `schemas` property is not supported on the current connector.', schemasProp.value?.span ?? schemasProp.span);
    } else {
      schemas = readStringList(ctx, schemasProp.value) ?? [];
      if (schemas.length === 0 && schemasProp.value?.kind === 'ArrayExpression') {
        ctx.error(Codes.schemasEmpty, 'If provided, the schemas array can not be empty.', schemasProp.value.span);
      }
      ctx.schemas = schemas;
    }
  }

  const url = readUrl(ctx, props.get('url'));
  const directUrl = readUrl(ctx, props.get('directUrl'));
  const shadowDatabaseUrl = readUrl(ctx, props.get('shadowDatabaseUrl'));
  const extensions = readExtensions(props.get('extensions'));
  if (!provider) return null;
  return { name: block.name.text, provider, url, directUrl, shadowDatabaseUrl, relationMode, schemas, extensions, span: block.span };
}

function readProvider(ctx: ValidationContext, block: Block, prop: ConfigProperty | undefined): Provider | null {
  if (!prop) {
    ctx.error(Codes.datasourceProviderMissing, `Argument "provider" is missing in data source block "${block.name.text}".`, block.span);
    return null;
  }
  if (prop.value?.kind === 'FunctionCall' && prop.value.name.text === 'env') {
    ctx.error(Codes.configValueInvalid, 'A datasource must not use the env() function in the provider argument.', block.span);
    return null;
  }
  if (prop.value && prop.value.kind !== 'StringLiteral') {
    ctx.error(Codes.configValueInvalid, `Error validating datasource \`${block.name.text}\`: The provider argument in a datasource must be a string literal`, prop.value.span);
    return null;
  }
  const name = readString(ctx, prop.value);
  if (name === null) return null;
  const provider = PROVIDER_ALIASES[name] ?? name;
  if (isProvider(provider)) return provider;
  ctx.error(Codes.datasourceProviderUnknown, `Datasource provider not known: "${name}".`, prop.value?.span ?? prop.span);
  return null;
}

function readUrl(ctx: ValidationContext, prop: ConfigProperty | undefined): ConfigValue | null {
  return prop ? readConfigValue(ctx, prop.value) : null;
}

/** `extensions = [pg_trgm, postgis(version: "3.3", schema: "x", map: "y")]`. */
function readExtensions(prop: ConfigProperty | undefined): DatabaseExtension[] {
  const value = prop?.value;
  if (!value) return [];
  const items = value.kind === 'ArrayExpression' ? value.items : [value];
  const out: DatabaseExtension[] = [];
  for (const item of items) {
    if (item.kind === 'ConstantValue') out.push({ name: item.text, schema: null, version: null, map: null });
    else if (item.kind === 'FunctionCall') {
      const arg = (n: string) => {
        const v = item.arguments.arguments.find((a) => a.name?.text === n)?.value;
        return v?.kind === 'StringLiteral' ? v.value : null;
      };
      out.push({ name: item.name.text, schema: arg('schema'), version: arg('version'), map: arg('map') });
    }
  }
  return out;
}

/** `extensions = [...]` needs the `postgresqlExtensions` preview feature (known once the generators are read). */
export function checkDatasourceExtensions(ctx: ValidationContext, block: Block | undefined): void {
  const prop = block?.members.find((m): m is ConfigProperty => m.kind === 'ConfigProperty' && m.name.text === 'extensions');
  if (!prop || ctx.previewFeatures.has('postgresqlExtensions')) return;
  ctx.error(Codes.extensionsNeedPreview, 'The `extensions` property is only available with the `postgresqlExtensions` preview feature.', prop.span);
}

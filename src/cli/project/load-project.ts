/**
 * Everything a verb needs to know about the project it runs in: the config file, the `.env` values,
 * the schema files, and (on request) the parsed and validated schema with its diagnostics rendered.
 */
import fs from 'node:fs';
import path from 'node:path';
import { hasErrors, renderDiagnostic, type Diagnostic, type SourceFile } from '../../schema/diagnostics.js';
import type { ConfigValue, Schema } from '../../schema/model.js';
import { parseSchema } from '../../schema/parser/index.js';
import type { SchemaFile } from '../../schema/syntax.js';
import { validateSchema } from '../../schema/validate/index.js';
import { CliError, type Terminal } from '../terminal.js';
import { findConfigFile, loadConfigFile, type LoadedConfig } from './config-file.js';
import { loadEnvFile } from './env-file.js';
import { locateSchema, type SchemaLocation } from './locate-schema.js';

export interface ProjectOptions {
  readonly cwd?: string;
  readonly schema?: string | undefined;
  readonly config?: string | undefined;
}

export interface Project {
  readonly cwd: string;
  readonly config: LoadedConfig | null;
  readonly location: SchemaLocation;
  readonly sources: ReadonlyMap<string, SourceFile>;
}

export async function loadProject(options: ProjectOptions): Promise<Project> {
  const cwd = options.cwd ?? process.cwd();
  loadEnvFile(path.join(cwd, '.env'));
  const configFile = options.config ? path.resolve(cwd, options.config) : findConfigFile(cwd);
  if (options.config && !fs.existsSync(options.config)) throw new CliError(`The config file ${options.config} does not exist.`);
  const config = configFile ? await loadConfigFile(configFile) : null;
  const fromConfig = config?.config.schema ? path.resolve(path.dirname(config.file), config.config.schema) : undefined;
  const location = locateSchema({ cwd, flag: options.schema, fromConfig });
  loadEnvFile(path.join(location.dir, '.env'));
  const sources = new Map<string, SourceFile>();
  for (const file of location.files) {
    const display = path.relative(cwd, file) || file;
    sources.set(display, { path: display, text: fs.readFileSync(file, 'utf8') });
  }
  return { cwd, config, location, sources };
}

/** The schema's path as the user would type it: relative to the working directory. */
export function schemaDisplayPath(project: Project): string {
  return path.relative(project.cwd, project.location.path) || project.location.path;
}

export interface CheckedSchema {
  readonly files: readonly SchemaFile[];
  readonly schema: Schema | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Parses and validates every file of the schema; diagnostics from both steps, in file order. */
export function checkSchema(project: Project): CheckedSchema {
  const files: SchemaFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const source of project.sources.values()) {
    const parsed = parseSchema(source);
    files.push(parsed.file);
    diagnostics.push(...parsed.diagnostics);
  }
  const validated = validateSchema(files, { env: process.env });
  diagnostics.push(...validated.diagnostics);
  return { files, schema: hasErrors(diagnostics) ? null : validated.schema, diagnostics };
}

export function renderDiagnostics(project: Project, diagnostics: readonly Diagnostic[], terminal: Terminal): string {
  return diagnostics.map((d) => renderDiagnostic(d, project.sources, { color: terminal.color })).join('\n\n');
}

/** A valid schema or a CliError that shows every diagnostic. Warnings are printed and do not stop. */
export function requireValidSchema(project: Project, terminal: Terminal): Schema {
  const checked = checkSchema(project);
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  const warnings = checked.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length) terminal.err(renderDiagnostics(project, warnings, terminal));
  if (errors.length || !checked.schema) {
    throw new CliError(`${renderDiagnostics(project, errors, terminal)}\n\nValidation Error Count: ${errors.length}\n${terminal.red('Error:')} schema validation failed for ${schemaDisplayPath(project)}`);
  }
  return checked.schema;
}

/** The URL a verb connects with: the config file's datasource, then the schema's `url` (env resolved). */
export function datasourceUrl(project: Project, schema: Schema, which: 'url' | 'directUrl' | 'shadowDatabaseUrl' = 'url'): string {
  const fromConfig = project.config?.config.datasource?.[which];
  if (fromConfig) return fromConfig;
  const value: ConfigValue | null | undefined = which === 'url' ? (schema.datasource?.directUrl ?? schema.datasource?.url) : schema.datasource?.[which];
  if (!value) throw new CliError(`The datasource has no \`${which}\`. Set it in the schema (url = env("DATABASE_URL")) or in prisma.config.ts.`);
  if (value.kind === 'literal') return value.value;
  const resolved = process.env[value.variable];
  if (resolved === undefined || resolved === '') {
    throw new CliError(`Environment variable not found: ${value.variable}.\n  Set it in the environment or in a .env file next to the schema or in the working directory.`);
  }
  return resolved;
}

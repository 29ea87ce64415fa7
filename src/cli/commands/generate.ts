import fs from 'node:fs';
import path from 'node:path';
import { generateClient } from '../../generate/index.js';
import type { ConfigValue, Generator, Schema } from '../../schema/model.js';
import { defineCommand, schemaFlags } from '../command.js';
import { loadProject, requireValidSchema, type Project } from '../project/load-project.js';
import { CliError, type Terminal } from '../terminal.js';
import { refractVersion } from './version.js';

/** Generator providers Refract writes itself; any other generator is a third-party program. */
const CLIENT_PROVIDERS = new Set(['prisma-client-js', 'prisma-client']);

function configText(value: ConfigValue): string | undefined {
  return value.kind === 'literal' ? value.value : process.env[value.variable];
}

/** Prisma's default output: `.prisma/client` in the node_modules that holds the runtime package. */
function defaultOutput(project: Project): string {
  for (let dir = project.location.dir; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'node_modules', 'refract'))) return path.join(dir, 'node_modules', '.prisma', 'client');
    if (path.dirname(dir) === dir) break;
  }
  return path.join(project.cwd, 'node_modules', '.prisma', 'client');
}

export function outputDirOf(project: Project, generator: Generator): string {
  if (!generator.output) return defaultOutput(project);
  const output = configText(generator.output);
  if (!output) throw new CliError(`The output of generator "${generator.name}" reads an environment variable that is not set.`);
  return path.resolve(project.location.dir, output);
}

/** Runs every client generator of the schema; used by `generate` and after `db push` / `migrate dev`. */
export async function runGenerators(project: Project, schema: Schema, terminal: Terminal, only?: readonly string[]): Promise<number> {
  const selected = schema.generators.filter((g) => !only?.length || only.includes(g.name));
  if (only?.length && selected.length !== only.length) {
    const missing = only.filter((name) => !schema.generators.some((g) => g.name === name));
    throw new CliError(`The schema has no generator named ${missing.map((m) => `"${m}"`).join(', ')}.`);
  }
  let written = 0;
  for (const generator of selected) {
    const provider = configText(generator.provider) ?? '';
    if (!CLIENT_PROVIDERS.has(provider)) {
      terminal.err(`${terminal.yellow('warn')} Generator "${generator.name}" (provider "${provider}") is a third-party generator; Refract runs only prisma-client-js / prisma-client and skipped it.`);
      continue;
    }
    const started = performance.now();
    const outputDir = outputDirOf(project, generator);
    await generateClient({ schema, generator, schemaPath: project.location.path, outputDir });
    const took = Math.round(performance.now() - started);
    terminal.out(`${terminal.green('✔')} Generated Refract Client (${refractVersion()}) to ${path.relative(project.cwd, outputDir) || '.'} in ${took}ms`);
    written++;
  }
  return written;
}

export const generateCommand = defineCommand({
  name: 'generate',
  summary: 'Generate the typed client from the schema',
  usage: 'refract generate [--schema <path>] [--generator <name>]\n\nWrites the client of every `prisma-client-js` / `prisma-client` generator to its `output`\n(default: node_modules/.prisma/client, imported as `refract/client`).',
  flags: {
    ...schemaFlags,
    generator: { kind: 'string', description: 'Only this generator (comma-separated for several)' },
    'no-engine': { kind: 'boolean', description: 'Accepted for compatibility; Refract never ships an engine' },
    'no-hints': { kind: 'boolean', description: 'Accepted for compatibility' },
    'allow-no-models': { kind: 'boolean', description: 'Generate even when the schema has no models' },
  },
  async run({ flags }, terminal) {
    const project = await loadProject({ schema: flags.schema, config: flags.config });
    const schema = requireValidSchema(project, terminal);
    if (schema.generators.length === 0) throw new CliError('The schema has no generator block. Add:\n\ngenerator client {\n  provider = "prisma-client-js"\n}');
    if (schema.models.length === 0 && !flags['allow-no-models']) terminal.err(`${terminal.yellow('warn')} The schema has no models yet; the client will have no model delegates.`);
    await runGenerators(project, schema, terminal, flags.generator?.split(',').map((s) => s.trim()).filter(Boolean));
    return 0;
  },
});

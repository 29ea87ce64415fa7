import fs from 'node:fs';
import path from 'node:path';
import { formatSchemas } from '../../schema/format/index.js';
import { parseSchema } from '../../schema/parser/index.js';
import { defineCommand, schemaFlags } from '../command.js';
import { loadProject, renderDiagnostics, schemaDisplayPath } from '../project/load-project.js';
import { CliError } from '../terminal.js';

export const formatCommand = defineCommand({
  name: 'format',
  summary: 'Format the schema files',
  usage: 'refract format [--schema <path>] [--check]\n\nRewrites every schema file the way Prisma\'s formatter writes it.\nWith --check, changes nothing and exits 1 when a file would change.',
  flags: { ...schemaFlags, check: { kind: 'boolean', description: 'Exit 1 when a file is not formatted; write nothing' } },
  async run({ flags }, terminal) {
    const started = performance.now();
    const project = await loadProject({ schema: flags.schema, config: flags.config });
    const parsed = [...project.sources.values()].map((source) => ({ source, ...parseSchema(source) }));
    const syntaxErrors = parsed.flatMap((p) => p.diagnostics.filter((d) => d.severity === 'error'));
    if (syntaxErrors.length) throw new CliError(`${renderDiagnostics(project, syntaxErrors, terminal)}\n\nThe schema has syntax errors; nothing was formatted.`);
    const unformatted: string[] = [];
    // All files at once: a relation field the formatter adds lands in its model's file.
    const formattedTexts = formatSchemas(parsed.map((p) => p.file));
    for (const [index, { source }] of parsed.entries()) {
      const display = source.path;
      const formatted = formattedTexts[index] ?? source.text;
      if (formatted === source.text) continue;
      unformatted.push(display);
      if (!flags.check) fs.writeFileSync(path.resolve(project.cwd, display), formatted);
    }
    const took = Math.round(performance.now() - started);
    if (flags.check) {
      if (unformatted.length) {
        terminal.err(`Some schema files are not formatted:\n${unformatted.map((f) => `  ${f}`).join('\n')}\nRun \`refract format\` to format them.`);
        return 1;
      }
      terminal.out('All schema files are formatted correctly!');
      return 0;
    }
    terminal.out(`Formatted ${schemaDisplayPath(project)} in ${took}ms 🚀`);
    return 0;
  },
});

import { defineCommand, schemaFlags } from '../command.js';
import { loadProject, requireValidSchema, schemaDisplayPath } from '../project/load-project.js';

export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'Validate the schema',
  usage: 'refract validate [--schema <path>]\n\nChecks the schema and prints every problem with its file, line and column.',
  flags: schemaFlags,
  async run({ flags }, terminal) {
    const project = await loadProject({ schema: flags.schema, config: flags.config });
    requireValidSchema(project, terminal);
    terminal.out(`The schema at ${schemaDisplayPath(project)} is valid 🚀`);
    return 0;
  },
});

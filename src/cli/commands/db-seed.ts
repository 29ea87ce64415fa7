/** `db seed`: run the project's seed command (prisma.config.ts `migrations.seed`, or package.json `prisma.seed`). */
import { defineCommand } from '../command.js';
import { loadProject } from '../project/load-project.js';
import { CliError } from '../terminal.js';
import { runSeed } from './migrate-shared.js';

export const dbSeedCommand = defineCommand({
  name: 'db seed',
  summary: 'Run the seed command',
  usage: 'refract db seed [--config <path>] [-- <arguments for the seed command>]\n\nRuns prisma.config.ts `migrations.seed` (or package.json `prisma.seed`) through the shell.',
  flags: {
    config: { kind: 'string', description: 'Path to the config file (prisma.config.ts)' },
    schema: { kind: 'string', description: 'Path to the schema file or folder' },
    help: { kind: 'boolean', alias: 'h', description: 'Show this help' },
  },
  async run({ flags, positionals }, terminal) {
    const project = await loadProject({ schema: flags.schema, config: flags.config });
    if (!runSeed(project, terminal, positionals)) {
      throw new CliError('No seed command is configured. Set `migrations.seed` in prisma.config.ts (e.g. seed: "tsx prisma/seed.ts")\nor "prisma": { "seed": "..." } in package.json.');
    }
    return 0;
  },
});

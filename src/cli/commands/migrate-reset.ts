/** `migrate reset`: drop everything, re-apply every migration, run the generators and the seed. */
import { deployMigrations, resetDatabase } from '../../migrate/index.js';
import { defineCommand, schemaFlags } from '../command.js';
import { confirm, isInteractive } from '../prompt.js';
import { CliError } from '../terminal.js';
import { runGenerators } from './generate.js';
import { asCliErrors, localMigrations, openMigrateContext, runSeed } from './migrate-shared.js';

export const migrateResetCommand = defineCommand({
  name: 'migrate reset',
  summary: 'Drop the database, re-apply all migrations, then run the seed',
  usage: 'refract migrate reset [--force] [--skip-seed] [--skip-generate] [--schema <path>]',
  flags: {
    ...schemaFlags,
    force: { kind: 'boolean', alias: 'f', description: 'Skip the confirmation prompt' },
    'skip-seed': { kind: 'boolean', description: 'Do not run the seed command' },
    'skip-generate': { kind: 'boolean', description: 'Do not run the generators' },
  },
  async run({ flags }, terminal) {
    const context = await openMigrateContext(flags, terminal);
    const { database } = context;
    try {
      if (!flags.force) {
        if (!isInteractive()) {
          throw new CliError('Refract Migrate detected that the environment is non-interactive. It is recommended to run this command in an interactive environment.\n\nUse --force to run this command without user interaction.');
        }
        if (!(await confirm(`Are you sure you want to reset your database? All data will be lost.`))) throw new CliError('Reset cancelled.', 130);
      }
      await resetDatabase(database.connection, context.provider, context.schema.datasource?.schemas.length ? context.schema.datasource.schemas : undefined);
      terminal.out(`\n${database.label} reset successfully.`);
      const migrations = localMigrations(context);
      const { applied } = await asCliErrors(() => deployMigrations({ connection: database.connection, provider: context.provider, migrations }));
      if (applied.length > 0) terminal.out(`\nThe following migration(s) have been applied:\n\nmigrations/\n${applied.map((n) => `  └─ ${n}/\n    └─ migration.sql`).join('\n')}`);
    } finally {
      await database.connection.close();
    }
    if (!flags['skip-generate']) await runGenerators(context.project, context.schema, terminal);
    if (!flags['skip-seed']) runSeed(context.project, terminal);
    return 0;
  },
});

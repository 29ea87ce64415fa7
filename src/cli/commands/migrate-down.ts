/** `migrate down` (beyond Prisma): roll back applied migrations with their down.sql, newest first. */
import { rollbackMigrations } from '../../migrate/index.js';
import { defineCommand, schemaFlags } from '../command.js';
import { CliError } from '../terminal.js';
import { asCliErrors, localMigrations, openMigrateContext } from './migrate-shared.js';

export const migrateDownCommand = defineCommand({
  name: 'migrate down',
  summary: 'Roll back applied migrations with their down.sql (Refract only)',
  usage:
    'refract migrate down [--steps <n> | --to <name>] [--schema <path>]\n\nRuns the down.sql of the newest applied migration (or the newest n, or every one after <name>)\nand marks it rolled back in _prisma_migrations (rolled_back_at), which Prisma reads as not applied.\nA migration without down.sql (one written by Prisma) is refused, and nothing is rolled back.',
  flags: {
    ...schemaFlags,
    steps: { kind: 'number', description: 'How many applied migrations to roll back (default 1)' },
    to: { kind: 'string', description: 'Roll back every migration applied after this one' },
  },
  async run({ flags }, terminal) {
    if (flags.steps !== undefined && flags.to !== undefined) throw new CliError('Give --steps or --to, not both.');
    const context = await openMigrateContext(flags, terminal);
    try {
      const migrations = localMigrations(context);
      const { rolledBack } = await asCliErrors(() =>
        rollbackMigrations({ connection: context.database.connection, provider: context.provider, migrations, ...(flags.to !== undefined ? { to: flags.to } : {}), ...(flags.steps !== undefined ? { steps: flags.steps } : {}) }),
      );
      terminal.out(rolledBack.length === 0 ? '\nNo applied migration to roll back.' : `\nThe following migration(s) have been rolled back:\n\n${rolledBack.map((n) => `  ${n}`).join('\n')}`);
    } finally {
      await context.database.connection.close();
    }
    return 0;
  },
});

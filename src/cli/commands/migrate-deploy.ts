/** `migrate deploy`: apply pending migrations in order, under the database's advisory lock. */
import { deployMigrations } from '../../migrate/index.js';
import { defineCommand, schemaFlags } from '../command.js';
import { asCliErrors, displayPath, localMigrations, openMigrateContext } from './migrate-shared.js';

export const migrateDeployCommand = defineCommand({
  name: 'migrate deploy',
  summary: 'Apply pending migrations to the database (production, CI)',
  usage: 'refract migrate deploy [--schema <path>]\n\nApplies every migration of the migrations folder not yet applied, in order, each recorded in\n_prisma_migrations. A failed migration blocks later deploys until `migrate resolve`.',
  flags: { ...schemaFlags },
  async run({ flags }, terminal) {
    const context = await openMigrateContext(flags, terminal);
    try {
      const migrations = localMigrations(context);
      terminal.out(`\n${migrations.length} migration${migrations.length === 1 ? '' : 's'} found in ${displayPath(context.project, context.migrationsDir)}`);
      const { applied } = await asCliErrors(() => deployMigrations({ connection: context.database.connection, provider: context.provider, migrations }));
      if (applied.length === 0) {
        terminal.out('\nNo pending migrations to apply.');
      } else {
        terminal.out(`\nApplying migration${applied.length === 1 ? '' : 's'}:\n${applied.map((n) => `  ${n}`).join('\n')}\n\nThe following migration(s) have been applied:\n\nmigrations/\n${applied.map((n) => `  └─ ${n}/\n    └─ migration.sql`).join('\n')}\n\nAll migrations have been successfully applied.`);
      }
    } finally {
      await context.database.connection.close();
    }
    return 0;
  },
});

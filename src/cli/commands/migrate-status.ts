/** `migrate status`: the migrations folder against `_prisma_migrations`; exit 1 when not up to date. */
import { ddlDialectFor, migrationStatus, readAppliedMigrations } from '../../migrate/index.js';
import { defineCommand, schemaFlags } from '../command.js';
import { displayPath, localMigrations, openMigrateContext } from './migrate-shared.js';

export const migrateStatusCommand = defineCommand({
  name: 'migrate status',
  summary: 'Show which migrations are applied, pending, failed or edited',
  usage: 'refract migrate status [--schema <path>]\n\nExits with 1 when a migration is pending, failed, edited after it was applied, or applied but\nmissing from the migrations folder.',
  flags: { ...schemaFlags },
  async run({ flags }, terminal) {
    const context = await openMigrateContext(flags, terminal);
    let ok = true;
    try {
      const local = localMigrations(context);
      const applied = await readAppliedMigrations(context.database.connection, ddlDialectFor(context.provider));
      const status = migrationStatus(local, applied);
      terminal.out(`\n${local.length} migration${local.length === 1 ? '' : 's'} found in ${displayPath(context.project, context.migrationsDir)}\n`);
      if (status.failed.length > 0) {
        ok = false;
        terminal.out(`Following migration${status.failed.length === 1 ? ' has' : 's have'} failed:\n${status.failed.map((m) => m.name).join('\n')}\n\nDuring development if the failed migration(s) have not been deployed to a production database you can then fix the migration(s) and run refract migrate dev.\n\nThe failed migration(s) can be marked as rolled back or applied:\n\n- If you rolled back the migration(s) manually:\nrefract migrate resolve --rolled-back "${status.failed[0]?.name}"\n\n- If you fixed the database manually (hotfix):\nrefract migrate resolve --applied "${status.failed[0]?.name}"\n`);
      }
      if (status.missingLocally.length > 0) {
        ok = false;
        terminal.out(`The migration${status.missingLocally.length === 1 ? ' from the database is' : 's from the database are'} not found locally in the migrations folder:\n${status.missingLocally.join('\n')}\n`);
      }
      if (status.modified.length > 0) {
        ok = false;
        terminal.out(`The migration${status.modified.length === 1 ? ' was' : 's were'} modified after ${status.modified.length === 1 ? 'it was' : 'they were'} applied:\n${status.modified.join('\n')}\n`);
      }
      if (status.pending.length > 0) {
        ok = false;
        terminal.out(`Following migration${status.pending.length === 1 ? ' has' : 's have'} not yet been applied:\n${status.pending.map((m) => m.name).join('\n')}\n\nTo apply migrations in development run refract migrate dev.\nTo apply migrations in production run refract migrate deploy.`);
      }
      if (ok) terminal.out('Database schema is up to date!');
    } finally {
      await context.database.connection.close();
    }
    return ok ? 0 : 1;
  },
});

/** `migrate resolve --applied | --rolled-back <name>`: settle a failed migration by hand. */
import { ddlDialectFor, markApplied, markRolledBack, migrationStatus, readAppliedMigrations } from '../../migrate/index.js';
import { defineCommand, schemaFlags } from '../command.js';
import { CliError } from '../terminal.js';
import { localMigrations, openMigrateContext } from './migrate-shared.js';

export const migrateResolveCommand = defineCommand({
  name: 'migrate resolve',
  summary: 'Mark a failed migration as applied or rolled back',
  usage: 'refract migrate resolve (--applied <name> | --rolled-back <name>) [--schema <path>]',
  flags: {
    ...schemaFlags,
    applied: { kind: 'string', description: 'Record the migration as applied (you fixed the database by hand)' },
    'rolled-back': { kind: 'string', description: 'Record the failed migration as rolled back' },
  },
  async run({ flags }, terminal) {
    const applied = flags.applied;
    const rolledBack = flags['rolled-back'];
    if ((applied === undefined) === (rolledBack === undefined)) throw new CliError('`migrate resolve` needs exactly one of --applied <name> or --rolled-back <name>.');
    const context = await openMigrateContext(flags, terminal);
    const dialect = ddlDialectFor(context.provider);
    try {
      const local = localMigrations(context);
      const history = await readAppliedMigrations(context.database.connection, dialect);
      const status = migrationStatus(local, history);
      if (applied !== undefined) {
        const migration = local.find((m) => m.name === applied);
        if (migration === undefined) throw new CliError(`Error: P3017\n\nThe migration ${applied} could not be found. Please make sure that the migration exists, and that you included the whole name of the directory.`);
        if (status.applied.includes(applied)) throw new CliError(`Error: P3008\n\nThe migration \`${applied}\` is already recorded as applied in the database.`);
        // A failed attempt stays as it is in Prisma too; it is marked rolled back so it no longer blocks.
        await markRolledBack(context.database.connection, dialect, applied);
        await markApplied(context.database.connection, dialect, applied, migration.checksum);
        terminal.out(`\nMigration ${applied} marked as applied.`);
      } else if (rolledBack !== undefined) {
        if (!status.failed.some((m) => m.name === rolledBack)) {
          throw new CliError(`Error: P3012\n\nMigration \`${rolledBack}\` cannot be rolled back because it is not in a failed state.`);
        }
        await markRolledBack(context.database.connection, dialect, rolledBack);
        terminal.out(`\nMigration ${rolledBack} marked as rolled back.`);
      }
    } finally {
      await context.database.connection.close();
    }
    return 0;
  },
});

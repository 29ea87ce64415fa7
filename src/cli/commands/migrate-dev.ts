/** `migrate dev`: plan, write (migration.sql + down.sql) and apply the next migration; asks before a reset or data loss. */
import path from 'node:path';
import { migrateDev, renderStatements, resetDatabase } from '../../migrate/index.js';
import type { MigrateDevResult } from '../../migrate/index.js';
import { assertNever } from '../../shared/internal-error.js';
import { defineCommand, schemaFlags } from '../command.js';
import { confirm, isInteractive } from '../prompt.js';
import { CliError, type Terminal } from '../terminal.js';
import { runGenerators } from './generate.js';
import { askText, asCliErrors, displayPath, openMigrateContext, openShadow, runSeed, type MigrateContext } from './migrate-shared.js';

export const migrateDevCommand = defineCommand({
  name: 'migrate dev',
  summary: 'Create a migration from the schema, apply it and pending ones to the development database',
  usage:
    'refract migrate dev [--name <name>] [--create-only] [--skip-seed] [--skip-generate] [--schema <path>]\n\nReplays the migrations folder on a shadow database to detect drift, applies pending migrations,\nthen writes migrations/<timestamp>_<name>/migration.sql (and its down.sql) and applies it.',
  flags: {
    ...schemaFlags,
    name: { kind: 'string', alias: 'n', description: 'The name of the new migration' },
    'create-only': { kind: 'boolean', description: 'Write the new migration but do not apply it' },
    'skip-seed': { kind: 'boolean', description: 'Do not run the seed command after a reset' },
    'skip-generate': { kind: 'boolean', description: 'Do not run the generators afterwards' },
  },
  async run({ flags }, terminal) {
    const context = await openMigrateContext(flags, terminal);
    const { project, schema, database } = context;
    let wasReset = false;
    try {
      const name = flags.name ?? (await askText('Enter a name for the new migration: »', ''));
      let result = await runDev(context, name, flags['create-only'] ?? false, terminal);
      if (result.kind === 'drift') {
        terminal.err(explainDrift(result, context));
        const question = `We need to reset the ${database.label}.\nDo you want to continue? All data will be lost.`;
        if (!isInteractive()) {
          throw new CliError(`${question.split('\n')[0]}\n\nRefract Migrate detected that the environment is non-interactive, so it did not reset the database.\nRun \`refract migrate reset\` to reset it (all data will be lost), then run \`migrate dev\` again.`);
        }
        if (!(await confirm(question))) throw new CliError('Reset cancelled.', 130);
        await resetDatabase(database.connection, context.provider);
        wasReset = true;
        terminal.out(`\nThe ${database.label} was reset.`);
        result = await runDev(context, name, flags['create-only'] ?? false, terminal);
        if (result.kind === 'drift') throw new CliError('The database still differs from its migration history after a reset.');
      }
      report(result, context, terminal);
    } finally {
      await database.connection.close();
    }
    if (!flags['skip-generate']) await runGenerators(project, schema, terminal);
    if (wasReset && !flags['skip-seed']) runSeed(project, terminal);
    return 0;
  },
});

async function runDev(context: MigrateContext, name: string, createOnly: boolean, terminal: Terminal): Promise<MigrateDevResult> {
  const shadow = await openShadow(context.project, context.schema, context.url, context.database.connection);
  try {
    return await asCliErrors(() =>
      migrateDev({
        schema: context.schema,
        connection: context.database.connection,
        shadow: shadow.connection,
        migrationsDir: context.migrationsDir,
        name,
        createOnly,
        async confirmDataLoss(warnings) {
          terminal.err(`\n${terminal.yellow('⚠️  Warnings for the current datasource:')}\n\n${warnings.map((w) => `  • ${w}`).join('\n')}\n`);
          if (!isInteractive()) return false;
          return confirm('Are you sure you want to create and apply this migration?');
        },
      }),
    );
  } finally {
    await shadow.dispose();
  }
}

function explainDrift(result: Extract<MigrateDevResult, { kind: 'drift' }>, context: MigrateContext): string {
  const lines = ['Drift detected: Your database schema is not in sync with your migration history.', ''];
  for (const name of result.modified) lines.push(`The migration \`${name}\` was modified after it was applied.`);
  for (const name of result.failed) lines.push(`The migration \`${name}\` failed to apply and is not resolved.`);
  for (const name of result.missingLocally) lines.push(`The migration \`${name}\` is applied in the database but missing from the local migrations directory.`);
  if (result.statements.length > 0) {
    lines.push('The database has changes the migration history does not explain (SQL from the history to the database):', '');
    lines.push(...renderStatements(result.statements, context.provider).map((sql) => `  ${sql.replaceAll('\n', '\n  ')}`));
  }
  return `${lines.join('\n')}\n`;
}

function report(result: MigrateDevResult, context: MigrateContext, terminal: Terminal): void {
  switch (result.kind) {
    case 'drift':
      return;
    case 'unexecutable':
      throw new CliError(`\n⚠️  The migration cannot be applied to the current data:\n\n${result.messages.map((m) => `  • ${m}`).join('\n')}\n\nYou can use \`refract migrate dev --create-only\` to create the migration file, and edit it so it can run.`);
    case 'dataLossRefused':
      throw new CliError(
        isInteractive()
          ? 'Migration cancelled.'
          : 'Refract Migrate detected that the environment is non-interactive and the migration would lose data (see the warnings above), so nothing was written.\nRun `refract migrate dev --create-only` to write it for review, or run interactively to confirm.',
      );
    case 'done': {
      if (result.appliedPending.length > 0) {
        terminal.out(`\nThe following migration(s) have been applied:\n\nmigrations/\n${result.appliedPending.map((n) => `  └─ ${n}/\n    └─ migration.sql`).join('\n')}`);
      }
      if (result.created === null) {
        terminal.out('\nAlready in sync, no schema change or pending migration was found.');
        return;
      }
      const folder = path.dirname(result.created.scriptPath);
      if (!result.appliedCreated) {
        terminal.out(`\nRefract Migrate created the following migration without applying it ${result.created.name}\n\nYou can now edit it and apply it by running refract migrate dev.\n  ${displayPath(context.project, path.join(folder, 'migration.sql'))}`);
        return;
      }
      terminal.out(`\nThe following migration(s) have been created and applied from new schema changes:\n\n${displayPath(context.project, path.dirname(folder))}/\n  └─ ${result.created.name}/\n    └─ migration.sql\n    └─ down.sql\n\nYour database is now in sync with your schema.`);
      return;
    }
    default:
      return assertNever(result, 'migrate dev result');
  }
}

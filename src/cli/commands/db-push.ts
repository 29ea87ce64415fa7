import { pushSchema } from '../../migrate/push.js';
import { defineCommand, schemaFlags } from '../command.js';
import { openDatabase } from '../project/database.js';
import { datasourceUrl, loadProject, requireValidSchema } from '../project/load-project.js';
import { confirm } from '../prompt.js';
import { CliError } from '../terminal.js';
import { runGenerators } from './generate.js';

export const dbPushCommand = defineCommand({
  name: 'db push',
  summary: 'Make the database match the schema, without migrations',
  usage: 'refract db push [--schema <path>] [--accept-data-loss] [--force-reset] [--skip-generate]\n\nCreates and alters tables to match the schema. Changes that would lose data are refused\nunless --accept-data-loss is given (or confirmed at the prompt in a terminal).',
  flags: {
    ...schemaFlags,
    'accept-data-loss': { kind: 'boolean', description: 'Apply changes even when they lose data' },
    'force-reset': { kind: 'boolean', description: 'Drop everything in the database first, then create the schema' },
    'skip-generate': { kind: 'boolean', description: 'Do not run the generators afterwards' },
  },
  async run({ flags }, terminal) {
    const started = performance.now();
    const project = await loadProject({ schema: flags.schema, config: flags.config });
    const schema = requireValidSchema(project, terminal);
    const url = datasourceUrl(project, schema);
    const database = await openDatabase(schema, url, project.location.dir);
    terminal.out(`Datasource "${schema.datasource?.name ?? 'db'}": ${database.description}`);
    try {
      if (database.created) terminal.out(`\n${database.created}`);
      let result = await pushSchema({ schema, connection: database.connection, forceReset: flags['force-reset'] ?? false, acceptDataLoss: flags['accept-data-loss'] ?? false });
      if (flags['force-reset']) terminal.out(`\nThe ${database.label} was successfully reset.`);
      if (result.unexecutable.length) {
        throw new CliError(`\nThe schema cannot be pushed without losing data in a way that cannot be done automatically:\n${result.unexecutable.map((u) => `  • ${u}`).join('\n')}\n\nUse --force-reset to drop the data and start over.`);
      }
      if (!result.applied && result.warnings.length) {
        const list = result.warnings.map((w) => `  • ${w}`).join('\n');
        terminal.err(`\n${terminal.yellow('⚠️  There might be data loss when applying the changes:')}\n\n${list}\n`);
        if (!(await confirm('Do you want to ignore the warning(s)?'))) {
          throw new CliError('Use the --accept-data-loss flag to ignore the data loss warnings like `refract db push --accept-data-loss`.');
        }
        result = await pushSchema({ schema, connection: database.connection, acceptDataLoss: true });
      }
      const took = Math.round(performance.now() - started);
      terminal.out(`\n🚀  Your database is now in sync with your schema. Done in ${took}ms`);
    } finally {
      await database.connection.close();
    }
    if (!flags['skip-generate']) await runGenerators(project, schema, terminal);
    return 0;
  },
});

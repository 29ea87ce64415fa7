import path from 'node:path';
import { chooseBrowser, openBrowser, startStudio } from '../../studio/index.js';
import { defineCommand, schemaFlags } from '../command.js';
import { datasourceUrl, loadProject, requireValidSchema } from '../project/load-project.js';
import { CliError } from '../terminal.js';

export const studioCommand = defineCommand({
  name: 'studio',
  summary: 'Browse and edit the data in a browser',
  usage: 'refract studio [--schema <path>] [--port <n>] [--hostname <host>] [--browser <name|none>] [--read-only]\n\nServes Studio on http://127.0.0.1:5555 (or the next free port) and opens it in the browser\n($BROWSER, or the system default; `--browser none` only prints the URL). Stop it with Ctrl+C.',
  flags: {
    ...schemaFlags,
    port: { kind: 'number', alias: 'p', description: 'Port to listen on (default 5555; the next free one if taken)' },
    hostname: { kind: 'string', description: 'Address to bind (default 127.0.0.1; others require the printed access token)' },
    browser: { kind: 'string', alias: 'b', description: 'Browser to open, or "none"' },
    'read-only': { kind: 'boolean', description: 'Browse only: refuse every change' },
  },
  async run({ flags }, terminal) {
    const project = await loadProject({ schema: flags.schema, config: flags.config });
    const schema = requireValidSchema(project, terminal);
    const url = datasourceUrl(project, schema);
    const port = flags.port ?? 5555;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a port number (0-65535), got ${port}.`);
    let studio;
    try {
      studio = await startStudio({ schema, url, schemaDir: project.location.dir, port, hostname: flags.hostname ?? '127.0.0.1', readOnly: flags['read-only'] ?? false });
    } catch (error) {
      throw new CliError(`Studio could not start on ${flags.hostname ?? '127.0.0.1'}:${port}: ${(error as Error).message}`);
    }
    const where = path.relative(process.cwd(), project.location.path) || project.location.path;
    if (studio.portChanged) terminal.out(terminal.yellow(`Port ${studio.requestedPort} is in use: Studio is on port ${studio.port} instead.`));
    terminal.out(`Prisma schema loaded from ${where}`);
    terminal.out(`${terminal.green('Refract Studio is up on')} ${terminal.bold(studio.url)}${flags['read-only'] ? ' (read-only)' : ''}`);
    if (studio.token) terminal.out(`Studio listens on ${studio.hostname}: open the URL above; requests without its access token are refused.`);
    const choice = chooseBrowser(flags.browser);
    if (choice.kind === 'open' && !(await openBrowser(choice, studio.url))) terminal.err(`Could not start the browser "${choice.command}": open the URL yourself.`);
    terminal.out(terminal.dim('Press Ctrl+C to stop.'));
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await studio.close();
    return 0;
  },
});

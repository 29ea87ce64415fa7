/** Every verb of the command line. A two-word verb (`db push`) is listed under its full name. */
import type { Command } from '../command.js';
import { dbPushCommand } from './db-push.js';
import { formatCommand } from './format.js';
import { generateCommand } from './generate.js';
import { initCommand } from './init.js';
import { validateCommand } from './validate.js';
import { versionCommand } from './version.js';
import { studioCommand } from './studio.js';
import { migrateDevCommand } from './migrate-dev.js';
import { migrateDeployCommand } from './migrate-deploy.js';
import { migrateStatusCommand } from './migrate-status.js';
import { migrateResolveCommand } from './migrate-resolve.js';
import { migrateResetCommand } from './migrate-reset.js';
import { migrateDownCommand } from './migrate-down.js';
import { migrateDiffCommand } from './migrate-diff.js';
import { dbPullCommand } from './db-pull.js';
import { dbSeedCommand } from './db-seed.js';
import { dbExecuteCommand } from './db-execute.js';

export const commands: readonly Command[] = [initCommand, formatCommand, validateCommand, generateCommand, dbPushCommand, versionCommand, studioCommand,
  migrateDevCommand,
  migrateDeployCommand,
  migrateStatusCommand,
  migrateResolveCommand,
  migrateResetCommand,
  migrateDownCommand,
  migrateDiffCommand,
  dbPullCommand,
  dbSeedCommand,
  dbExecuteCommand,
];

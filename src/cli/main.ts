#!/usr/bin/env node
/** The `refract` / `prisma` bin. Everything but setting the exit code lives in run.ts, so tests can call it. */
import { main } from './run.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Refract crashed (this is a bug in Refract, please report it):\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);

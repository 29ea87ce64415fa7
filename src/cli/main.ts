#!/usr/bin/env node
/** The `refract` / `prisma` command line. Parses arguments and hands each verb to the folders below. */
process.stdout.write('refract: no verbs yet\n');

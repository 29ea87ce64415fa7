/**
 * `refract/client`: the client generated into `node_modules/.prisma/client` (a generator with no
 * `output`), the way `@prisma/client` re-exports it. Run `refract generate` first.
 *
 * A relative path, not `.prisma/client`: Node's ES module resolver rejects package names that start
 * with a dot. From node_modules/refract/dist/ this is the node_modules/.prisma/client next to refract,
 * where `refract generate` writes it. (The generated module imports `refract/runtime`, so the classes
 * it hands out are the runtime bundle's, the same as every other entry point's.)
 */
// @ts-ignore -- (not @ts-expect-error: the module exists in the app, so there may be no error) it exists once `refract generate` has run in the application.
export * from '../../.prisma/client/index.js';

/**
 * `refract/client`: the client generated into `node_modules/.prisma/client` (a generator with no
 * `output`), the way `@prisma/client` re-exports it. Run `refract generate` first.
 */
// @ts-ignore -- (not @ts-expect-error: the module exists in the app, so there may be no error) it exists once `refract generate` has run in the application.
export * from '.prisma/client';

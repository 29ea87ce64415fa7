/**
 * `Prisma.defineExtension` and `Prisma.getExtensionContext`.
 *
 * `defineExtension(ext)` returns a function `(client) => client.$extends(ext)`, which `$extends` also
 * accepts, so a packaged extension is passed as `prisma.$extends(myExtension)`. A function argument is
 * returned as it is (`defineExtension((client) => client.$extends({...}))`).
 *
 * `getExtensionContext(this)` is the identity at runtime: inside a model method `this` is the extended
 * model delegate (with `$name`, the model's name, and `$parent`, the client it was extended from);
 * inside a client method it is the extended client. It exists for typing.
 */
export interface ExtensibleClient {
  $extends(extension: unknown): unknown;
}

export type DefinedExtension = ((client: ExtensibleClient) => unknown) & { readonly _extension?: unknown };

export function defineExtension(extension: unknown): DefinedExtension {
  if (typeof extension === 'function') return extension as DefinedExtension;
  const apply = (client: ExtensibleClient): unknown => client.$extends(extension);
  return Object.assign(apply, { _extension: extension });
}

export function getExtensionContext<T>(that: T): T {
  return that;
}

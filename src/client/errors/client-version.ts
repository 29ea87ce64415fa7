/**
 * The version every client error and `Prisma.prismaVersion` reports. Refract answers as the Prisma
 * release its behaviour is checked against (the conformance goldens), so code that reads
 * `e.clientVersion` sees a Prisma-shaped version.
 */
export const CLIENT_VERSION = '7.10.0';

/** A schema or database shape a dialect's DDL cannot express (a user-facing problem, not our bug). */
export class DdlError extends Error {
  override readonly name = 'DdlError';
}

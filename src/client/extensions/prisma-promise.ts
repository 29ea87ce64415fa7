/**
 * The lazy promise every model method returns (`PrismaPromise`): nothing runs until it is awaited
 * (`then`), and `$transaction([...])` can instead run it inside its batch transaction through
 * `RUN_IN_TRANSACTION`. The engine's delegates and the extended delegates both return these, so a
 * batch may mix them.
 *
 *   const p = createPrismaPromise((transaction) => engine.request(call, transaction));
 *   await p;                          // runs with transaction = undefined
 *   await p[RUN_IN_TRANSACTION](tx);  // what $transaction([...]) does, once per item, in order
 */
export const RUN_IN_TRANSACTION: unique symbol = Symbol.for('refract.prismaPromise.runInTransaction');

export interface RuntimePrismaPromise<T> extends Promise<T> {
  readonly [Symbol.toStringTag]: 'PrismaPromise';
  [RUN_IN_TRANSACTION](transaction: unknown): Promise<T>;
}

/** Runs `run` once; a synchronous throw becomes a rejection, as awaiting a promise would report it. */
function startOnce<T>(run: (transaction?: unknown) => Promise<T>, transaction?: unknown): Promise<T> {
  try {
    return run(transaction);
  } catch (error) {
    return Promise.reject(error);
  }
}

export function createPrismaPromise<T>(run: (transaction?: unknown) => Promise<T>): RuntimePrismaPromise<T> {
  let started: Promise<T> | null = null;
  const start = (): Promise<T> => {
    started ??= startOnce(run);
    return started;
  };
  const promise: RuntimePrismaPromise<T> = {
    [Symbol.toStringTag]: 'PrismaPromise',
    then<R1 = T, R2 = never>(onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null, onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2> {
      return start().then(onFulfilled, onRejected);
    },
    catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
      return start().catch(onRejected);
    },
    finally(onFinally?: (() => void) | null): Promise<T> {
      return start().finally(onFinally);
    },
    [RUN_IN_TRANSACTION](transaction: unknown): Promise<T> {
      started ??= startOnce(run, transaction);
      return started;
    },
  };
  return promise;
}

export function isPrismaPromise(value: unknown): value is RuntimePrismaPromise<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { [RUN_IN_TRANSACTION]?: unknown })[RUN_IN_TRANSACTION] === 'function';
}

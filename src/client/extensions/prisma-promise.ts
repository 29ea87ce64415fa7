/**
 * The lazy promise every model method returns (`PrismaPromise`): nothing runs until it is awaited
 * (`then`), and `$transaction([...])` can instead run it inside its batch transaction through
 * `RUN_IN_TRANSACTION`. The engine's delegates and the extended delegates both return these, so a
 * batch may mix them.
 *
 *   const p = createPrismaPromise((transaction) => engine.request(call, transaction));
 *   await p;                          // runs with transaction = undefined
 *   await p[RUN_IN_TRANSACTION](tx);  // what $transaction([...]) does, once per item, in order
 *
 * It is a class, not an object literal of closures: every model call creates one, so its methods live
 * on the prototype and a call allocates one small object.
 */
export const RUN_IN_TRANSACTION: unique symbol = Symbol.for('refract.prismaPromise.runInTransaction');

export interface RuntimePrismaPromise<T> extends Promise<T> {
  readonly [Symbol.toStringTag]: 'PrismaPromise';
  [RUN_IN_TRANSACTION](transaction: unknown): Promise<T>;
}

/** A lazy call: subclasses say how to run it (`execute`); it runs at most once. */
export abstract class LazyPrismaPromise<T> implements RuntimePrismaPromise<T> {
  private _started: Promise<T> | null = null;

  protected abstract _execute(transaction: unknown): Promise<T>;

  get [Symbol.toStringTag](): 'PrismaPromise' {
    return 'PrismaPromise';
  }

  /** Runs the call once; a synchronous throw becomes a rejection, as awaiting a promise would report it. */
  private _start(transaction?: unknown): Promise<T> {
    if (this._started === null) {
      try {
        this._started = this._execute(transaction);
      } catch (error) {
        this._started = Promise.reject(error);
      }
    }
    return this._started;
  }

  then<R1 = T, R2 = never>(onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null, onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2> {
    return this._start().then(onFulfilled, onRejected);
  }

  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this._start().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this._start().finally(onFinally);
  }

  [RUN_IN_TRANSACTION](transaction: unknown): Promise<T> {
    return this._start(transaction);
  }
}

class FunctionPrismaPromise<T> extends LazyPrismaPromise<T> {
  constructor(private readonly _run: (transaction?: unknown) => Promise<T>) {
    super();
  }

  protected _execute(transaction: unknown): Promise<T> {
    return transaction === undefined ? this._run() : this._run(transaction);
  }
}

export function createPrismaPromise<T>(run: (transaction?: unknown) => Promise<T>): RuntimePrismaPromise<T> {
  return new FunctionPrismaPromise(run);
}

export function isPrismaPromise(value: unknown): value is RuntimePrismaPromise<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { [RUN_IN_TRANSACTION]?: unknown })[RUN_IN_TRANSACTION] === 'function';
}

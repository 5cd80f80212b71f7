import type { Step } from './model/step';

export type { Step };
/**
 * Whether a step is still to come.
 * @example isPending(Promise.resolve(1)) // true; isPending(1) // false
 */
export function isPending<T>(step: Step<T>): step is PromiseLike<T> {
  return (
    step !== null &&
    (typeof step === 'object' || typeof step === 'function') &&
    typeof (step as { then?: unknown }).then === 'function'
  );
}

// Not named `then`: a module exporting `then` is itself a thenable, and `import()` would try to await it.

/**
 * Runs `next` on the step's value: at once for a plain value, when it arrives for a pending one.
 * @example andThen(surveys.get(id), (survey) => survey?.state)
 */
export function andThen<T, U>(step: Step<T>, next: (value: T) => Step<U>): Step<U> {
  return isPending(step) ? (step.then(next) as PromiseLike<U>) : next(step);
}

/**
 * Runs `body` on each item in order, waiting for each before the next; synchronous while every body is.
 * @example forEach(surveys, (survey) => store.save(survey))
 */
export function forEach<T>(items: readonly T[], body: (item: T, index: number) => Step<unknown>): Step<void> {
  let index = 0;
  const loop = (): Step<void> => {
    while (index < items.length) {
      const current = index++;
      const result = body(items[current] as T, current);
      if (isPending(result)) return result.then(loop) as PromiseLike<void>;
    }
    return undefined;
  };
  return loop();
}

/**
 * The values of several steps, in order, each started after the previous finished.
 * @example all([surveys.forTicket(id), surveys.suppressedFor(id)])
 */
export function all<T extends readonly unknown[]>(
  steps: { readonly [K in keyof T]: () => Step<T[K]> },
): Step<T> {
  const values: unknown[] = [];
  return andThen(
    forEach(steps as readonly (() => Step<unknown>)[], (run) =>
      andThen(run(), (value) => void values.push(value)),
    ),
    () => values as unknown as T,
  );
}

/**
 * Runs `run`, and `recover` if it throws or its pending value fails: the one place services catch, for delivery
 * failures that must not lose a survey.
 * @example attempt(() => delivery.send(message), (error) => ({ status: 'retry', reason: String(error) }))
 */
export function attempt<T>(run: () => Step<T>, recover: (error: unknown) => Step<T>): Step<T> {
  let result: Step<T>;
  try {
    result = run();
  } catch (error) {
    return recover(error);
  }
  return isPending(result) ? (result.then((value) => value, recover) as PromiseLike<T>) : result;
}

/**
 * The value of a step that must already be there: what a synchronous platform (ServiceNow) gets back from a
 * service over its synchronous stores. Throws if a port answered with a promise after all.
 * @example const result = settled(submitResponse(ports, submission));
 */
export function settled<T>(step: Step<T>): T {
  if (isPending(step))
    throw new Error('a port answered asynchronously where a synchronous answer was needed');
  return step;
}

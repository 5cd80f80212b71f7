import { useCallback, useEffect, useState } from 'react';
import { CallError } from '../bridge/call-error';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: CallError }
  | { readonly state: 'ready'; readonly value: T };

const asCallError = (error: unknown) =>
  error instanceof CallError
    ? error
    : new CallError({ status: 0, code: 'network', message: (error as Error)?.message ?? String(error) });

/** Loads a value when the screen opens and again whenever `deps` change or `reload` is called. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> & { reload(): void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on.
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setLoaded({ state: 'ready', value }),
      (error: unknown) => current && setLoaded({ state: 'failed', error: asCallError(error) }),
    );
    return () => {
      current = false;
    };
  }, [...deps, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...loaded, reload };
}

export { asCallError };

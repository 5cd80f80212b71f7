import { invoke } from '@forge/bridge';

import { CallError, type ResolverError } from './call-error';

export { CallError, type ResolverError };

type Answer<T> = { readonly value: T } | { readonly error: ResolverError };

/**
 * Calls a resolver by name. The Forge resolver answers `{ value }` or `{ error }` (a resolver cannot set an HTTP
 * status), so a refusal becomes a thrown `CallError` here, once, for every screen.
 */
export async function call<T>(name: string, payload: Record<string, unknown> = {}): Promise<T> {
  const answer = (await invoke(name, payload)) as Answer<T> | null | undefined;
  if (answer && typeof answer === 'object' && 'error' in answer) throw new CallError(answer.error);
  if (!answer || typeof answer !== 'object' || !('value' in answer))
    throw new CallError({
      status: 502,
      code: 'bad-answer',
      message: 'The app answered in a form it should not.',
    });
  return answer.value;
}

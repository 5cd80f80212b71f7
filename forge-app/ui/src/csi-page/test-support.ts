// Helpers for the CSI page's component tests: resolver answers by name, and a canvas that does not draw (jsdom has
// no 2D context; the charts' text alternatives are what the tests read).
import { instrumentView } from '@xloop/shared-core';
import { vi } from 'vitest';
import { CallError } from '../bridge/call';

export type Handler = (payload: Record<string, unknown>) => unknown;

/** The instrument's factor labels, as `getInstrument` answers them: the core's own English view. */
export const INSTRUMENT = instrumentView('en', 'incident');

/**
 * An implementation for the mocked `call`: each resolver by name; an unknown one is refused as the app would.
 * Answers are copied, so a test's component cannot change the fixtures.
 */
export function resolvers(handlers: Record<string, Handler>) {
  return async (name: string, payload: Record<string, unknown> = {}) => {
    const all: Record<string, Handler> = { getInstrument: () => INSTRUMENT, ...handlers };
    const handle = all[name];
    if (!handle)
      throw new CallError({
        status: 404,
        code: 'unknown-resolver',
        message: `There is no resolver "${name}".`,
      });
    return structuredClone(await handle(payload));
  };
}

export function refusal(status: number, code: string, message: string, details?: unknown): CallError {
  return new CallError({ status, code, message, ...(details !== undefined ? { details } : {}) });
}

/** jsdom cannot draw: the charts skip drawing when there is no 2D context. */
export function stubCanvas(): void {
  HTMLCanvasElement.prototype.getContext = vi.fn(() => null) as unknown as HTMLCanvasElement['getContext'];
}

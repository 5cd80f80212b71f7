import type { PolicyPreview, Settings } from '@xloop/shared-core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type CallError, call } from '../bridge/call';
import { asCallError } from '../shared/use-call';
import { payloadOf } from './settings-draft';

export type PreviewState =
  | { readonly state: 'idle' }
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: CallError }
  | { readonly state: 'ready'; readonly value: PolicyPreview };

/** How long the page waits after the last edit before it asks for a preview. */
export const PREVIEW_DELAY_MS = 700;

/** Asks the server what the policy of `settings` would have done over the last 30 days; never saves. */
export const fetchPreview = (settings: Settings) =>
  call<PolicyPreview>('previewPolicy', { settings: payloadOf(settings), days: 30 });

const keyOf = (settings: Settings | undefined) =>
  settings ? JSON.stringify(payloadOf(settings)) : undefined;

/** One preview, asked for again whenever `key` changes (after `delay`), answers for older keys dropped. */
function usePreviewOf(settings: Settings | undefined, delay: number) {
  const [preview, setPreview] = useState<PreviewState>({ state: 'idle' });
  const round = useRef(0);
  const latest = useRef(settings);
  latest.current = settings;
  const key = keyOf(settings);

  const run = useCallback(() => {
    const candidate = latest.current;
    if (!candidate) return;
    const mine = ++round.current;
    setPreview({ state: 'loading' });
    fetchPreview(candidate).then(
      (value) => {
        if (mine === round.current) setPreview({ state: 'ready', value });
      },
      (error: unknown) => {
        if (mine === round.current) setPreview({ state: 'failed', error: asCallError(error) });
      },
    );
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the settings' content, not their identity, matters.
  useEffect(() => {
    // An answer still on its way is for settings that are no longer the ones shown.
    round.current++;
    if (key === undefined) {
      setPreview({ state: 'idle' });
      return;
    }
    if (delay === 0) {
      run();
      return;
    }
    const timer = setTimeout(run, delay);
    return () => clearTimeout(timer);
  }, [key]);

  return { preview, run };
}

export interface Previews {
  /** What the saved settings would have done. */
  readonly saved: PreviewState;
  /** What the edited settings would have done: the saved preview while nothing is edited. */
  readonly edited: PreviewState;
  /** Whether the edited settings differ from the saved ones. */
  readonly changed: boolean;
  /** Asks again now, without waiting. */
  run(): void;
}

/**
 * The previews a settings page shows: the saved settings' at once, the edited settings' `PREVIEW_DELAY_MS` after
 * the last edit. `edited` is `undefined` while the draft has problems: no call then.
 */
export function usePreviews(saved: Settings | undefined, edited: Settings | undefined): Previews {
  const changed = edited !== undefined && keyOf(edited) !== keyOf(saved);
  const base = usePreviewOf(saved, 0);
  const candidate = usePreviewOf(changed ? edited : undefined, PREVIEW_DELAY_MS);
  const run = changed ? candidate.run : base.run;
  return { saved: base.preview, edited: changed ? candidate.preview : base.preview, changed, run };
}

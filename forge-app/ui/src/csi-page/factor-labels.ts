import { useCallback, useEffect, useState } from 'react';
import { call } from '../bridge/call';
import type { FactorLabel } from './types';

interface InstrumentFactors {
  readonly factors: Record<string, readonly { readonly id: string; readonly label: string }[]>;
}

/**
 * The instrument's factor labels (incident and request factors) in the viewer's language; until they arrive, or
 * if they cannot be read, a factor is shown by its id.
 */
export function useFactorLabels(locale = 'en'): FactorLabel {
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let current = true;
    Promise.all(
      (['incident', 'request'] as const).map((kind) =>
        call<InstrumentFactors>('getInstrument', { locale, kind }),
      ),
    ).then(
      (instruments) => {
        const map = new Map<string, string>();
        for (const instrument of instruments)
          for (const band of Object.values(instrument.factors))
            for (const factor of band) map.set(factor.id, factor.label);
        if (current) setLabels(map);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [locale]);
  return useCallback((factor: string) => labels.get(factor) ?? factor, [labels]);
}

import { instrumentView } from '@xloop/shared-core';
import type { InstrumentView } from './instrument-view';

/** The instrument as `getInstrument` answers it in English for an incident: the core's own view, not a copy of it. */
export const INSTRUMENT: InstrumentView = instrumentView('en', 'incident');

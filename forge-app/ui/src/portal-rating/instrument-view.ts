import { type InstrumentView, type Score, type ScoreBand, scoreBand } from '@xloop/shared-core';

/** The instrument as the `getInstrument` and `getMyTicketSurvey` resolvers send it (the core's `instrumentView`). */
export type { InstrumentView } from '@xloop/shared-core';

/** What the form sends as `answer`: the core's `validateAnswer` reads these names. */
export interface Answer {
  readonly score: number;
  readonly factors: readonly string[];
  readonly lostTime?: string;
  readonly comment?: string;
  readonly locale?: string;
}

/** The band a score falls in, as the core decides: 9–10 positive, 7–8 neutral, 0–6 negative. */
export const bandOf = (score: number): ScoreBand => scoreBand(score as Score);

/** A text of the instrument with its `{placeholders}` filled; the key itself when a text is missing. */
export function textOf(view: InstrumentView, key: string, values: Record<string, string> = {}): string {
  const text = view.texts[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

import type { ScoreBand } from '../model/response';
import type { TicketKind } from '../model/ticket';
import { MESSAGES, type MessageKey, type Messages } from './locales';

/** A reason a requester can pick for their score. */
export interface Factor {
  readonly id: string;
  readonly band: ScoreBand;
  /** The kinds of ticket it is offered for. */
  readonly kinds: readonly TicketKind[];
}

/** An answer to "how much work time did you lose", and the minutes it counts as. */
export interface LostTimeOption {
  readonly id: string;
  readonly minutes: number;
}

/** The questions of a survey: score, factors per band and kind, lost time, comment, and their translations. */
export interface Instrument {
  readonly id: string;
  readonly factors: readonly Factor[];
  readonly lostTimeOptions: readonly LostTimeOption[];
  /** Longest comment, in Unicode code points. */
  readonly commentMaxLength: number;
  readonly messages: Readonly<Record<string, Messages>>;
  readonly defaultLocale: string;
}

const both: readonly TicketKind[] = ['incident', 'request'];
const incident: readonly TicketKind[] = ['incident'];
const request: readonly TicketKind[] = ['request'];

/**
 * The default ticket survey. Lost-time options count as the middle of their range; "more than a working day"
 * counts as 10 hours, a deliberately low figure so lost-time totals are never inflated by the open range.
 */
export const TICKET_SURVEY: Instrument = {
  id: 'ticket-survey-v1',
  factors: [
    { id: 'quick', band: 'positive', kinds: both },
    { id: 'skilled', band: 'positive', kinds: both },
    { id: 'kept-informed', band: 'positive', kinds: both },
    { id: 'friendly', band: 'positive', kinds: both },
    { id: 'solved-for-good', band: 'positive', kinds: incident },
    { id: 'easy-to-request', band: 'positive', kinds: request },
    { id: 'got-what-i-asked', band: 'positive', kinds: request },
    { id: 'could-be-faster', band: 'neutral', kinds: both },
    { id: 'more-updates', band: 'neutral', kinds: both },
    { id: 'partly-solved', band: 'neutral', kinds: incident },
    { id: 'unclear-instructions', band: 'neutral', kinds: both },
    { id: 'partly-delivered', band: 'neutral', kinds: request },
    { id: 'slow', band: 'negative', kinds: both },
    { id: 'explain-several-times', band: 'negative', kinds: both },
    { id: 'not-solved', band: 'negative', kinds: incident },
    { id: 'not-informed', band: 'negative', kinds: both },
    { id: 'not-helpful', band: 'negative', kinds: both },
    { id: 'closed-without-asking', band: 'negative', kinds: both },
    { id: 'hard-to-request', band: 'negative', kinds: request },
    { id: 'not-delivered', band: 'negative', kinds: request },
  ],
  lostTimeOptions: [
    { id: 'none', minutes: 0 },
    { id: 'up-to-15-min', minutes: 8 },
    { id: '15-60-min', minutes: 38 },
    { id: '1-4-hours', minutes: 150 },
    { id: '4-8-hours', minutes: 360 },
    { id: 'more-than-a-day', minutes: 600 },
  ],
  commentMaxLength: 2000,
  messages: MESSAGES,
  defaultLocale: 'en',
};

/**
 * The factors offered for a band and a kind of ticket, in the instrument's order.
 * @example factorsFor(TICKET_SURVEY, 'negative', 'request').map((f) => f.id) // ['slow', …, 'not-delivered']
 */
export function factorsFor(instrument: Instrument, band: ScoreBand, kind: TicketKind): readonly Factor[] {
  return instrument.factors.filter((factor) => factor.band === band && factor.kinds.indexOf(kind) >= 0);
}

/**
 * A translated string with `{placeholders}` filled in; a placeholder without a value stays as it is.
 * @example message(TICKET_SURVEY, 'de', 'email.subject', { ticket: 'SD-7' }) // 'Wie zufrieden waren Sie mit SD-7?'
 */
export function message(
  instrument: Instrument,
  locale: string,
  key: MessageKey,
  params: Readonly<Record<string, string>> = {},
): string {
  const messages = instrument.messages[locale] ?? instrument.messages[instrument.defaultLocale];
  const template = messages?.[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? (params[name] as string) : whole,
  );
}

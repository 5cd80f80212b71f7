import type { TicketKind } from '../model/ticket';
import { factorsFor, message, TICKET_SURVEY } from './instrument';
import type { MessageKey } from './locales';

/** The instrument as a rating UI needs it: texts, factors per band and lost-time options, in one locale. */
export interface InstrumentView {
  readonly locale: string;
  readonly texts: Readonly<Record<string, string>>;
  readonly factors: Readonly<
    Record<'positive' | 'neutral' | 'negative', readonly { readonly id: string; readonly label: string }[]>
  >;
  readonly lostTimeOptions: readonly { readonly id: string; readonly label: string }[];
  readonly commentMaxLength: number;
}

/**
 * The instrument's texts and choices for one locale and kind of ticket, for a rating UI.
 * @example instrumentView('de', 'incident').factors.negative // [{ id: 'slow', label: 'Der Service war langsam' }, …]
 */
export function instrumentView(locale: string, kind: TicketKind): InstrumentView {
  const t = (key: MessageKey) => message(TICKET_SURVEY, locale, key);
  const factors = (band: 'positive' | 'neutral' | 'negative') =>
    factorsFor(TICKET_SURVEY, band, kind).map((f) => ({
      id: f.id,
      label: t(`factor.${f.id}` as MessageKey),
    }));
  // Factor and lost-time labels travel with their choices; the questions stay among the texts.
  const optionKeys = new Set(TICKET_SURVEY.lostTimeOptions.map((o) => `lostTime.${o.id}`));
  return {
    locale,
    texts: Object.fromEntries(
      Object.keys(TICKET_SURVEY.messages.en ?? {})
        .filter((key) => !key.startsWith('factor.') && !optionKeys.has(key))
        .map((key) => [key, t(key as MessageKey)]),
    ),
    factors: { positive: factors('positive'), neutral: factors('neutral'), negative: factors('negative') },
    lostTimeOptions: TICKET_SURVEY.lostTimeOptions.map((o) => ({
      id: o.id,
      label: t(`lostTime.${o.id}` as MessageKey),
    })),
    commentMaxLength: TICKET_SURVEY.commentMaxLength,
  };
}

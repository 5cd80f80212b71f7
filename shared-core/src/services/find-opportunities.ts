import { type CommentSample, commentThemes, type Theme } from '../identify/comment-themes';
import {
  type Opportunity,
  type OpportunityOptions,
  opportunities,
  opportunityReadRange,
  type Reference,
} from '../identify/opportunities';
import { message, TICKET_SURVEY } from '../measure/instrument';
import type { MessageKey } from '../measure/locales';
import type { Settings } from '../measure/settings';
import type { Segment } from '../model/segment';
import type { Ports, StoredResponse } from '../ports';
import type { DayRange } from '../share/rollup-query';
import { lastDays, today } from '../share/today';
import { all, andThen, type Step } from '../step';

/** An opportunity with what its requesters write about. */
export interface OpportunityWithThemes extends Opportunity {
  readonly themes: readonly Theme[];
  readonly comments: number;
}

// Comments read for themes: enough for stable terms, bounded so one request stays within serverless limits.
const COMMENT_LIMIT = 5000;

const within = (response: StoredResponse, segment: Segment): boolean =>
  Object.keys(segment).every((d) => response.segment[d as keyof Segment] === segment[d as keyof Segment]);

/**
 * How opportunities are ranked under the settings: their minimum sample and reference, factors named in English.
 * @example opportunities(entries, window, rankingOptions(settings, 10))
 */
export function rankingOptions(
  settings: Pick<Settings, 'minimumSample' | 'reference'>,
  limit: number,
  reference: Reference = {},
): OpportunityOptions {
  const configured = settings.reference ? { ...reference, ...settings.reference } : reference;
  return {
    minimumSample: settings.minimumSample,
    ...(Object.keys(configured).length > 0 ? { reference: configured } : {}),
    factorLabel: (factor) => message(TICKET_SURVEY, 'en', `factor.${factor}` as MessageKey),
    limit,
  };
}

/**
 * The ranked opportunities of a window (default: the 90 days up to today), each with the comment themes that
 * over-index in it. Read from rollups and at most 5,000 comments, never from every raw response; with `themes: false`
 * from rollups only, for callers that must not read responses at all (a UI request on Forge).
 * @example (await findOpportunities(ports, { limit: 10 }))[0].themes // [{ term: 'vpn', … }]
 */
export function findOpportunities(
  ports: Ports,
  query: { readonly window?: DayRange; readonly limit?: number; readonly themes?: boolean } = {},
): Step<readonly OpportunityWithThemes[]> {
  return andThen(ports.settings.settings(), (settings) => {
    const window = query.window ?? lastDays(today(ports, settings.policy.timeZone), 90);
    return andThen(
      all([
        () => ports.rollups.read(opportunityReadRange(window)),
        // Without themes no raw response is read at all: rollups alone rank the opportunities.
        () => (query.themes === false ? [] : ports.responses.withComments(window, COMMENT_LIMIT)),
      ] as const),
      ([entries, commented]) => {
        const ranked = opportunities(entries, window, rankingOptions(settings, query.limit ?? 20));
        const all: CommentSample[] = commented.map((r) => ({ text: r.comment ?? '', locale: r.locale }));
        return ranked.map((opportunity) => {
          const mine = commented
            .filter((r) => within(r, opportunity.segment))
            .map((r) => ({ text: r.comment ?? '', locale: r.locale }));
          return { ...opportunity, themes: commentThemes(mine, all), comments: mine.length };
        });
      },
    );
  });
}

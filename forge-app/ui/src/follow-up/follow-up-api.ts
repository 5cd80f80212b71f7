import { CallError, type ResolverError } from '../bridge/call-error';
import type { Answer } from '../portal-rating/instrument-view';
import type { MySurvey, StoredAnswer } from '../portal-rating/SurveyAnswer';

/** Where the page came from and what it carries: the follow-up answers JSON at the page's own URL. */
export interface FollowUpPage {
  /** The page's path: the sandbox's `/respond`, the Forge web trigger's URL. */
  readonly url: string;
  /** The e-mail link's token; once the answer is recorded, the edit grant that came back with it. */
  token: string;
  readonly locale: string;
}

/** The survey behind a link: what `getMyTicketSurvey` gives, the link's score and whether it is answered. */
export interface LinkSurvey extends MySurvey {
  /** The score of the link that was clicked, to pre-select; null for the plain link. */
  readonly score: number | null;
  /** Answered already: the link may not answer again, and sees nothing of the answer. */
  readonly answered: boolean;
}

async function post<T>(page: FollowUpPage, body: Record<string, unknown>): Promise<T> {
  const answer = await fetch(page.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ token: page.token, ...body }),
    credentials: 'omit',
  });
  const json = (await answer.json().catch(() => undefined)) as unknown;
  if (!answer.ok || json === undefined) {
    // A refusal is the core's wire `{ error }`, as a resolver's; anything else (a proxy's page) gets one here.
    const error = ((json as { error?: Partial<ResolverError> } | undefined)?.error ??
      {}) as Partial<ResolverError>;
    throw new CallError({
      status: answer.status,
      code: error.code ?? 'bad-answer',
      message: error.message ?? 'The survey could not be reached.',
      details: error.details,
    });
  }
  return json as T;
}

/** The survey behind the page's token, as `getMyTicketSurvey` shapes it, with the link's score. Reads, never writes. */
export const loadFollowUp = (page: FollowUpPage): Promise<LinkSurvey> => post(page, { locale: page.locale });

/**
 * Saves the answer by the page's token. The first save records the answer and hands back an edit grant, which the
 * page keeps as its token: a change then edits the answer (for a few minutes), never adds another.
 */
export async function submitFollowUp(page: FollowUpPage, answer: Answer): Promise<StoredAnswer> {
  const saved = await post<{ response: StoredAnswer; grant?: string }>(page, { answer });
  if (saved.grant) page.token = saved.grant;
  return saved.response;
}

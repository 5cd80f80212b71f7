import { CallError, type ResolverError } from '../bridge/call-error';
import type { Answer } from '../portal-rating/instrument-view';
import type { MySurvey, StoredAnswer } from '../portal-rating/SurveyAnswer';

/** Where the page came from and what it carries: the follow-up answers JSON at the page's own URL. */
export interface FollowUpPage {
  /** The page's path: the sandbox's `/respond`, the Forge web trigger's URL. */
  readonly url: string;
  readonly token: string;
  readonly locale: string;
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
    const error = (json ?? {}) as Partial<ResolverError>;
    throw new CallError({
      status: answer.status,
      code: error.code ?? 'bad-answer',
      message: error.message ?? 'The survey could not be reached.',
      details: error.details,
    });
  }
  return json as T;
}

/** The survey behind the page's token, as `getMyTicketSurvey` shapes it. */
export const loadFollowUp = (page: FollowUpPage): Promise<MySurvey> => post(page, { locale: page.locale });

/** Saves the answer by the page's token: a change edits the answer, never adds another. */
export const submitFollowUp = async (page: FollowUpPage, answer: Answer): Promise<StoredAnswer> =>
  (await post<{ response: StoredAnswer }>(page, { answer })).response;

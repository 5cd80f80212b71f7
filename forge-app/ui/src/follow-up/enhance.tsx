import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SurveyAnswer } from '../portal-rating/SurveyAnswer';
import { Screen } from '../shared/Screen';
import { type FollowUpPage, loadFollowUp, submitFollowUp } from './follow-up-api';

/** The page's token and language, as the core's follow-up page writes them on its `main` element. */
export function readPage(
  document: Document,
  url: string,
): { host: HTMLElement; page: FollowUpPage } | undefined {
  const host = document.querySelector<HTMLElement>('main[data-token]');
  const token = host?.dataset.token;
  if (!host || !token) return undefined;
  return { host, page: { url, token, locale: host.dataset.locale ?? 'en' } };
}

/**
 * Replaces the server's form with the rating component at the link's score, once the survey has loaded: nothing is
 * recorded until "Send". If it cannot load, or the survey is already answered, the server page stays and still works.
 * @example await enhanceFollowUp(document, location.pathname)
 */
export async function enhanceFollowUp(document: Document, url: string): Promise<boolean> {
  const found = readPage(document, url);
  if (!found) return false;
  const { host, page } = found;
  let survey: Awaited<ReturnType<typeof loadFollowUp>>;
  try {
    survey = await loadFollowUp(page);
  } catch {
    return false;
  }
  if (survey.answered && !survey.response) return false;
  const root = document.createElement('div');
  host.replaceWith(root);
  createRoot(root).render(
    <StrictMode>
      <Screen label={survey.instrument.texts['survey.title'] ?? 'Survey'}>
        <SurveyAnswer
          survey={survey}
          submit={(answer) => submitFollowUp(page, answer)}
          asking
          {...(survey.score !== null && survey.score !== undefined ? { preselected: survey.score } : {})}
        />
      </Screen>
    </StrictMode>,
  );
  return true;
}

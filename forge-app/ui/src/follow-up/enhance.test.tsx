import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INSTRUMENT } from '../portal-rating/instrument.fixture';
import { enhanceFollowUp } from './enhance';

const SERVER_PAGE = `<main data-token="tok-1" data-locale="en" data-action="/respond">
<form method="post" action="/respond"><button type="submit">Send the server form</button></form></main>`;

const survey = {
  surveyId: 'jira:SD-1@1',
  state: 'sent',
  open: true,
  deadline: Date.UTC(2026, 11, 9, 12),
  score: 4,
  answered: false,
  response: null,
  instrument: INSTRUMENT,
};

const answering = (...bodies: { status?: number; body: unknown }[]) => {
  const fetch = vi.fn();
  for (const { status = 200, body } of bodies)
    fetch.mockResolvedValueOnce(new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
};
const sent = (fetch: ReturnType<typeof vi.fn>, call: number) => {
  const [url, init] = fetch.mock.calls[call] as [string, RequestInit];
  return { url, method: init.method, body: JSON.parse(String(init.body)) };
};

describe('the one-click follow-up, enhanced', () => {
  beforeEach(() => {
    document.body.innerHTML = SERVER_PAGE;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('replaces the server form with the rating form at the clicked score, saves by the token, edits by the grant', async () => {
    const user = userEvent.setup();
    const fetch = answering(
      { body: survey },
      {
        body: {
          response: { score: 4, factors: ['slow'], comment: '<img src=x onerror=alert(1)>' },
          grant: 'grant-1',
        },
      },
      { body: { response: { score: 3, factors: ['slow'], comment: '<img src=x onerror=alert(1)>' } } },
    );
    expect(await enhanceFollowUp(document, '/respond')).toBe(true);
    expect(sent(fetch, 0)).toEqual({
      url: '/respond',
      method: 'POST',
      body: { token: 'tok-1', locale: 'en' },
    });
    expect(await screen.findByRole('radio', { name: '4' })).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Send the server form' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'The service was slow' }));
    await user.type(screen.getByRole('textbox'), '<img src=x onerror=alert(1)>');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText('Your answer is saved.');
    expect(sent(fetch, 1).body).toMatchObject({
      token: 'tok-1',
      answer: { score: 4, factors: ['slow'], comment: '<img src=x onerror=alert(1)>' },
    });
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    // A change goes by the edit grant the first save handed back, not by the e-mail's link.
    await user.click(screen.getByRole('button', { name: 'Change my answer' }));
    await user.click(screen.getByRole('radio', { name: '3' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText('Your answer is saved.');
    expect(sent(fetch, 2).body).toMatchObject({ token: 'grant-1', answer: { score: 3 } });
  });

  it('leaves the server page of a survey already answered: the link sees nothing of the answer', async () => {
    answering({ body: { ...survey, state: 'answered', answered: true } });
    expect(await enhanceFollowUp(document, '/respond')).toBe(false);
    expect(screen.getByRole('button', { name: 'Send the server form' })).toBeInTheDocument();
  });

  it('shows a refusal from the server and keeps the answer to try again', async () => {
    const user = userEvent.setup();
    answering(
      { body: survey },
      { status: 410, body: { error: { status: 410, code: 'expired', message: 'The survey has closed.' } } },
    );
    await enhanceFollowUp(document, '/respond');
    await user.click(await screen.findByRole('button', { name: 'Send' }));
    await screen.findByText('The survey has closed.');
    expect(screen.getByRole('radio', { name: '4' })).toBeChecked();
  });

  it('leaves the server form when the survey cannot be loaded, or the page has no token', async () => {
    answering({
      status: 400,
      body: { error: { status: 400, code: 'bad-signature', message: 'This link is damaged.' } },
    });
    expect(await enhanceFollowUp(document, '/respond')).toBe(false);
    expect(screen.getByRole('button', { name: 'Send the server form' })).toBeInTheDocument();
    vi.stubGlobal('fetch', vi.fn().mockResolvedValueOnce(new Response('<html>', { status: 502 })));
    expect(await enhanceFollowUp(document, '/respond')).toBe(false);
    document.body.innerHTML = '<main><p>Thanks</p></main>';
    expect(await enhanceFollowUp(document, '/respond')).toBe(false);
  });
});

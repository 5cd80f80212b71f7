import { describe, expect, it } from 'vitest';
import {
  ADDRESS_BAR_SCRIPT,
  ADDRESS_BAR_SCRIPT_HASH,
  escapeHtml,
  followUpPolicy,
  inlineScript,
  pageLocale,
  problemPage,
} from '../measure/respond-page';
import { DAY } from '../model/time';
import { settled } from '../step';
import { oneClick } from './one-click';
import { invited } from './ports.fixture';

describe('respond page helpers', () => {
  it('escape HTML and pick the page language', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(pageLocale(undefined, 'nb-NO,de-CH;q=0.9,en;q=0.8')).toBe('de');
    expect(pageLocale('sv-FI', 'de')).toBe('sv');
    expect(pageLocale(undefined, undefined)).toBe('en');
    expect(problemPage('fi', '<b>closed</b>')).toContain('&lt;b&gt;closed&lt;/b&gt;');
  });
});

describe('oneClick', () => {
  it('shows the survey with the clicked score pre-selected, in the requester’s language, and records nothing', () => {
    const { ports, message } = invited();
    const page = settled(
      oneClick(ports, { method: 'GET', token: message.tokens.scores[8] ?? '', action: '/respond' }),
    );
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="fi">');
    expect(page.html).toContain('value="8" checked');
    expect(page.html).toContain('Mikä olisi voinut olla paremmin?');
    expect(ports.responses.all()).toEqual([]);
    expect(ports.surveys.get(message.survey.id)?.state).toBe('sent');
  });

  it('records nothing when a mail scanner fetches all 11 links, with GET and HEAD; one tap then records the score', () => {
    const { ports, message } = invited();
    for (const method of ['GET', 'HEAD', 'GET'] as const)
      for (const token of [...message.tokens.scores, message.tokens.open])
        expect(settled(oneClick(ports, { method, token, action: '/respond' })).status).toBe(200);
    expect(ports.responses.all()).toEqual([]);
    expect(ports.surveys.get(message.survey.id)?.state).toBe('sent');
    // The person: one click (the GET above), one tap on "Send" with the pre-selected score.
    const token = message.tokens.scores[8] ?? '';
    const tap = settled(oneClick(ports, { method: 'POST', token, form: { token }, action: '/respond' }));
    expect(tap.status).toBe(200);
    expect(ports.responses.all()).toMatchObject([{ score: 8, channel: 'email', version: 1 }]);
    // From then on every link of the e-mail says it is answered, shows nothing of the answer, and cannot change it.
    const again = settled(
      oneClick(ports, { method: 'GET', token: message.tokens.scores[1] ?? '', action: '/r' }),
    );
    expect(again.status).toBe(200);
    expect(again.html).not.toContain('value="8" checked');
    expect(again.html).not.toContain('<form');
    const overwrite = settled(
      oneClick(ports, { method: 'POST', token: message.tokens.scores[1] ?? '', form: {}, action: '/r' }),
    );
    expect(overwrite.status).toBe(409);
    expect(ports.responses.all()).toMatchObject([{ score: 8, version: 1 }]);
  });

  it('bounds what a rejected form echoes: a million factors and a huge comment give one short page', () => {
    const { ports, message } = invited();
    const token = message.tokens.scores[3] ?? '';
    const factors = Array.from({ length: 1_000_000 }, (_, i) => `f${i}`);
    const page = settled(
      oneClick(ports, {
        method: 'POST',
        token,
        form: { factors, comment: 'x'.repeat(100_000), lostTime: 'y'.repeat(100_000) },
        action: '/r',
      }),
    );
    expect(page.status).toBe(400);
    expect(page.html.length).toBeLessThan(20_000);
    expect(page.html.match(/<li>/g)).toHaveLength(3);
    expect(ports.responses.all()).toEqual([]);
  });

  it('opens a link without a score at the middle of the scale, and refuses damaged links', () => {
    const { ports, message } = invited();
    const open = settled(oneClick(ports, { method: 'GET', token: message.tokens.open, action: '/respond' }));
    expect(open).toMatchObject({ status: 200 });
    expect(open.html).toContain('value="5" checked');
    expect(ports.responses.all()).toEqual([]);
    expect(
      settled(oneClick(ports, { method: 'GET', token: 'x1.k1.bad.sig', action: '/r', acceptLanguage: 'de' }))
        .status,
    ).toBe(400);
  });

  it('saves the follow-up, or shows it again with every problem, and closes after expiry', () => {
    const { ports, message } = invited();
    const token = message.tokens.open;
    const bad = settled(
      oneClick(ports, {
        method: 'POST',
        token,
        form: { score: '12', comment: 'x'.repeat(2001), lostTime: 'ages' },
        action: '/r',
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('role="alert"');
    expect(ports.responses.all()).toEqual([]);
    const saved = settled(
      oneClick(ports, {
        method: 'POST',
        token,
        form: { score: '3', factors: ['slow', 'not-informed'], lostTime: '1-4-hours', locale: 'fi' },
        action: '/r',
      }),
    );
    expect(saved.status).toBe(200);
    expect(saved.html).toContain('Kiitos');
    expect(ports.responses.all()).toMatchObject([
      { score: 3, factors: ['slow', 'not-informed'], lostTimeMinutes: 150 },
    ]);
    ports.clock.advance(20 * DAY);
    expect(
      settled(oneClick(ports, { method: 'POST', token, form: { score: '9' }, action: '/r' })).status,
    ).toBe(410);
  });
});

describe('the follow-up page’s enhancement', () => {
  it('inlines the script, safely, with the token on the page for it; the form stays for browsers without it', () => {
    const { ports, message } = invited();
    const token = message.tokens.scores[7] ?? '';
    const page = settled(
      oneClick(ports, { method: 'GET', token, action: '/respond', enhancement: 'go("</script><b>")' }),
    );
    expect(page.html).toContain(`<main data-token="${token}" data-locale="fi" data-action="/respond">`);
    expect(page.html).toContain('<script type="module">go("<\\/script><b>")</script>');
    expect(page.html).toContain('<form method="post" action="/respond">');
    // Without it, only the script that takes the token out of the address bar.
    const plain = settled(oneClick(ports, { method: 'GET', token, action: '/respond' })).html;
    expect(plain.match(/<script/g)).toHaveLength(1);
    expect(plain).toContain(`<script>${ADDRESS_BAR_SCRIPT}</script>`);
    expect(inlineScript('a</SCRIPT>b')).toBe('a<\\/SCRIPT>b');
    expect(followUpPolicy()).toBe(
      `default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; script-src '${ADDRESS_BAR_SCRIPT_HASH}'`,
    );
    expect(followUpPolicy('sha256-x')).toContain(
      `; script-src '${ADDRESS_BAR_SCRIPT_HASH}' 'sha256-x'; connect-src 'self'`,
    );
  });
});

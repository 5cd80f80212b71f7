import { createHash } from 'node:crypto';
import { ADDRESS_BAR_SCRIPT_HASH, DAY, HOUR, onTicketEvent } from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { memoryPorts } from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';
import { dispatchBatch } from './dispatch';
import { FOLLOW_UP } from './follow-up-script';
import { handleOneClick } from './one-click';

const MONDAY = Date.UTC(2026, 10, 2, 8);

async function invited() {
  const ports = memoryPorts({ now: MONDAY, zoned: dateFnsZonedTime, crypto: nodeCrypto });
  await onTicketEvent(ports, {
    type: 'resolved',
    at: MONDAY,
    ticket: {
      id: 'jira:SD-4',
      kind: 'request',
      requester: { id: 'acc-1', locale: 'en' },
      status: 'resolved',
      segment: { service: 'VPN' },
      createdAt: MONDAY - DAY,
      resolvedAt: MONDAY,
    },
  });
  ports.clock.advance(HOUR);
  await dispatchBatch(ports, { push: async () => {} });
  return { ports, token: ports.delivery.sent[0]?.tokens.scores[9] ?? '' };
}

const base = { path: '/x1/abc', headers: {}, queryParameters: {} as Record<string, string[]>, body: '' };
const json = (body: unknown) => ({
  ...base,
  method: 'POST' as const,
  headers: { 'Content-Type': ['application/json'] },
  body: JSON.stringify(body),
});

describe('the one-click page with the follow-up script', () => {
  it('carries the built script, and a policy that allows exactly it by its hash', async () => {
    const { ports, token } = await invited();
    const page = await handleOneClick(
      ports,
      { ...base, method: 'GET', queryParameters: { token: [token] } },
      undefined,
      FOLLOW_UP,
    );
    expect(page.statusCode).toBe(200);
    const inline = /<script type="module">([\s\S]*)<\/script>/.exec(page.body ?? '')?.[1] ?? '';
    // The build, not a stand-in: React and the rating form's texts are in it.
    expect(inline.length).toBeGreaterThan(100_000);
    expect(inline).not.toMatch(/<\/script/i);
    const hash = createHash('sha256').update(inline).digest('base64');
    expect(page.headers?.['Content-Security-Policy']).toEqual([
      `default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; script-src '${ADDRESS_BAR_SCRIPT_HASH}' 'sha256-${hash}'; connect-src 'self'`,
    ]);
    expect(page.body).toContain(`<main data-token="${token}"`);
    // Under Forge's response payload limit with room to spare.
    expect(Buffer.byteLength(page.body ?? '')).toBeLessThan(2 * 1024 * 1024);
  });

  it('answers the script’s JSON calls at the same URL, by the token alone', async () => {
    const { ports, token } = await invited();
    await handleOneClick(ports, { ...base, method: 'GET', queryParameters: { token: [token] } });
    const view = await handleOneClick(ports, json({ token, locale: 'fi' }));
    expect(view.statusCode).toBe(200);
    expect(view.headers?.['Content-Type']).toEqual(['application/json; charset=utf-8']);
    expect(view.headers?.['X-Content-Type-Options']).toEqual(['nosniff']);
    expect(JSON.parse(view.body ?? '')).toMatchObject({
      open: true,
      score: 9,
      answered: false,
      response: null,
      instrument: { locale: 'fi' },
    });
    expect(ports.responses.all()).toHaveLength(0);
    const saved = await handleOneClick(ports, json({ token, answer: { score: 9, factors: ['quick'] } }));
    const body = JSON.parse(saved.body ?? '') as { grant: string };
    expect(body).toMatchObject({ response: { score: 9, factors: ['quick'] }, grant: expect.any(String) });
    expect((await handleOneClick(ports, json({ token: body.grant, answer: { score: 8 } }))).statusCode).toBe(
      200,
    );
    expect(ports.responses.all()).toMatchObject([{ score: 8, version: 2 }]);
    expect((await handleOneClick(ports, json({ answer: { score: 1 } }))).statusCode).toBe(400);
    expect((await handleOneClick(ports, { ...json({}), body: '{' })).statusCode).toBe(400);
  });

  it('refuses in the wire shape every XLoop refusal has, the status in the body too', async () => {
    const { ports, token } = await invited();
    const body = async (request: Parameters<typeof handleOneClick>[1]) =>
      JSON.parse((await handleOneClick(ports, request)).body ?? '') as unknown;
    expect(await body({ ...json({}), body: '{' })).toEqual({
      error: { status: 400, code: 'bad-json', message: 'The body is not JSON.' },
    });
    expect(await body(json({ answer: { score: 1 } }))).toMatchObject({
      error: { status: 400, code: 'bad-request' },
    });
    expect(await body({ ...json({}), body: 'x'.repeat(70_000) })).toMatchObject({
      error: { status: 413, code: 'too-large' },
    });
    expect(await body(json({ token: `${token}x`, answer: { score: 1 } }))).toMatchObject({
      error: { status: 400, code: 'bad-signature' },
    });
  });
});

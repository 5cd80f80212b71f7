import { createHmac } from 'node:crypto';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as core from '../src/index';
import { scenario } from '../src/testing/scenario';
import { bundleCore, loadCoreInBareEngine } from './bare-engine';

const hmacSha256 = (key: string, message: string) =>
  createHmac('sha256', key).update(message, 'utf8').digest('base64url');

describe('shared-core in a bare ES2021 engine (no Intl, fetch, require, process or timers)', () => {
  const context = loadCoreInBareEngine({ hmacSha256 });

  it('runs in a context that really lacks them', () => {
    const missing = vm.runInContext(
      "['Intl', 'fetch', 'require', 'process', 'setTimeout', 'setInterval', 'queueMicrotask', 'TextEncoder', 'Buffer'].filter((name) => typeof globalThis[name] !== 'undefined')",
      context,
    );
    expect(missing).toEqual([]);
    expect(vm.runInContext('typeof XLoop.decideOnEvent', context)).toBe('function');
  });

  it('uses no language feature ServiceNow disallows or lacks: promises, generators, async, Unicode regex flags', () => {
    const bundle = bundleCore();
    expect(bundle).not.toMatch(/\bPromise\b/);
    expect(bundle).not.toMatch(/\bfunction\s*\*/);
    // esbuild rewrites regular expressions the target lacks into `new RegExp(…, "u")` calls.
    expect(bundle).not.toMatch(/new RegExp\([^)]*,\s*"[a-z]*u[a-z]*"\)/);
    expect(bundle).not.toMatch(/\\p\{/);
    expect(bundle).not.toMatch(/\bglobalThis\b/);
  });

  it('signs with its own HMAC-SHA-256 as Node’s crypto does, where the platform has none', () => {
    for (const [key, message] of [
      ['Jefe', 'what do ya want for nothing?'],
      ['k'.repeat(100), 'Zürich 😀 '.repeat(30)],
    ] as const)
      expect(
        vm.runInContext(
          `XLoop.scriptCrypto.hmacSha256(${JSON.stringify(key)}, ${JSON.stringify(message)})`,
          context,
        ),
      ).toBe(hmacSha256(key, message));
  });

  it('decides, signs, validates and scores exactly as it does on Node', () => {
    const inBareEngine = JSON.parse(
      vm.runInContext(`JSON.stringify((${scenario.toString()})(XLoop, hmacSha256))`, context) as string,
    );
    const onNode = JSON.parse(JSON.stringify(scenario(core, hmacSha256)));
    expect(inBareEngine).toEqual(onNode);
    // And the run itself is meaningful, not two identical failures.
    expect(onNode).toMatchObject({
      policyErrors: ['samplingRate:out-of-range', 'timeZone:invalid-value'],
      scheduled:
        "scheduled: for Tue 2026-12-01 09:00 (Fixed/+02), the requester's next business hours after the 60-min grace period",
      sendAt: '2026-12-01T07:00:00.000Z',
      token: true,
      tampered: 'bad-signature',
      answer: { score: 3, lostTimeMinutes: 150, comment: 'Zürich 😀', locale: 'fi' },
      invalid: ['score-out-of-range'],
      subject: 'Miten onnistuimme tiketissä INC0012345?',
      happiness: { kind: 'scored', n: 31 },
    });
  });

  it('runs the services synchronously over synchronous stores, as on GlideRecord', () => {
    const withStores = loadCoreInBareEngine({ hmacSha256 }, './with-memory-stores.ts');
    const result = vm.runInContext(
      `(() => {
        const HOUR = 3600000;
        const zoned = {
          toLocal(i) { const d = new Date(i); return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), weekday: d.getUTCDay() || 7 }; },
          fromLocal(l) { return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute); },
          isValidTimeZone(z) { return z === 'UTC'; },
        };
        const monday = Date.UTC(2026, 10, 2, 9);
        const ports = XLoop.memoryPorts({ now: monday, zoned, crypto: { hmacSha256 } });
        const ticket = { id: 'servicenow:INC0010001', kind: 'incident', requester: { id: 'u1' }, agentId: 'a1', status: 'resolved',
          segment: { service: 'Email' }, createdAt: monday - HOUR, resolvedAt: monday };
        const decided = XLoop.onTicketEvent(ports, { type: 'resolved', ticket, at: monday });
        ports.clock.advance(HOUR);
        const dispatched = XLoop.dispatchDue(ports);
        const token = ports.delivery.sent[0].tokens.scores[9];
        const submitted = XLoop.submitResponse(ports, { by: 'token', token, answer: { factors: ['quick'] } });
        return JSON.stringify({
          decided: decided.map((d) => d.kind),
          dispatched: dispatched.decisions.map((d) => d.kind),
          submitted: submitted.ok && submitted.value.response.score,
          state: ports.surveys.all()[0].state,
          promise: typeof decided.then === 'function' || typeof dispatched.then === 'function',
        });
      })()`,
      withStores,
    );
    expect(JSON.parse(result as string)).toEqual({
      decided: ['schedule'],
      dispatched: ['send'],
      submitted: 9,
      state: 'answered',
      promise: false,
    });
  });

  it('previews the timing policy synchronously, on its own scratch stores', () => {
    const withStores = loadCoreInBareEngine({ hmacSha256 }, './with-memory-stores.ts');
    const result = vm.runInContext(
      `(() => {
        const DAY = 86400000;
        const zoned = {
          toLocal(i) { const d = new Date(i); return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), weekday: d.getUTCDay() || 7 }; },
          fromLocal(l) { return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute); },
          isValidTimeZone(z) { return z === 'UTC'; },
        };
        const monday = Date.UTC(2026, 10, 2, 9);
        const events = [1, 2, 3, 9, 10].map((d) => ({ type: 'resolved', at: monday - d * DAY, ticket: { id: 'servicenow:INC' + d,
          kind: 'incident', requester: { id: 'u1' }, status: 'resolved', segment: {}, createdAt: monday - 11 * DAY,
          resolvedAt: monday - d * DAY } }));
        const ports = XLoop.memoryPorts({ now: monday, zoned, crypto: { hmacSha256 } });
        const history = { ticketEvents: (since, until) => ({ events: events.filter((e) => e.at >= since && e.at < until), complete: true }) };
        const answer = XLoop.resolve(Object.assign({}, ports, { history }), 'previewPolicy',
          { settings: { policy: { timeZone: 'UTC' } }, days: 14 }, { accountId: 'admin', roles: ['admin'] });
        return JSON.stringify({ promise: typeof answer.then === 'function', answer, surveys: ports.surveys.all().length });
      })()`,
      withStores,
    );
    expect(JSON.parse(result as string)).toMatchObject({
      promise: false,
      answer: {
        ok: true,
        value: {
          events: 5,
          sent: 2,
          suppressed: 3,
          suppressionsByReason: [{ code: 'fatigue-min-days', count: 3 }],
        },
      },
      surveys: 0,
    });
  });
});

import { happiness, isWithinBusinessHours, rollupFor, sendingWindowFor } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { openSandbox } from '../sandbox-ports';
import { DEFAULT_ORGANISATION } from './organisation';
import { runDesk } from './run-desk';

describe('the simulated desk through the services on SQLite', () => {
  const run = () => {
    const ports = openSandbox(':memory:');
    const summary = runDesk(ports, DEFAULT_ORGANISATION, { from: '2026-10-05', to: '2026-10-25' });
    return { ports, summary };
  };

  it('surveys, answers and scores a reproducible three weeks, with real differences between services', () => {
    const { ports, summary } = run();
    expect(summary.tickets).toBeGreaterThan(1000);
    expect(summary.invitations).toBeGreaterThan(200);
    expect(summary.answers).toBeGreaterThan(80);
    const range = { from: '2026-10-01', to: '2026-11-30' };
    const entries = ports.rollups.read(range);
    const vpn = happiness(rollupFor(entries, range, { service: 'VPN' }));
    const email = happiness(rollupFor(entries, range, { service: 'Email' }));
    expect(vpn.kind === 'scored' && email.kind === 'scored' && vpn.value < email.value).toBe(true);
    // Every invitation went out in its requester's business hours; service accounts were never surveyed.
    const settings = ports.settings.settings();
    const surveys = ports.db.prepare('SELECT body FROM surveys').pluck().all() as string[];
    for (const body of surveys.map((b) => JSON.parse(b))) {
      expect(body.requester.isServiceAccount).toBeUndefined();
      if (body.sentAt !== undefined) {
        expect(
          isWithinBusinessHours(
            body.sentAt,
            sendingWindowFor(body.requester, settings.policy, ports.zoned),
            ports.zoned,
          ),
        ).toBe(true);
      }
    }
    const again = run();
    expect(again.summary).toEqual(summary);
    expect(again.ports.rollups.read(range)).toEqual(entries);
  }, 60_000);
});

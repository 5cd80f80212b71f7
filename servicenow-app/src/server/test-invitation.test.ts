import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../test/app-instance';
import { GlideRecord } from '../../test/glide-stand-in';
import { scriptCrypto, verifyToken } from './core/xloop-core.js';
import { surveyMessageToSend } from './delivery/message-at-rest';
import { glidePorts } from './glide-ports';
import { insert } from './glide-rows';
import { PropertySettingsStore } from './stores/property-settings-store';
import { SURVEY_EVENT, TABLE } from './tables';
import { NOTIFICATION_NAME, sendTestInvitation, sessionRecipient } from './test-invitation';

const NOW = Date.UTC(2026, 10, 3, 9);

function installed(email = 'ada@example.com') {
  const instance = freshInstance(() => NOW);
  instance.defineTable('sysevent_email_action');
  insert('sysevent_email_action', { name: NOTIFICATION_NAME, active: 'true' });
  insert('sys_user', {
    sys_id: 'u-ada',
    name: 'Ada',
    email,
    preferred_language: 'de',
    time_zone: 'Europe/Berlin',
  });
  instance.user = { id: 'u-ada', roles: ['x_xloop.experience_admin'] };
  return instance;
}

describe('sendTestInvitation', () => {
  it('queues the invitation event for the admin, with a message the notification signs in their language', () => {
    const instance = installed();
    const check = sendTestInvitation(glidePorts(), sessionRecipient());
    expect(check).toMatchObject({ id: 'test-invitation', ok: true });
    expect(check.detail).toContain('ada@example.com');
    expect(instance.events.map((e) => [e.name, e.table, e.parm1, e.parm2])).toEqual([
      [SURVEY_EVENT, TABLE.survey, 'u-ada', 'invitation'],
    ]);
    // What the notification's mail script prints for the record the event names.
    const row = new GlideRecord(TABLE.survey);
    expect(row.get(instance.events[0]?.sysId ?? '')).toBe(true);
    const email = surveyMessageToSend(row);
    expect(email.subject).toMatch(/^Wie zufrieden waren Sie mit XLOOP-TEST-/);
    const tokens = [...email.html.matchAll(/token=([^"&\s]+)/g)].map((m) => decodeURIComponent(m[1] ?? ''));
    expect(tokens).toHaveLength(12);
    const keyring = new PropertySettingsStore({ isValidTimeZone: () => true }).keyring();
    expect(tokens.every((t) => verifyToken(t, { crypto: scriptCrypto, keyring, now: NOW }).ok)).toBe(true);
  });

  it('leaves the test survey cancelled, so its links record nothing and it counts in no rollup', () => {
    const instance = installed();
    sendTestInvitation(glidePorts(), sessionRecipient());
    expect(instance.rows(TABLE.survey).map((r) => r.state)).toEqual(['cancelled']);
    expect(instance.rows(TABLE.rollupChange)).toEqual([]);
  });

  it('fails with what to fix: no e-mail address, the notification off, e-mail sending off', () => {
    installed('');
    expect(sendTestInvitation(glidePorts(), sessionRecipient())).toMatchObject({
      ok: false,
      fix: 'Add an e-mail address to your user record.',
    });
    const instance = installed();
    instance.setProperty('glide.email.smtp.active', 'false');
    expect(sendTestInvitation(glidePorts(), sessionRecipient()).fix).toMatch(/Email sending enabled/);
    instance.reset();
    freshInstance(() => NOW).defineTable('sysevent_email_action');
    insert('sys_user', { sys_id: 'u-ada', email: 'ada@example.com' });
    instance.user = { id: 'u-ada', roles: ['admin'] };
    expect(sendTestInvitation(glidePorts(), sessionRecipient())).toMatchObject({
      ok: false,
      fix: expect.stringContaining('Activate it'),
    });
    expect(instance.events).toEqual([]);
  });
});

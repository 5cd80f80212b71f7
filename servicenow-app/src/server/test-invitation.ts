import { GlideRecord, gs } from '@servicenow/glide';
import {
  DAY,
  type DeliveryResult,
  type Instant,
  type OutgoingSurvey,
  type Ports,
  resolveLocale,
  type Score,
  type Survey,
  settled,
  signToken,
  TICKET_SURVEY,
} from './core/xloop-core.js';
import type { Check } from './diagnostics';
import { firstRow } from './glide-rows';
import { ensureKeyring } from './stores/property-settings-store';
import { TABLE } from './tables';
import { DEFAULT_LOCALE, uiText } from './ui-text/page-text';

/** The notification the invitations go through (`src/fluent/notification.now.ts`). */
export const NOTIFICATION_NAME = 'XLoop survey invitation';

/** The survey id of a test invitation: never a real resolution's, so it counts in no rollup. */
export const TEST_SURVEY_PREFIX = 'xloop-test-invitation-';

/** What a test invitation needs to know about the admin who asked for it. */
export interface TestRecipient {
  readonly id: string;
  readonly email: string;
  readonly language: string;
  readonly timeZone: string;
}

/** The signed-in user as a recipient, from their `sys_user` record; `undefined` when there is none. */
export function sessionRecipient(): TestRecipient | undefined {
  const user = new GlideRecord('sys_user');
  if (!user.get(gs.getUserID())) return undefined;
  return {
    id: user.getUniqueValue(),
    email: user.getValue('email') ?? '',
    language: user.getValue('preferred_language') ?? '',
    timeZone: user.getValue('time_zone') ?? '',
  };
}

/** The invitation as the job would send it for a survey, with all eleven signed links. */
function testOutgoing(ports: Ports, survey: Survey, expiresAt: Instant): OutgoingSurvey {
  // An admin's action may make the keyring if the job has not run yet.
  const keyring = ensureKeyring();
  const claims = {
    surveyId: survey.id,
    ticketId: survey.ticketId,
    recipient: survey.requester.id,
    expiresAt,
    purpose: 'invitation',
  } as const;
  const sign = (score?: Score) =>
    signToken(score === undefined ? claims : { ...claims, score }, { crypto: ports.crypto, keyring });
  const scores: string[] = [];
  for (let score = 0; score <= 10; score++) scores.push(sign(score as Score));
  return {
    kind: 'invitation',
    survey,
    locale:
      resolveLocale(survey.requester.locale ?? '', Object.keys(TICKET_SURVEY.messages)) ??
      TICKET_SURVEY.defaultLocale,
    tokens: { open: sign(), scores },
    idempotencyKey: `${survey.id}/invitation`,
  };
}

/**
 * Queues a test invitation to `recipient` exactly as the job queues a real one, and cancels its survey at once: what
 * the diagnostics' check and the ATF test of the outbound e-mail share. The e-mail itself leaves when the event
 * processor runs the notification.
 */
export function queueTestInvitation(
  ports: Ports,
  recipient: TestRecipient,
): { readonly result: DeliveryResult; readonly surveyId: string } {
  const now = ports.clock.now();
  const survey: Survey = {
    id: `${TEST_SURVEY_PREFIX}${now}`,
    ticketId: `servicenow:XLOOP-TEST-${now}`,
    resolutionKey: `servicenow:XLOOP-TEST-${now}@${now}`,
    kind: 'incident',
    requester: {
      id: recipient.id,
      email: recipient.email,
      ...(recipient.language ? { locale: recipient.language } : {}),
      ...(recipient.timeZone ? { timeZone: recipient.timeZone } : {}),
    },
    segment: {},
    state: 'sent',
    resolvedAt: now,
    sendAt: now,
    sentAt: now,
    expiresAt: now + DAY,
    reasons: [],
  };
  ports.surveys.save(survey, undefined);
  const result: DeliveryResult = settled(ports.delivery.send(testOutgoing(ports, survey, now + DAY)));
  ports.surveys.save({ ...survey, state: 'cancelled', closedAt: now }, undefined);
  return { result, surveyId: survey.id };
}

/**
 * Sends the admin a test invitation through the path real invitations take: a survey row, the delivery port (the
 * message stored with unsigned links, event `x_xloop.survey.send` queued on the row), and the notification that
 * the event fires, whose mail script signs the links. The survey is then cancelled, so its links answer "closed"
 * and it counts nowhere. What it cannot see is the e-mail leaving: events are processed after the request ends.
 * The check's words are in `locale` (the admin's); the e-mail is in the admin's own language, as a requester's is.
 * @example sendTestInvitation(glidePorts(), sessionRecipient()).ok
 */
export function sendTestInvitation(
  ports: Ports,
  recipient: TestRecipient | undefined,
  locale: string = DEFAULT_LOCALE,
): Check {
  const t = uiText(locale);
  const id = 'test-invitation';
  const title = t('check.invitation.title');
  const fail = (detail: string, fix: string): Check => ({ id, title, ok: false, detail, fix });
  if (!recipient) return fail(t('check.invitation.noUser'), t('check.invitation.noUserFix'));
  if (!recipient.email) return fail(t('check.invitation.noEmail'), t('check.invitation.noEmailFix'));
  if (!firstRow('sysevent_email_action', { encoded: `name=${NOTIFICATION_NAME}^active=true` }))
    return fail(
      t('check.invitation.notification', { name: NOTIFICATION_NAME }),
      t('check.invitation.notificationFix'),
    );
  // The platform's switch for all outbound mail (System Properties › Email Properties).
  if (gs.getProperty('glide.email.smtp.active', 'true') === 'false')
    return fail(t('check.invitation.mailOff'), t('check.invitation.mailOffFix'));
  const { result, surveyId } = queueTestInvitation(ports, recipient);
  const row = firstRow(TABLE.survey, { where: [['survey_id', '=', surveyId]] });
  if (result.status !== 'sent' || !row?.getValue('message'))
    return fail(
      t('check.invitation.notQueued', {
        reason: result.status === 'sent' ? 'x_xloop_survey.message' : result.reason,
      }),
      t('check.invitation.notQueuedFix'),
    );
  return { id, title, ok: true, detail: t('check.invitation.ok', { email: recipient.email }) };
}

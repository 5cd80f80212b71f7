import type { GlideRecord } from '@servicenow/glide';
import { type Crypto, scriptCrypto, type TokenKeyring } from '../core/xloop-core.js';
import { PropertySettingsStore } from '../stores/property-settings-store';
import type { SurveyEmail } from './survey-email';

/**
 * One-click links are valid only in the e-mail that leaves the instance, never in a record. The message stored on
 * the survey (`x_xloop_survey.message`, which the notification's mail script reads) carries each link's token
 * without its signature, as `{{xloop-sign:<signed part>}}`; the mail script signs them as it prints the e-mail.
 * Anyone who can read the record (a list, an export, a backup) holds no link that records an answer.
 *
 * The core's tokens are `x1.<keyId>.<payload>.<signature>`, the signature the HMAC of the part before it with the
 * key `keyId`. `unsign` checks that this is so for every token it stores, so a change of format fails here, loudly,
 * rather than in inboxes.
 */
const SIGN = /\{\{xloop-sign:([A-Za-z0-9._-]+)\}\}/g;

/** The placeholder that stands for `token` at rest. Throws if signing the part before its signature is not it. */
export function unsign(token: string, keyring: TokenKeyring, crypto: Crypto = scriptCrypto): string {
  const cut = token.lastIndexOf('.');
  const signed = token.slice(0, cut);
  const keyId = signed.split('.')[1] ?? '';
  const key = keyring.keys[keyId];
  if (cut < 0 || key === undefined || `${signed}.${crypto.hmacSha256(key, signed)}` !== token)
    throw new Error('XLoop: a one-click token is not in the form the message at rest expects.');
  return `{{xloop-sign:${signed}}}`;
}

/** The e-mail as stored: every token replaced by its unsigned placeholder. */
export function emailAtRest(
  email: SurveyEmail,
  tokens: readonly string[],
  keyring: TokenKeyring,
  crypto: Crypto = scriptCrypto,
): SurveyEmail {
  const seal = (text: string) =>
    tokens.reduce(
      (out, token) => out.split(encodeURIComponent(token)).join(unsign(token, keyring, crypto)),
      text,
    );
  return { subject: email.subject, html: seal(email.html), text: seal(email.text) };
}

/** The e-mail to send: every placeholder signed with the key it names (left unsigned if that key is gone). */
export function emailToSend(
  stored: SurveyEmail,
  keyring: TokenKeyring,
  crypto: Crypto = scriptCrypto,
): SurveyEmail {
  const sign = (text: string) =>
    text.replace(SIGN, (_, signed: string) => {
      const key = keyring.keys[signed.split('.')[1] ?? ''];
      return key === undefined ? signed : `${signed}.${crypto.hmacSha256(key, signed)}`;
    });
  return { subject: stored.subject, html: sign(stored.html), text: sign(stored.text) };
}

/**
 * The mail script's entry point (`x_xloop_survey_message`): the survey record's stored message, signed for sending.
 * @example var email = require('…/message-at-rest.ts').surveyMessageToSend(current); template.print(email.html);
 */
export function surveyMessageToSend(survey: GlideRecord): SurveyEmail {
  const stored = JSON.parse(survey.getValue('message') ?? '{}') as Partial<SurveyEmail>;
  const email = { subject: stored.subject ?? '', html: stored.html ?? '', text: stored.text ?? '' };
  return emailToSend(email, new PropertySettingsStore({ isValidTimeZone: () => true }).keyring());
}

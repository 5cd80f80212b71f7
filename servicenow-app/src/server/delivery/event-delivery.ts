import { gs } from '@servicenow/glide';
import type { Delivery, DeliveryResult, OutgoingSurvey, TokenKeyring } from '../core/xloop-core.js';
import { firstRow, insert, write } from '../glide-rows';
import { ticketTitle } from '../platform-columns';
import { SURVEY_EVENT, TABLE } from '../tables';
import { emailAtRest } from './message-at-rest';
import { surveyEmail } from './survey-email';

/** A delivery that answers at once, as everything on the instance does. */
export interface SyncDelivery extends Delivery {
  send(outgoing: OutgoingSurvey): DeliveryResult;
}

/**
 * Delivers a survey by queueing `x_xloop.survey.send` on its `x_xloop_survey` record, parm1 the requester (the
 * notification's recipient), parm2 the message kind. The rendered message goes into the record's `message` column
 * (an event parameter holds 4000 characters; eleven links do not fit) with its links unsigned (`message-at-rest`):
 * the mail script signs them as the e-mail leaves, so no record ever holds a link that answers. The
 * idempotency key is recorded first under a unique key, and the event is queued only by the transaction whose
 * insert went in, so a retried dispatch never e-mails twice (a crash between the two loses that one message).
 */
export function eventDelivery(oneClickUrl: () => string, keyring: () => TokenKeyring): SyncDelivery {
  return {
    send(outgoing: OutgoingSurvey): DeliveryResult {
      if (!outgoing.survey.requester.email)
        return { status: 'failed', reason: 'the requester has no e-mail address' };
      const record = firstRow(TABLE.survey, { where: [['survey_id', '=', outgoing.survey.id]] });
      if (!record) return { status: 'retry', reason: 'the survey is not stored yet' };
      const first = insert(TABLE.mark, {
        mark_key: `sent:${outgoing.idempotencyKey}`,
        kind: 'sent',
        ticket_id: outgoing.survey.ticketId,
        requester_id: outgoing.survey.requester.id,
        body: JSON.stringify({ kind: outgoing.kind, surveyId: outgoing.survey.id }),
      });
      if (!first) return { status: 'sent' };
      const tokens = [outgoing.tokens.open, ...outgoing.tokens.scores];
      const title = ticketTitle(outgoing.survey.ticketId);
      const email = emailAtRest(surveyEmail(outgoing, oneClickUrl(), title), tokens, keyring());
      write(record, { message: JSON.stringify(email) });
      record.update();
      gs.eventQueue(SURVEY_EVENT, record, outgoing.survey.requester.id, outgoing.kind);
      return { status: 'sent' };
    },
  };
}

import '@servicenow/sdk/global';
import { EmailNotification, Record } from '@servicenow/sdk/core';

// Delivery: the job queues x_xloop.survey.send on the survey record (parm1 the requester); this notification
// sends the message the job rendered into the record's `message` column: subject, HTML and text, in the
// requester's language, with the eleven one-click links. The record holds the links unsigned; the mail script signs
// them as the e-mail is written (server/delivery/message-at-rest.ts), so only the e-mail carries a working link.

Record({
  $id: Now.ID['event-survey-send'],
  table: 'sysevent_register',
  data: {
    suffix: 'survey.send',
    event_name: 'x_xloop.survey.send',
    description: 'An XLoop invitation or reminder is due for the requester (parm1); parm2 is the kind.',
    table: 'x_xloop_survey',
    fired_by: 'Scheduled Script: XLoop: decide, dispatch and roll up',
    priority: 100,
  },
});

Record({
  $id: Now.ID['mail-script-survey-message'],
  table: 'sys_script_email',
  data: {
    name: 'x_xloop_survey_message',
    new_lines_to_html: false,
    script: `(function runMailScript(current, template, email, email_action, event) {
  var atRest = require('x_xloop/@xloop/servicenow-app/0.1.0/src/server/delivery/message-at-rest.ts');
  var message = atRest.surveyMessageToSend(current);
  if (message.subject) email.setSubject(message.subject);
  template.print(message.html || '');
})(current, template, email, email_action, event);`,
  },
});

EmailNotification({
  $id: Now.ID['notification-survey'],
  table: 'x_xloop_survey',
  name: 'XLoop survey invitation',
  description: 'The XLoop invitation or reminder with one-click 0–10 links, fired by x_xloop.survey.send.',
  active: true,
  triggerConditions: {
    generationType: 'event',
    eventName: 'x_xloop.survey.send',
  },
  recipientDetails: {
    eventParm1WithRecipient: true,
    sendToCreator: true,
  },
  emailContent: {
    contentType: 'text/html',
    subject: 'How did we do?',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ServiceNow's own template syntax, not JavaScript's.
    messageHtml: '${mail_script:x_xloop_survey_message}',
  },
});

import '@servicenow/sdk/global';
import { default_view, Form, List } from '@servicenow/sdk/core';

// List and form layouts for what people open: surveys and responses show the ticket, the requester, the score and
// the dates as the platform's own fields (references and date-times), not the stores' JSON and milliseconds.

List({
  table: 'x_xloop_response',
  view: default_view,
  columns: ['ticket', 'requester', 'score', 'answered_on', 'has_comment'],
});

List({
  table: 'x_xloop_survey',
  view: default_view,
  columns: ['ticket', 'requester', 'state', 'resolved_on', 'sent_on'],
});

List({
  table: 'x_xloop_initiative',
  view: default_view,
  columns: ['title', 'status', 'external_key', 'sys_updated_on'],
});

Form({
  table: 'x_xloop_response',
  view: default_view,
  sections: [
    {
      caption: 'Response',
      content: [
        {
          layout: 'two-column',
          leftElements: [
            { field: 'ticket', type: 'table_field' },
            { field: 'requester', type: 'table_field' },
          ],
          rightElements: [
            { field: 'score', type: 'table_field' },
            { field: 'answered_on', type: 'table_field' },
          ],
        },
      ],
    },
  ],
});

Form({
  table: 'x_xloop_survey',
  view: default_view,
  sections: [
    {
      caption: 'Survey',
      content: [
        {
          layout: 'two-column',
          leftElements: [
            { field: 'ticket', type: 'table_field' },
            { field: 'requester', type: 'table_field' },
          ],
          rightElements: [
            { field: 'state', type: 'table_field' },
            { field: 'resolved_on', type: 'table_field' },
            { field: 'sent_on', type: 'table_field' },
          ],
        },
      ],
    },
  ],
});

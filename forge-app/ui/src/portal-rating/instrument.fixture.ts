import type { InstrumentView } from './instrument-view';

/** The instrument as `getInstrument` answers it in English, trimmed to what the screens read. */
export const INSTRUMENT: InstrumentView = {
  locale: 'en',
  texts: {
    'survey.title': 'How did we do?',
    'score.question': 'How happy are you with the service you received?',
    'score.low': 'Not at all happy',
    'score.high': 'Extremely happy',
    'factors.question.positive': 'What went well?',
    'factors.question.neutral': 'What could have been better?',
    'factors.question.negative': 'What went wrong?',
    'lostTime.question': 'How much work time did you lose because of this issue?',
    'comment.label': 'Anything else you want to tell us? (optional)',
    submit: 'Send',
    thanks: 'Thank you! Your feedback helps us improve.',
    'answer.change': 'You can change your answer until {date}.',
    'answer.saved': 'Your answer is saved.',
    'answer.edit': 'Change my answer',
    'survey.none': 'There is no survey for this request yet.',
    'survey.closed': 'This survey is closed.',
  },
  factors: {
    positive: [
      { id: 'quick', label: 'The service was quick' },
      { id: 'skilled', label: 'The personnel was skilled' },
    ],
    neutral: [{ id: 'could-be-faster', label: 'It could have been faster' }],
    negative: [
      { id: 'slow', label: 'The service was slow' },
      { id: 'not-solved', label: 'The problem was not solved' },
    ],
  },
  lostTimeOptions: [
    { id: 'none', label: 'None' },
    { id: '1-4-hours', label: '1 to 4 hours' },
  ],
  commentMaxLength: 2000,
};

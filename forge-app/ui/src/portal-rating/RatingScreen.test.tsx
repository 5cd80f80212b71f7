import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CallError } from '../bridge/call';
import { INSTRUMENT } from './instrument.fixture';
import { RatingScreen } from './RatingScreen';

const call = vi.hoisted(() => vi.fn());
vi.mock('../bridge/call', async (original) => ({
  ...(await original<typeof import('../bridge/call')>()),
  call,
}));

const survey = (response: unknown, open = true) => ({
  surveyId: 'jira:SD-1@1',
  state: response ? 'answered' : 'sent',
  open,
  deadline: Date.UTC(2026, 11, 9, 12),
  response,
  instrument: INSTRUMENT,
});

describe('RatingScreen', () => {
  beforeEach(() => call.mockReset());

  it('asks for the survey of this ticket in the viewer’s language', async () => {
    call.mockResolvedValueOnce(survey(null));
    render(<RatingScreen ticketId="jira:SD-1" locale="de-DE" />);
    await screen.findByRole('button', { name: 'Send' });
    expect(call).toHaveBeenCalledWith('getMyTicketSurvey', { ticketId: 'jira:SD-1', locale: 'de-DE' });
  });

  it('says so when there is no survey, in the instrument’s words', async () => {
    call.mockResolvedValueOnce(null).mockResolvedValueOnce(INSTRUMENT);
    render(<RatingScreen ticketId="jira:SD-1" locale="en" />);
    await screen.findByText('There is no survey for this request yet.');
    expect(call).toHaveBeenLastCalledWith('getInstrument', { locale: 'en' });
  });

  it('shows the answer given, and lets it be changed while the survey is open', async () => {
    const user = userEvent.setup();
    call.mockResolvedValueOnce(survey({ score: 3, factors: ['slow'], comment: '<b>late</b>' }));
    render(<RatingScreen ticketId="jira:SD-1" locale="en" />);
    await screen.findByText('Your answer is saved.');
    expect(screen.getByText('<b>late</b>')).toBeInTheDocument();
    expect(screen.getByText('The service was slow')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change my answer' }));
    expect(screen.getByRole('radio', { name: '3' })).toBeChecked();
  });

  it('offers no change once the survey has closed', async () => {
    call.mockResolvedValueOnce(survey({ score: 8, factors: [] }, false));
    render(<RatingScreen ticketId="jira:SD-1" locale="en" />);
    await screen.findByText('Your answer is saved.');
    expect(screen.queryByRole('button', { name: 'Change my answer' })).toBeNull();
  });

  it('puts the core’s validation errors next to their fields and keeps what was typed', async () => {
    const user = userEvent.setup();
    call.mockResolvedValueOnce(survey(null)).mockRejectedValueOnce(
      new CallError({
        status: 400,
        code: 'invalid-answer',
        message: 'The answer has problems.',
        details: [
          { field: 'factors', code: 'factor-wrong-band', message: 'Factor "quick" is not for score 2.' },
        ],
      }),
    );
    render(<RatingScreen ticketId="jira:SD-1" locale="en" />);
    await user.click(await screen.findByRole('radio', { name: '2' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByText('Factor "quick" is not for score 2.');
    expect(screen.getByRole('radio', { name: '2' })).toBeChecked();
    expect(call).toHaveBeenLastCalledWith('submitMyResponse', {
      surveyId: 'jira:SD-1@1',
      answer: { score: 2, factors: [], locale: 'en' },
    });
  });

  it('shows a refusal plainly', async () => {
    call.mockRejectedValueOnce(
      new CallError({ status: 403, code: 'forbidden', message: 'You are not allowed to do this.' }),
    );
    render(<RatingScreen ticketId="jira:SD-1" locale="en" />);
    await screen.findByText('You are not allowed to do this.');
  });
});

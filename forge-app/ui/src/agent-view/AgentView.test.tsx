import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INSTRUMENT } from '../portal-rating/instrument.fixture';
import { AgentView } from './AgentView';

const call = vi.hoisted(() => vi.fn());
vi.mock('../bridge/call', async (original) => ({
  ...(await original<typeof import('../bridge/call')>()),
  call,
}));

const scorecard = (n: number, value: number) => ({
  responses: n,
  happiness:
    n >= 10
      ? {
          kind: 'scored',
          n,
          value,
          ci95: [value - 20, value + 20],
          promoterShare: 0.5,
          detractorShare: 0.2,
          variance: 0.01,
        }
      : { kind: 'insufficient', n, minimum: 10 },
  meanScore: { kind: 'insufficient', n, minimum: 10 },
  lostTime: { kind: 'scored', n, meanMinutes: 95, totalMinutes: 95 * n, varianceMinutes: 10 },
  responseRate: { sent: 2 * n, answered: n, rate: 0.5 },
  factors: [],
});
const survey = {
  id: 'jira:SD-9@1',
  ticketId: 'jira:SD-9',
  kind: 'incident',
  state: 'answered',
  resolvedAt: 1,
};

describe('AgentView', () => {
  beforeEach(() => call.mockReset());

  it('shows the ticket’s answer, the comment as text, and the team’s 90 days with interval and trend', async () => {
    call
      .mockResolvedValueOnce({
        surveys: [survey],
        responses: [
          {
            surveyId: survey.id,
            score: 3,
            factors: ['slow'],
            lostTimeOption: '1-4-hours',
            lostTimeMinutes: 150,
            comment: '<img src=x onerror=alert(1)>',
          },
        ],
        team: {
          name: 'Network',
          scorecard: scorecard(40, 12),
          trend: [
            { scorecard: scorecard(12, 5) },
            { scorecard: scorecard(3, 0) },
            { scorecard: scorecard(25, 20) },
          ],
        },
      })
      .mockResolvedValueOnce(INSTRUMENT);
    const { container } = render(<AgentView ticketId="jira:SD-9" locale="en" />);
    await screen.findByText('3 / 10');
    expect(call).toHaveBeenLastCalledWith('getInstrument', { locale: 'en', kind: 'incident' });
    expect(screen.getByText('The service was slow')).toBeInTheDocument();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('Lost time: 1 to 4 hours (counted as 2 h 30 min)')).toBeInTheDocument();
    expect(screen.getByText('Happiness +12 (95 % interval -8 to +32, 40 answers)')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Weekly happiness over 3 weeks, from 5 to 20' }),
    ).toBeInTheDocument();
  });

  it('says "not enough answers" below the minimum sample, and what state an unanswered survey is in', async () => {
    call
      .mockResolvedValueOnce({
        surveys: [{ ...survey, state: 'sent' }],
        responses: [],
        agent: { name: 'agent-7', scorecard: scorecard(4, 0), trend: [{ scorecard: scorecard(4, 0) }] },
      })
      .mockResolvedValueOnce(INSTRUMENT);
    render(<AgentView ticketId="jira:SD-9" locale="en" />);
    await screen.findByText('Survey sent, no answer yet');
    expect(screen.getByText('Happiness Not enough answers yet (4 of 10 needed)')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });
});

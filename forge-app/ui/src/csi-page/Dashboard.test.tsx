import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../bridge/call';
import { Dashboard } from './Dashboard';
import { BREAKDOWN_SERVICE, DASHBOARD } from './fixtures';
import { lastDaysRange } from './format';
import { resolvers, stubCanvas } from './test-support';

vi.mock('../bridge/call', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../bridge/call')>()),
  call: vi.fn(),
}));
const mocked = vi.mocked(call);
const label = (id: string) => (id === 'more-updates' ? 'I would have liked more updates' : id);

const dashboardCalls = () =>
  mocked.mock.calls.filter(([name]) => name === 'getDashboard').map(([, payload]) => payload);

describe('Dashboard', () => {
  beforeEach(() => {
    stubCanvas();
    mocked.mockReset();
    mocked.mockImplementation(
      resolvers({
        getDashboard: (payload) =>
          Object.keys(payload.segment ?? {}).length > 0
            ? {
                ...DASHBOARD,
                segment: payload.segment,
                scorecard: {
                  ...DASHBOARD.scorecard,
                  happiness: { kind: 'insufficient', n: 4, minimum: 10 },
                },
              }
            : DASHBOARD,
        getBreakdown: () => BREAKDOWN_SERVICE,
      }),
    );
  });

  it('shows happiness with its interval, lost time and response rate for the last 90 days', async () => {
    render(<Dashboard factorLabel={label} />);
    const happiness = await screen.findByRole('group', { name: 'Happiness' });
    expect(happiness).toHaveTextContent('+1');
    expect(happiness).toHaveTextContent('95 % CI −4 to +6 · 985 answers');
    expect(screen.getByRole('group', { name: 'Lost time' })).toHaveTextContent('59 min per ticket');
    expect(screen.getByRole('group', { name: 'Response rate' })).toHaveTextContent('50 %');
    expect(screen.getByRole('group', { name: 'Response rate' })).toHaveTextContent(
      '985 answered of 1989 sent',
    );
    expect(dashboardCalls()).toEqual([{ range: lastDaysRange(90), granularity: 'isoWeek', segment: {} }]);
  });

  it('gives each chart a text alternative: the trend and the factors as tables', async () => {
    render(<Dashboard factorLabel={label} />);
    const trend = await screen.findByRole('table', { name: 'Trend per period' });
    const last = DASHBOARD.trend[DASHBOARD.trend.length - 1];
    expect(within(trend).getByRole('rowheader', { name: last?.period })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Happiness per period, 4 periods/ })).toBeInTheDocument();
    const factors = screen.getByRole('table', { name: 'Factors cited' });
    expect(
      within(factors).getByRole('rowheader', { name: 'I would have liked more updates' }),
    ).toBeInTheDocument();
    expect(screen.getByText('No benchmark is configured for this measure.')).toBeInTheDocument();
  });

  it('asks for another period when the period changes, by days for a month', async () => {
    const user = userEvent.setup();
    render(<Dashboard factorLabel={label} />);
    await screen.findByRole('group', { name: 'Happiness' });
    await user.selectOptions(screen.getByLabelText('Period'), 'Last 30 days');
    await waitFor(() => expect(dashboardCalls()).toHaveLength(2));
    expect(dashboardCalls()[1]).toEqual({ range: lastDaysRange(30), granularity: 'day', segment: {} });
    await user.selectOptions(screen.getByLabelText('Period'), 'Last 12 months');
    await waitFor(() => expect(dashboardCalls()).toHaveLength(3));
    expect(dashboardCalls()[2]).toEqual({ range: lastDaysRange(365), granularity: 'month', segment: {} });
  });

  it('filters by any dimension, its values from the breakdown; the organisation becomes the benchmark line', async () => {
    const user = userEvent.setup();
    render(<Dashboard factorLabel={label} />);
    await screen.findByRole('group', { name: 'Happiness' });
    await user.selectOptions(screen.getByLabelText('Segment by'), 'Service');
    const values = await screen.findByRole('combobox', { name: 'Service' });
    await waitFor(() => expect(values).toBeEnabled());
    expect(mocked).toHaveBeenCalledWith('getBreakdown', { range: lastDaysRange(90), dimension: 'service' });
    const first = BREAKDOWN_SERVICE[0];
    await user.selectOptions(values, first?.value as string);
    await waitFor(() => expect(dashboardCalls()).toHaveLength(2));
    expect(dashboardCalls()[1]).toEqual({
      range: lastDaysRange(90),
      granularity: 'isoWeek',
      segment: { service: first?.value },
    });
    // Below the minimum sample happiness is never a number.
    const happiness = await screen.findByRole('group', { name: 'Happiness' });
    await waitFor(() => expect(happiness).toHaveTextContent('Not enough answers yet (4 of 10 needed)'));
    expect(screen.getByText('Dashed line: Whole organisation (+1)')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Whole organisation' })).toBeInTheDocument();
  });

  it('draws the configured benchmark as the comparison line', async () => {
    mocked.mockImplementation(
      resolvers({ getDashboard: () => ({ ...DASHBOARD, reference: { happiness: 30, name: 'HDI 2025' } }) }),
    );
    render(<Dashboard factorLabel={label} />);
    expect(await screen.findByText('Dashed line: HDI 2025 (+30)')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /the dashed line is HDI 2025 at \+30/ })).toBeInTheDocument();
  });

  it('draws the trend of lost time or response rate on request, against the configured benchmark', async () => {
    const user = userEvent.setup();
    mocked.mockImplementation(
      resolvers({ getDashboard: () => ({ ...DASHBOARD, reference: { lostMinutes: 30, name: 'HDI 2025' } }) }),
    );
    render(<Dashboard factorLabel={label} />);
    const metric = await screen.findByLabelText('Trend of');
    expect(screen.getByText('No benchmark is configured for this measure.')).toBeInTheDocument();
    await user.selectOptions(metric, 'Lost time per ticket');
    expect(screen.getByText('Dashed line: HDI 2025 (30 min)')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^Lost time per ticket \(minutes\) per period, 4 periods/ }),
    ).toBeInTheDocument();
    await user.selectOptions(metric, 'Response rate');
    expect(
      screen.getByRole('img', {
        name: /^Response rate \(%\) per period, 4 periods, 4 with enough answers\.$/,
      }),
    ).toBeInTheDocument();
  });

  it('says what went wrong when the dashboard is refused', async () => {
    mocked.mockImplementation(resolvers({}));
    render(<Dashboard factorLabel={label} />);
    expect(await screen.findByText('The dashboard could not be loaded.')).toBeInTheDocument();
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../bridge/call';
import { BOARD, OPPORTUNITIES } from './fixtures';
import { Opportunities } from './Opportunities';
import { INSTRUMENT, resolvers } from './test-support';

vi.mock('../bridge/call', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../bridge/call')>()),
  call: vi.fn(),
}));
vi.mock('@forge/bridge', () => ({ router: { open: vi.fn(async () => undefined) } }));
const mocked = vi.mocked(call);
const labels = new Map(Object.values(INSTRUMENT.factors).flatMap((band) => band.map((f) => [f.id, f.label])));
const factorLabel = (id: string) => labels.get(id) ?? id;
const created = BOARD[0]?.initiative;

describe('Opportunities', () => {
  beforeEach(() => {
    mocked.mockReset();
    mocked.mockImplementation(
      resolvers({ getOpportunities: () => OPPORTUNITIES, createInitiative: (p) => ({ ...created, ...p }) }),
    );
  });

  it('lists the opportunities by rank with the explanation, recoverable hours, happiness gap, trend and drivers', async () => {
    render(<Opportunities factorLabel={factorLabel} onShowBoard={() => undefined} />);
    const list = await screen.findByRole('list', { name: 'Opportunities, highest impact first' });
    const items = within(list).getAllByRole('article');
    expect(items).toHaveLength(OPPORTUNITIES.length);
    const top = items[0] as HTMLElement;
    const first = OPPORTUNITIES[0];
    expect(top).toHaveAccessibleName('1. Service VPN');
    expect(top).toHaveTextContent(first?.explanation as string);
    expect(top).toHaveTextContent('Recoverable195 h a month');
    expect(top).toHaveTextContent('Happiness gap62 points below +1');
    expect(top).toHaveTextContent('Stable');
    expect(top).toHaveTextContent(
      'Trendhappiness −7 (95 % CI −24 to +9), lost time +31 min per ticket (95 % CI −9 to +71): the last 4 weeks against the 12 before',
    );
    expect(
      within(top).getByText(/The problem was not solved: 19 % of answers, 4\.3× as often as overall/),
    ).toBeVisible();
    expect(mocked).toHaveBeenCalledWith('getOpportunities', { limit: 10 });
  });

  it('creates an initiative from an opportunity with the form, and links the Jira issue it made', async () => {
    const user = userEvent.setup();
    mocked.mockImplementation(
      resolvers({
        getOpportunities: () => OPPORTUNITIES,
        createInitiative: (p) => ({ ...created, ...p, title: p.title, externalKey: 'CSI-7' }),
      }),
    );
    const onShowBoard = vi.fn();
    render(<Opportunities factorLabel={factorLabel} onShowBoard={onShowBoard} />);
    await user.click(await screen.findByRole('button', { name: 'Create initiative for Service VPN' }));
    const form = screen.getByRole('form', { name: 'New initiative for Service VPN' });
    expect(within(form).getByLabelText('Title')).toHaveValue('Improve Service VPN');
    await user.type(within(form).getByLabelText('Hypothesis'), 'Self-service certificate renewal');
    await user.selectOptions(within(form).getByLabelText('Effort (points)'), '8');
    await user.click(within(form).getByRole('button', { name: 'Create initiative' }));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Initiative “Improve Service VPN” created');
    expect(within(status).getByRole('link', { name: 'CSI-7' })).toBeVisible();
    const [, payload] = mocked.mock.calls.find(([name]) => name === 'createInitiative') ?? [];
    expect(payload).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: 'Improve Service VPN',
      opportunityKey: 'service=VPN',
      hypothesis: 'Self-service certificate renewal',
      effort: 8,
    });
    await user.click(within(status).getByRole('button', { name: 'Show the board' }));
    expect(onShowBoard).toHaveBeenCalled();
  });

  it('shows comment examples as the text people wrote, never as markup', async () => {
    const hostile = structuredClone(OPPORTUNITIES);
    const theme = hostile[0]?.themes[0] as unknown as { examples: string[] };
    theme.examples = ['<img src=x onerror=alert(1)> VPN <b>again</b>'];
    mocked.mockImplementation(resolvers({ getOpportunities: () => hostile }));
    const { container } = render(<Opportunities factorLabel={factorLabel} onShowBoard={() => undefined} />);
    expect(await screen.findByText('e.g. “<img src=x onerror=alert(1)> VPN <b>again</b>”')).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('says so when nothing can be ranked yet', async () => {
    mocked.mockImplementation(resolvers({ getOpportunities: () => [] }));
    render(<Opportunities factorLabel={factorLabel} onShowBoard={() => undefined} />);
    expect(await screen.findByText(/No segment stands out yet/)).toBeVisible();
  });
});

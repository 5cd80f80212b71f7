import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../bridge/call';
import { Board } from './Board';
import { BOARD, IMPACT_NOT_LIVE } from './fixtures';
import { refusal, resolvers } from './test-support';
import type { BoardEntry, Initiative } from './types';

vi.mock('../bridge/call', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../bridge/call')>()),
  call: vi.fn(),
}));
vi.mock('@forge/bridge', () => ({ router: { open: vi.fn(async () => undefined) } }));
const mocked = vi.mocked(call);

const base = BOARD[0]?.initiative as Initiative;
const TITLE = '<img src=x onerror=alert(1)> VPN <b>self-service</b>';
const entry = (changes: Partial<Initiative>): BoardEntry => ({
  initiative: { ...base, ...changes },
  score: 40,
});
const board = [
  entry({ title: TITLE, hypothesis: '<script>alert(2)</script> renewals', version: 3 }),
  entry({ id: 'other', title: 'Faster network triage', status: 'in-progress', version: 1 }),
];

const columnOf = (status: string) => screen.getByRole('region', { name: new RegExp(`^${status} \\(`) });
const moveSelect = (title: string) => screen.getByRole('combobox', { name: `Move “${title}” to` });

describe('Board', () => {
  beforeEach(() => {
    mocked.mockReset();
    mocked.mockImplementation(
      resolvers({
        listInitiatives: () => board,
        updateInitiative: (p) => {
          const current = board.find((e) => e.initiative.id === p.id)?.initiative as Initiative;
          return { ...current, ...(p.changes as object), version: current.version + 1 };
        },
        getInitiativeImpact: () => IMPACT_NOT_LIVE,
      }),
    );
  });

  it('shows the initiatives in their status columns with the baseline, and titles as text', async () => {
    const { container } = render(<Board />);
    const card = await screen.findByRole('article', { name: TITLE });
    expect(within(columnOf('Identified')).getByRole('article', { name: TITLE })).toBe(card);
    expect(
      within(columnOf('In progress')).getByRole('article', { name: 'Faster network triage' }),
    ).toBeVisible();
    expect(columnOf('Dropped')).toHaveAccessibleName('Dropped (0)');
    expect(card).toHaveTextContent(
      'Baseline 2026-08-27 to 2026-11-24: happiness −70 (95 % CI −78 to −62, 150 answers)',
    );
    expect(within(card).getByRole('heading', { name: TITLE })).toBeVisible();
    expect(within(card).getByText('<script>alert(2)</script> renewals')).toBeVisible();
    expect(container.querySelector('img, b, script')).toBeNull();
  });

  it('moves a card with its Move to list: updateInitiative with the version it was loaded at', async () => {
    const user = userEvent.setup();
    render(<Board />);
    await screen.findByRole('article', { name: TITLE });
    await user.selectOptions(moveSelect(TITLE), 'Prioritised');
    // Optimistic: in the new column at once.
    expect(within(columnOf('Prioritised')).getByRole('article', { name: TITLE })).toBeVisible();
    expect(mocked).toHaveBeenCalledWith('updateInitiative', {
      id: base.id,
      expectedVersion: 3,
      changes: { status: 'prioritised' },
    });
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(`Moved “${TITLE}” to Prioritised.`),
    );
    expect(within(columnOf('Prioritised')).getByRole('article', { name: TITLE })).toBeVisible();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('puts the card back and says why on a version conflict (409), and reloads the board', async () => {
    const user = userEvent.setup();
    let answer!: (value: unknown) => void;
    mocked.mockImplementation(
      resolvers({
        listInitiatives: () => board,
        updateInitiative: () =>
          new Promise((_, fail) => {
            answer = () =>
              fail(
                refusal(409, 'conflict', 'Someone else changed this initiative; reload it and try again.'),
              );
          }),
      }),
    );
    render(<Board />);
    await screen.findByRole('article', { name: TITLE });
    await user.selectOptions(moveSelect(TITLE), 'In progress');
    expect(within(columnOf('In progress')).getByRole('article', { name: TITLE })).toBeVisible();
    answer(undefined);
    await waitFor(() =>
      expect(within(columnOf('Identified')).getByRole('article', { name: TITLE })).toBeVisible(),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      `Someone else changed “${TITLE}” since the board was loaded, so it was not moved.`,
    );
    await waitFor(() =>
      expect(mocked.mock.calls.filter(([name]) => name === 'listInitiatives')).toHaveLength(2),
    );
  });

  it('puts the card back with the core’s reason when the move is refused (measuring needs a go-live date)', async () => {
    const user = userEvent.setup();
    mocked.mockImplementation(
      resolvers({
        listInitiatives: () => board,
        updateInitiative: () => {
          throw refusal(400, 'invalid', 'The change has problems.', {
            code: 'invalid',
            message: 'The change has problems.',
            errors: [
              {
                field: 'goLiveAt',
                code: 'needs-go-live',
                message: 'Set the go-live date before moving to measuring: impact is measured from it.',
              },
            ],
          });
        },
      }),
    );
    render(<Board />);
    await screen.findByRole('article', { name: 'Faster network triage' });
    await user.selectOptions(moveSelect('Faster network triage'), 'Measuring');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“Faster network triage” cannot move to Measuring: Set the go-live date before moving to measuring',
    );
    expect(
      within(columnOf('In progress')).getByRole('article', { name: 'Faster network triage' }),
    ).toBeVisible();
    expect(within(columnOf('Measuring')).queryAllByRole('article')).toHaveLength(0);
  });

  it('saves a go-live date on a card in progress, then shows its live impact', async () => {
    const user = userEvent.setup();
    render(<Board />);
    const card = await screen.findByRole('article', { name: 'Faster network triage' });
    expect(within(card).queryByText('Not enough data yet')).toBeNull();
    const date = within(card).getByLabelText('Go-live date');
    await user.type(date, '2026-11-02');
    await user.click(within(card).getByRole('button', { name: 'Save go-live' }));
    const [, payload] = mocked.mock.calls.find(([name]) => name === 'updateInitiative') ?? [];
    expect(payload).toEqual({
      id: 'other',
      expectedVersion: 1,
      changes: { goLiveAt: new Date(2026, 10, 2).getTime() },
    });
    expect(await within(card).findByText('Not enough data yet')).toBeVisible();
    expect(within(card).getByText(IMPACT_NOT_LIVE.summary)).toBeVisible();
  });

  it('shows the measured impact on a measuring card: verdict, happiness change with interval, hours saved', async () => {
    const measured = {
      ...IMPACT_NOT_LIVE,
      verdict: 'improved',
      summary: 'Improved: happiness +35 points (95 % CI +20 to +50).',
      happinessChange: { value: 35, ci95: [20, 50], standardError: 7.6 },
      lostMinutesAfter: 70,
      lostTimeChange: { value: -76.4, ci95: [-95, -58], standardError: 9.4 },
      hoursSavedPerMonth: { value: 213.2, ci95: [161.9, 265.1] },
    };
    mocked.mockImplementation(
      resolvers({
        listInitiatives: () => [
          entry({ status: 'measuring', goLiveAt: Date.UTC(2026, 9, 1), title: 'Measured' }),
        ],
        getInitiativeImpact: () => measured,
      }),
    );
    render(<Board />);
    const card = await screen.findByRole('article', { name: 'Measured' });
    expect(await within(card).findByText('Improved')).toBeVisible();
    expect(card).toHaveTextContent('+35 points (95 % CI +20 to +50)');
    expect(card).toHaveTextContent('2.4 h before, 70 min after');
    expect(card).toHaveTextContent('213 h a month (95 % CI +162 to +265 h)');
    expect(mocked).toHaveBeenCalledWith('getInitiativeImpact', { id: base.id });
  });

  it('says when the board is empty', async () => {
    mocked.mockImplementation(resolvers({ listInitiatives: () => [] }));
    render(<Board />);
    expect(await screen.findByText('No initiatives yet: create one from an opportunity.')).toBeVisible();
  });
});

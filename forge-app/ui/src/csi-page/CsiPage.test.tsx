import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../bridge/call';
import { CsiPage } from './CsiPage';
import { BOARD, DASHBOARD, OPPORTUNITIES } from './fixtures';
import { resolvers, stubCanvas } from './test-support';

vi.mock('../bridge/call', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../bridge/call')>()),
  call: vi.fn(),
}));
vi.mock('@forge/bridge', () => ({ router: { open: vi.fn(async () => undefined) } }));
const mocked = vi.mocked(call);

describe('CsiPage', () => {
  beforeEach(() => {
    stubCanvas();
    mocked.mockReset();
    mocked.mockImplementation(
      resolvers({
        getDashboard: () => DASHBOARD,
        getOpportunities: () => OPPORTUNITIES,
        listInitiatives: () => BOARD,
      }),
    );
  });

  it('opens on the dashboard, with factor labels from the instrument, and switches tabs', async () => {
    const user = userEvent.setup();
    render(<CsiPage />);
    expect(screen.getByRole('heading', { name: 'Experience improvement', level: 1 })).toBeVisible();
    expect(
      await screen.findByRole('rowheader', { name: 'I would have liked more updates' }),
    ).toBeInTheDocument();
    expect(mocked).toHaveBeenCalledWith('getInstrument', { locale: 'en', kind: 'request' });
    await user.click(screen.getByRole('tab', { name: 'Opportunities' }));
    expect(await screen.findByRole('list', { name: 'Opportunities, highest impact first' })).toBeVisible();
    await user.click(screen.getByRole('tab', { name: 'Improvement board' }));
    expect(await screen.findByRole('region', { name: 'Identified (1)' })).toBeVisible();
  });
});

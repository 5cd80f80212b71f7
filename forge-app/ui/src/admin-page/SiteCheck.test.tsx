import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CallError, call } from '../bridge/call';
import { SiteCheck, type SiteCheckResult } from './SiteCheck';

vi.mock('../bridge/call', async (original) => ({
  ...(await original<typeof import('../bridge/call')>()),
  call: vi.fn(),
}));
const mocked = vi.mocked(call);

const RESULTS: SiteCheckResult[] = [
  { id: 'scopes', status: 'pass', detail: 'read:jira-work and read:jira-user answer.' },
  {
    id: 'jsm-csat',
    status: 'manual',
    detail: 'No REST operation tells.',
    fix: 'Turn it off in Project settings.',
  },
  { id: 'trigger', status: 'fail', detail: 'HELP-9 has no decision.', fix: 'Check the app’s logs.' },
];

describe('Check this site', () => {
  beforeEach(() => {
    mocked.mockReset();
  });

  it('shows each check with pass or fail and what to fix, and sends the test invitation only when asked', async () => {
    mocked.mockResolvedValue(RESULTS);
    render(<SiteCheck />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Check this site' }));
    const list = await screen.findByRole('list', { name: 'Site checks' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'PassGranted scopesread:jira-work and read:jira-user answer.',
      'Check by handJSM’s own satisfaction surveyNo REST operation tells.To fix: Turn it off in Project settings.',
      'FailTrigger sees resolutionsHELP-9 has no decision.To fix: Check the app’s logs.',
    ]);
    expect(mocked).toHaveBeenLastCalledWith('checkSite', { sendTest: false });
    await user.click(screen.getByRole('button', { name: 'Check and send me a test invitation' }));
    expect(mocked).toHaveBeenLastCalledWith('checkSite', { sendTest: true });
  });

  it('is not there where the app cannot check its site', async () => {
    mocked.mockRejectedValue(
      new CallError({ status: 404, code: 'unknown-resolver', message: 'No such call.' }),
    );
    const { container } = render(<SiteCheck />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check this site' }));
    await vi.waitFor(() => expect(container).toBeEmptyDOMElement());
  });
});

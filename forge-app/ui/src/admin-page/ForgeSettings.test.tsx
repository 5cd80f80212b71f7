import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CallError, call } from '../bridge/call';
import { type ForgeConfig, ForgeSettings } from './ForgeSettings';

vi.mock('../bridge/call', async (original) => ({
  ...(await original<typeof import('../bridge/call')>()),
  call: vi.fn(),
}));
const mocked = vi.mocked(call);

// As the Forge app answers `getForgeConfig` on a new installation (DEFAULT_FORGE_CONFIG).
const DEFAULTS: ForgeConfig = {
  delivery: 'comment',
  roleGroups: { csiManager: ['xloop-csi-managers'] },
};

describe('the Jira settings section', () => {
  beforeEach(() => {
    mocked.mockReset();
  });

  it('is not there at all where the app does not run on Forge', async () => {
    mocked.mockRejectedValue(
      new CallError({
        status: 404,
        code: 'unknown-resolver',
        message: 'There is no resolver "getForgeConfig".',
      }),
    );
    const { container } = render(<ForgeSettings />);
    await vi.waitFor(() => expect(mocked).toHaveBeenCalledWith('getForgeConfig'));
    await new Promise((done) => setTimeout(done, 20));
    expect(container).toBeEmptyDOMElement();
  });

  it('edits delivery, CSI managers’ groups, the CSI project and the service projects, and saves them', async () => {
    mocked.mockImplementation(async (name, payload) =>
      name === 'getForgeConfig' ? DEFAULTS : (payload as { config: ForgeConfig }).config,
    );
    render(<ForgeSettings />);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Jira settings' });
    expect(screen.getByLabelText('CSI managers’ groups')).toHaveValue('xloop-csi-managers');
    expect(screen.queryByLabelText('Administrators’ groups')).toBeNull();
    expect(screen.getByText(/Customer satisfaction and turn it off/)).toBeVisible();
    await user.click(screen.getByRole('radio', { name: /Jira notification e-mail only/ }));
    await user.type(screen.getByLabelText('CSI project key'), 'c');
    await user.click(screen.getByRole('button', { name: 'Save Jira settings' }));
    expect(screen.getByLabelText('CSI project key')).toHaveAccessibleDescription(
      /A project key is 2 to 10 capital letters/,
    );
    expect(screen.getByLabelText('Issue type of initiatives')).toHaveAccessibleDescription(
      /Give the issue type initiatives are created as/,
    );
    expect(mocked).toHaveBeenCalledTimes(1);

    await user.type(screen.getByLabelText('CSI project key'), 'si');
    await user.type(screen.getByLabelText('Issue type of initiatives'), 'Task');
    await user.type(screen.getByLabelText('Service projects surveyed'), 'help, it');
    await user.click(screen.getByRole('button', { name: 'Save Jira settings' }));
    await screen.findByText('Jira settings saved');
    expect(mocked).toHaveBeenLastCalledWith('saveForgeConfig', {
      config: {
        ...DEFAULTS,
        delivery: 'notify',
        csiProject: { key: 'CSI', issueType: 'Task' },
        serviceProjects: ['HELP', 'IT'],
      },
    });
  });

  it('lists the app’s refusal', async () => {
    mocked.mockImplementation(async (name) => {
      if (name === 'getForgeConfig') return DEFAULTS;
      throw new CallError({
        status: 400,
        code: 'bad-request',
        message: 'The settings have problems.',
        details: ['roleGroups.agent, .csiManager and .admin must be lists of group names.'],
      });
    });
    render(<ForgeSettings />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save Jira settings' }));
    const alert = await screen.findByText('The Jira settings were not saved');
    expect(alert.closest('[role="alert"]')).toHaveTextContent('must be lists of group names.');
  });
});

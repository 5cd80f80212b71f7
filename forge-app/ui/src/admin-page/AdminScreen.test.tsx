import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Settings } from '@xloop/shared-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CallError, call } from '../bridge/call';
import { AdminScreen } from './AdminScreen';
import { ONE_DAY_PREVIEW, SAVE_REFUSAL, SAVED_PREVIEW, SAVED_SETTINGS } from './sandbox-answers.fixture';

vi.mock('../bridge/call', async (original) => ({
  ...(await original<typeof import('../bridge/call')>()),
  call: vi.fn(),
}));
const mocked = vi.mocked(call);

const notInSandbox = new CallError({
  status: 404,
  code: 'unknown-resolver',
  message: 'There is no resolver "getForgeConfig".',
});

/** The sandbox's answers, by resolver; `overrides` replace one. */
function answer(overrides: Record<string, (payload: Record<string, unknown>) => unknown> = {}) {
  mocked.mockImplementation(async (name: string, payload: Record<string, unknown> = {}) => {
    const override = overrides[name];
    if (override) return override(payload);
    if (name === 'getSettings') return SAVED_SETTINGS;
    if (name === 'previewPolicy') {
      const policy = (payload.settings as Settings).policy;
      return policy.minDaysBetweenSurveys === 1 ? ONE_DAY_PREVIEW : SAVED_PREVIEW;
    }
    if (name === 'saveSettings') return (payload as { settings: Settings }).settings;
    throw notInSandbox;
  });
}

const calls = (name: string) => mocked.mock.calls.filter(([called]) => called === name);

async function opened() {
  render(<AdminScreen />);
  // The first render of the whole page (settings, preview, site check, Jira settings) can take seconds on a busy machine.
  await screen.findByText(/With these settings, the last 30 days would have sent/, {}, { timeout: 10_000 });
  return userEvent.setup();
}

describe('the admin page', () => {
  beforeEach(() => {
    mocked.mockReset();
    answer();
  });

  it('shows the saved settings and what they would have done', async () => {
    await opened();
    expect(screen.getByLabelText('Minimum days between surveys')).toHaveValue(7);
    expect(screen.getByLabelText('Wait after resolution')).toHaveValue(60);
    expect(screen.getByLabelText('Sampling rate')).toHaveValue(100);
    expect(screen.getByRole('checkbox', { name: 'Saturday' })).not.toBeChecked();
    expect(screen.getByTestId('preview-sentence')).toHaveTextContent(
      'With these settings, the last 30 days would have sent 1,533 surveys and suppressed 1,037, over 2,632 tickets.',
    );
    // Most frequent reason first, in words, with the server's example.
    const reasons = within(screen.getByRole('table', { name: 'Why surveys were suppressed' })).getAllByRole(
      'row',
    );
    expect(reasons[1]).toHaveTextContent('Too soon after the requester’s last survey');
    expect(reasons[1]).toHaveTextContent('requester has a survey due in 5 days, minimum is 7 days apart');
    expect(reasons[1]).toHaveTextContent('897');
    const weeks = within(screen.getByRole('table', { name: 'Surveys sent per week' })).getAllByRole('row');
    expect(weeks).toHaveLength(1 + SAVED_PREVIEW.surveysPerWeek.length);
    expect(weeks[1]).toHaveTextContent('2026-W44446');
    // One preview for the saved settings, and the Jira section stays away where there is no Forge.
    expect(calls('previewPolicy')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Jira settings' })).toBeNull();
    expect(screen.queryByText(/unknown-resolver|no resolver/)).toBeNull();
  });

  it('previews the edited settings, unsaved, and compares them with the saved ones', async () => {
    const user = await opened();
    const field = screen.getByLabelText('Minimum days between surveys');
    await user.clear(field);
    await user.type(field, '1');
    await waitFor(
      () => expect(screen.getByTestId('preview-sentence')).toHaveTextContent('sent 1,871 surveys'),
      {
        timeout: 3000,
      },
    );
    const last = calls('previewPolicy').at(-1)?.[1] as { settings: Settings; days: number };
    expect(last.days).toBe(30);
    expect(last.settings).toEqual({
      policy: { ...SAVED_SETTINGS.policy, minDaysBetweenSurveys: 1 },
      minimumSample: 10,
      reference: null,
    });
    expect(screen.getByTestId('preview-compared')).toHaveTextContent(
      'Against the saved settings: +338 sent, −390 suppressed (saved: 1,533 sent, 1,037 suppressed).',
    );
    expect(calls('saveSettings')).toHaveLength(0);
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
  });

  it('asks again at once with the Preview button', async () => {
    const user = await opened();
    const before = calls('previewPolicy').length;
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await waitFor(() => expect(calls('previewPolicy')).toHaveLength(before + 1));
  });

  it('blocks saving with a message on each field that is wrong', async () => {
    const user = await opened();
    const minDays = screen.getByLabelText('Minimum days between surveys');
    await user.clear(minDays);
    await user.type(minDays, '-1');
    const sampling = screen.getByLabelText('Sampling rate');
    await user.clear(sampling);
    await user.type(sampling, '150');
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    for (const day of ['Tuesday', 'Wednesday', 'Thursday', 'Friday'])
      await user.click(screen.getByRole('checkbox', { name: day }));

    expect(minDays).toHaveAccessibleDescription(
      'Per requester; 0 to 365, fractions allowed. Enter a number from 0 to 365 days; -1 is out of range.',
    );
    expect(minDays).toHaveAttribute('aria-invalid', 'true');
    expect(sampling).toHaveAccessibleDescription(/Enter a number from 0 to 100 %; 150 is out of range\.$/);
    expect(screen.getByRole('group', { name: 'Days surveys may go out' })).toHaveAccessibleDescription(
      'In the requester’s own time zone. Choose at least one weekday.',
    );
    expect(
      screen.getByText(/^Fix the problems in the settings to see what they would do./),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Fix the 3 problems shown beside their fields, then save again.',
    );
    expect(calls('saveSettings')).toHaveLength(0);
    expect(calls('previewPolicy')).toHaveLength(1);
    // The first problem on the page (the weekdays) has the focus.
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Monday' })).toHaveFocus());

    // Fixed, the refusal goes and the preview comes back.
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    await user.clear(minDays);
    await user.type(minDays, '1');
    await user.clear(sampling);
    await user.type(sampling, '100');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    await waitFor(() => expect(calls('previewPolicy')).toHaveLength(2), { timeout: 3000 });
    const [, payload] = calls('previewPolicy')[1] ?? [];
    expect((payload as { settings: Settings }).settings.policy.businessHours.days).toEqual([1]);
  });

  it('puts the server’s refusal on the fields it is about', async () => {
    answer({
      saveSettings: () => {
        throw new CallError({ status: 400, ...SAVE_REFUSAL });
      },
    });
    const user = await opened();
    await user.clear(screen.getByLabelText('Wait after resolution'));
    await user.type(screen.getByLabelText('Wait after resolution'), '30');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The settings were not saved: The settings have problems. Each is shown beside its field.'.replace(
        ': ',
        '',
      ),
    );
    const zone = screen.getByLabelText('Time zone for requesters whose own is unknown');
    expect(zone).toHaveAccessibleDescription(/Unknown time zone "Mars\/Base"\./);
    expect(screen.getByLabelText('Sending stops at')).toHaveAccessibleDescription(
      'businessHours.start (18:00) must be before businessHours.end (17:00).',
    );
    expect(screen.getByLabelText('Sending starts at')).toHaveAttribute('aria-invalid', 'true');
    // Editing the window clears the server's word on it.
    await user.click(screen.getByRole('checkbox', { name: 'Until midnight (24:00)' }));
    expect(screen.queryByText(/must be before businessHours\.end/)).toBeNull();
  });

  it('saves exactly the edited settings and says so', async () => {
    const user = await opened();
    const grace = screen.getByLabelText('Wait after resolution');
    await user.clear(grace);
    await user.type(grace, '30');
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    await user.type(screen.getByLabelText('Holidays (nothing is sent on these days)'), '2026-12-24');
    await user.click(screen.getByRole('button', { name: 'Add holiday' }));
    await user.click(
      screen.getByRole('checkbox', { name: 'Send one reminder to requesters who have not answered' }),
    );
    await user.type(screen.getByLabelText('Service accounts never surveyed'), 'monitor@example.com');
    await user.type(screen.getByLabelText('Benchmark happiness'), '35');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(
      await screen.findByRole('status', { name: '' }, { timeout: 2000 }).catch(() => null),
    ).toBeDefined();
    await screen.findByText('Settings saved');
    expect(calls('saveSettings')).toEqual([
      [
        'saveSettings',
        {
          settings: {
            policy: {
              ...SAVED_SETTINGS.policy,
              graceMinutes: 30,
              businessHours: { days: [1, 2, 3, 4, 5, 6], start: '09:00', end: '17:00' },
              holidays: ['2026-12-24'],
              reminderAfterHours: null,
              serviceAccounts: ['monitor@example.com'],
            },
            minimumSample: 10,
            reference: { happiness: 35 },
          },
        },
      ],
    ]);
    expect(screen.getByText('Settings saved').closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByText('Unsaved changes')).toBeNull();
    expect(screen.getByRole('list', { name: 'Holidays' })).toHaveTextContent('Thu, Dec 24, 2026');
  });

  it('resets the edits to the saved settings', async () => {
    const user = await opened();
    const minDays = screen.getByLabelText('Minimum days between surveys');
    await user.clear(minDays);
    await user.type(minDays, '400');
    await user.click(screen.getByRole('button', { name: 'Reset to saved' }));
    expect(minDays).toHaveValue(7);
    expect(screen.queryByText(/400 is out of range/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Reset to saved' })).toBeDisabled();
  });

  it('says calmly that a site without history has nothing to preview', async () => {
    answer({
      previewPolicy: () => {
        throw new CallError({
          status: 404,
          code: 'no-history',
          message: 'This installation keeps no ticket history to preview the policy on.',
        });
      },
    });
    render(<AdminScreen />);
    expect(await screen.findByText('Nothing to preview yet')).toBeInTheDocument();
    expect(screen.getByLabelText('Minimum days between surveys')).toHaveValue(7);
  });

  it('shows why the settings could not be loaded', async () => {
    answer({
      getSettings: () => {
        throw new CallError({ status: 403, code: 'forbidden', message: 'You are not allowed to do this.' });
      },
    });
    render(<AdminScreen />);
    expect(await screen.findByText('The settings could not be loaded')).toBeInTheDocument();
    expect(screen.getByText('You are not allowed to do this.')).toBeInTheDocument();
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SettingsForm } from './SettingsForm';
import { SAVED_SETTINGS } from './sandbox-answers.fixture';
import { draftOf } from './settings-draft';

describe('the settings form', () => {
  it('labels every control', () => {
    const { container } = render(
      <SettingsForm draft={draftOf(SAVED_SETTINGS)} errors={{}} onChange={() => {}} />,
    );
    const controls = container.querySelectorAll('input:not([type="hidden"]), textarea, select');
    expect(controls.length).toBeGreaterThan(20);
    for (const control of controls) expect(control).toHaveAccessibleName();
  });

  it('chooses the time zone from a searchable list', async () => {
    const onChange = vi.fn();
    render(<SettingsForm draft={draftOf(SAVED_SETTINGS)} errors={{}} onChange={onChange} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Time zone for requesters whose own is unknown'), 'Helsin');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith({ timeZone: 'Europe/Helsinki' }, 'policy.timeZone');
  });

  it('adds a holiday with Enter and removes it by its button', async () => {
    const onChange = vi.fn();
    const draft = { ...draftOf(SAVED_SETTINGS), holidays: ['2026-12-25'] };
    render(<SettingsForm draft={draft} errors={{}} onChange={onChange} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Holidays (nothing is sent on these days)'), '2026-12-24{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ holidays: ['2026-12-24', '2026-12-25'] }, 'policy.holidays');
    await user.click(screen.getByRole('button', { name: 'Remove 2026-12-25' }));
    expect(onChange).toHaveBeenLastCalledWith({ holidays: [] }, 'policy.holidays');
  });

  it('shows a field’s problem under it and names it in the field’s description', () => {
    render(
      <SettingsForm
        draft={draftOf(SAVED_SETTINGS)}
        errors={{ 'policy.expireAfterDays': 'Enter a whole number from 1 to 365 (days).' }}
        onChange={() => {}}
      />,
    );
    const field = screen.getByLabelText('Unanswered surveys expire after');
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription(
      '1 to 365 days after sending. Enter a whole number from 1 to 365 (days).',
    );
  });
});

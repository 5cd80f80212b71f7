import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../bridge/call';
import { CreateInitiativeForm } from './CreateInitiativeForm';
import { BOARD } from './fixtures';
import { refusal } from './test-support';

vi.mock('../bridge/call', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../bridge/call')>()),
  call: vi.fn(),
}));
const mocked = vi.mocked(call);
const opportunity = { key: 'team=Network', segment: { team: 'Network' } };

describe('CreateInitiativeForm', () => {
  beforeEach(() => mocked.mockReset());

  it('prefills the title from the opportunity and needs one: an empty title is not sent', async () => {
    const user = userEvent.setup();
    const onCreated = vi.fn();
    render(
      <CreateInitiativeForm opportunity={opportunity} onCreated={onCreated} onCancel={() => undefined} />,
    );
    const title = screen.getByLabelText('Title');
    expect(title).toHaveValue('Improve Team Network');
    await user.clear(title);
    await user.type(title, '   ');
    await user.click(screen.getByRole('button', { name: 'Create initiative' }));
    expect(await screen.findByText('A title is required.')).toBeVisible();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(mocked).not.toHaveBeenCalled();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('refuses a title over 200 characters before sending', async () => {
    const user = userEvent.setup();
    render(<CreateInitiativeForm opportunity={opportunity} onCreated={vi.fn()} onCancel={() => undefined} />);
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.click(title);
    await user.paste('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Create initiative' }));
    expect(await screen.findByText('The title is longer than 200 characters.')).toBeVisible();
    expect(mocked).not.toHaveBeenCalled();
  });

  it('sends the initiative once with a new id, and the same id again on a retry after a failure', async () => {
    const user = userEvent.setup();
    const onCreated = vi.fn();
    mocked.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    mocked.mockResolvedValueOnce(BOARD[0]?.initiative);
    render(
      <CreateInitiativeForm opportunity={opportunity} onCreated={onCreated} onCancel={() => undefined} />,
    );
    await user.click(screen.getByRole('button', { name: 'Create initiative' }));
    expect(await screen.findByText('The initiative could not be created.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Create initiative' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(BOARD[0]?.initiative));
    const ids = mocked.mock.calls.map(([, payload]) => (payload as { id: string }).id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
    expect(mocked.mock.calls[0]).toEqual([
      'createInitiative',
      { id: ids[0], title: 'Improve Team Network', opportunityKey: 'team=Network', effort: 3 },
    ]);
  });

  it('shows the core’s field errors when the app refuses the initiative', async () => {
    const user = userEvent.setup();
    mocked.mockRejectedValueOnce(
      refusal(400, 'invalid', 'The initiative has problems.', {
        code: 'invalid',
        message: 'The initiative has problems.',
        errors: [
          {
            field: 'hypothesis',
            code: 'too-long',
            message: 'The hypothesis is longer than 4000 characters.',
          },
        ],
      }),
    );
    render(<CreateInitiativeForm opportunity={opportunity} onCreated={vi.fn()} onCancel={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Create initiative' }));
    expect(await screen.findByText('The hypothesis is longer than 4000 characters.')).toBeVisible();
  });

  it('cancels', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    render(<CreateInitiativeForm opportunity={opportunity} onCreated={vi.fn()} onCancel={onCancel} />);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});

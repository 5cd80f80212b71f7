import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { INSTRUMENT } from './instrument.fixture';
import { RatingForm } from './RatingForm';

describe('RatingForm', () => {
  it('asks for the factors of the chosen score’s band only, and forgets them when the band changes', async () => {
    const user = userEvent.setup();
    render(<RatingForm instrument={INSTRUMENT} onSubmit={vi.fn()} />);
    expect(screen.queryByRole('group', { name: /went wrong|went well/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: '3' }));
    expect(screen.getByRole('group', { name: 'What went wrong?' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'The service was quick' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'The service was slow' }));
    await user.click(screen.getByRole('radio', { name: '10' }));
    expect(screen.getByRole('group', { name: 'What went well?' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '2' }));
    expect(screen.getByRole('checkbox', { name: 'The service was slow' })).not.toBeChecked();
  });

  it('sends the answer in the names the core validates', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<RatingForm instrument={INSTRUMENT} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('radio', { name: '9' }));
    await user.click(screen.getByRole('checkbox', { name: 'The personnel was skilled' }));
    await user.click(screen.getByRole('radio', { name: '1 to 4 hours' }));
    await user.type(screen.getByRole('textbox'), 'Fixed fast');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).toHaveBeenCalledWith({
      score: 9,
      factors: ['skilled'],
      lostTime: '1-4-hours',
      comment: 'Fixed fast',
      locale: 'en',
    });
  });

  it('does not send without a score, and says what is missing', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<RatingForm instrument={INSTRUMENT} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getAllByText('How happy are you with the service you received?')).toHaveLength(2);
  });

  it('starts from the answer given before and shows the server’s errors by field', () => {
    render(
      <RatingForm
        instrument={INSTRUMENT}
        initial={{ score: 4, factors: ['not-solved'], lostTime: 'none', comment: 'Still broken' }}
        errors={{ comment: 'The comment is too long.' }}
        onSubmit={vi.fn()}
      />,
    );
    expect(screen.getByRole('radio', { name: '4' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'The problem was not solved' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'None' })).toBeChecked();
    expect(screen.getByRole('textbox')).toHaveValue('Still broken');
    expect(screen.getByText('The comment is too long.')).toBeInTheDocument();
  });
});

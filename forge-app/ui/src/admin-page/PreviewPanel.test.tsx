import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CallError } from '../bridge/call';
import { PreviewPanel } from './PreviewPanel';
import { ONE_DAY_PREVIEW, SAVED_PREVIEW } from './sandbox-answers.fixture';

const ready = (value: typeof SAVED_PREVIEW) => ({ state: 'ready', value }) as const;

describe('the policy preview', () => {
  it('lists the reasons most frequent first, in words, whatever order they come in', () => {
    const shuffled = {
      ...SAVED_PREVIEW,
      suppressionsByReason: [...SAVED_PREVIEW.suppressionsByReason].reverse(),
    };
    render(
      <PreviewPanel
        edited={ready(shuffled)}
        saved={ready(shuffled)}
        changed={false}
        invalid={false}
        onRun={() => {}}
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'Why surveys were suppressed' })).getAllByRole(
      'row',
    );
    expect(rows.map((row) => row.lastElementChild?.textContent)).toEqual([
      'Suppressed',
      '897',
      '107',
      '78',
      '66',
    ]);
    expect(rows[4]).toHaveTextContent('Service account');
    expect(screen.queryByTestId('preview-compared')).toBeNull();
  });

  it('compares the edited settings with the saved ones', () => {
    render(
      <PreviewPanel
        edited={ready(ONE_DAY_PREVIEW)}
        saved={ready(SAVED_PREVIEW)}
        changed
        invalid={false}
        onRun={() => {}}
      />,
    );
    expect(screen.getByTestId('preview-compared')).toHaveTextContent('+338 sent, −390 suppressed');
    expect(screen.getByText('Reminders').closest('div')).toHaveTextContent('1,793');
  });

  it('says when it is replaying, when it failed, and when the history was cut', async () => {
    const onRun = vi.fn();
    const { rerender } = render(
      <PreviewPanel
        edited={{ state: 'loading' }}
        saved={{ state: 'loading' }}
        changed={false}
        invalid={false}
        onRun={onRun}
      />,
    );
    expect(screen.getByText('Replaying the last 30 days…')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(onRun).toHaveBeenCalledOnce();

    const failed = new CallError({
      status: 502,
      code: 'bad-answer',
      message: 'The app answered in a form it should not.',
    });
    rerender(
      <PreviewPanel
        edited={{ state: 'failed', error: failed }}
        saved={{ state: 'idle' }}
        changed
        invalid={false}
        onRun={onRun}
      />,
    );
    expect(screen.getByText('The preview failed')).toBeInTheDocument();

    rerender(
      <PreviewPanel
        edited={ready({ ...SAVED_PREVIEW, truncated: true, surveysPerWeek: [], suppressionsByReason: [] })}
        saved={{ state: 'idle' }}
        changed={false}
        invalid
        onRun={onRun}
      />,
    );
    expect(screen.getByText('Only the oldest 6,701 events were replayed')).toBeInTheDocument();
    expect(screen.getByText('Nothing was suppressed.')).toBeInTheDocument();
    expect(screen.getByText('No survey would have been sent.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Preview' })).toBeDisabled();
  });

  it('says how far back it read Jira’s history, and when it stopped short', () => {
    const read = {
      ...SAVED_PREVIEW,
      history: {
        requests: 5,
        issues: 500,
        complete: false,
        from: Date.UTC(2026, 9, 20),
        to: Date.UTC(2026, 10, 1),
      },
    };
    render(
      <PreviewPanel
        edited={ready(read)}
        saved={ready(read)}
        changed={false}
        invalid={false}
        onRun={() => {}}
      />,
    );
    expect(screen.getByTestId('preview-history')).toHaveTextContent(
      'Read 500 resolved issues from 2026-10-20 to 2026-11-01 in 5 Jira requests, not the whole period',
    );
  });
});

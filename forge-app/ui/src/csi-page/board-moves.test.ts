import { describe, expect, it } from 'vitest';
import { column, impactApplies, refusalMessage, replaceInitiative } from './board-moves';
import { BOARD } from './fixtures';
import { refusal } from './test-support';
import type { Initiative } from './types';

const initiative = BOARD[0]?.initiative as Initiative;

describe('board moves', () => {
  it('replaces one initiative by id and splits the board into columns', () => {
    const moved = replaceInitiative(BOARD, { ...initiative, status: 'done' });
    expect(column(moved, 'done')).toHaveLength(1);
    expect(column(moved, 'identified')).toHaveLength(BOARD.length - 1);
  });

  it('shows impact from go-live on', () => {
    expect(impactApplies(initiative)).toBe(false);
    expect(impactApplies({ ...initiative, status: 'in-progress', goLiveAt: 1 })).toBe(true);
    expect(impactApplies({ ...initiative, status: 'measuring', goLiveAt: 1 })).toBe(true);
    expect(impactApplies({ ...initiative, status: 'dropped' })).toBe(false);
  });

  it('says why a move was refused', () => {
    expect(refusalMessage(refusal(409, 'conflict', 'x'), 'T', 'done')).toMatch(/^Someone else changed “T”/);
    expect(
      refusalMessage(
        refusal(400, 'invalid', 'The change has problems.', {
          errors: [{ field: 'goLiveAt', message: 'Set it.' }],
        }),
        'T',
        'measuring',
      ),
    ).toBe('“T” cannot move to Measuring: Set it.');
    expect(refusalMessage(refusal(403, 'forbidden', 'You are not allowed to do this.'), 'T', 'done')).toBe(
      '“T” was not moved to Done: You are not allowed to do this.',
    );
  });
});

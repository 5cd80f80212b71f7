import { settled } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { openSandbox } from '../sandbox-ports';
import { DEFAULT_ORGANISATION } from './organisation';
import { applyBoardMove, boardMoves, withSeededHistory } from './seeded-history';

const SEED_END = '2026-12-06';

describe('withSeededHistory', () => {
  it('adds each seeded initiative’s fix from its go-live day, dated back from the seed’s end', () => {
    const withFixes = withSeededHistory(DEFAULT_ORGANISATION, SEED_END);
    const added = withFixes.fixes.slice(DEFAULT_ORGANISATION.fixes.length);
    // The finished access initiative went live 62 days before the end; the VPN one has not gone live yet.
    expect(added).toEqual([
      expect.objectContaining({ segment: { service: 'Access' }, from: '2026-10-05', lostTimeFactor: 0.5 }),
    ]);
  });

  it('leaves an organisation without seeded initiatives as it is', () => {
    const bare = { ...DEFAULT_ORGANISATION, initiatives: [] };
    expect(withSeededHistory(bare, SEED_END)).toBe(bare);
  });
});

describe('boardMoves', () => {
  it('lists every move of the initiatives created within the seeded history, in time order', () => {
    const moves = boardMoves(DEFAULT_ORGANISATION, SEED_END, '2026-08-08');
    expect(moves.map((m) => `${m.initiative.id}#${m.index}`)).toEqual([
      'seeded-access-approvals#0',
      'seeded-access-approvals#1',
      'seeded-access-approvals#2',
      'seeded-access-approvals#3',
      'seeded-vpn-always-on#0',
      'seeded-vpn-always-on#1',
      'seeded-access-approvals#4',
      'seeded-vpn-always-on#2',
    ]);
    expect(moves.every((m, i) => i === 0 || (moves[i - 1]?.at ?? 0) <= m.at)).toBe(true);
    expect(new Date(moves[0]?.at ?? 0).toISOString()).toBe('2026-09-15T10:00:00.000Z');
  });

  it('leaves out an initiative created before the seeded history, whose baseline it could not measure', () => {
    const moves = boardMoves(DEFAULT_ORGANISATION, SEED_END, '2026-10-01');
    expect(new Set(moves.map((m) => m.initiative.id))).toEqual(new Set(['seeded-vpn-always-on']));
  });
});

describe('applyBoardMove', () => {
  it('creates the initiative, moves it along the board, and makes no move twice after a restart', () => {
    const ports = openSandbox(':memory:');
    const moves = boardMoves(DEFAULT_ORGANISATION, SEED_END, '2026-08-08').filter(
      (m) => m.initiative.id === 'seeded-vpn-always-on',
    );
    for (const move of moves) applyBoardMove(ports, move);
    const made = settled(ports.initiatives.get('seeded-vpn-always-on'));
    expect(made?.status).toBe('in-progress');
    expect(made?.history.map((h) => h.status)).toEqual(['identified', 'prioritised', 'in-progress']);
    // A rerun replays the same moves: nothing changes.
    for (const move of moves) applyBoardMove(ports, move);
    expect(settled(ports.initiatives.get('seeded-vpn-always-on'))?.version).toBe(made?.version);
  });
});

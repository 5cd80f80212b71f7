import {
  addDays,
  createInitiative,
  HOUR,
  type Instant,
  type Ports,
  segmentKey,
  settled,
  updateInitiative,
} from '@xloop/shared-core';
import type { Organisation, SeededInitiative, SimulatedFix } from './organisation';

/** A seeded initiative's move on the board, due at an instant of simulated time. */
export interface DueMove {
  readonly at: Instant;
  readonly initiative: SeededInitiative;
  /** Its place among the initiative's moves: 0 creates it. */
  readonly index: number;
}

// Board moves happen at 10:00 UTC on their day, in the working day of every simulated zone.
const moveInstant = (day: string): Instant => Date.parse(`${day}T00:00:00Z`) + 10 * HOUR;

/**
 * The organisation with the changes its seeded initiatives went live with, each a fix from its go-live day, dated
 * back from `seedEnd` (the last day of the seeded history).
 * @example withSeededHistory(DEFAULT_ORGANISATION, '2026-12-06').fixes[0] // { segment: { service: 'Access' }, from: '2026-10-05', … }
 */
export function withSeededHistory(organisation: Organisation, seedEnd: string): Organisation {
  const fixes: SimulatedFix[] = [];
  for (const initiative of organisation.initiatives) {
    const goLive = initiative.moves.find((move) => move.goLive);
    if (!goLive || !initiative.fix) continue;
    fixes.push({ segment: initiative.segment, from: addDays(seedEnd, goLive.day), ...initiative.fix });
  }
  return fixes.length === 0 ? organisation : { ...organisation, fixes: [...organisation.fixes, ...fixes] };
}

/**
 * The board moves of the seeded initiatives, in time order. An initiative is seeded only when it is created on or
 * after `firstDay`, so that its baseline is measured on simulated history (a shorter seed leaves it out).
 * @example boardMoves(DEFAULT_ORGANISATION, '2026-12-06', '2026-08-08').length // 8
 */
export function boardMoves(organisation: Organisation, seedEnd: string, firstDay: string): DueMove[] {
  const moves: DueMove[] = [];
  for (const initiative of organisation.initiatives) {
    const created = initiative.moves[0];
    if (!created || addDays(seedEnd, created.day) < firstDay) continue;
    initiative.moves.forEach((move, index) => {
      moves.push({ at: moveInstant(addDays(seedEnd, move.day)), initiative, index });
    });
  }
  return moves.sort((a, b) => a.at - b.at || (a.initiative.id < b.initiative.id ? -1 : 1));
}

/**
 * Makes one board move through the core's services, as a CSI manager would on the board: the first creates the
 * initiative from its opportunity (freezing its baseline on the simulated day), the others change its status and,
 * on go-live, its go-live date. A move already made (a rerun after a restart) is not made again.
 */
export function applyBoardMove(ports: Ports, move: DueMove): void {
  const { initiative, index } = move;
  const step = initiative.moves[index];
  if (!step) return;
  const current = settled(ports.initiatives.get(initiative.id));
  if (index === 0) {
    if (current) return;
    settled(
      createInitiative(
        ports,
        {
          id: initiative.id,
          title: initiative.title,
          hypothesis: initiative.hypothesis,
          effort: initiative.effort,
          owner: initiative.owner,
          opportunityKey: segmentKey(initiative.segment),
        },
        initiative.owner,
      ),
    );
    return;
  }
  if (!current || current.history.some((entry) => entry.status === step.status)) return;
  settled(
    updateInitiative(
      ports,
      initiative.id,
      { status: step.status, ...(step.goLive ? { goLiveAt: move.at } : {}) },
      current.version,
      initiative.owner,
    ),
  );
}

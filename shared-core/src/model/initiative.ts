import type { DayRange, Rollup } from './rollup';
import type { Segment } from './segment';
import type { Instant } from './time';

/** Where an initiative is on the improvement board. */
export type InitiativeStatus =
  | 'identified'
  | 'prioritised'
  | 'in-progress'
  | 'measuring'
  | 'done'
  | 'dropped';

/** The segment's counts over the window before the initiative was created: frozen, never recomputed. */
export interface Baseline {
  readonly window: DayRange;
  readonly months: number;
  readonly rollup: Rollup;
  readonly frozenAt: Instant;
}

/** What the opportunity was worth when the initiative was created, for ordering the board. */
export interface ExpectedImpact {
  /** Conservative recoverable lost hours per month. */
  readonly recoverableHoursPerMonth: number;
  /** Happiness points below the reference (positive when worse), conservative end. */
  readonly happinessGap: number;
  readonly ticketsPerMonth: number;
}

/** An improvement in the CSI register. */
export interface Initiative {
  readonly id: string;
  readonly title: string;
  readonly hypothesis: string;
  readonly segment: Segment;
  readonly status: InitiativeStatus;
  readonly baseline: Baseline;
  readonly expected: ExpectedImpact;
  /** The team's effort estimate in relative points (1, 2, 3, 5, 8, 13, 20, 40). */
  readonly effort: number;
  readonly goLiveAt?: Instant;
  readonly owner?: string;
  /** The opportunity it came from, as a segment key, if any. */
  readonly opportunityKey?: string;
  /** The issue or record tracking it on the platform, e.g. `CSI-12`. */
  readonly externalKey?: string;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
  /** Increases with every change, for optimistic concurrency in stores. */
  readonly version: number;
  readonly history: readonly {
    readonly status: InitiativeStatus;
    readonly at: Instant;
    readonly by?: string;
  }[];
}

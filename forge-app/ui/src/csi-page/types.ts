/**
 * What the CSI page's resolvers answer, as the core defines it: the types come from `@xloop/shared-core`, so a change
 * in the core is a type error here rather than a blank screen.
 */
import type {
  Dashboard,
  Dimension,
  FactorLift,
  ImpactReport,
  Initiative,
  InitiativeStatus,
  OpportunityWithThemes,
  Scorecard,
} from '@xloop/shared-core';

export type { Dashboard, Dimension, FactorLift, ImpactReport, Initiative, InitiativeStatus, Scorecard };

export type Opportunity = OpportunityWithThemes;

/** One row of `getBreakdown`: a value of the dimension with its scorecard. */
export interface BreakdownRow {
  readonly value: string;
  readonly scorecard: Scorecard;
}

/** One entry of `listInitiatives`: the initiative and its board-ordering score. */
export interface BoardEntry {
  readonly initiative: Initiative;
  readonly score: number;
}

/** Names a factor id for people (the instrument's label), or gives the id back when it has none. */
export type FactorLabel = (factor: string) => string;

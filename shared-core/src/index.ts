/**
 * @xloop/shared-core — the pure core of XLoop. Everything an adapter may use is exported here; nothing here does
 * I/O or touches a platform API, and it runs unchanged on Node, in browsers and in ServiceNow's server engine.
 * Implementations of the ports for Node and browsers live in `@xloop/shared-core/platform`.
 */

export * from './edge/index';
export * from './identify/index';
export * from './improve/index';
export * from './measure/index';
export * from './model/index';
// The base every layer stands on: results, steps over plain values or promises, the ports, seeded randomness.
export type {
  Clock,
  CountedAnswer,
  Crypto,
  Delivery,
  DeliveryResult,
  InitiativeStore,
  LocalDateTime,
  OutgoingSurvey,
  Page,
  Ports,
  ResponseStore,
  RollupStore,
  SettingsStore,
  StoredResponse,
  Suppression,
  SurveyStore,
  TicketEvents,
  TicketHistory,
  ZonedTime,
} from './ports';
export * from './privacy/index';
export { random, weightedIndex } from './random';
export * from './resolvers/index';
export { err, ok, type Result } from './result';
export * from './services/index';
export * from './share/index';
export { all, andThen, attempt, forEach, isPending, type Step, settled } from './step';

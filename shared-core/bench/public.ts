// The benchmark kit other packages' benchmarks use (`@xloop/shared-core/bench`): timing and memory figures, the
// seeded synthetic responses, and the dashboard computed from rollups as the benchmarks time it.
export { best, megabytes, peakRss, perSecond, timed } from './measure';
export { dashboardFromRollups } from './rollups.bench';
export { ORGANISATION, type SyntheticResponse, syntheticResponses } from './synthetic';

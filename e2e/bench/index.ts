import { dashboardPeersBench } from './dashboard-peers';
import { forgeSiteBench } from './forge-site';

console.log(`e2e benchmarks — Node ${process.version}, figures printed, nothing asserted`);
const agree = await dashboardPeersBench();
await forgeSiteBench();
console.log(
  '\nPolicy decisions/s, rollup build rate, opportunities over 1M responses and peak memory come from the shared-core bench; Custom UI bundle sizes and first render from `bench/ui-budgets.ts`, which the e2e bench script runs next.',
);
if (!agree) process.exitCode = 1;

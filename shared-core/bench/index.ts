import { opportunityBench } from './opportunities.bench';
import { policyBench } from './policy.bench';
import { rollupBench } from './rollups.bench';

console.log(`shared-core benchmarks — Node ${process.version}, figures printed, nothing asserted`);
// Rollups first, so their peak memory is not the leftovers of another benchmark.
rollupBench();
opportunityBench();
policyBench();

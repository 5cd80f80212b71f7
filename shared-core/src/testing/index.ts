export {
  asynchronous,
  ManualClock,
  MemoryInitiativeStore,
  type MemoryPorts,
  MemoryResponseStore,
  MemoryRollupStore,
  MemorySettingsStore,
  MemorySurveyStore,
  memoryPorts,
  RecordingDelivery,
} from './memory-stores';
export { random, weightedIndex } from './random';
export { type Stores, storeContract } from './store-contract';

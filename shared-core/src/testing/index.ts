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
export { scenario } from './scenario';
export { type Stores, storeContract } from './store-contract';

// The core with its in-memory stores, bundled together to run the services inside the bare engine.
export * from '../src/index';
export { memoryPorts } from '../src/testing/memory-stores';

import type { Ports } from '../ports';

export {
  ManualClock,
  MemoryInitiativeStore,
  type MemoryPorts,
  MemoryResponseStore,
  MemoryRollupStore,
  MemorySettingsStore,
  MemorySurveyStore,
  memoryPorts,
  RecordingDelivery,
} from '../stores/memory-stores';

/**
 * The same ports answering through promises, as Node and Forge adapters do: services must give the same results.
 * @example await onTicketEvent(asynchronous(ports), event)
 */
export function asynchronous(ports: Ports): Ports {
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver);
        return typeof value === 'function'
          ? (...args: unknown[]) => Promise.resolve().then(() => value.apply(object, args))
          : value;
      },
    });
  return {
    ...ports,
    surveys: wrap(ports.surveys),
    responses: wrap(ports.responses),
    rollups: wrap(ports.rollups),
    initiatives: wrap(ports.initiatives),
    settings: wrap(ports.settings),
    delivery: wrap(ports.delivery),
  };
}

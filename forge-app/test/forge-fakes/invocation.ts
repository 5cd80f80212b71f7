/**
 * The Forge invocation a fake call belongs to. Forge runs one handler per invocation and several of its limits are
 * counted per invocation (async-event push chains, outbound requests), so each fake tags what it records with the
 * invocation under way, and the test marks where one begins and ends.
 */
export interface Invocation {
  readonly id: number;
  /** The handler the manifest names, e.g. `index.dispatchBatch`. */
  readonly handler: string;
  /** The first invocation of the chain this one belongs to (a consumer run started by a push from another). */
  readonly origin: number;
}

let next = 1;
let current: Invocation | undefined;

/** The invocation under way; calls made outside one (test set-up) belong to invocation 0. */
export function currentInvocation(): Invocation {
  return current ?? { id: 0, handler: '(test)', origin: 0 };
}

/**
 * Runs `body` as one invocation of `handler`. `origin` joins it to the chain of an earlier invocation, as Forge does
 * for a consumer run that an event pushed by that invocation started.
 * @example await invoke('index.startDispatch', () => startDispatch())
 */
export async function invoke<T>(handler: string, body: () => Promise<T>, origin?: number): Promise<T> {
  const id = next++;
  const outer = current;
  current = { id, handler, origin: origin ?? id };
  try {
    return await body();
  } finally {
    current = outer;
  }
}

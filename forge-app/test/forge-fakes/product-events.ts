import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// Forge's side of a product-event trigger, as the manifest declares it
// (https://developer.atlassian.com/platform/forge/manifest-reference/modules/trigger, "Filter reference"):
// - `ignoreSelf: true` drops events the app's own writes caused (Jira events only);
// - `expression` is a Jira expression over `event`; an event it rejects never invokes the function;
// - `onError` says what happens when the expression fails: IGNORE_AND_LOG (default) and IGNORE drop the event,
//   RECEIVE and RECEIVE_AND_LOG invoke the function anyway.
// The fake evaluates the expression as JavaScript, which reads the subset XLoop's expression uses (`?.`, `==`,
// `!=`, `&&`, `||`, `null`, list `some` with an arrow function) with the meaning Jira expressions give it. An
// expression outside that subset fails here as it would fail to evaluate there, and `onError` applies.

interface TriggerModule {
  readonly key: string;
  readonly events: readonly string[];
  readonly filter?: { ignoreSelf?: boolean; expression?: string; onError?: string };
  readonly payload?: { include?: { fields?: readonly string[] } };
}

const manifest = parse(readFileSync(new URL('../../../manifest.yml', import.meta.url), 'utf8')) as {
  modules: { trigger?: TriggerModule[] };
};

/** The trigger module of the manifest with this key. */
export function triggerModule(key: string): TriggerModule {
  const found = manifest.modules.trigger?.find((t) => t.key === key);
  if (!found) throw new Error(`No trigger "${key}" in the manifest.`);
  return found;
}

/** What Forge does with an event for a trigger: invoke the function, or not, and why. */
export type Delivery = { invoke: true; logged?: string } | { invoke: false; reason: string };

/**
 * Whether Forge would invoke the trigger's function for this event; `byApp` marks an event the app's own write
 * caused. Only the fields `payload.include` names are kept on `event.issue.fields`, as Forge would send them.
 * @example deliver('issue-events', event) // { invoke: true }
 */
export function deliver(key: string, event: Record<string, unknown>, byApp = false): Delivery {
  const trigger = triggerModule(key);
  const type = String(event.eventType ?? '');
  if (!trigger.events.includes(type)) return { invoke: false, reason: `not subscribed to ${type}` };
  if (byApp && trigger.filter?.ignoreSelf) return { invoke: false, reason: 'caused by the app (ignoreSelf)' };
  const expression = trigger.filter?.expression;
  if (!expression) return { invoke: true };
  try {
    const keep = new Function('event', `"use strict"; return (${expression});`)(event);
    return keep === true ? { invoke: true } : { invoke: false, reason: 'filtered out by the expression' };
  } catch (error) {
    const onError = trigger.filter?.onError ?? 'IGNORE_AND_LOG';
    return onError.startsWith('RECEIVE')
      ? { invoke: true, logged: String(error) }
      : { invoke: false, reason: `the expression failed: ${String(error)}` };
  }
}

/** The event as Forge sends it: only the issue fields the trigger's `payload.include` asks for. */
export function withIncludedFields<T extends { issue?: { fields?: Record<string, unknown> } }>(
  key: string,
  event: T,
): T {
  const include = triggerModule(key).payload?.include?.fields;
  if (!include || !event.issue?.fields) return event;
  const fields = Object.fromEntries(
    Object.entries(event.issue.fields).filter(([name]) => include.includes(name)),
  );
  return { ...event, issue: { ...event.issue, fields } };
}

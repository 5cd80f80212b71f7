/**
 * A value now or later. Ports return plain values on ServiceNow (GlideRecord is synchronous and its engine has no
 * promises or async functions) and promises on Node and Forge. Services are written once over `Step`s: with plain
 * values they run synchronously to the end and never touch a promise; with promises they chain.
 */
export type Step<T> = T | PromiseLike<T>;

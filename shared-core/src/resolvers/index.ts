/** The calls UIs make, by name, and the one wire envelope every transport sends them in. */
export { type Caller, RESOLVER_NAMES, type ResolverResult, type Role, resolve } from './resolvers';
export { toWire, type Wire, type WireError, type WireResult, wireError } from './wire';

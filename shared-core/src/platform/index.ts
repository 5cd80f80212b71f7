export { dateFnsZonedTime } from './date-fns-zoned-time';
export { nodeCrypto } from './node-crypto';

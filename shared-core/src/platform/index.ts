export { dateFnsZonedTime } from './date-fns-zoned-time';
export { type FollowUpScript, followUpScript } from './follow-up-script';
export { nodeCrypto } from './node-crypto';

import { dateFnsZonedTime } from '../platform/date-fns-zoned-time';
import { nodeCrypto } from '../platform/node-crypto';
import { asynchronous, memoryPorts } from './memory-stores';
import { storeContract } from './store-contract';

const fresh = () => memoryPorts({ now: Date.UTC(2026, 10, 2), zoned: dateFnsZonedTime, crypto: nodeCrypto });

storeContract('in-memory', fresh);
storeContract('in-memory behind promises', () => asynchronous(fresh()));

import { storeContract } from '@xloop/shared-core/testing';
import { sqliteStores } from './sqlite-stores';

storeContract('SQLite', () => sqliteStores(':memory:'));

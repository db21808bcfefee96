import { describeGraphStore } from '../contract/graph-store.contract.js';
import { memoryHarness } from '../support/store-harnesses.js';

describeGraphStore('MemoryStore', memoryHarness);

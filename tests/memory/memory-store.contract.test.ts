import { describeGraphStore } from '../contract/graph-store.contract.js';
import { MemoryStore } from '../../server/store/memory/memory-store.js';

describeGraphStore('MemoryStore', () => ({
  fresh: (graph) => Promise.resolve(MemoryStore.fromGraph(graph)),
  close: () => Promise.resolve(),
}));

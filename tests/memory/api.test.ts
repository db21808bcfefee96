import { MemoryStore } from '../../server/store/memory/memory-store.js';
import { describeApi } from '../api/describe-api.js';

describeApi('MemoryStore (tests/fixtures/baltic.json)', () => ({
  fresh: (graph) => Promise.resolve(MemoryStore.fromGraph(graph)),
  close: () => Promise.resolve(),
}));

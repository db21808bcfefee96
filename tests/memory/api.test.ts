import { describeApi } from '../api/describe-api.js';
import { memoryHarness } from '../support/store-harnesses.js';

describeApi('MemoryStore (tests/fixtures/baltic.json)', memoryHarness);

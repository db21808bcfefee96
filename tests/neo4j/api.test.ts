import { describeApi } from '../api/describe-api.js';
import { neo4jHarness } from '../support/store-harnesses.js';

describeApi('Neo4jStore (tests/fixtures/baltic.json, reseeded before each group)', neo4jHarness);

import { describeGraphStore } from '../contract/graph-store.contract.js';
import { neo4jHarness } from '../support/store-harnesses.js';

describeGraphStore('Neo4jStore', neo4jHarness);

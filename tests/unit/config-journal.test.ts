/** JOURNAL_PATH (docs/durability.md): the embedded store's journal is on by default, off only when asked. */
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../server/config.js';
import { ROOT } from '../../server/paths.js';

describe('JOURNAL_PATH', () => {
  it('defaults to var/journal.sqlite on the embedded store, so edits are not lost silently', () => {
    expect(loadConfig({}).journalPath).toBe(join(ROOT, 'var', 'journal.sqlite'));
    expect(loadConfig({ JOURNAL_PATH: '' }).journalPath).toBe(join(ROOT, 'var', 'journal.sqlite'));
  });

  it('takes a path, or off (any case) for none', () => {
    expect(loadConfig({ JOURNAL_PATH: '/srv/atlas/journal.sqlite' }).journalPath).toBe('/srv/atlas/journal.sqlite');
    expect(loadConfig({ JOURNAL_PATH: 'off' }).journalPath).toBeNull();
    expect(loadConfig({ JOURNAL_PATH: 'OFF' }).journalPath).toBeNull();
  });

  it('is null on Neo4j, and refused beside NEO4J_URI', () => {
    const neo4j = { NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'pw' };
    expect(loadConfig(neo4j).journalPath).toBeNull();
    expect(() => loadConfig({ ...neo4j, JOURNAL_PATH: '/srv/j.sqlite' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...neo4j, JOURNAL_PATH: '/srv/j.sqlite' })).toThrow(
      /JOURNAL_PATH is for the embedded store/,
    );
  });
});

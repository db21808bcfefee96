import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportProblem } from '../../domain/model.js';
import { describeProblem, validateGraphData, type NormalizedGraph } from '../../domain/graph-data.js';

export class DataError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(
      `the data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was loaded:\n` +
        problems.map((p) => `  - ${describeProblem(p)}`).join('\n'),
    );
    this.name = 'DataError';
  }
}

type Lists = { sources: unknown[]; entities: unknown[]; relationships: unknown[] };

/**
 * Reads every `*.json` file of a folder (or one file) in name order, validates them together (a
 * relationship in one file may point at an entity in another) and returns the whole graph, or
 * throws a DataError naming the file, entry and field of every problem.
 */
export function loadGraphFiles(paths: string[]): NormalizedGraph {
  const merged: Lists = { sources: [], entities: [], relationships: [] };
  const origin: Record<keyof Lists, { file: string; index: number }[]> = {
    sources: [],
    entities: [],
    relationships: [],
  };
  const problems: ImportProblem[] = [];
  for (const path of paths) {
    const file = path.split('/').slice(-2).join('/');
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      problems.push({ entry: file, field: '(file)', message: `is not valid JSON: ${(e as Error).message}` });
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      problems.push({ entry: file, field: '(file)', message: 'must be an object with sources, entities, relationships' });
      continue;
    }
    for (const list of ['sources', 'entities', 'relationships'] as const) {
      const items = (parsed as Record<string, unknown>)[list];
      if (items === undefined) continue;
      if (!Array.isArray(items)) {
        problems.push({ entry: file, field: list, message: 'must be an array' });
        continue;
      }
      items.forEach((item, index) => {
        merged[list].push(item);
        origin[list].push({ file, index });
      });
    }
    const extra = Object.keys(parsed).filter((k) => !['sources', 'entities', 'relationships', '$comment'].includes(k));
    for (const k of extra) problems.push({ entry: file, field: k, message: 'is not a known section' });
  }
  const { graph, problems: more } = validateGraphData(merged, undefined, (list, i) => {
    const o = origin[list][i]!;
    return `${o.file}: ${list}[${o.index}]`;
  });
  problems.push(...more);
  if (problems.length > 0) throw new DataError(problems);
  return graph;
}

/** data/ also holds the explorer's guided tours, which cite graph ids but are not graph facts. */
const NOT_GRAPH_FILES = new Set(['tours.json']);

export function dataFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !NOT_GRAPH_FILES.has(f))
    .sort()
    .map((f) => join(dir, f));
}

export function loadDataDir(dir: string): NormalizedGraph {
  return loadGraphFiles(dataFiles(dir));
}

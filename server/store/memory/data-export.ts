import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { validateGraphData, type NormalizedGraph } from '../../../domain/graph-data.js';
import type { GraphData } from '../../../domain/model.js';
import { toGraphData } from '../../../domain/to-graph-data.js';
import { dataFiles, loadDataDir } from '../../data/load-data-dir.js';
import { Journal, type JournalOpenOptions } from './journal.js';
import { MemoryStore } from './memory-store.js';

/**
 * `npm run data:export` (docs/durability.md): writes the graph of data/ plus the journal's pending
 * writes back into data/, so curated edits can be reviewed as a diff and committed. Diff-friendly:
 * every item stays in the file and place it came from, byte for byte while unchanged; a changed
 * item is written in the data-file form (toGraphData's); a deleted one is left out; items in no
 * file yet (created since) go to NEW_ITEMS_FILE, after the ones already there, in id order.
 */

/** The data file that receives created items, made when needed. */
export const NEW_ITEMS_FILE = 'added.json';

const LISTS = ['sources', 'entities', 'relationships'] as const;
type ListName = (typeof LISTS)[number];
type Item = Record<string, unknown>;

export interface ExportResult {
  /** The files written (names in data/), in name order; empty when data/ already held the graph. */
  files: string[];
  /** Writes now in data/ (the journal's newest seq). */
  throughSeq: number;
  /** Pending writes dropped instead of exported (`dropPending`). */
  dropped: number;
}

/** The layout of the data files as written now: each file's parsed object, its text and its items' ids. */
interface DataFile {
  name: string;
  text: string;
  content: Record<string, unknown>;
  ids: Record<ListName, string[]>;
}

/** Each list's items in the data-file form, by id. */
function byId(data: GraphData): Record<ListName, Map<string, Item>> {
  const index = (items: readonly object[]) => new Map(items.map((i) => [(i as { id: string }).id, i as Item]));
  return { sources: index(data.sources), entities: index(data.entities), relationships: index(data.relationships) };
}

/** Reads the data files with the normalized id of every item (a relationship may leave its id implicit). */
function readDataFiles(dir: string): DataFile[] {
  const files = dataFiles(dir).map((path) => {
    const text = readFileSync(path, 'utf8');
    return { name: basename(path), text, content: JSON.parse(text) as Record<string, unknown> };
  });
  const lists = (f: { content: Record<string, unknown> }, list: ListName) => (f.content[list] ?? []) as unknown[];
  // The files were just loaded without a problem, so the normal form keeps their items in order.
  const { graph } = validateGraphData({
    sources: files.flatMap((f) => lists(f, 'sources')),
    entities: files.flatMap((f) => lists(f, 'entities')),
    relationships: files.flatMap((f) => lists(f, 'relationships')),
  });
  const offsets: Record<ListName, number> = { sources: 0, entities: 0, relationships: 0 };
  return files.map((f) => {
    const ids = {} as Record<ListName, string[]>;
    for (const list of LISTS) {
      const n = lists(f, list).length;
      ids[list] = graph[list].slice(offsets[list], offsets[list] + n).map((item) => item.id);
      offsets[list] += n;
    }
    return { ...f, ids };
  });
}

/** The data-file form of the graph as loaded, to tell unchanged items from edited ones. */
function asLoaded(graph: NormalizedGraph): Record<ListName, Map<string, Item>> {
  return byId(toGraphData(graph.sources, graph.entities, graph.relationships));
}

const sameItem = (a: Item | undefined, b: Item) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);

const fileText = (content: object) => `${JSON.stringify(content, null, 1)}\n`;

/**
 * Exports into `dataDir` the graph its journal holds, and marks the journal's writes as in data/
 * (crash-safe: journal.ts `writeExport`). Throws a DataError or JournalError as the server would
 * at start, naming the fix.
 */
export async function exportDataDir(
  dataDir: string,
  journalPath: string,
  options: JournalOpenOptions = {},
): Promise<ExportResult> {
  const journal = Journal.open(journalPath, dataDir, options);
  try {
    const loaded = loadDataDir(dataDir);
    const store = new MemoryStore(loaded, { journal });
    const now = byId(await store.exportGraph());
    const before = asLoaded(loaded);
    const placed = new Set<string>();
    const written = new Map<string, string>();
    const files = readDataFiles(dataDir);

    for (const file of files) {
      const content = { ...file.content };
      for (const list of LISTS) {
        if (!Array.isArray(file.content[list])) continue;
        const raw = file.content[list] as Item[];
        content[list] = raw.flatMap((item, i) => {
          const id = file.ids[list][i]!;
          const current = now[list].get(id);
          placed.add(id);
          if (current === undefined) return [];
          return [sameItem(before[list].get(id), current) ? item : current];
        });
      }
      if (fileText(content) !== file.text) written.set(file.name, fileText(content));
    }

    const added = Object.fromEntries(
      LISTS.map((list) => [list, [...now[list].values()].filter((item) => !placed.has(item.id as string))]),
    ) as Record<ListName, Item[]>;
    if (LISTS.some((list) => added[list].length > 0)) {
      const existing = files.find((f) => f.name === NEW_ITEMS_FILE);
      const content: Record<string, unknown> = existing
        ? (JSON.parse(written.get(NEW_ITEMS_FILE) ?? existing.text) as Record<string, unknown>)
        : {
            $comment: 'Items created through the API since the last export (npm run data:export, docs/durability.md).',
          };
      for (const list of LISTS) content[list] = [...((content[list] ?? []) as Item[]), ...added[list]];
      written.set(NEW_ITEMS_FILE, fileText(content));
    }

    const throughSeq = store.lastSeq;
    journal.writeExport(written, throughSeq);
    return { files: [...written.keys()].sort(), throughSeq, dropped: journal.dropped };
  } finally {
    journal.close();
  }
}

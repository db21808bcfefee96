import { fold, searchNames } from '../search-text.js';
import { compareStrings } from '../arguments.js';

/**
 * Folded names per entity (computed once, at write time) and an index from each folded word to
 * the entities using it, so a search scores only the entities that can match rather than all.
 */
export class SearchIndex {
  private readonly names = new Map<string, readonly string[]>();
  private readonly byWord = new Map<string, Set<string>>();
  /** Distinct words in code-unit order; null when a new word arrived since it was sorted. */
  private sortedWords: string[] | null = null;

  /** Indexes (or re-indexes) an entity; `null` forgets it. */
  set(id: string, entity: { name: string; aliases: readonly string[] } | null): void {
    const before = this.names.get(id);
    if (before) {
      for (const word of wordsOf(before)) {
        const ids = this.byWord.get(word);
        ids?.delete(id);
        // A stale word left in sortedWords is skipped on lookup, so no re-sort is needed here.
        if (ids?.size === 0) this.byWord.delete(word);
      }
      this.names.delete(id);
    }
    if (!entity) return;
    const names = searchNames(entity);
    this.names.set(id, names);
    for (const word of wordsOf(names)) {
      let ids = this.byWord.get(word);
      if (!ids) {
        ids = new Set();
        this.byWord.set(word, ids);
        this.sortedWords = null;
      }
      ids.add(id);
    }
  }

  namesOf(id: string): readonly string[] {
    return this.names.get(id) ?? [];
  }

  /**
   * Ids of every entity that can match `query` (a superset of the matches): any match, exact,
   * prefix or by words, needs each query word to start some word of a name, so the query word
   * that starts the fewest indexed words' entities alone narrows the candidates.
   */
  candidates(query: string): Set<string> {
    const folded = fold(query);
    if (folded === '') return new Set();
    let narrowest: Set<string>[] | null = null;
    let narrowestSize = Infinity;
    for (const queryWord of new Set(folded.split(' '))) {
      const sets = this.startingWith(queryWord);
      const size = sets.reduce((n, ids) => n + ids.size, 0);
      if (size < narrowestSize) {
        narrowest = sets;
        narrowestSize = size;
      }
    }
    const found = new Set<string>();
    for (const ids of narrowest ?? []) for (const id of ids) found.add(id);
    return found;
  }

  /** The entity sets of every indexed word starting with `prefix`. */
  private startingWith(prefix: string): Set<string>[] {
    const words = this.words();
    const sets: Set<string>[] = [];
    for (let i = lowerBound(words, prefix); i < words.length && words[i]!.startsWith(prefix); i++) {
      const ids = this.byWord.get(words[i]!);
      if (ids) sets.push(ids);
    }
    return sets;
  }

  private words(): string[] {
    this.sortedWords ??= [...this.byWord.keys()].sort(compareStrings);
    return this.sortedWords;
  }
}

function wordsOf(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((n) => n.split(' ')));
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareStrings(sorted[mid]!, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

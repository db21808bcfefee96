/**
 * Search semantics shared by both stores, so they rank identically: names and aliases are folded
 * (lower case, diacritics removed) and split into words of letters and digits.
 */

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function words(text: string): string[] {
  const folded = fold(text);
  return folded === '' ? [] : folded.split(' ');
}

export const SCORE_EXACT = 1;
export const SCORE_PREFIX = 0.8;
export const SCORE_WORDS = 0.6;

/**
 * Score of the best match of `query` against any of `names` (folded), or null for no match:
 * exact 1, prefix 0.8, every query word starting some word of one name 0.6.
 */
export function matchScore(foldedNames: readonly string[], query: string): number | null {
  const q = fold(query);
  if (q === '') return null;
  const qWords = q.split(' ');
  let best: number | null = null;
  for (const name of foldedNames) {
    let score: number | null = null;
    if (name === q) score = SCORE_EXACT;
    else if (name.startsWith(q)) score = SCORE_PREFIX;
    else {
      const nameWords = name.split(' ');
      if (qWords.every((w) => nameWords.some((n) => n.startsWith(w)))) score = SCORE_WORDS;
    }
    if (score !== null && (best === null || score > best)) best = score;
  }
  return best;
}

/** Folded name and aliases, stored beside each entity so search never folds at query time. */
export function searchNames(entity: { name: string; aliases: readonly string[] }): string[] {
  return [...new Set([entity.name, ...entity.aliases].map(fold).filter((n) => n !== ''))];
}

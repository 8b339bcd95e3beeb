/**
 * The fallback when no wording is in the paste word for word: a misquote (`Authorization header
 * missing, malformed or invalid`), a dropped word, or prose. MiniSearch (BM25 with fuzzy and prefix
 * terms, ~6 KB gzip, loaded only with the search code) ranks the catalog's wordings by the paste's
 * informative words; we then prefer wordings whose words are most fully present.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { PreparedTable, PreparedWording } from './match';
import { normalise, wordsOf } from './normalise';
import type { Likelihood } from './table';

/** Words that say nothing about which error it is. */
const stopWords = new Set(
  'a an and are as at be but by can could did do does for from get gets getting got has have having how i if in is it its me my of on or our so that the their them then there this to tyk gateway was we were what when where which while why with would you your http https curl json hi hello thanks please help still even after before just also always any some every'.split(
    ' ',
  ),
);
/** Among near-equal wordings, the entry users more likely got. */
const likelihoodWeight: Record<Likelihood, number> = { common: 1.1, uncommon: 1, rare: 0.9 };
/** The words read from a paste: enough for any message, few enough to stay fast on any paste. */
const maxQueryWords = 40;

export interface FuzzyIndex {
  search: MiniSearch<{ id: number; text: string }>;
  wordings: PreparedWording[];
}

function emptyFuzzyIndex(): MiniSearch<{ id: number; text: string }> {
  return new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    tokenize: (text) => wordsOf(text),
    processTerm: (term) => (stopWords.has(term) ? null : term),
  });
}

const fuzzyDocuments = (table: PreparedTable) => table.wordings.map((wording, id) => ({ id, text: wording.normal }));

export function buildFuzzyIndex(table: PreparedTable): FuzzyIndex {
  const search = emptyFuzzyIndex();
  search.addAll(fuzzyDocuments(table));
  return { search, wordings: table.wordings };
}

/** Wordings indexed per task by `buildFuzzyIndexInChunks`: a few milliseconds each, so keystrokes are not held up. */
const wordingsPerTask = 100;

/** A fuzzy index being built in the background. */
export interface FuzzyIndexBuild {
  /** Resolves once every wording is indexed. */
  done: Promise<FuzzyIndex>;
  /** Indexes the wordings still waiting at once, for a query that needs the index now, and returns it. */
  finish(): FuzzyIndex;
}

/**
 * The same index built a chunk of wordings per task (MiniSearch's `addAll` on each chunk), for the
 * browser: built in one go it is a long task (tens of milliseconds) that would hold up the next keystroke
 * and paint. `startWhen` says when to begin (after the first results are drawn).
 */
export function buildFuzzyIndexInChunks(table: PreparedTable, startWhen: Promise<unknown>): FuzzyIndexBuild {
  const search = emptyFuzzyIndex();
  const documents = fuzzyDocuments(table);
  const index: FuzzyIndex = { search, wordings: table.wordings };
  let indexed = 0;
  const finish = () => {
    if (indexed < documents.length) search.addAll(documents.slice(indexed));
    indexed = documents.length;
    return index;
  };
  const done = (async () => {
    await startWhen;
    while (indexed < documents.length) {
      const end = Math.min(indexed + wordingsPerTask, documents.length);
      search.addAll(documents.slice(indexed, end));
      indexed = end;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return index;
  })();
  return { done, finish };
}

/** The paste's informative words, first seen first, at most `maxQueryWords`. */
export function informativeWords(text: string): string[] {
  const words = new Set<string>();
  for (const word of wordsOf(normalise(text.slice(0, 8192)))) {
    if (word.length < 2 || stopWords.has(word) || /^\d+$/.test(word)) continue;
    words.add(word);
    if (words.size >= maxQueryWords) break;
  }
  return [...words];
}

export interface NearWording {
  wording: PreparedWording;
  /** The share of the wording's words found in the paste (fuzzily), 0 to 1. */
  completeness: number;
  score: number;
}

/** Wordings nearest the text, best first, one per entry; a status in the paste favours its entries. */
export function nearestWordings(index: FuzzyIndex, text: string, limit = 8, status?: number): NearWording[] {
  const words = informativeWords(text);
  if (words.length === 0) return [];
  const results: SearchResult[] = index.search.search(words.join(' '), {
    combineWith: 'OR',
    fuzzy: (term) => (term.length > 4 ? 0.2 : false),
    prefix: (term) => term.length > 4,
  });
  const near = results.map((result) => {
    const wording = index.wordings[result['id'] as number]!;
    const wordingWords = new Set(wordsOf(wording.normal).filter((word) => !stopWords.has(word)));
    const completeness = wordingWords.size ? Math.min(1, result.terms.length / wordingWords.size) : 0;
    // The status the paste gives counts as one more word in common.
    const statusBonus = status !== undefined && wording.status === status ? 1.25 : 1;
    return {
      wording,
      completeness,
      score: result.score * statusBonus * likelihoodWeight[wording.entry.likelihood ?? 'uncommon'],
    };
  });
  near.sort((a, b) => b.completeness * b.score - a.completeness * a.score);
  const seen = new Set<string>();
  return near.filter(({ wording }) => !seen.has(wording.entry.path) && seen.add(wording.entry.path)).slice(0, limit);
}

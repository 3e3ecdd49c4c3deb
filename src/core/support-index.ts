/**
 * The support check's tables derived from its phrase rules (`support-phrases.ts`): each cue word
 * with the rules it points at, and the expression that fixes slang and typos. Deriving them took
 * every run that checks words 5-10 ms, so a run does not: the build derives them once and writes
 * them to the data file the bundles read (`writeDataFile` in scripts/build.mjs), the cues as a
 * table read a block at a time, and `support.ts` looks up only the words a note holds. Here, for
 * the tests and the scripts, they are derived on import.
 */
import { CRISIS_RULES, NEXT_WORD_FIXES, SAFETY_RULES, WORD_FIXES } from './support-phrases.js';
import type { SortedLines } from './sorted-lines.js';

/** A rule of either flag as one number: flag * RULE_LIMIT + its index among the flag's rules. */
export const RULE_LIMIT = 1024;

export interface SupportIndex {
  /** Lines `cue<TAB>code code…`, sorted by cue: each cue word and the rules it points at. */
  readonly cues: SortedLines;
  /** Lines `prefix<TAB>code code…`: cues that are the start of a word (`disappear*`). */
  readonly cuePrefixes: string;
  /** Slang, typos and fixes that depend on the next word ("hell kill" is "he'll kill"), as one expression. */
  readonly wordFix: string;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  end: 'word' | 'prefix' | null;
}

/**
 * A regular expression source for exactly these words (`abc*`: any word starting "abc"), as a
 * trie, so a scan tries a letter at a time instead of every word in turn.
 */
function wordTrie(words: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: null };
  for (const word of words) {
    let node = root;
    for (const ch of word.replace(/\*$/, '')) {
      const child = node.next.get(ch) ?? { next: new Map(), end: null };
      node.next.set(ch, child);
      node = child;
    }
    if (node.end !== 'prefix') node.end = word.endsWith('*') ? 'prefix' : 'word';
  }
  const emit = (node: TrieNode): string => {
    if (node.end === 'prefix') return "[a-z0-9']*";
    const options = [...node.next].map(([ch, child]) => `${ch}${emit(child)}`);
    if (node.end === 'word') options.push('');
    return options.length === 1 ? (options[0] ?? '') : `(?:${options.join('|')})`;
  };
  return emit(root);
}

function writeSupportIndex(): SupportIndex {
  const targets = new Map<string, number[]>();
  [CRISIS_RULES, SAFETY_RULES].forEach((rules, flag) => {
    if (rules.length > RULE_LIMIT) throw new Error('support: more rules than RULE_LIMIT');
    rules.forEach(([cues], rule) => {
      for (const cue of cues.split(' ').filter((c) => c !== ''))
        targets.set(cue, [...(targets.get(cue) ?? []), flag * RULE_LIMIT + rule]);
    });
  });
  const lines = (entries: [string, number[]][]) =>
    entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([cue, codes]) => `${cue}\t${codes.join(' ')}`)
      .join('\n');
  const all = [...targets];
  const wordFix = `\\b(?:${[
    wordTrie([
      ...NEXT_WORD_FIXES.filter(([, next]) => next.length === 0).map(([word]) => word),
      ...Object.keys(WORD_FIXES),
    ]),
    ...NEXT_WORD_FIXES.filter(([, next]) => next.length > 0).map(
      ([word, next]) => `${word}(?= ${next.includes('*') ? '\\S' : `(?:${next.join('|')})\\b`})`,
    ),
  ].join('|')})\\b`;
  return {
    cues: lines(all.filter(([cue]) => !cue.endsWith('*'))),
    cuePrefixes: lines(
      all.filter(([cue]) => cue.endsWith('*')).map(([cue, codes]) => [cue.slice(0, -1), codes]),
    ),
    wordFix,
  };
}

export const SUPPORT_INDEX: SupportIndex = writeSupportIndex();

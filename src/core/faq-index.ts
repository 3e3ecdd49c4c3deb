/**
 * The FAQ matcher's tables, derived from `faq-vocabulary.ts`: which words are never typos, which
 * stems the FAQs are asked in, and each pattern under a word it cannot match without. Deriving
 * them means compiling every one of the vocabulary's 1,800 patterns, so a run does not: the build
 * derives them once and writes them to the tables the bundles read a block at a time
 * (`DATA_MODULES` in scripts/build.mjs), and the matcher looks words up in the sorted lines
 * (`findLine`) and compiles only the patterns filed under a question's words. Here, for the tests
 * and the scripts, they are derived on import.
 */
import { CLASSES, COMMON, CONCEPTS, RULES, VAGUE_WORDS, type Concept } from './faq-vocabulary.js';
import { classStems, compile, stemOnce, type Element } from './faq-patterns.js';
import type { SortedLines } from './sorted-lines.js';

export interface FaqIndex {
  /**
   * Lines, sorted: the words that are never typos (the word classes' stems, the common words and
   * their stems, every word of a pattern, stemmed).
   */
  readonly known: SortedLines;
  /**
   * Lines, sorted: the stems the FAQs are asked in, those of every concept a rule needs (not of the
   * concepts that only set a rule aside) and of `VAGUE_WORDS`.
   */
  readonly askedIn: SortedLines;
  /**
   * Lines `key<TAB>concept<TAB>pattern<TAB>concept<TAB>pattern…`, sorted by key: the patterns that
   * cannot match unless a word of the question has this stem (`key`), this spelling (`=word`),
   * these first two letters (`~xy`, for a pattern's `xy…~`) or is of this class (`@CLASS`).
   */
  readonly anchored: SortedLines;
  /** Lines `concept<TAB>pattern`: the patterns to try on every question (none has a word it needs). */
  readonly unanchored: string;
  /** Lines: the word classes patterns are filed under (`@CLASS` in `anchored`). */
  readonly anchorClasses: string;
}

const sortedLines = (words: Iterable<string>): string =>
  [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');

/** The keys of the plain words a pattern needs: a stem, or `=spelling`. */
const wordKeys = (pattern: readonly Element[]): string[] =>
  pattern.flatMap((element) =>
    element.kind === 'stem'
      ? [element.value]
      : element.kind === 'exact'
        ? [`=${element.value}`]
        : [],
  );

/**
 * A key a pattern cannot match without, among the words of a question: of the plain words it
 * needs (any of them must be there), the one fewest patterns use (`uses`: "wait" rather than
 * "my", which a question holds far more often); else the first two letters of a word start it
 * needs (`~xy`); else a class of words it needs (`@CLASS`); none when it needs no word in
 * particular.
 */
function anchorOf(
  written: string,
  pattern: readonly Element[],
  uses: ReadonlyMap<string, number>,
): string | undefined {
  const words = wordKeys(pattern);
  if (words.length > 0) {
    return words.reduce((best, key) => ((uses.get(key) ?? 0) < (uses.get(best) ?? 0) ? key : best));
  }
  const parts = written.split(' ');
  let fallback: string | undefined;
  for (const [i, element] of pattern.entries()) {
    if (element.kind === 'prefix' && element.value.length >= 2 && !fallback?.startsWith('~'))
      fallback = `~${element.value.slice(0, 2)}`;
    if (element.kind === 'class' && fallback === undefined) fallback = parts[i];
  }
  return fallback;
}

/** The tables, derived from the vocabulary. */
function writeFaqIndex(): FaqIndex {
  const compiled = (Object.entries(CONCEPTS) as [Concept, readonly string[]][]).map(
    ([concept, patterns]) => ({
      concept,
      patterns: patterns.map((written) => ({ written, elements: compile(written) })),
    }),
  );

  const known = new Set<string>();
  for (const name of Object.keys(CLASSES)) for (const word of classStems(name)) known.add(word);
  for (const word of COMMON) known.add(word).add(stemOnce(word));
  for (const { patterns } of compiled)
    for (const { elements } of patterns)
      for (const element of elements)
        if (element.kind === 'stem') known.add(element.value);
        else if (element.kind === 'exact' || element.kind === 'prefix')
          known.add(stemOnce(element.value));

  const needed = new Set(RULES.flatMap((rule) => rule.all));
  const askedIn = new Set(VAGUE_WORDS.map(stemOnce));
  for (const { concept, patterns } of compiled) {
    if (!needed.has(concept)) continue;
    for (const element of patterns.flatMap(({ elements }) => elements)) {
      if (element.kind === 'stem' || element.kind === 'exact' || element.kind === 'prefix')
        askedIn.add(element.value);
      else if (element.kind === 'class') for (const word of element.stems) askedIn.add(word);
      else if (element.kind === 'words')
        for (const word of element.words) askedIn.add(stemOnce(word));
    }
  }

  const uses = new Map<string, number>();
  for (const { patterns } of compiled)
    for (const { elements } of patterns)
      for (const key of new Set(wordKeys(elements))) uses.set(key, (uses.get(key) ?? 0) + 1);
  const anchored = new Map<string, string[]>();
  const unanchored: string[] = [];
  for (const { concept, patterns } of compiled) {
    for (const { written, elements } of patterns) {
      const key = anchorOf(written, elements, uses);
      if (key === undefined) unanchored.push(`${concept}\t${written}`);
      else anchored.set(key, [...(anchored.get(key) ?? []), concept, written]);
    }
  }
  const lines = [...anchored].map(([key, cells]) => [key, ...cells].join('\t'));
  const anchorClasses = [...anchored.keys()].filter((key) => key.startsWith('@'));

  return {
    known: sortedLines(known),
    askedIn: sortedLines(askedIn),
    anchored: sortedLines(lines),
    unanchored: unanchored.join('\n'),
    anchorClasses: anchorClasses.map((key) => key.slice(1)).join('\n'),
  };
}

export const FAQ_INDEX: FaqIndex = writeFaqIndex();

/**
 * A small phrase language for the concept lexicons of the broad support tier (`support-net.ts`),
 * matched word by word on a canonical sentence instead of as regular expressions: a lexicon of a
 * few thousand phrases compiles in a millisecond or two, where the same regular expressions cost
 * tens of milliseconds on the first call of a run.
 *
 * A phrase is words separated by spaces. Each word may be:
 * - `word`: that word; `word*`: any word starting so (two letters or more);
 * - `a/b/c*`: any of these; `@class`: any word of a named class (`@me`, `@pills`);
 * - `word?` (or `a/b?`): that word, or nothing;
 * - `{a b|c}`: any of these runs of words (the phrase is written out once for each);
 * - `..`: up to three other words, `...`: up to five (never across a comma);
 * - `!a/b`: the next word is not one of these (the end of the sentence is fine);
 * - `$`: the sentence or clause ends here.
 * A phrase starts with a plain word, a choice or a class, so it can be looked up by its first word.
 */

import { findLine, linesStartingWith, type SortedLines } from './sorted-lines.js';

type Step =
  | { readonly kind: 'word'; readonly test: (w: string) => boolean; readonly optional: boolean }
  | { readonly kind: 'gap'; readonly max: number }
  | { readonly kind: 'not'; readonly test: (w: string) => boolean }
  | { readonly kind: 'end' };

/**
 * A phrase under its first word. The rest, with its `{a|b}` groups, is written out and compiled
 * the first time that word is seen: most phrases' first words never occur in a note.
 */
interface Entry<T> {
  readonly value: T;
  /** The phrase after its first word, as written. */
  readonly rest: string;
  /** The steps of each way of writing the rest out, in order. */
  steps?: readonly (readonly Step[])[];
  /**
   * The choices every way of writing the rest needs (`neededChoices`), joined by spaces, as an
   * index holds them: worked out when it is written, so a check only splits them.
   */
  readonly needs?: string;
  /** The same, split, once. */
  needed?: readonly string[];
}

/** Whether one word is among those a choice allows. */
type WordTest = (w: string) => boolean;

type Classes = Readonly<Record<string, string>>;

/** Each word class's words, split once. */
const classWords = new WeakMap<Classes, Map<string, readonly string[]>>();

function wordsOf(name: string, classes: Classes): readonly string[] {
  let known = classWords.get(classes);
  if (known === undefined) classWords.set(classes, (known = new Map()));
  let words = known.get(name);
  if (words === undefined) {
    words = (classes[name] ?? fail(`unknown word class @${name}`)).split('/');
    known.set(name, words);
  }
  return words;
}

/** The words and prefixes (`word*`) that a choice of words, prefixes and classes allows. */
function options(spec: string, classes: Classes): { words: string[]; prefixes: string[] } {
  const words: string[] = [];
  const prefixes: string[] = [];
  for (const option of spec.split('/')) {
    const expanded = option.startsWith('@') ? wordsOf(option.slice(1), classes) : [option];
    for (const o of expanded) {
      if (o.endsWith('*')) prefixes.push(o.slice(0, -1));
      else words.push(o);
    }
  }
  return { words, prefixes };
}

function wordTest({ words, prefixes }: { words: string[]; prefixes: string[] }): WordTest {
  let set: ReadonlySet<string> | undefined;
  const bare = (w: string): boolean =>
    (set ??= new Set(words)).has(w) || prefixes.some((p) => w.startsWith(p));
  // "cat's food" and "my ex's brother" count as "cat" and "ex".
  return (w) => bare(w) || (w.endsWith("'s") && bare(w.slice(0, -2)));
}

function fail(problem: string): never {
  throw new Error(`support lexicon: ${problem}`);
}

function compileSteps(tokens: readonly string[], testOf: (spec: string) => WordTest): Step[] {
  return tokens.map((token): Step => {
    if (token === '..' || token === '...') return { kind: 'gap', max: token.length * 2 - 1 };
    if (token === '$') return { kind: 'end' };
    if (token.startsWith('!')) return { kind: 'not', test: testOf(token.slice(1)) };
    const optional = token.endsWith('?');
    return { kind: 'word', optional, test: testOf(token.replace(/\?$/, '')) };
  });
}

/**
 * The phrase once for each choice of its `{a b|c}` groups (which may nest); with `firstOnly`, only
 * until its first word is no longer in a group (the rest is written out when it is compiled).
 */
function expand(phrase: string, firstOnly = false): string[] {
  const open = phrase.indexOf('{');
  if (open < 0 || (firstOnly && !inFirstWord(phrase, open))) return [phrase];
  // The group's choices, split at its own bars, not those of a group inside it.
  const choices: string[] = [];
  let [depth, from] = [0, open + 1];
  for (let i = open; i < phrase.length; i += 1) {
    const c = phrase.charAt(i);
    if (c === '{') depth += 1;
    else if (c === '|' && depth === 1) {
      choices.push(phrase.slice(from, i));
      from = i + 1;
    } else if (c === '}') {
      depth -= 1;
      if (depth > 0) continue;
      choices.push(phrase.slice(from, i));
      const [before, after] = [phrase.slice(0, open), phrase.slice(i + 1)];
      return choices.flatMap((choice) =>
        expand(`${before}${choice}${after}`.replace(/ {2,}/g, ' '), firstOnly),
      );
    }
  }
  return fail(`unclosed group: ${phrase}`);
}

/** Whether the group opening at `open` is (part of) the phrase's first word: "{a|b} c", "a{b|c} d". */
function inFirstWord(phrase: string, open: number): boolean {
  const start = phrase.length - phrase.trimStart().length;
  const space = phrase.indexOf(' ', start);
  return space < 0 || open < space;
}

/**
 * The choices a phrase's rest cannot match without: its words outside `{a|b}` groups that are not
 * optional, a gap, a guard or an end. A sentence holding no word of one of them cannot match the
 * phrase, so it is passed over without being written out and compiled: the phrases under common
 * first words ("i", "my", "he") number in the hundreds, and compiling them was most of a check.
 * The index holds them worked out (`LexiconIndex`); working them out on a check cost 2 ms.
 */
function neededChoices(rest: string): string[] {
  const needs: string[] = [];
  let depth = 0;
  for (const token of rest.split(' ')) {
    if (depth > 0 || token.includes('{') || token.includes('}') || token.includes('|')) {
      for (let i = 0; i < token.length; i += 1) {
        const c = token.charAt(i);
        if (c === '{') depth += 1;
        else if (c === '}') depth -= 1;
      }
      continue;
    }
    if (token === '' || token === '..' || token === '...' || token === '$') continue;
    if (token.startsWith('!') || token.endsWith('?')) continue;
    needs.push(token);
  }
  return needs;
}

/** Where `steps[s..]` match `words` from `i`: the index after the match, or -1. */
function matchFrom(steps: readonly Step[], s: number, words: readonly string[], i: number): number {
  const step = steps[s];
  if (step === undefined) return i;
  const word = words[i];
  switch (step.kind) {
    case 'word': {
      if (word !== undefined && step.test(word)) {
        const end = matchFrom(steps, s + 1, words, i + 1);
        if (end >= 0) return end;
      }
      return step.optional ? matchFrom(steps, s + 1, words, i) : -1;
    }
    case 'gap':
      for (let n = 0; n <= step.max && i + n <= words.length; n += 1) {
        if (n > 0 && words[i + n - 1] === ',') break;
        const end = matchFrom(steps, s + 1, words, i + n);
        if (end >= 0) return end;
      }
      return -1;
    case 'not':
      return word !== undefined && step.test(word) ? -1 : matchFrom(steps, s + 1, words, i);
    case 'end':
      return word === undefined || word === ',' ? matchFrom(steps, s + 1, words, i) : -1;
  }
}

export interface Match<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
}

/**
 * A lexicon's index written out (`Lexicon.writeIndex`), so a run can read it where it lies instead
 * of indexing a few thousand phrases before it can match one (`support-lexicon-index.ts`). It holds
 * each phrase's value and the choices it needs too, so a run needs neither the phrases nor anything
 * built from them, and passes over a phrase whose needs the sentence lacks with a lookup or two.
 */
export interface LexiconIndex {
  /**
   * Lines `word<TAB>value<TAB>needs<TAB>rest<TAB>value<TAB>needs<TAB>rest…`, sorted by word: the
   * phrases a word starts (`needs`: the needed choices, joined by spaces).
   */
  readonly words: SortedLines;
  /** Lines `prefix<TAB>value<TAB>needs<TAB>rest`: phrases that start with any word beginning so. */
  readonly prefixes: string;
}

/** How a lexicon's values are written into its index, as one cell with no tab, and read back. */
export interface ValueCodec<T> {
  readonly write: (value: T) => string;
  readonly read: (cell: string) => T;
}

/** No phrase starts with this word. */
const NONE: readonly never[] = [];

/** A first word that is more than a plain word: a choice, class, prefix, group or operator. */
const SPECIAL = /[/@*?!.${}]|^$/;

/** Phrases indexed by their first word: exact words in a map, prefixes by their first letter. */
export class Lexicon<T> {
  private readonly byWord = new Map<string, readonly Entry<T>[]>();
  private readonly byPrefix = new Map<string, [string, Entry<T>][]>();
  private readonly testOf: (spec: string) => WordTest;
  /** The words and prefixes each choice allows, split once. */
  private readonly optionsOf: (spec: string) => { words: string[]; prefixes: string[] };
  /**
   * Read from an index: its word lines, read a word at a time (`byWord` caches what was read), and
   * its prefix lines, read a first letter at a time (`byPrefix` caches them).
   */
  private indexed:
    | { readonly words: SortedLines; readonly prefixes: string; readonly codec: ValueCodec<T> }
    | undefined;

  /** A lexicon of these phrases, each with its value. */
  constructor(phrases: readonly (readonly [phrase: string, value: T])[], classes: Classes = {}) {
    // Choices repeat across phrases ("my", "@agent"): each is split, and its test built, once.
    const split = new Map<string, { words: string[]; prefixes: string[] }>();
    this.optionsOf = (spec: string) => {
      let known = split.get(spec);
      if (known === undefined) split.set(spec, (known = options(spec, classes)));
      return known;
    };
    const tests = new Map<string, WordTest>();
    this.testOf = (spec: string): WordTest => {
      let known = tests.get(spec);
      if (known === undefined) tests.set(spec, (known = wordTest(this.optionsOf(spec))));
      return known;
    };
    phrases.forEach(([written, value]) => {
      // Most phrases start with a plain word: indexed at once, with nothing built. This runs on
      // every check of a note, over a few thousand phrases, before V8 has optimised anything.
      const space = written.indexOf(' ');
      const first = space < 0 ? written : written.slice(0, space);
      if (space !== 0 && !SPECIAL.test(first)) {
        this.add(first, { value, rest: space < 0 ? '' : written.slice(space + 1) });
        return;
      }
      for (const phrase of expand(written, true)) {
        const trimmed = phrase.trim();
        const gap = trimmed.indexOf(' ');
        const head = gap < 0 ? trimmed : trimmed.slice(0, gap);
        if (/^(?:$|\.\.|\$|!)|\?$/.test(head)) fail(`bad start: ${phrase}`);
        const entry: Entry<T> = { value, rest: gap < 0 ? '' : trimmed.slice(gap + 1) };
        // Only the words and prefixes are needed to index it: the test is built if it is matched.
        const { words, prefixes } = options(head, classes);
        for (const w of words) this.add(w, entry);
        for (const p of prefixes) {
          if (p.length < 2) fail(`short prefix: ${phrase}`);
          this.addPrefix(p, entry);
        }
      }
    });
  }

  /**
   * The lexicon an index was written from (`writeIndex`, with the same codec and word classes),
   * read where it lies. Matching is the same as with the phrases (a test compares the two); the
   * build stops on an index out of date with its phrases (scripts/support-model/check-index.mjs).
   */
  static read<T>(index: LexiconIndex, codec: ValueCodec<T>, classes: Classes = {}): Lexicon<T> {
    const lexicon = new Lexicon<T>([], classes);
    lexicon.indexed = { words: index.words, prefixes: index.prefixes, codec };
    return lexicon;
  }

  private add(word: string, entry: Entry<T>): void {
    const list = this.byWord.get(word) as Entry<T>[] | undefined;
    if (list === undefined) this.byWord.set(word, [entry]);
    else list.push(entry);
  }

  private addPrefix(prefix: string, entry: Entry<T>): void {
    const list = this.byPrefix.get(prefix.charAt(0));
    if (list === undefined) this.byPrefix.set(prefix.charAt(0), [[prefix, entry]]);
    else list.push([prefix, entry]);
  }

  /** The phrases `word` starts, read from the index the first time it is asked for. */
  private startedBy(word: string): readonly Entry<T>[] | undefined {
    const known = this.byWord.get(word);
    if (known !== undefined || this.indexed === undefined) return known;
    const { words, codec } = this.indexed;
    const line = findLine(words, word, '\t');
    const list: Entry<T>[] = [];
    if (line !== undefined) {
      const cells = line.split('\t');
      for (let i = 0; i + 2 < cells.length; i += 3)
        list.push({
          value: codec.read(cells[i] ?? ''),
          needs: cells[i + 1] ?? '',
          rest: cells[i + 2] ?? '',
        });
    }
    this.byWord.set(word, list.length > 0 ? list : NONE);
    return list;
  }

  /**
   * The phrases that start with a prefix of this first letter, read from the index the first time
   * it is asked for: its prefix lines are grouped by first letter (`writeIndex`).
   */
  private prefixedBy(letter: string): readonly [string, Entry<T>][] | undefined {
    const known = this.byPrefix.get(letter);
    if (known !== undefined || this.indexed === undefined) return known;
    const { prefixes, codec } = this.indexed;
    const list = linesStartingWith(prefixes, letter).map((line): [string, Entry<T>] => {
      const [prefix = '', value = '', needs = '', rest = ''] = line.split('\t');
      return [prefix, { value: codec.read(value), needs, rest }];
    });
    this.byPrefix.set(letter, list);
    return list;
  }

  /** This lexicon's index, for `support-lexicon-index.ts` (built, not read from an index). */
  writeIndex(codec: ValueCodec<T>): LexiconIndex {
    if (this.indexed !== undefined) fail('write the index from a lexicon built from its phrases');
    const cell = (text: string): string =>
      /[\t\n]/.test(text) ? fail(`a tab or line break in ${text}`) : text;
    const cells = (e: Entry<T>): string[] => [
      cell(codec.write(e.value)),
      cell(neededChoices(e.rest).join(' ')),
      cell(e.rest),
    ];
    const words = [...this.byWord.keys()]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((word) => [cell(word), ...(this.byWord.get(word) ?? []).flatMap(cells)].join('\t'));
    // Grouped by first letter, as `prefixedBy` reads them.
    const prefixes = [...this.byPrefix.values()]
      .flat()
      .map(([prefix, e]) => [cell(prefix), ...cells(e)].join('\t'));
    return { words: words.join('\n'), prefixes: prefixes.join('\n') };
  }

  /** The steps of each way of writing an entry's rest, compiled on first use. */
  private stepsOf(entry: Entry<T>): readonly (readonly Step[])[] {
    return (entry.steps ??= expand(entry.rest).map((rest) =>
      compileSteps(
        rest.split(' ').filter((t) => t !== ''),
        this.testOf,
      ),
    ));
  }

  /** Compiles every phrase now (which throws on a malformed one); how many ways they are written. */
  compileAll(): number {
    if (this.indexed !== undefined) fail('compile all from a lexicon built from its phrases');
    const entries = new Set([...this.byWord.values(), ...this.byPrefix.values()].flat());
    let ways = 0;
    for (const entry of entries)
      ways += this.stepsOf(Array.isArray(entry) ? entry[1] : entry).length;
    return ways;
  }

  /** Every phrase that matches `words`, once per phrase and start (its shortest match). */
  matches(words: readonly string[]): Match<T>[] {
    const found: Match<T>[] = [];
    // The sentence's words, possessives also bare ("cat's" is "cat" too), as a choice's test sees
    // them: whether a needed choice has a word here is a few lookups, with no test built for it.
    const present = new Set<string>();
    for (const word of words) {
      present.add(word);
      if (word.endsWith("'s")) present.add(word.slice(0, -2));
    }
    const held = new Map<string, boolean>();
    const holds = (choice: string): boolean => {
      let known = held.get(choice);
      if (known === undefined) {
        const { words: allowed, prefixes } = this.optionsOf(choice);
        known =
          allowed.some((w) => present.has(w)) ||
          prefixes.some((p) => words.some((w) => w.startsWith(p)));
        held.set(choice, known);
      }
      return known;
    };
    words.forEach((word, start) => {
      const tryEntry = (entry: Entry<T>): void => {
        entry.needed ??=
          entry.needs === undefined
            ? neededChoices(entry.rest)
            : entry.needs === ''
              ? NONE
              : entry.needs.split(' ');
        for (const choice of entry.needed) if (!holds(choice)) return;
        for (const steps of this.stepsOf(entry)) {
          const end = matchFrom(steps, 0, words, start + 1);
          if (end >= 0) found.push({ value: entry.value, start, end });
        }
      };
      // A phrase's first word may be possessive too ("cat's food").
      const bare = word.endsWith("'s") ? word.slice(0, -2) : word;
      this.startedBy(bare)?.forEach(tryEntry);
      if (bare !== word) this.startedBy(word)?.forEach(tryEntry);
      for (const [prefix, entry] of this.prefixedBy(word.charAt(0)) ?? []) {
        if (word.startsWith(prefix)) tryEntry(entry);
      }
    });
    return found;
  }
}

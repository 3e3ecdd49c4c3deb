/**
 * Lookup in text of lines sorted by key, for generated tables that are searched where they lie
 * instead of being built into a map on every run (the word model's weights, the lexicon index).
 */

/**
 * The rest of the line whose key (the text before its first `sep`) is `key`, or undefined. The
 * lines of `text` are sorted by key in code-unit order (`a < b`).
 */
export function findSorted(text: string, key: string, sep: string): string | undefined {
  // [lo, hi) always starts and ends at the start of a line.
  let [lo, hi] = [0, text.length];
  while (lo < hi) {
    // The line around the middle: text[lo - 1] is a line break, so it starts at lo or later (and
    // at the middle at the latest, even when text[0] is one: lastIndexOf reads -1 as 0).
    const middle = (lo + hi) >>> 1;
    const start = Math.min(text.lastIndexOf('\n', middle - 1) + 1, middle);
    const lineEnd = text.indexOf('\n', start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const cut = text.indexOf(sep, start);
    const keyEnd = cut < 0 || cut > end ? end : cut;
    const found = text.slice(start, keyEnd);
    if (found === key) return text.slice(Math.min(keyEnd + 1, end), end);
    if (found < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

/**
 * A table of sorted lines kept outside the code, which hands out only the stretch of lines where a
 * key would be: the bundles read the support check's and the FAQ matcher's tables so from
 * dist/tables.txt, a block at a time (scripts/tables.cjs), rather than holding all of them in
 * memory.
 */
export interface LinesTable {
  /** Whole lines, in order, among which a line of `key` is if the table has one. */
  readonly linesFor: (key: string) => string;
}

/** Sorted lines, as text or as a table read a block at a time. */
export type SortedLines = string | LinesTable;

/** `findSorted` on sorted lines of either kind. */
export function findLine(lines: SortedLines, key: string, sep: string): string | undefined {
  return findSorted(typeof lines === 'string' ? lines : lines.linesFor(key), key, sep);
}

/** A number as the key of a line: four digits, so that keys sort as the numbers do (to 9,999). */
export const numberKey = (n: number): string => String(n).padStart(4, '0');

/**
 * The lines of `text` that start with `start`, where such lines lie together (sorted text, or
 * lines grouped by their first letters): one scan to the first of them, then each in turn.
 */
export function linesStartingWith(text: string, start: string): string[] {
  const lines: string[] = [];
  const first = text.startsWith(start) ? 0 : text.indexOf(`\n${start}`);
  for (let at = first > 0 ? first + 1 : first; at >= 0 && text.startsWith(start, at);) {
    const end = text.indexOf('\n', at);
    lines.push(text.slice(at, end < 0 ? undefined : end));
    at = end < 0 ? -1 : end + 1;
  }
  return lines;
}

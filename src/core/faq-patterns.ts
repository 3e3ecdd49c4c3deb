/**
 * The pattern language of `faq-vocabulary.ts`, compiled: the stemmer and the elements a pattern is
 * made of. Shared by the matcher (`faq-match.ts`) and the index of its tables (`faq-index.ts`).
 */
import { CLASSES } from './faq-vocabulary.js';

export interface Token {
  word: string;
  stem: string;
}

export type Element =
  | { kind: 'stem'; value: string }
  | { kind: 'exact'; value: string }
  | { kind: 'prefix'; value: string }
  | { kind: 'class'; stems: ReadonlySet<string> }
  | { kind: 'words'; words: ReadonlySet<string> }
  | { kind: 'gap'; max: number }
  | { kind: 'start' };

/** A light suffix stripper: enough to make "texting", "texted" and "texts" one word. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.length > 4 && /ie[sd]$/.test(word)) return `${word.slice(0, -3)}y`;
  let w = word;
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  else if (/(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

/** `stem`, remembered: the same words are stemmed many times over. */
const stems = new Map<string, string>();
export function stemOnce(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) stems.set(word, (stemmed = stem(word)));
  return stemmed;
}

/** The stems of a word class's words, each class built the first time a pattern needs it. */
const classes = new Map<string, ReadonlySet<string>>();
export function classStems(name: string): ReadonlySet<string> {
  let known = classes.get(name);
  if (known === undefined) {
    const words = CLASSES[name];
    if (!words) throw new Error(`Unknown word class in FAQ pattern: @${name}`);
    classes.set(name, (known = new Set(words.map(stemOnce))));
  }
  return known;
}

export function compile(pattern: string): Element[] {
  return pattern.split(' ').map((part): Element => {
    // `^`: the question's first word comes next ("mum not answering" is about mum).
    if (part === '^') return { kind: 'start' };
    if (part === '*') return { kind: 'gap', max: 2 };
    if (part === '**') return { kind: 'gap', max: 4 };
    if (part.startsWith('=')) return { kind: 'exact', value: part.slice(1) };
    if (part.endsWith('~')) return { kind: 'prefix', value: part.slice(0, -1) };
    // `@=NAME`: a word of the class as written, for words a stem would confuse ("sam", "same").
    if (part.startsWith('@=')) {
      const words = CLASSES[part.slice(2)];
      if (!words) throw new Error(`Unknown word class in FAQ pattern: ${part}`);
      return { kind: 'words', words: new Set(words) };
    }
    if (part.startsWith('@')) return { kind: 'class', stems: classStems(part.slice(1)) };
    return { kind: 'stem', value: stemOnce(part) };
  });
}

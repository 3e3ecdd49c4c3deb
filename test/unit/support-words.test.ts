/**
 * The word fixes of canonical text ("ur" -> "your", "hell kill" -> "he will kill"), made in one
 * pass over the words, against the plain definition: one regular expression of every fix, as the
 * check used to run it.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fixWords, supportSentences } from '../../src/core/support.js';
import { NEXT_WORD_FIXES, WORD_FIXES } from '../../src/core/support-phrases.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every fix as one alternation: at a word, the first fix that matches there as whole words. */
function reference(text: string): string {
  const plain = [
    ...NEXT_WORD_FIXES.filter(([, next]) => next.length === 0).map(([words]) => words),
    ...Object.keys(WORD_FIXES),
  ].sort((a, b) => b.length - a.length);
  const conditioned = NEXT_WORD_FIXES.filter(([, next]) => next.length > 0).map(
    ([words, next]) =>
      `${escape(words)}(?= ${next.includes('*') ? '\\S' : `(?:${next.map(escape).join('|')})\\b`})`,
  );
  const pattern = new RegExp(`\\b(?:${[...plain.map(escape), ...conditioned].join('|')})\\b`, 'g');
  const pairs = new Map(NEXT_WORD_FIXES.map(([words, , fix]) => [words, fix]));
  return text.replace(pattern, (w) => pairs.get(w) ?? WORD_FIXES[w] ?? w);
}

/** Words that fixes are made of, the words some wait for, and others. */
const vocabulary = [
  ...new Set([
    ...Object.keys(WORD_FIXES),
    ...NEXT_WORD_FIXES.flatMap(([words, next]) => [...words.split(' '), ...next]),
    'kill',
    'me',
    'no',
    'one',
    'and',
    'killer',
    'constructor',
    '__proto__',
    'toString',
    '2x',
    'x2',
  ]),
].filter((w) => w !== '*');
const separator = fc.constantFrom(' ', ' ', ' ', ' , ', "'", '\n', '  ', '-');
const text = fc
  .array(fc.tuple(fc.constantFrom(...vocabulary), separator), { maxLength: 14 })
  .map((parts) => parts.map(([word, sep]) => word + sep).join(''));

describe('the word fixes', () => {
  it('are written the way the one pass over words reads them', () => {
    // fixWords looks one-word fixes up by the whole word, and matches the others word by word:
    // a prefix (`word*`), an apostrophe or a double space would never match.
    const word = /^[a-z0-9_]+$/;
    expect(Object.keys(WORD_FIXES).filter((key) => !word.test(key))).toEqual([]);
    for (const [words, next] of NEXT_WORD_FIXES) {
      expect(words.split(' ').every((w) => word.test(w))).toBe(true);
      expect(next.every((w) => w === '*' || word.test(w))).toBe(true);
    }
    // A fix of one word is in one list only, so which list wins never matters.
    const alone = NEXT_WORD_FIXES.filter(([, next]) => next.length === 0).map(([words]) => words);
    expect(alone.filter((w) => Object.hasOwn(WORD_FIXES, w))).toEqual([]);
  });
});

describe('fixWords', () => {
  it('fixes exactly what one expression of every fix would, word for word', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(fixWords(t)).toBe(reference(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('fixes slang and the words that depend on the next one', () => {
    expect(fixWords('ur not alone, noone cares')).toBe(
      `${WORD_FIXES.ur} not alone, ${WORD_FIXES.noone} cares`,
    );
    expect(fixWords('hell kill me')).toBe('he will kill me');
    expect(fixWords('hell yeah')).toBe('hell yeah');
    expect(fixWords('w my mum')).toBe('with my mum');
    expect(fixWords('no one knows, no onerous')).toBe('nobody knows, no onerous');
    expect(fixWords('constructor toString __proto__')).toBe('constructor toString __proto__');
  });

  it('is what canonical sentences come out with', () => {
    expect(supportSentences('Ill kill myslef 2nite, no one would care')).toEqual([
      'i will kill myself 2nite , nobody would care',
    ]);
  });
});

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { pieceEnd } from '../../src/ui/output.js';

/** The pieces `text` is written in, `size` units at most (one more to keep a pair whole). */
function pieces(text: string, size: number): string[] {
  const result: string[] = [];
  for (let from = 0; from < text.length;) {
    const to = pieceEnd(text, from, size);
    result.push(text.slice(from, to));
    from = to;
  }
  return result;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

describe('pieceEnd', () => {
  it('cuts before a pair that would straddle the end of a piece', () => {
    expect(pieces('ab😀cd', 3)).toEqual(['ab', '😀c', 'd']);
    expect(pieces('😀😀', 3)).toEqual(['😀', '😀']);
    expect(pieces('😀', 1)).toEqual(['😀']);
  });

  it('writes any text whole, in pieces that each encode on their own', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.integer({ min: 1, max: 9 }),
        (text, size) => {
          const parts = pieces(text, size);
          expect(parts.join('')).toBe(text);
          for (const part of parts) {
            expect(part.length).toBeGreaterThan(0);
            expect(part.length).toBeLessThanOrEqual(size + 1);
            // A piece that ends in the first half of a pair would lose the character.
            if (part !== parts.at(-1)) expect(isHigh(part.charCodeAt(part.length - 1))).toBe(false);
            expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import { modelWeight } from '../../src/core/support-model.js';
import { MODEL_WEIGHTS } from '../../src/core/support-model-weights.js';

/** Each flag's weights as written: [feature, weight] in file order. */
const lines = (flag: 'crisis' | 'safety'): [string, number][] =>
  String(MODEL_WEIGHTS[flag].weights)
    .trim()
    .split('\n')
    .map((line) => {
      const space = line.lastIndexOf(' ');
      return [line.slice(0, space), Number(line.slice(space + 1))];
    });

describe.each([
  [0, 'crisis'],
  [1, 'safety'],
] as const)('the word model weights of %s', (flag, name) => {
  const written = lines(name);

  it('are sorted by feature in code-unit order, with no feature twice', () => {
    expect(written.length).toBeGreaterThan(1000);
    for (let i = 1; i < written.length; i += 1) {
      expect((written[i - 1]?.[0] ?? '') < (written[i]?.[0] ?? '')).toBe(true);
    }
  });

  it('are found by binary search, every one of them', () => {
    const wrong = written.filter(([feature, weight]) => modelWeight(flag, feature) !== weight);
    expect(wrong).toEqual([]);
  });

  it('give 0 for a feature the model never saw, before, between and after the others', () => {
    const first = written[0]?.[0] ?? '';
    const last = written[written.length - 1]?.[0] ?? '';
    for (const unseen of [
      '',
      '!',
      `${first}!`,
      `${written[5]?.[0] ?? ''}_zzzz`,
      `${last}z`,
      '~~',
    ]) {
      if (written.some(([feature]) => feature === unseen)) continue;
      expect(modelWeight(flag, unseen)).toBe(0);
    }
  });
});

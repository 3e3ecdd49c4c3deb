import { describe, expect, it } from '@jest/globals';
import { editDistance } from '../../src/core/edit-distance.js';
import { neutralizeControls, oneLine } from '../../src/core/text.js';

describe('neutralizeControls', () => {
  it('turns escape sequences into visible text', () => {
    const out = neutralizeControls('hi \u001b[2J\u001b]0;title\u0007 there');
    expect(out.includes('\u001b') || out.includes('\u0007')).toBe(false);
    expect(out).toBe('hi \\e[2J\\e]0;title\\x07 there');
  });

  it('keeps newlines, tabs, emoji and right-to-left text as they are', () => {
    const text = 'line one\n\tשלום 💔 مرحبا';
    expect(neutralizeControls(text)).toBe(text);
  });

  it('neutralises C1 controls and carriage returns', () => {
    expect(neutralizeControls('a\u009bb\rc')).toBe('a\\x9bb\\rc');
  });
});

describe('oneLine', () => {
  it('folds lines and shortens long text with an ellipsis', () => {
    expect(oneLine('first\n  second', 40)).toBe('first second');
    expect(oneLine('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('editDistance', () => {
  it('counts edits, with a swap of neighbours as one', () => {
    expect(editDistance('freinds', 'friends')).toBe(1);
    expect(editDistance('wayt', 'wait')).toBe(1);
    expect(editDistance('ghosted', 'ghosted')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

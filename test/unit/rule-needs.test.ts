import { describe, expect, it } from '@jest/globals';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import fc from 'fast-check';
import { ruleAlternatives } from '../../src/core/rule-analysis.js';
import { mayMatch, type RuleAlternative } from '../../src/core/rule-needs.js';
import { RULE_LIMIT, SUPPORT_INDEX } from '../../src/core/support-index.js';
import { CRISIS_RULES, SAFETY_RULES } from '../../src/core/support-phrases.js';
import { findLine, numberKey } from '../../src/core/sorted-lines.js';

describe('ruleAlternatives', () => {
  it('splits a rule at its top-level bars only, each part as written', () => {
    const parts = ruleAlternatives(
      String.raw`\bno (?:will|wish) to (?:live|go on)\b|\bcoercive\b|x(?=a|b)`,
    );
    expect(parts.map(([source]) => source)).toEqual([
      String.raw`\bno (?:will|wish) to (?:live|go on)\b`,
      String.raw`\bcoercive\b`,
      'x(?=a|b)',
    ]);
  });

  it('needs the words every match holds, each run of choices written out', () => {
    const needs = ruleAlternatives(
      String.raw`\b(?:lost|no) (?:the )?will to (?:live|go on)\b`,
    )[0]?.[1];
    expect(needs).toEqual([
      [
        'no will to live',
        'no will to go on',
        'lost will to live',
        'lost will to go on',
        'no the will to live',
        'no the will to go on',
        'lost the will to live',
        'lost the will to go on',
      ],
      ['live', 'go on'],
      ['no', 'lost'],
    ]);
  });

  it('needs only what a part cannot match without', () => {
    expect(ruleAlternatives(String.raw`\b\w+ing\b`)).toEqual([[String.raw`\b\w+ing\b`, [['ing']]]]);
    expect(ruleAlternatives(String.raw`(?:he|she)?\s+\w+`)).toEqual([
      [String.raw`(?:he|she)?\s+\w+`, []],
    ]);
    // A part of a group with nothing needed makes the whole group need nothing.
    expect(ruleAlternatives(String.raw`(?:hit|\w+) me`)[0]?.[1]).toEqual([[' me']]);
  });

  it('keeps the shortest strings of a clause: a text holding a longer one holds them', () => {
    const needs = ruleAlternatives(String.raw`(?:kill|killing|skill) it`)[0]?.[1];
    expect(needs?.[0]).toEqual(['kill it', 'killing it']);
    const loose = ruleAlternatives(String.raw`(?:kill|killing)\s`)[0]?.[1];
    expect(loose).toEqual([['kill']]);
  });

  it('refuses a back-reference, whose number a part standing alone would change', () => {
    expect(() => ruleAlternatives(String.raw`(a)b|c\1`)).toThrow(/back-reference/);
  });
});

describe('mayMatch', () => {
  it('needs a string of every clause, and nothing of no clauses', () => {
    const needs = [['will to ', 'wish to '], ['live']];
    expect(mayMatch(needs, 'no will to live')).toBe(true);
    expect(mayMatch(needs, 'no will to go on')).toBe(false);
    expect(mayMatch(needs, 'live and let live')).toBe(false);
    expect(mayMatch([], 'anything')).toBe(true);
  });
});

/** The rule with every assertion taken out, for generating text: fast-check cannot generate them. */
function withoutAssertions(source: string): string {
  const pattern = new RegExpParser({ ecmaVersion: 2022 }).parsePattern(source);
  const cuts: [number, number][] = [];
  visitRegExpAST(pattern, {
    onAssertionEnter(node) {
      if (!cuts.some(([start, end]) => node.start >= start && node.end <= end))
        cuts.push([node.start, node.end]);
    },
  });
  return cuts
    .sort(([a], [b]) => b - a)
    .reduce((text, [start, end]) => text.slice(0, start) + text.slice(end), source);
}

describe('every support rule, as the index stores it', () => {
  const rules = [CRISIS_RULES, SAFETY_RULES].flatMap((list, flag) =>
    list.map(([, source], rule) => ({ code: flag * RULE_LIMIT + rule, source })),
  );

  it('matches exactly the texts the whole rule matches, each part run only when it may match', () => {
    for (const { code, source } of rules) {
      const whole = new RegExp(source);
      const line = findLine(SUPPORT_INDEX.rules, numberKey(code), '\t') ?? '[]';
      const parts = (JSON.parse(line) as RuleAlternative[]).map(
        ([part, needs]) => [new RegExp(part), needs] as const,
      );
      const gated = (text: string): boolean =>
        parts.some(([pattern, needs]) => mayMatch(needs, text) && pattern.test(text));
      // Text made to match the rule as far as fast-check can (its lookarounds and word boundaries
      // left out): nearly all of it does match, and the rest is text that nearly matches.
      const text = fc
        .stringMatching(new RegExp(`^(?:${withoutAssertions(source)})$`))
        .map((s) => ` ${s} `);
      fc.assert(
        fc.property(text, (t) => whole.test(t) === gated(t)),
        { numRuns: 30 },
      );
    }
  });

  it('lets through most text made to match: the generated texts are a real check', () => {
    let [made, matched] = [0, 0];
    for (const { source } of rules.slice(0, 40)) {
      const whole = new RegExp(source);
      for (const s of fc.sample(
        fc.stringMatching(new RegExp(`^(?:${withoutAssertions(source)})$`)),
        10,
      )) {
        made += 1;
        if (whole.test(` ${s} `)) matched += 1;
      }
    }
    expect(matched / made).toBeGreaterThan(0.7);
  });
});

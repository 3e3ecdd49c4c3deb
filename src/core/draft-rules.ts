/**
 * The phrase patterns behind `exco draft`'s text rules, written for the canonical form of
 * `draft-text.ts` (lower case, contractions spelled out, " . ", " ? ", " ! ", " , " as tokens).
 * Each rule is a list of regular expressions over that form; a rule fires on any match.
 * `[^.?!]*` keeps a pattern inside one sentence. Every rule has positive and negative cases in
 * test/unit/draft-rules.test.ts; the patterns each list's mends added, in draft-verdict.test.ts.
 */
import type { TextRuleId } from '../content/draft.js';
import { ASK_PATTERNS } from './draft-rules-asks.js';
import { SAY_PATTERNS } from './draft-rules-says.js';

type PatternRule = Exclude<
  TextRuleId,
  'length' | 'questions' | 'crisis' | 'venting' | 'intensity' | 'heaviness'
>;

/** In the order findings are listed. */
export const TEXT_PATTERNS: Readonly<Record<PatternRule, readonly string[]>> = {
  pressure: ASK_PATTERNS.pressure,
  ultimatum: ASK_PATTERNS.ultimatum,
  demand: ASK_PATTERNS.demand,
  guilt: SAY_PATTERNS.guilt,
  hostility: SAY_PATTERNS.hostility,
  chasing: ASK_PATTERNS.chasing,
  'partner-question': SAY_PATTERNS['partner-question'],
  reopening: SAY_PATTERNS.reopening,
  change: SAY_PATTERNS.change,
  love: SAY_PATTERNS.love,
  monitoring: SAY_PATTERNS.monitoring,
  nostalgia: ASK_PATTERNS.nostalgia,
};

/**
 * Checks a message to the ex against the guide: brief and light; no pressure, guilt, ultimatums,
 * demands or questions about a new partner; no declarations of change or love ("show, don't
 * tell"); no chasing. The phrase rules (draft-rules.ts) catch what a message plainly says; when none
 * fires, a weighted score of weak cues (draft-score.ts) catches a message that is heavy in sum.
 * Then the person's situation sets the verdict:
 * stop (exco will not help) > wait (not now) > revise (the words need work) > ok.
 * Pure: the words in, a verdict and findings out. It never suggests wording, only a direction.
 */
import { normaliseDraft, type DraftText } from './draft-text.js';
import {
  isIntense,
  isVenting,
  LONG_WORDS,
  LOVE_SYMBOLS,
  MANY_QUESTIONS,
  MANY_SENTENCES,
  PRACTICAL,
  SENTENCES_WORDS,
  SOCIAL,
  UNSAFE_WITH_YOU,
} from './draft-cues.js';
import { TEXT_PATTERNS } from './draft-rules.js';
import { weighDraft } from './draft-score.js';
import type { DraftSituation } from './draft-state.js';
import type { SupportFlag } from './model.js';
import { detectSupport } from './support.js';
import { STATE_RULES, TEXT_RULES, type DraftRuleId, type TextRuleId } from '../content/draft.js';

export type Verdict = 'ok' | 'revise' | 'wait' | 'stop';
export const VERDICTS: readonly Verdict[] = ['ok', 'revise', 'wait', 'stop'];

export interface DraftFinding {
  rule: DraftRuleId;
  message: string;
  suggestion: string;
}

export interface DraftResult {
  verdict: Verdict;
  findings: DraftFinding[];
  support: SupportFlag[];
  /** Only practical (children, keys, a lease, belongings): no contact does not apply. */
  practical: boolean;
}

const COMPILED = Object.entries(TEXT_PATTERNS).map(
  ([rule, sources]) => [rule as TextRuleId, sources.map((s) => new RegExp(s))] as const,
);
const PRACTICAL_RE = new RegExp(PRACTICAL);
const SOCIAL_RE = new RegExp(SOCIAL);
const UNSAFE_RE = UNSAFE_WITH_YOU.map((s) => new RegExp(s));
/** Findings that do not make a message more than practical. */
const SHAPE_RULES: readonly DraftRuleId[] = ['length', 'questions'];

const finding = (rule: TextRuleId): DraftFinding => ({ rule, ...TEXT_RULES[rule] });

/** The rules the words break, in a stable order. Exported for the rule tests. */
export function textFindings(text: DraftText, options: { reunion?: boolean } = {}): DraftFinding[] {
  const found: DraftFinding[] = [];
  const long =
    text.words > LONG_WORDS || (text.sentences >= MANY_SENTENCES && text.words > SENTENCES_WORDS);
  if (long) found.push(finding('length'));
  if (text.questions >= MANY_QUESTIONS) found.push(finding('questions'));
  for (const [rule, patterns] of COMPILED) {
    if ((rule === 'reopening' || rule === 'nostalgia') && options.reunion) continue;
    const hit =
      patterns.some((p) => p.test(text.norm)) || (rule === 'love' && LOVE_SYMBOLS.test(text.raw));
    if (hit) found.push(finding(rule));
  }
  if (isVenting(text.norm)) found.push(finding('venting'));
  if (isIntense(text)) found.push(finding('intensity'));
  // No single phrase broke a rule: the weak cues may still add up to a heavy message.
  if (found.length === 0) found.push(...weighDraft(text, options).rules.map(finding));
  return found;
}

/** Just the rule ids a text breaks, with no situation: handy for tests and tooling. */
export function textRules(message: string, options: { reunion?: boolean } = {}): TextRuleId[] {
  return textFindings(normaliseDraft(message), options).map((f) => f.rule as TextRuleId);
}

function isPractical(text: DraftText, findings: readonly DraftFinding[]): boolean {
  return (
    findings.every((f) => SHAPE_RULES.includes(f.rule)) &&
    PRACTICAL_RE.test(text.norm) &&
    !SOCIAL_RE.test(text.norm)
  );
}

/**
 * The verdict on `message` for someone in `situation` (null before `exco start`: words only).
 * Stop lists only why; wait lists why and what the words need; revise lists what the words need.
 */
export function checkDraft(message: string, situation: DraftSituation | null): DraftResult {
  const text = normaliseDraft(message);
  const support = detectSupport(message);
  if (!support.includes('safety') && UNSAFE_RE.some((p) => p.test(text.norm)))
    support.push('safety');
  const words = textFindings(text, { reunion: situation?.reunion === true });
  if (support.includes('crisis')) words.push(finding('crisis'));
  const practical = isPractical(text, words);

  const stop: DraftFinding[] = [...(situation?.stop ?? [])];
  if (support.includes('safety')) stop.push({ rule: 'unsafe', ...STATE_RULES.unsafe });
  if (stop.length) {
    const crisis = words.filter((f) => f.rule === 'crisis');
    return { verdict: 'stop', findings: [...stop, ...crisis], support, practical };
  }
  const wait = practical ? [] : (situation?.wait ?? []);
  if (wait.length) return { verdict: 'wait', findings: [...wait, ...words], support, practical };
  return { verdict: words.length ? 'revise' : 'ok', findings: words, support, practical };
}

/**
 * The coach's reply after a check-in, built from what the person wrote: their mood and urge, how
 * today compares with their recent check-ins, the prompt they answered, and the patterns they
 * have named. The person's own words are quoted with control characters neutralised.
 */
import { COACH, PATTERN_PHRASE } from '../content/reflect.js';
import { type CheckInHistory, recentBefore } from './check-ins.js';
import type { Goal, Mistake, Reflection } from './model.js';
import { promptById } from './reflection-prompts.js';
import { oneLine } from './text.js';

type Pattern = Mistake['pattern'];

const CUES: ReadonlyArray<readonly [Pattern, RegExp]> = [
  [
    'clingy',
    /\b(?:cling(?:y|ing)?|clung|needy|too attached|smother\w*|texted (?:them |him |her )?too much)\b/i,
  ],
  [
    'controlling',
    /\b(?:controll?\w*|possessive|jealous\w*|check(?:ed|ing)? (?:their|his|her) phone|told (?:them|him|her) what to)\b/i,
  ],
  [
    'distant',
    /\b(?:distant|withdr[ae]w\w*|shut (?:down|(?:them|him|her) out)|pulled away|closed off|went (?:quiet|cold|silent)|stonewall\w*|emotionally unavailable)\b/i,
  ],
  [
    'communication',
    /\b(?:communicat\w*|(?:did not|didn't|never) (?:talk|say|listen|tell)\w*|bottled|argu(?:e|ed|ing|ment\w*)|yell\w*|shout\w*|silent treatment|listen\w*)\b/i,
  ],
];

/** The mistake pattern the text seems to describe, if any. */
export function patternCue(text: string): Pattern | null {
  for (const [pattern, cue] of CUES) if (cue.test(text)) return pattern;
  return null;
}

export interface CoachInput {
  entry: Reflection;
  /** The check-ins saved before this one (core/check-ins.ts). */
  history: CheckInHistory;
  mistakes: readonly Mistake[];
  goals: readonly Goal[];
  safetyMode: boolean;
}

const average = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const shown = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function moodLine(entry: Reflection): string | null {
  return COACH.mood[entry.mood] ?? null;
}

function urgeLine(entry: Reflection, safe: boolean): string | null {
  if (entry.urge >= 8) return safe ? COACH.urgeHighSafety(entry.urge) : COACH.urgeHigh(entry.urge);
  if (entry.urge >= 5) return COACH.urgeMid(entry.urge);
  if (entry.urge <= 2) return COACH.urgeLow(entry.urge);
  return null;
}

interface Trend {
  line: string;
  /** True when the line is about their mood, which then replaces the mood-level line. */
  mood: boolean;
}

/** Low check-ins in a row, ending with this one, counted on distinct days. */
function lowDays(entry: Reflection, recent: readonly Reflection[]): number {
  const days = new Set<string>();
  for (const r of [...recent, entry].reverse()) {
    if (r.mood > 2) break;
    days.add(r.date);
  }
  return days.size;
}

function trend(entry: Reflection, history: CheckInHistory): Trend | null {
  if (history.count === 0) return { line: COACH.first, mood: false };
  const recent = recentBefore(history.recent, entry);
  const low = lowDays(entry, recent);
  if (low >= 3) return { line: COACH.lowRun(low), mood: true };
  if (recent.length < 2) return null;
  const mood = average(recent.map((r) => r.mood));
  const urge = average(recent.map((r) => r.urge));
  if (entry.mood - mood >= 1) return { line: COACH.moodUp(shown(mood), recent.length), mood: true };
  if (mood - entry.mood >= 1) return { line: COACH.moodDown(shown(mood)), mood: true };
  if (urge - entry.urge >= 2) return { line: COACH.urgeDown(shown(urge)), mood: false };
  if (entry.urge - urge >= 2) return { line: COACH.urgeUp(shown(urge)), mood: false };
  return null;
}

function promptLine(entry: Reflection): string | null {
  const prompt = promptById(entry.promptId);
  if (!prompt) return null;
  return entry.answer?.trim() ? prompt.followUp : COACH.skipped;
}

function mistakeLine(input: CoachInput): string | null {
  const { entry, mistakes, goals } = input;
  const cue = patternCue(`${entry.answer ?? ''}\n${entry.note ?? ''}`);
  // Without a cue in today's words, a different named pattern comes up on different days.
  const named = cue
    ? mistakes.filter((m) => m.pattern === cue).at(-1)
    : mistakes[(input.history.count + 1) % Math.max(1, mistakes.length)];
  if (named) {
    const phrase = PATTERN_PHRASE[named.pattern];
    const line = COACH.knownPattern(phrase, named.id, oneLine(named.plan, 80));
    const goal = goals.find((g) => g.addresses === named.id && g.status === 'active');
    return goal ? `${line} ${COACH.knownPatternGoal(oneLine(goal.title, 60))}` : line;
  }
  if (cue) return COACH.newPattern(PATTERN_PHRASE[cue]);
  // The nudge to name a pattern follows the prompts that lead to one, not every check-in.
  const leadsToPattern = ['own-part', 'differently'].includes(entry.promptId ?? '');
  return leadsToPattern && entry.answer?.trim() ? COACH.firstPattern : null;
}

/**
 * A few sentences for the person who just checked in. On a crisis flag the reply is only care;
 * on a safety flag, or in safety mode, it never asks them to look for their own mistakes.
 */
export function coachReply(input: CoachInput): string[] {
  const { entry } = input;
  if (entry.support.includes('crisis')) return [COACH.crisis];
  const safe = input.safetyMode || entry.support.includes('safety');
  const change = trend(entry, input.history);
  // A trend in mood says more than the level; a very low day is always answered with care.
  const lines = [
    entry.support.includes('safety') ? COACH.safety : null,
    change?.mood && entry.mood > 1 ? null : moodLine(entry),
    urgeLine(entry, safe),
    change?.line ?? null,
    promptLine(entry),
    safe ? null : mistakeLine(input),
  ];
  const said = lines.filter((l): l is string => Boolean(l));
  // Kept short: the note that this is the first check-in gives way when there is more to say.
  return said.length > 3 ? said.filter((l) => l !== COACH.first) : said;
}

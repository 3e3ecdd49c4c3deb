/**
 * Step 6 rules: whether it is open, the conversation record, and what the conversations so far
 * say about the pace. Pure.
 */
import { byDayThenTime } from './contacts.js';
import { addDays, daysBetween, type Day } from './dates.js';
import { assess, isStarted } from './engine.js';
import { nextId } from './ids.js';
import {
  CONVERSATION_FEELINGS,
  type Conversation,
  type ExcoData,
  type SupportFlag,
} from './model.js';
import { REUNION_TOPICS, type TopicId } from '../content/reunion.js';

export type Went = (typeof CONVERSATION_FEELINGS)[number];

export type ReunionAccess =
  | { open: true }
  | {
      open: false;
      code: 'not-started' | 'safety' | 'new-partner' | 'moving-on' | 'no-interest';
      reason: string;
    };

/** Step 6 is open when they showed interest or they are back together, and nothing closes it. */
export function reunionAccess(data: ExcoData | null, now: Date): ReunionAccess {
  if (data?.safety) {
    return {
      open: false,
      code: 'safety',
      reason:
        'Safety mode is on: exco does not coach a reunion with someone who made you feel unsafe.',
    };
  }
  if (!isStarted(data)) {
    return { open: false, code: 'not-started', reason: 'Run `exco start` first.' };
  }
  const a = assess(data, now);
  if (a.exNewPartner) {
    return {
      open: false,
      code: 'new-partner',
      reason: 'Your ex is with someone new: exco will not coach you to come between them.',
    };
  }
  if (a.movingOn) {
    return {
      open: false,
      code: 'moving-on',
      reason:
        'You chose to move on, so exco no longer coaches contact. To change that: `exco acceptance --outcome deciding`.',
    };
  }
  const reunion = a.steps.find((s) => s.id === 'reunion');
  if (reunion?.state === 'locked') {
    return {
      open: false,
      code: 'no-interest',
      reason: 'Step 6 opens when your ex reaches out and shows interest.',
    };
  }
  return { open: true };
}

const MAX_TOPICS = 10;
const MAX_TOPIC_CHARS = 80;

/** "what went wrong, Pace" -> ['what-went-wrong', 'pace']; unknown topics keep their words. */
export function parseTopics(list: string | readonly string[]): string[] {
  const items = typeof list === 'string' ? list.split(',') : list;
  const out: string[] = [];
  for (const item of items) {
    const text = item.trim().slice(0, MAX_TOPIC_CHARS);
    if (!text) continue;
    const slug = text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const known = REUNION_TOPICS.find(
      (t) => t.id === slug || t.name.toLowerCase().replace(/[^a-z0-9]+/g, '-') === slug,
    );
    const topic = known?.id ?? text;
    if (!out.includes(topic)) out.push(topic);
  }
  return out.slice(0, MAX_TOPICS);
}

export interface ConversationInput {
  date: Day;
  went: Went;
  topics: readonly string[];
  note?: string;
  support?: readonly SupportFlag[];
}

export function logConversation(data: ExcoData, input: ConversationInput, now: Date): Conversation {
  const note = input.note?.trim();
  const record: Conversation = {
    id: nextId('t', data.conversations),
    at: now.toISOString(),
    date: input.date,
    went: input.went,
    topics: [...input.topics],
    ...(note ? { note } : {}),
    ...(input.support?.length ? { support: [...input.support] } : {}),
  };
  data.conversations.push(record);
  return record;
}

export interface ReunionProgress {
  count: number;
  covered: TopicId[];
  notYet: TopicId[];
  /** Hard conversations in a row, most recent first. */
  hardStreak: number;
  /** Conversations in the seven days up to today. */
  lastWeek: number;
}

export function reunionProgress(
  conversations: readonly Conversation[],
  today: Day,
): ReunionProgress {
  const ordered = [...conversations].sort(byDayThenTime);
  const seen = new Set(ordered.flatMap((c) => c.topics));
  let hardStreak = 0;
  for (const c of [...ordered].reverse()) {
    if (c.went !== 'hard') break;
    hardStreak += 1;
  }
  const weekStart = addDays(today, -6);
  return {
    count: ordered.length,
    covered: REUNION_TOPICS.filter((t) => seen.has(t.id)).map((t) => t.id),
    notYet: REUNION_TOPICS.filter((t) => !seen.has(t.id)).map((t) => t.id),
    hardStreak,
    lastWeek: ordered.filter(
      (c) => daysBetween(weekStart, c.date) >= 0 && daysBetween(c.date, today) >= 0,
    ).length,
  };
}

/** Conversations in a week that suggest checking the pace. */
export const BUSY_WEEK = 4;
/** Hard conversations in a row that suggest slowing down, or looking at step 7. */
export const HARD_STREAK = 2;

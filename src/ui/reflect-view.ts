/**
 * How check-ins, reflections and named mistakes look in the terminal. Everything the person wrote
 * goes through `style.theirs` or `oneLine`, so a stored escape sequence is shown, never obeyed.
 */
import { CHECKED_IN, NO_DATA, heatMap, sparkline, weekdayIndex } from '../core/charts.js';
import {
  byDay,
  checkInDay,
  checkInStreak,
  countByDay,
  dailyMood,
  dayStartHour,
  daysEnding,
  type UrgeSummary,
} from '../core/check-ins.js';
import { dayOf, daysBetween, formatDay } from '../core/dates.js';
import type { ExcoData, Mistake, Reflection } from '../core/model.js';
import { promptById } from '../core/reflection-prompts.js';
import { neutralizeControls, oneLine } from '../core/text.js';
import { MISTAKE_CHOICES, MOOD_CHOICES, NO_MISTAKES_YET } from '../content/reflect.js';
import { padEnd, wrap } from './layout.js';
import type { Output } from './output.js';

const LABEL = 12;
const SUPPORT_MARK = '⚑';

const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/**
 * The person's words after `lead` (coach's text, e.g. a label), wrapped to the screen with
 * continuation lines at `indent`, and set apart from the coach's voice.
 */
export function theirWords(lead: string, text: string, out: Output, indent: string): string {
  const paragraphs = neutralizeControls(text).split('\n').join(`\n${indent}`);
  const lines = wrap(`${lead}${paragraphs}`, out.columns, indent).split('\n');
  return lines
    .map((line, i) => {
      const head = i === 0 ? lead : (/^\s*/.exec(line)?.[0] ?? '');
      return `${i === 0 ? out.style.muted(head) : head}${out.style.theirs(line.slice(head.length))}`;
    })
    .join('\n');
}

const clock = (at: string) => {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDay(dayOf(d))}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** A muted label and a value wrapped beside it, continuation lines under the value. */
function labelled(label: string, value: string, out: Output): string {
  return wrap(value, out.columns - LABEL)
    .split('\n')
    .map((line, i) => (i === 0 ? out.style.muted(padEnd(label, LABEL)) : ' '.repeat(LABEL)) + line)
    .join('\n');
}

/**
 * Streak, mood sparkline and check-in heat map: the summary `exco reflect list` opens with, and
 * that `exco status` can show too.
 */
export function printCheckInSummary(data: ExcoData | null, now: Date, out: Output): void {
  const { style } = out;
  const reflections = data?.reflections ?? [];
  const row = (label: string, value: string) =>
    out.line(`${style.muted(padEnd(label, LABEL))}${value}`);
  const hour = dayStartHour(data);
  if (reflections.length === 0) {
    out.line(
      wrap(`No check-ins yet. ${style.command('exco reflect')} takes about a minute.`, out.columns),
    );
    return;
  }
  const today = checkInDay(data, now);
  const streak = checkInStreak(data, now);
  out.line(
    labelled(
      'Check-ins',
      `${reflections.length} in all · ${streak}-day streak (days start at ${hourText(hour)})`,
      out,
    ),
  );
  // Charts cover the time since the first check-in (at least a week or a month), so a new
  // person is not shown weeks of "no check-in" from before they began.
  const first = byDay(reflections)[0]?.date ?? today;
  const since = daysBetween(first, today) + 1;
  const days = Math.min(Math.max(7, since), Math.max(7, Math.min(30, out.columns - LABEL - 2)));
  const moods = dailyMood(reflections, daysEnding(today, days));
  row('Mood', sparkline(moods, 1, 5));
  const legend = `last ${days} days · ▁ low … █ high · ${NO_DATA} no check-in`;
  out.line(style.muted(labelled('', legend, out)));
  const fit = Math.max(4, Math.min(12, Math.floor((out.columns - LABEL - 4) / 2)));
  const spanned = (since - 1 - weekdayIndex(today) + weekdayIndex(first)) / 7 + 1;
  const weeks = Math.min(fit, Math.max(4, spanned));
  const map = heatMap(countByDay(reflections), { today, weeks });
  out.line(style.muted(`Last ${weeks} weeks`));
  out.line(`${' '.repeat(LABEL - 4)}${map.header}`);
  for (const line of map.rows) out.line(`${' '.repeat(LABEL - 4)}${line}`);
  out.line(style.muted(`${' '.repeat(LABEL)}${CHECKED_IN} check-in  ${NO_DATA} none`));
}

export function printUrges(summary: UrgeSummary, out: Output): void {
  if (summary.total === 0) return;
  const text = `${summary.heldOffThisWeek} held off in the last 7 days · ${summary.heldOff} of ${summary.total} held off in all`;
  out.line(labelled('Urges', text, out));
}

const moodName = (mood: number) => MOOD_CHOICES.find((c) => c.value === mood)?.name.slice(3) ?? '';

/** One line per check-in, oldest first: id, day, mood, urge and the start of the note. */
export function printEntries(reflections: readonly Reflection[], out: Output): void {
  const { style } = out;
  const sorted = byDay(reflections);
  const idWidth = Math.max(4, ...sorted.map((r) => r.id.length)) + 1;
  // Narrow terminals drop the year, so the note keeps some room.
  const wide = out.columns >= 60;
  const day = (d: string) => (wide ? formatDay(d) : formatDay(d).slice(0, -5));
  const dayWidth = wide ? 17 : 12;
  const head = `${padEnd('id', idWidth)}${padEnd('day', dayWidth)}${padEnd('mood', 6)}${padEnd('urge', 5)}`;
  out.line(style.muted(`${head}note`));
  const room = Math.max(8, out.columns - head.length);
  let flagged = false;
  for (const r of sorted) {
    const mark = r.support.length ? `${SUPPORT_MARK} ` : '';
    flagged ||= mark !== '';
    const words = oneLine(r.note ?? r.answer ?? '', room - mark.length);
    const mood = `${sparkline([r.mood], 1, 5)} ${r.mood}`;
    out.line(
      `${padEnd(r.id, idWidth)}${padEnd(day(r.date), dayWidth)}${padEnd(mood, 6)}${padEnd(String(r.urge), 5)}${mark}${style.theirs(words)}`,
    );
  }
  if (flagged) {
    out.line(style.muted(wrap(`${SUPPORT_MARK} support resources were shown then`, out.columns)));
  }
}

export function printReflection(r: Reflection, out: Output): void {
  const { style } = out;
  const indent = ' '.repeat(LABEL);
  const row = (label: string, value: string) =>
    out.line(`${style.muted(padEnd(label, LABEL))}${value}`);
  out.line(style.heading(`Check-in ${r.id} · ${formatDay(r.date)}`));
  row('Mood', `${r.mood} of 5 · ${moodName(r.mood).toLowerCase()}`);
  row('Urge', `${r.urge} of 10`);
  const question = r.prompt ?? promptById(r.promptId)?.text;
  if (question) {
    out.line(style.muted('Prompt'));
    out.line(wrap(`${indent}${question}`, out.columns, indent));
    out.line(
      r.answer?.trim()
        ? theirWords(indent, r.answer, out, indent)
        : `${indent}${style.muted('(no answer)')}`,
    );
  }
  if (r.note?.trim()) {
    out.line(style.muted('Note'));
    out.line(theirWords(indent, r.note, out, indent));
  }
  if (r.support.length) {
    out.line(
      wrap(
        `${style.muted(padEnd('Support', LABEL))}${r.support.join(', ')}: support resources were shown. Run \`exco start\` and choose "Support lines" to see them again.`,
        out.columns,
        indent,
      ),
    );
  }
  out.line(style.muted(`Saved ${clock(r.at)}`));
}

const patternName = (m: Mistake) =>
  MISTAKE_CHOICES.find((c) => c.value === m.pattern)?.name ?? m.pattern;

/** Named mistakes with their plans, and the titles of goals that work on them. */
export function printMistakes(data: ExcoData | null, out: Output): void {
  const { style } = out;
  const mistakes = data?.mistakes ?? [];
  if (mistakes.length === 0) {
    out.line(NO_MISTAKES_YET);
    return;
  }
  const indent = '      ';
  for (const m of mistakes) {
    out.line(`${style.strong(padEnd(m.id, 6))}${style.strong(patternName(m))}`);
    if (m.description?.trim()) out.line(theirWords(indent, m.description, out, indent));
    out.line(theirWords(`${indent}Plan: `, m.plan, out, indent));
    const goals = (data?.goals ?? []).filter((g) => g.addresses === m.id);
    for (const g of goals)
      out.line(
        `${indent}${style.muted('Goal:')} ${style.theirs(oneLine(g.title, out.columns - 20))} ${style.muted(`(${g.id}, ${g.status})`)}`,
      );
  }
}

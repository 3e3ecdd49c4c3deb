/** How goals look in the terminal: the list with progress, and the "show, don't tell" record. */
import { formatDay, type Day } from '../core/dates.js';
import { groupEvidence, type GoalEvidence } from '../core/goal-evidence.js';
import { goalProgress, SPARK_WEEKS, type GoalProgress } from '../core/goal-progress.js';
import type { ExcoData, Goal, Mistake } from '../core/model.js';
import { countSparkline } from '../core/charts.js';
import { oneLine } from '../core/text.js';
import { EVIDENCE, MISTAKE_IDEAS } from '../content/goals.js';
import { bullet, wrap } from './layout.js';
import type { Output } from './output.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Tue 24 Nov", with the year only when it is not this year's. */
export function shortDay(day: Day, today: Day): string {
  const full = formatDay(day);
  return day.slice(0, 4) === today.slice(0, 4) ? full.replace(/ \d{4}$/, '') : full;
}

/** A bar that is never shown full before the target is reached, nor empty once begun. */
export function progressBar(fraction: number, width: number): string {
  let filled = Math.round(fraction * width);
  if (fraction > 0 && filled === 0) filled = 1;
  if (fraction < 1 && filled === width) filled = width - 1;
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** What a goal is shown against: the day, and the mistakes it may answer. */
export interface GoalContext {
  today: Day;
  mistakes?: readonly Mistake[];
}

function cadence(goal: Goal, { today, mistakes }: GoalContext): string {
  const parts: string[] = [goal.category];
  if (goal.perWeek) parts.push(`${goal.perWeek}× a week`);
  if (goal.by) parts.push(`by ${shortDay(goal.by, today)}`);
  const answers = mistakes?.find((m) => m.id === goal.addresses);
  if (goal.addresses)
    parts.push(`answers ${goal.addresses}${answers ? ` (${answers.pattern})` : ''}`);
  return parts.join(' · ');
}

function weekLabel(goal: Goal, p: GoalProgress): string {
  const parts: string[] = [];
  if (goal.perWeek) parts.push(`${p.thisWeek} of ${goal.perWeek} this week${p.met ? ' ✓' : ''}`);
  else parts.push(`${plural(p.thisWeek, 'log')} this week`);
  if (p.streakWeeks > 0) parts.push(`${plural(p.streakWeeks, 'week')} in a row`);
  return parts.join(' · ');
}

function timeLabel(p: GoalProgress): string {
  const left = p.daysLeft ?? 0;
  if (left > 0) return `time: ${plural(left, 'day')} to go`;
  if (left === 0) return 'time: the target day is today';
  return `time: the target date passed ${plural(-left, 'day')} ago`;
}

/** The lines of one goal under its title: bar and this week, then the last weeks. */
export function goalLines(goal: Goal, p: GoalProgress, today: Day, out: Output): string[] {
  const { style } = out;
  const width = out.columns;
  const barWidth = Math.max(8, Math.min(16, width - 48));
  const lines: string[] = [];
  const barOf = (fraction: number) => style.accent(progressBar(fraction, barWidth));
  if (goal.status === 'done') {
    lines.push(style.ok(`✓ done on ${shortDay(p.asOf, today)}`));
  } else if (goal.status === 'archived') {
    lines.push(style.muted(`archived on ${shortDay(p.asOf, today)}`));
  } else {
    if (p.bar?.kind === 'week') lines.push(`${barOf(p.bar.fraction)}  ${weekLabel(goal, p)}`);
    if (p.bar?.kind === 'time') lines.push(`${barOf(p.bar.fraction)}  ${timeLabel(p)}`);
    if (p.bar?.kind === 'time' || !p.bar) lines.push(weekLabel(goal, p));
    if (goal.perWeek && goal.by) lines.push(timeLabel(p));
  }
  const last = p.lastLog ? ` · last ${shortDay(p.lastLog, today)}` : '';
  const spark = style.accent(countSparkline(p.weeks, p.weekTarget));
  lines.push(
    `${spark}  ${style.muted(`last ${SPARK_WEEKS} weeks`)} · ${plural(p.logs, 'log')}${last}`,
  );
  return lines.map((l) => wrap(`    ${l}`, width, '    '));
}

export function printGoal(goal: Goal, context: GoalContext, out: Output): void {
  const { today } = context;
  const { style } = out;
  const title = style.theirs(oneLine(goal.title, out.columns - 6));
  out.line(`${style.strong(goal.id.padEnd(3))} ${title}`);
  out.line(style.muted(wrap(`    ${cadence(goal, context)}`, out.columns, '    ')));
  for (const line of goalLines(goal, goalProgress(goal, today), today, out)) out.line(line);
}

/** `goals list`: active goals (or all), with a note of what is hidden. */
export function printGoalList(
  goals: readonly Goal[],
  all: boolean,
  context: GoalContext,
  out: Output,
): void {
  const { style } = out;
  const shown = all ? goals : goals.filter((g) => g.status === 'active');
  const hidden = goals.length - shown.length;
  if (shown.length === 0) {
    out.line(goals.length ? 'No active goals.' : 'No goals yet.');
  } else {
    out.line(style.heading(all ? 'Your goals' : 'Your goals this week'));
    for (const goal of shown) {
      out.line();
      printGoal(goal, context, out);
    }
  }
  if (hidden > 0) {
    const done = goals.filter((g) => g.status === 'done').length;
    const archived = goals.filter((g) => g.status === 'archived').length;
    const what = [done ? `${done} done` : '', archived ? `${archived} archived` : '']
      .filter(Boolean)
      .join(' and ');
    out.line();
    out.line(
      style.muted(wrap(`Also ${what}: \`exco goals list --all\` shows every goal.`, out.columns)),
    );
  }
}

function printGoalEvidence(e: GoalEvidence, maxLogs: number, today: Day, out: Output): void {
  const { style } = out;
  const status = e.goal.status === 'active' ? '' : ` (${e.goal.status})`;
  const head = `${e.goal.id} ${oneLine(e.goal.title, out.columns - 24)}`;
  out.line(`   ${style.strong(head)}${style.muted(`${status} · ${plural(e.logs.length, 'log')}`)}`);
  const logs = e.logs.slice(0, maxLogs);
  const days = logs.map((log) => shortDay(log.date, today));
  const dayWidth = Math.max(0, ...days.map((d) => d.length));
  logs.forEach((log, i) => {
    const room = Math.max(10, out.columns - dayWidth - 9);
    const note = log.note ? style.theirs(oneLine(log.note, room)) : '';
    out.line(`      ${(days[i] ?? '').padEnd(dayWidth)}  ${note}`.trimEnd());
  });
  const more = e.logs.length - maxLogs;
  if (more > 0) out.line(style.muted(`      and ${plural(more, 'earlier log')}`));
}

export interface EvidenceOptions {
  /** The day dates are shown relative to (the year is left out for this year's). */
  today?: Day;
  /** At most this many logs per goal, newest first. */
  maxLogs?: number;
}

/** The "show, don't tell" record, grouped by the mistakes it answers. */
export function printEvidence(data: ExcoData, out: Output, options: EvidenceOptions = {}): void {
  const { style } = out;
  const width = out.columns;
  const today = options.today ?? '';
  const maxLogs = options.maxLogs ?? 8;
  const evidence = groupEvidence(data);
  out.line(style.heading(EVIDENCE.title));
  const intro = evidence.framing === 'show' ? EVIDENCE.intro : EVIDENCE.selfIntro;
  out.line(wrap(intro.join(' '), width));
  if (evidence.totalLogs === 0) out.line(wrap(EVIDENCE.empty, width));
  if (evidence.byMistake.length === 0) out.line(style.muted(wrap(EVIDENCE.noMistakes, width)));
  for (const { mistake, goals } of evidence.byMistake) {
    out.line();
    const said = mistake.description
      ? ` ${style.theirs(`"${oneLine(mistake.description, width - 24)}"`)}`
      : '';
    out.line(`${style.strong(`${mistake.id} · ${mistake.pattern}${said ? ':' : ''}`)}${said}`);
    out.line(`   ${style.muted('plan:')} ${style.theirs(oneLine(mistake.plan, width - 10))}`);
    for (const e of goals) printGoalEvidence(e, maxLogs, today, out);
    if (goals.length === 0) {
      const idea = MISTAKE_IDEAS[mistake.pattern];
      out.line(wrap(`   ${EVIDENCE.noGoalYet} An idea: "${idea.title}"`, width, '   '));
      out.line(`   ${style.command(`exco goals add --addresses ${mistake.id}`)}`);
    }
  }
  if (evidence.unlinked.length) {
    out.line();
    out.line(style.strong(evidence.byMistake.length ? EVIDENCE.unlinked : 'Your goals'));
    for (const e of evidence.unlinked) printGoalEvidence(e, maxLogs, today, out);
  }
  out.line();
  if (evidence.framing === 'show') {
    out.line(style.strong(EVIDENCE.howItShows));
    for (const item of EVIDENCE.howItShowsItems) out.line(bullet(item, width));
    out.line(style.strong('Let it show, quietly'));
    for (const item of EVIDENCE.caution) out.line(bullet(item, width));
  }
}

/** The evidence record in a few lines, for `exco status`; `exco goals evidence` has the rest. */
export function printEvidenceSummary(data: ExcoData, out: Output, today: Day): void {
  const { style } = out;
  const evidence = groupEvidence(data);
  if (evidence.totalLogs === 0 && evidence.byMistake.length === 0) return;
  out.line(style.heading('Evidence of change'));
  const describe = (goals: readonly { goal: Goal; logs: readonly { date: Day }[] }[]) =>
    goals.length === 0
      ? style.muted('nothing logged yet')
      : goals
          .map(({ goal, logs }) => {
            const last = logs[0] ? `, last ${shortDay(logs[0].date, today)}` : '';
            return `${goal.id} ${oneLine(goal.title, 28)} (${logs.length} logged${last})`;
          })
          .join('; ');
  for (const { mistake, goals } of evidence.byMistake) {
    out.line(wrap(`  ${style.strong(mistake.pattern)} → ${describe(goals)}`, out.columns, '    '));
  }
  if (evidence.unlinked.length)
    out.line(
      wrap(`  ${style.strong('other')} → ${describe(evidence.unlinked)}`, out.columns, '    '),
    );
  out.line(style.muted(`  Details: exco goals evidence`));
}

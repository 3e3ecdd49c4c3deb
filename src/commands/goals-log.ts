/** `exco goals log`: one dated piece of evidence that the person did what they set out to do. */
import { dayOf, formatDay, type Day } from '../core/dates.js';
import { goalProgress, goalReport } from '../core/goal-progress.js';
import { buildLog, goalDay, logDateProblem, noteProblem } from '../core/goal-rules.js';
import { type ExcoData, type Goal, editRecord } from '../core/model.js';
import { oneLine } from '../core/text.js';
import { UsageError } from '../errors.js';
import { goalLines } from '../ui/goals-view.js';
import { wrap } from '../ui/layout.js';
import { askDay } from '../ui/prompter.js';
import type { Deps } from './context.js';
import { noteFrom, type NoteReader } from './note-input.js';
import { requireGoal, resolveGoal, respondIfFlagged, supportFlags } from './goals-shared.js';

export interface GoalsLogOptions {
  note?: string;
  /** A file to read the note from; `-` is standard input. */
  noteFile?: string;
  date?: string;
  json: boolean;
}

/** Asked only after picking a goal in a terminal, and only what no flag has said. */
async function askDateAndNote(
  given: GoalsLogOptions & { noteText?: string },
  today: Day,
  calendarToday: Day,
  deps: Deps,
): Promise<{ date: Day; note?: string }> {
  const date =
    given.date ??
    (await askDay(deps.prompter, 'When did you do it? (YYYY-MM-DD, "yesterday", "2 days ago")', {
      today,
      default: today,
      problem: (day) => logDateProblem(day, calendarToday),
    }));
  const note =
    given.noteText ??
    (await deps.prompter.input('A note (optional): what did you do, how did it feel?', {
      validate: (v) => noteProblem(v) ?? true,
    }));
  return { date, note: note.trim() || undefined };
}

function printLogged(goal: Goal, date: Day, firstEver: boolean, today: Day, deps: Deps): void {
  const { out } = deps;
  const { style } = out;
  out.line(
    style.ok(`Logged ${goal.id} on ${formatDay(date)}: `) + style.theirs(oneLine(goal.title, 60)),
  );
  for (const line of goalLines(goal, goalProgress(goal, today), today, out)) out.line(line);
  if (goal.status === 'done') {
    out.line(style.muted('This goal is done; the log still counts as evidence.'));
  }
  if (firstEver) {
    out.line(
      wrap(
        'Your first piece of evidence. Small, real steps like this, done for yourself, are what change looks like.',
        out.columns,
      ),
    );
  }
}

export async function runGoalsLog(
  id: string | undefined,
  opts: GoalsLogOptions,
  deps: Deps,
  read?: NoteReader,
): Promise<void> {
  let note = await noteFrom(opts, read);
  const data: ExcoData | null = deps.store.read();
  const now = deps.now();
  const calendarToday = dayOf(now);
  const today = goalDay(data, now);
  const dateProblem = opts.date ? logDateProblem(opts.date, calendarToday) : null;
  if (dateProblem) throw new UsageError(dateProblem);
  const picked = await resolveGoal(id, data, deps, {
    command: 'log',
    question: 'Which goal did you work on?',
    candidates: (g) => g.status === 'active',
  });
  const archived = (g: Goal) =>
    new UsageError(
      `${g.id} is archived. To log on it again, reopen it first.`,
      `exco goals edit ${g.id} --reopen`,
    );
  if (picked.status === 'archived') throw archived(picked);
  // Picked in a terminal: ask what no flag has said.
  const asked = id
    ? null
    : await askDateAndNote({ ...opts, noteText: note }, today, calendarToday, deps);
  const date = asked?.date ?? opts.date ?? today;
  if (asked) note = asked.note;
  const tooLong = note ? noteProblem(note) : null;
  if (tooLong) throw new UsageError(tooLong);
  const flags = supportFlags(note);
  const firstEver = !(data?.goals ?? []).some((g) => g.logs.length > 0);
  const { log, goal } = await deps.store.update((d) => {
    const found = requireGoal(d.goals, picked.id);
    if (found.status === 'archived') throw archived(found);
    const created = buildLog(found, date, note, now);
    const target = editRecord(d.goals, found);
    target.logs.push(created);
    return { log: created, goal: structuredClone(target) };
  });
  if (opts.json) {
    deps.out.json({
      saved: true,
      goalId: goal.id,
      log,
      goal: goalReport(goal, today),
      support: flags,
    });
    return;
  }
  await respondIfFlagged(flags, data, deps);
  // After words of distress, the support comes first and no cheering follows it.
  printLogged(goal, date, firstEver && flags.length === 0, today, deps);
}

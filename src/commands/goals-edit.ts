/** `exco goals edit`: change a goal's title, area, cadence, target date or linked mistake. */
import { dayOf, type Day } from '../core/dates.js';
import { goalReport } from '../core/goal-progress.js';
import { byProblem, goalDay, perWeekProblem, titleProblem } from '../core/goal-rules.js';
import { type ExcoData, type Goal, editRecord } from '../core/model.js';
import { oneLine } from '../core/text.js';
import { GOAL_CATEGORY_CONTENT, type GoalCategory } from '../content/goals.js';
import { UsageError } from '../errors.js';
import { printGoal } from '../ui/goals-view.js';
import type { Choice } from '../ui/prompter.js';
import type { Deps } from './context.js';
import {
  requireGoal,
  requireMistake,
  resolveGoal,
  respondIfFlagged,
  supportFlags,
} from './goals-shared.js';

export interface GoalsEditOptions {
  title?: string;
  category?: GoalCategory;
  /** false: remove the cadence (`--no-per-week`). */
  perWeek?: number | false;
  by?: string | false;
  addresses?: string | false;
  reopen?: boolean;
  json: boolean;
}

const EDIT_FLAGS =
  '--title TEXT, --category C, --per-week N or --no-per-week, --by DATE or --no-by, --addresses ID or --no-addresses, --reopen';

const hasChanges = (o: GoalsEditOptions) =>
  [o.title, o.category, o.perWeek, o.by, o.addresses].some((v) => v !== undefined) ||
  o.reopen === true;

type Field = 'title' | 'category' | 'perWeek' | 'by' | 'addresses' | 'reopen';

async function askChange(
  goal: Goal,
  data: ExcoData | null,
  today: Day,
  deps: Deps,
): Promise<GoalsEditOptions> {
  const { prompter } = deps;
  const fields: Choice<Field>[] = [
    { value: 'title', name: `Title (${oneLine(goal.title, 40)})` },
    { value: 'category', name: `Area (${goal.category})` },
    { value: 'perWeek', name: `Times a week (${goal.perWeek ?? 'none'})` },
    { value: 'by', name: `Target date (${goal.by ?? 'none'})` },
    { value: 'addresses', name: `Mistake it answers (${goal.addresses ?? 'none'})` },
    ...(goal.status === 'active'
      ? []
      : [{ value: 'reopen' as const, name: 'Make it active again' }]),
  ];
  const field = await prompter.select('What do you want to change?', fields);
  const none = { json: false };
  switch (field) {
    case 'title': {
      const title = await prompter.input('New title:', {
        default: goal.title,
        validate: (v) => titleProblem(v) ?? true,
      });
      return { ...none, title: title.trim() };
    }
    case 'category':
      return {
        ...none,
        category: await prompter.select(
          'Which part of your life?',
          GOAL_CATEGORY_CONTENT.map((c) => ({ value: c.id, name: c.name })),
        ),
      };
    case 'perWeek': {
      const n = await prompter.input('Times a week (1–21, or 0 for none):', {
        default: String(goal.perWeek ?? 0),
        validate: (v) => (v.trim() === '0' ? true : (perWeekProblem(v) ?? true)),
      });
      return { ...none, perWeek: Number(n.trim()) || false };
    }
    case 'by': {
      const by = await prompter.input('Target date (YYYY-MM-DD, or empty for none):', {
        default: goal.by ?? '',
        validate: (v) => (v.trim() === '' ? true : (byProblem(v.trim(), today) ?? true)),
      });
      return { ...none, by: by.trim() || false };
    }
    case 'addresses': {
      const choices = [
        ...(data?.mistakes ?? []).map((m) => ({
          value: m.id,
          name: `${m.id} · ${m.pattern}: ${oneLine(m.plan, 50)}`,
        })),
        { value: '', name: 'None' },
      ];
      return {
        ...none,
        addresses: (await prompter.select('Which mistake does it answer?', choices)) || false,
      };
    }
    case 'reopen':
      return { ...none, reopen: true };
  }
}

function apply(goal: Goal, c: GoalsEditOptions): string[] {
  const changed: string[] = [];
  const set = <K extends keyof Goal>(key: K, value: Goal[K] | false | undefined, label: string) => {
    if (value === undefined || value === (goal[key] ?? false)) return;
    if (value === false) delete goal[key];
    else goal[key] = value;
    changed.push(label);
  };
  set('title', c.title, 'title');
  set('category', c.category, 'area');
  set('perWeek', c.perWeek, 'times a week');
  set('by', c.by, 'target date');
  set('addresses', c.addresses, 'mistake it answers');
  if (c.reopen && goal.status !== 'active') {
    goal.status = 'active';
    changed.push('active again');
  }
  return changed;
}

export async function runGoalsEdit(
  id: string | undefined,
  opts: GoalsEditOptions,
  deps: Deps,
): Promise<void> {
  const data = deps.store.read();
  const now = deps.now();
  const calendarToday = dayOf(now);
  const picked = await resolveGoal(id, data, deps, {
    command: 'edit',
    question: 'Which goal do you want to change?',
    candidates: () => true,
  });
  let change = opts;
  if (!hasChanges(opts)) {
    if (!deps.prompter.interactive) {
      throw new UsageError(
        `Say what to change in ${picked.id}, or run it in a terminal to be asked.`,
        `Flags: ${EDIT_FLAGS}.`,
      );
    }
    change = { ...(await askChange(picked, data, calendarToday, deps)), json: opts.json };
  }
  const problem =
    (change.title !== undefined ? titleProblem(change.title) : null) ??
    (change.by ? byProblem(change.by, calendarToday) : null);
  if (problem) throw new UsageError(problem);
  if (change.addresses) requireMistake(data, change.addresses);
  const flags = supportFlags(change.title);
  const { goal, changed } = await deps.store.update((d) => {
    const target = editRecord(d.goals, requireGoal(d.goals, picked.id));
    if (change.addresses) requireMistake(d, change.addresses);
    const what = apply(target, { ...change, title: change.title?.trim() });
    return { goal: structuredClone(target), changed: what };
  });
  const today = goalDay(data, now);
  if (opts.json) {
    deps.out.json({ saved: true, changed, goal: goalReport(goal, today), support: flags });
    return;
  }
  await respondIfFlagged(flags, data, deps);
  deps.out.line(
    deps.out.style.ok(`Updated ${goal.id}: ${changed.join(', ') || 'nothing changed'}.`),
  );
  printGoal(goal, { today, mistakes: data?.mistakes }, deps.out);
}

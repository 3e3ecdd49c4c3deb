/** `exco goals add`: a new goal, from flags or guided with suggestions per area of life. */
import { dayOf, type Day } from '../core/dates.js';
import {
  buildGoal,
  byProblem,
  goalDay,
  perWeekProblem,
  titleProblem,
  type NewGoal,
} from '../core/goal-rules.js';
import { goalReport } from '../core/goal-progress.js';
import { GOAL_CATEGORIES, type ExcoData } from '../core/model.js';
import { oneLine } from '../core/text.js';
import {
  categoryContent,
  GOAL_CATEGORY_CONTENT,
  MISTAKE_IDEAS,
  type GoalCategory,
  type GoalSuggestion,
} from '../content/goals.js';
import { UsageError } from '../errors.js';
import { printGoal } from '../ui/goals-view.js';
import { wrap } from '../ui/layout.js';
import type { Choice } from '../ui/prompter.js';
import type { Deps } from './context.js';
import { goalsWhy, requireMistake, respondIfFlagged, supportFlags } from './goals-shared.js';

export interface GoalsAddOptions {
  category?: GoalCategory;
  title?: string;
  perWeek?: number;
  by?: string;
  addresses?: string;
  json: boolean;
}

export const ADD_EXAMPLE = 'exco goals add --category fitness --title "Go to the gym" --per-week 3';

type Tracking = 'week' | 'date' | 'both' | 'none';

const TRACKING: readonly Choice<Tracking>[] = [
  { value: 'week', name: 'A number of times a week' },
  { value: 'date', name: 'By a target date' },
  { value: 'both', name: 'Both' },
  { value: 'none', name: 'No target: I will just log what I do' },
];

async function askTitle(
  category: GoalCategory,
  idea: GoalSuggestion | undefined,
  deps: Deps,
): Promise<[string, GoalSuggestion | undefined]> {
  const suggestions = [...(idea ? [idea] : []), ...categoryContent(category).suggestions];
  const OWN = -1;
  const choices: Choice<number>[] = [
    ...suggestions.map((s, i) => ({
      value: i,
      name: s.perWeek ? `${s.title} (${s.perWeek}× a week)` : s.title,
    })),
    { value: OWN, name: 'Write my own' },
  ];
  const picked = await deps.prompter.select('Start from one of these, or write your own:', choices);
  const suggestion = suggestions[picked];
  const title = await deps.prompter.input('Your goal, in your words:', {
    default: suggestion?.title,
    validate: (v) => titleProblem(v) ?? true,
  });
  return [title.trim(), suggestion];
}

/** The idea for the kind of mistake a goal is meant to answer, when one was given. */
function ideaFor(data: ExcoData | null, addresses: string | undefined) {
  const mistake = data?.mistakes.find((m) => m.id === addresses);
  return mistake ? MISTAKE_IDEAS[mistake.pattern] : undefined;
}

async function askGoal(opts: GoalsAddOptions, data: ExcoData | null, today: Day, deps: Deps) {
  const { out, prompter } = deps;
  // The point of step 3, said before any goal is chosen.
  out.line(wrap(goalsWhy(data).join(' '), out.columns));
  out.line();
  const idea = ideaFor(data, opts.addresses);
  const category =
    opts.category ??
    (await prompter.select(
      'Which part of your life?',
      GOAL_CATEGORY_CONTENT.map((c) => ({ value: c.id, name: c.name, description: c.example })),
      { default: idea?.category },
    ));
  let title = opts.title;
  let suggested: GoalSuggestion | undefined;
  if (!title) {
    [title, suggested] = await askTitle(
      category,
      idea?.category === category ? idea : undefined,
      deps,
    );
  }
  let { perWeek, by } = opts;
  if (perWeek === undefined && by === undefined) {
    const how = await prompter.select('How will you keep track?', TRACKING, {
      default: suggested && !suggested.perWeek ? 'date' : 'week',
    });
    if (how === 'week' || how === 'both') {
      const n = await prompter.input('How many times a week? (1–21)', {
        default: String(suggested?.perWeek ?? 2),
        validate: (v) => perWeekProblem(v) ?? true,
      });
      perWeek = Number(n.trim());
    }
    if (how === 'date' || how === 'both') {
      const day = await prompter.input('By when? (YYYY-MM-DD)', {
        validate: (v) => byProblem(v.trim(), today) ?? true,
      });
      by = day.trim();
    }
  }
  let addresses = opts.addresses;
  const mistakes = data?.mistakes ?? [];
  if (addresses === undefined && mistakes.length > 0) {
    const linked = await prompter.select('Does it answer one of the mistakes you named?', [
      ...mistakes.map((m) => ({
        value: m.id,
        name: `${m.id} · ${m.pattern}: ${oneLine(m.plan, 50)}`,
      })),
      { value: '', name: 'No, it is just for me' },
    ]);
    addresses = linked || undefined;
  }
  return { ...opts, category, title, perWeek, by, addresses };
}

/** Checks whatever the flags say; the title only once it is known. */
function check(input: GoalsAddOptions, data: ExcoData | null, today: Day): void {
  const problem =
    (input.title !== undefined ? titleProblem(input.title) : null) ??
    (input.by ? byProblem(input.by, today) : null);
  if (problem) throw new UsageError(problem);
  if (input.addresses) requireMistake(data, input.addresses);
}

export async function runGoalsAdd(opts: GoalsAddOptions, deps: Deps): Promise<void> {
  const data = deps.store.read();
  const now = deps.now();
  const calendarToday = dayOf(now);
  let input = opts;
  if (!opts.category || !opts.title) {
    if (!deps.prompter.interactive) {
      const missing = [
        opts.category ? '' : `--category ${GOAL_CATEGORIES.join('|')}`,
        opts.title ? '' : '--title TEXT',
      ].filter(Boolean);
      throw new UsageError(
        `\`exco goals add\` needs a terminal to ask, or these flags: ${missing.join(' ')}.`,
        `For example: ${ADD_EXAMPLE}`,
      );
    }
    // What the flags already say is checked before anything is asked.
    check(opts, data, calendarToday);
    input = await askGoal(opts, data, calendarToday, deps);
  }
  check(input, data, calendarToday);
  const goalInput = input as NewGoal;
  const flags = supportFlags(goalInput.title);
  const goal = await deps.store.update((d) => {
    // Checked again under the lock: another window may have changed the mistakes meanwhile.
    if (goalInput.addresses) requireMistake(d, goalInput.addresses);
    const created = buildGoal(goalInput, d.goals, now);
    d.goals.push(created);
    return created;
  });
  const today = goalDay(data, now);
  if (opts.json) {
    deps.out.json({ saved: true, id: goal.id, goal: goalReport(goal, today), support: flags });
    return;
  }
  await respondIfFlagged(flags, data, deps);
  const { out } = deps;
  out.line(out.style.ok(`Added ${goal.id}.`));
  printGoal(goal, { today, mistakes: data?.mistakes }, out);
  out.line(
    wrap(
      `Each time you do it, log it: ${out.style.command(`exco goals log ${goal.id}`)}. Every log is dated evidence of change.`,
      out.columns,
    ),
  );
}

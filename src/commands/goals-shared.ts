/** What the `exco goals` subcommands share: finding a goal, picking one, and the support check. */
import { evidenceFraming } from '../core/goal-evidence.js';
import { goalIdProblem, mistakeIdProblem } from '../core/goal-rules.js';
import type { ExcoData, Goal, SupportFlag } from '../core/model.js';
import { detectSupport } from '../core/support.js';
import { oneLine } from '../core/text.js';
import { GOALS_WHY, GOALS_WHY_SELF } from '../content/goals.js';
import { UsageError } from '../errors.js';
import type { Choice } from '../ui/prompter.js';
import { type Deps, requireTerminal } from './context.js';
import { respondToSupport } from './support-response.js';

const ADD_HINT = 'Add one with `exco goals add`, or run `exco goals` to be guided.';

export function requireGoal(goals: readonly Goal[], id: string): Goal {
  const problem = goalIdProblem(goals, id);
  if (problem) throw new UsageError(problem, goals.length ? undefined : ADD_HINT);
  return goals.find((g) => g.id === id) as Goal;
}

export function requireMistake(data: ExcoData | null, id: string): void {
  const problem = mistakeIdProblem(data?.mistakes ?? [], id);
  if (problem) throw new UsageError(problem);
}

function goalChoice(goal: Goal): Choice<string> {
  const status = goal.status === 'active' ? '' : ` (${goal.status})`;
  return { value: goal.id, name: `${goal.id}  ${oneLine(goal.title, 50)}${status}` };
}

/**
 * The goal a subcommand acts on: the id given, or one picked from `candidates` in a terminal.
 * Without a terminal and without an id, names the usage and the ids there are.
 */
export async function resolveGoal(
  id: string | undefined,
  data: ExcoData | null,
  deps: Deps,
  action: { command: string; question: string; candidates: (g: Goal) => boolean },
): Promise<Goal> {
  const goals = data?.goals ?? [];
  if (id) return requireGoal(goals, id);
  const candidates = goals.filter(action.candidates);
  if (!deps.prompter.interactive) {
    const ids = candidates.length ? ` (${candidates.map((g) => g.id).join(', ')})` : '';
    requireTerminal(
      deps,
      `goals ${action.command}`,
      `a goal id: exco goals ${action.command} ID${ids}`,
    );
  }
  if (candidates.length === 0) {
    throw new UsageError(
      goals.length
        ? `None of your goals can be used with \`goals ${action.command}\` right now; \`exco goals list --all\` shows them all.`
        : 'You have no goals yet.',
      ADD_HINT,
    );
  }
  const picked = await deps.prompter.select(action.question, candidates.map(goalChoice));
  return requireGoal(goals, picked);
}

/** Support flags on the person's own words; resources come before anything else is said. */
export function supportFlags(...texts: Array<string | undefined>): SupportFlag[] {
  const flags = new Set<SupportFlag>();
  for (const text of texts) for (const f of text ? detectSupport(text) : []) flags.add(f);
  return [...flags];
}

export async function respondIfFlagged(
  flags: readonly SupportFlag[],
  data: ExcoData | null,
  deps: Deps,
): Promise<void> {
  // Goals have no safety source of their own; what the person writes here is like a check-in.
  await respondToSupport(flags, data, 'check-in', deps);
}

/** Why goals at all, said without mentioning the ex once exco coaches no contact with them. */
export function goalsWhy(data: ExcoData | null): readonly string[] {
  return data && evidenceFraming(data) === 'self' ? GOALS_WHY_SELF : GOALS_WHY;
}

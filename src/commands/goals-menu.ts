/** `exco goals` in a terminal: where the goals stand, then a menu that comes back after each action. */
import { goalDay } from '../core/goal-rules.js';
import { FIRST_GOAL } from '../content/goals.js';
import { stepById } from '../content/steps.js';
import { printGoalList } from '../ui/goals-view.js';
import { wrap } from '../ui/layout.js';
import type { Choice } from '../ui/prompter.js';
import { type Deps, requireTerminal } from './context.js';
import { runGoalsAdd } from './goals-add.js';
import { runGoalsClose } from './goals-close.js';
import { runGoalsEdit } from './goals-edit.js';
import { runGoalsList, runGoalsEvidence } from './goals-list.js';
import { runGoalsLog } from './goals-log.js';
import { goalsWhy } from './goals-shared.js';

type Action = 'add' | 'log' | 'list' | 'done' | 'archive' | 'edit' | 'evidence' | 'quit';

function menu(deps: Deps): Choice<Action>[] {
  const goals = deps.store.read()?.goals ?? [];
  const active = goals.some((g) => g.status === 'active');
  const choices: Array<Choice<Action> | false> = [
    active && { value: 'log', name: 'Log something I did' },
    { value: 'add', name: 'Add a goal' },
    goals.length > 0 && { value: 'list', name: 'See all my goals' },
    goals.length > 0 && { value: 'evidence', name: 'See my evidence of change' },
    active && { value: 'done', name: 'Mark a goal done' },
    active && { value: 'edit', name: 'Change a goal' },
    active && { value: 'archive', name: 'Set a goal aside (archive)' },
    { value: 'quit', name: 'Done for now' },
  ];
  return choices.filter((c): c is Choice<Action> => c !== false);
}

/** The active goals, or for a first visit a word on where to begin. */
function printSummary(deps: Deps): void {
  const data = deps.store.read();
  const today = goalDay(data, deps.now());
  if (!data?.goals.length) {
    deps.out.line(wrap(FIRST_GOAL, deps.out.columns));
    return;
  }
  printGoalList(data.goals, false, { today, mistakes: data.mistakes }, deps.out);
}

export async function runGoals(deps: Deps): Promise<void> {
  requireTerminal(
    deps,
    'goals',
    'a subcommand: `exco goals list`, `exco goals add`, `exco goals log ID` (all of them: exco goals --help)',
  );
  const { out } = deps;
  const step = stepById('improve');
  out.line(out.style.heading(`Step ${step.number}: ${step.title}`));
  out.line(wrap(goalsWhy(deps.store.read()).join(' '), out.columns));
  let showList = true;
  for (;;) {
    if (showList) {
      out.line();
      printSummary(deps);
    }
    out.line();
    const action = await deps.prompter.select('What would you like to do?', menu(deps));
    out.line();
    // The list comes back only when a goal left it; other actions show their own result.
    showList = action === 'done' || action === 'archive';
    const none = { json: false };
    switch (action) {
      case 'add':
        await runGoalsAdd(none, deps);
        break;
      case 'log':
        await runGoalsLog(undefined, none, deps);
        break;
      case 'list':
        runGoalsList({ all: true, json: false }, deps);
        break;
      case 'done':
        await runGoalsClose('done', undefined, none, deps);
        break;
      case 'archive':
        await runGoalsClose('archived', undefined, none, deps);
        break;
      case 'edit':
        await runGoalsEdit(undefined, none, deps);
        break;
      case 'evidence':
        runGoalsEvidence(none, deps);
        break;
      case 'quit':
        out.line('Small and steady wins. exco is here when you need it.');
        return;
    }
  }
}

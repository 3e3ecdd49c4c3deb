/** `exco goals list` and `exco goals evidence`: reading, never writing. */
import { evidenceReport, groupEvidence } from '../core/goal-evidence.js';
import { goalReport } from '../core/goal-progress.js';
import { goalDay } from '../core/goal-rules.js';
import { printEvidence, printGoalList } from '../ui/goals-view.js';
import { wrap } from '../ui/layout.js';
import type { Deps } from './context.js';

export function runGoalsList(opts: { all: boolean; json: boolean }, deps: Deps): void {
  const data = deps.store.read();
  const goals = data?.goals ?? [];
  const today = goalDay(data, deps.now());
  if (opts.json) {
    const shown = opts.all ? goals : goals.filter((g) => g.status === 'active');
    deps.out.json(shown.map((g) => goalReport(g, today)));
    return;
  }
  printGoalList(goals, opts.all, { today, mistakes: data?.mistakes }, deps.out);
  if (goals.length === 0) {
    deps.out.line(
      wrap('Add one with `exco goals add`, or run `exco goals` for ideas.', deps.out.columns),
    );
  }
}

export function runGoalsEvidence(opts: { json: boolean }, deps: Deps): void {
  const data = deps.store.read();
  if (opts.json) {
    deps.out.json(
      data ? evidenceReport(groupEvidence(data)) : { mistakes: [], unlinked: [], totalLogs: 0 },
    );
    return;
  }
  if (!data || data.goals.length === 0) {
    deps.out.line('No goals yet, so there is no evidence to show. Start with `exco goals add`.');
    return;
  }
  printEvidence(data, deps.out, { today: goalDay(data, deps.now()) });
}

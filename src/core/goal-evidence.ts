/**
 * The "show, don't tell" record: for each mistake the person named, the goals that answer it and
 * their dated logs; then the goals not linked to any mistake. Logs are evidence of things done,
 * so a goal that was archived still shows the logs it has; an archived goal without logs is left
 * out, as there is nothing to show.
 */
import { latestOutcome } from './outcomes.js';
import type { ExcoData, Goal, GoalLog, Mistake } from './model.js';
import { logsNewestFirst } from './goal-rules.js';

export interface GoalEvidence {
  goal: Goal;
  /** Newest first. */
  logs: GoalLog[];
}

export interface MistakeEvidence {
  mistake: Mistake;
  goals: GoalEvidence[];
}

export interface Evidence {
  byMistake: MistakeEvidence[];
  /** Goals that answer no named mistake (or one that no longer exists). */
  unlinked: GoalEvidence[];
  /** Logs across all goals shown. */
  totalLogs: number;
  /** Whether the record is framed as something that may one day show to the ex, or only for the person. */
  framing: 'show' | 'self';
}

/**
 * In safety mode, with an ex who has someone new, or after choosing to move on, exco coaches no
 * contact; the record is then only the person's own, never something to show anyone.
 */
export function evidenceFraming(data: ExcoData): Evidence['framing'] {
  const closed =
    data.safety !== null ||
    data.profile?.exNewPartner === true ||
    latestOutcome(data)?.outcome === 'moving-on';
  return closed ? 'self' : 'show';
}

export function groupEvidence(data: ExcoData): Evidence {
  const shown = data.goals
    .filter((g) => g.status !== 'archived' || g.logs.length > 0)
    .map((goal) => ({ goal, logs: logsNewestFirst(goal.logs) }));
  const mistakeIds = new Set(data.mistakes.map((m) => m.id));
  const byMistake = data.mistakes.map((mistake) => ({
    mistake,
    goals: shown.filter((e) => e.goal.addresses === mistake.id),
  }));
  const unlinked = shown.filter((e) => !e.goal.addresses || !mistakeIds.has(e.goal.addresses));
  return {
    byMistake,
    unlinked,
    totalLogs: shown.reduce((n, e) => n + e.logs.length, 0),
    framing: evidenceFraming(data),
  };
}

/** The evidence as `exco goals evidence --json` prints it. */
export function evidenceReport(evidence: Evidence) {
  const goal = ({ goal: g, logs }: GoalEvidence) => ({
    id: g.id,
    category: g.category,
    title: g.title,
    status: g.status,
    logs: logs.map((l) => ({ id: l.id, date: l.date, note: l.note ?? null })),
  });
  return {
    mistakes: evidence.byMistake.map(({ mistake: m, goals }) => ({
      id: m.id,
      pattern: m.pattern,
      description: m.description ?? null,
      plan: m.plan,
      goals: goals.map(goal),
    })),
    unlinked: evidence.unlinked.map(goal),
    totalLogs: evidence.totalLogs,
  };
}

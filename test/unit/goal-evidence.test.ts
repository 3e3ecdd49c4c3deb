import { describe, expect, it } from '@jest/globals';
import { evidenceReport, groupEvidence } from '../../src/core/goal-evidence.js';
import type { ExcoData, Goal } from '../../src/core/model.js';
import { printEvidence } from '../../src/ui/goals-view.js';
import { sampleData } from '../helpers/data.js';
import { captureOutput, fixedClock } from '../helpers/deps.js';

const at = fixedClock('2026-11-20T12:00:00')().toISOString();

function log(id: string, date: string, note?: string) {
  return { id, at, date, ...(note ? { note } : {}) };
}

function goal(id: string, over: Partial<Goal>): Goal {
  return { id, at, category: 'people', title: `Goal ${id}`, status: 'active', logs: [], ...over };
}

/** Two named mistakes, goals answering one of them, one answering none, one pointing nowhere. */
function data(): ExcoData {
  const d = sampleData();
  d.mistakes.push({ id: 'm2', at, pattern: 'clingy', plan: 'more time on my own' });
  d.goals = [
    goal('g1', {
      addresses: 'm1',
      title: 'Call Alex every Sunday',
      logs: [log('l1', '2026-11-08'), log('l2', '2026-11-15', 'Long call with Alex')],
    }),
    goal('g2', { addresses: 'm1', title: 'Say one honest feeling a day', perWeek: 7 }),
    goal('g3', { category: 'fitness', title: 'Gym', logs: [log('l1', '2026-11-10')] }),
    goal('g4', { addresses: 'm9', title: 'Old plan', logs: [log('l1', '2026-11-01')] }),
    goal('g5', { status: 'archived', addresses: 'm1', title: 'Given up, never logged' }),
    goal('g6', {
      status: 'archived',
      title: 'Archived with a log',
      logs: [log('l1', '2026-10-01')],
    }),
  ];
  return d;
}

describe('evidence grouped by mistake', () => {
  it('puts each goal under the mistake it answers, newest log first', () => {
    const e = groupEvidence(data());
    expect(e.byMistake.map((m) => m.mistake.id)).toEqual(['m1', 'm2']);
    const m1 = e.byMistake[0]!;
    expect(m1.goals.map((g) => g.goal.id)).toEqual(['g1', 'g2']);
    expect(m1.goals[0]!.logs.map((l) => l.date)).toEqual(['2026-11-15', '2026-11-08']);
    expect(e.byMistake[1]!.goals).toEqual([]);
  });

  it('keeps goals that answer no mistake, or one that no longer exists, apart', () => {
    const e = groupEvidence(data());
    expect(e.unlinked.map((g) => g.goal.id)).toEqual(['g3', 'g4', 'g6']);
  });

  it('leaves out an archived goal with nothing logged, but keeps archived logs', () => {
    const ids = evidenceReport(groupEvidence(data()))
      .mistakes.flatMap((m) => m.goals)
      .map((g) => g.id);
    expect(ids).not.toContain('g5');
    expect(groupEvidence(data()).totalLogs).toBe(5);
  });

  it('is framed for the person alone in safety mode or once their ex has someone new', () => {
    expect(groupEvidence(data()).framing).toBe('show');
    const safe = data();
    safe.safety = { since: at, source: 'screening' };
    expect(groupEvidence(safe).framing).toBe('self');
    const moved = data();
    moved.profile!.exNewPartner = true;
    expect(groupEvidence(moved).framing).toBe('self');
    const movingOn = data();
    movingOn.outcomes.push({ id: 'o1', at, outcome: 'moving-on' });
    expect(groupEvidence(movingOn).framing).toBe('self');
  });
});

describe('printEvidence', () => {
  const print = (d: ExcoData, columns = 80) => {
    const out = { ...captureOutput(), columns };
    printEvidence(d, out, { today: '2026-11-26' });
    return out.stdout.join('\n');
  };

  it('shows each mistake with its plan and what was done, in order', () => {
    const text = print(data());
    const order = [
      'm1 · distant',
      'plan: say what I feel',
      'g1 Call Alex',
      'Sun 15 Nov',
      'Long call with Alex',
      'Sun 8 Nov',
      'm2 · clingy',
      'Other goals',
      'g3 Gym',
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('offers an idea, with the command, for a mistake nothing answers yet', () => {
    const text = print(data());
    expect(text).toMatch(/Nothing answers this one yet\. An idea: "An evening a week/);
    expect(text).toMatch(/exco goals add --addresses m2\n/);
  });

  it('warns against boasting or announcing change, with the three ways it can show', () => {
    const text = print(data());
    expect(text).toMatch(/Keep this list to yourself/);
    expect(text).toMatch(/Do not announce that you have changed/);
    expect(text).toMatch(/without boasting/);
    expect(text).toMatch(/promotion or a finished project/);
  });

  it('in safety mode it speaks only of the person, never of showing anyone', () => {
    const d = data();
    d.safety = { since: at, source: 'screening' };
    const text = print(d);
    expect(text).toMatch(/This record is yours alone/);
    expect(text).not.toMatch(/their|announce|social media|online/i);
  });

  it('says how to link goals when no mistake is named yet', () => {
    const d = data();
    d.mistakes = [];
    expect(print(d)).toMatch(/not named any mistakes yet.*--addresses/s);
  });

  it('fits 60 columns, with or without the day to shorten dates against', () => {
    const d = data();
    d.goals[0]!.logs.push(log('l3', '2026-11-22', 'A long call about everything. '.repeat(5)));
    d.mistakes[0]!.description = 'I went quiet and shut down whenever things got hard between us';
    const out = { ...captureOutput(), columns: 60 };
    printEvidence(d, out, { today: '2026-11-26' });
    printEvidence(d, out);
    expect(out.stdout.join('\n')).toMatch(/Sun 22 Nov 2026 +A long call/);
    for (const line of out.stdout.join('\n').split('\n')) {
      expect(Array.from(line).length).toBeLessThanOrEqual(60);
    }
  });
});

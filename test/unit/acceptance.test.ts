import { describe, expect, it } from '@jest/globals';
import { runAcceptance, runOutcome } from '../../src/commands/acceptance.js';
import { runContact } from '../../src/commands/contact.js';
import { emptyData } from '../../src/core/model.js';
import { latestOutcome, recordOutcome } from '../../src/core/outcomes.js';
import { buildStatus } from '../../src/core/status.js';
import { ExitCode } from '../../src/errors.js';
import { testDeps, type TestDeps } from '../helpers/deps.js';
import { startWith } from '../helpers/started.js';

const startedDeps = (safety: 'yes' | 'no' = 'no'): Promise<TestDeps> =>
  startWith({}, { breakupDate: '2026-10-01', safety });

const status = (deps: TestDeps) => buildStatus(deps.store.read(), deps.now());

describe('outcomes', () => {
  it('the latest counts; the same outcome twice is not a change', () => {
    const data = emptyData(new Date('2026-11-01T10:00:00Z'));
    const t = (h: number) => new Date(`2026-11-26T${String(h).padStart(2, '0')}:00:00Z`);
    expect(recordOutcome(data, 'moving-on', t(1))).toMatchObject({
      changed: true,
      record: { id: 'o1' },
    });
    expect(recordOutcome(data, 'moving-on', t(2))).toMatchObject({
      changed: false,
      record: { id: 'o1' },
    });
    recordOutcome(data, 'deciding', t(3));
    expect(latestOutcome(data)?.outcome).toBe('deciding');
    expect(data.outcomes.map((o) => o.outcome)).toEqual(['moving-on', 'deciding']);
  });
});

describe('exco acceptance --outcome', () => {
  it('moving on turns exco to growth and away from contact; deciding undoes it', async () => {
    const deps = await startedDeps();
    expect(status(deps).report.step?.id).toBe('reflect');
    await runOutcome('moving-on', false, deps);
    const { report, assessment } = status(deps);
    expect(report.step?.id).toBe('acceptance');
    expect(assessment?.movingOn).toBe(true);
    expect(report.steps.slice(3, 6).map((s) => s.state)).toEqual(['locked', 'locked', 'locked']);
    expect(report.next.join(' ')).not.toMatch(/exco contact|reach out/);
    expect(deps.out.text()).toMatch(/will not\s+suggest contact/);
    expect(deps.out.text()).toMatch(/can be\s+undone/);

    await runOutcome('deciding', false, deps);
    expect(status(deps).report.step?.id).not.toBe('acceptance');
    expect(status(deps).assessment?.movingOn).toBe(false);
  });

  it('together opens step 6 and points at exco reunion', async () => {
    const deps = await startedDeps();
    await runOutcome('together', false, deps);
    expect(status(deps).report.step?.id).toBe('reunion');
    expect(deps.out.text()).toMatch(/exco reunion/);
  });

  it('--json prints the record, the step and the next actions', async () => {
    const deps = await startedDeps();
    await runOutcome('moving-on', true, deps);
    expect(JSON.parse(deps.out.stdout.join('\n'))).toMatchObject({
      saved: true,
      outcome: { id: 'o1', outcome: 'moving-on' },
      step: { id: 'acceptance' },
      movingOn: true,
    });
    const again = await startedDeps();
    await runOutcome('deciding', true, again);
    await runOutcome('deciding', true, again);
    expect(JSON.parse(again.out.stdout[1]!)).toMatchObject({ saved: false });
  });

  it('in safety mode, together is recorded but not coached: resources instead', async () => {
    const deps = await startedDeps('yes');
    await runOutcome('together', false, deps);
    expect(deps.out.text()).toMatch(/will not coach this relationship/);
    expect(deps.out.text()).toMatch(/Support for your safety/);
    expect(deps.out.text()).not.toMatch(/exco reunion/);
  });

  it('works before exco start', async () => {
    const deps = testDeps({ interactive: false });
    await runOutcome('deciding', false, deps);
    expect(deps.store.read()!.outcomes).toHaveLength(1);
  });
});

describe('exco acceptance, the flow', () => {
  it('says why it may fit now, shows step 7 and records a choice', async () => {
    const deps = await startedDeps();
    for (const date of ['2026-11-01', '2026-11-20'])
      await runContact(
        { type: 'reconnect', response: 'none', date, json: false },
        testDeps({ interactive: false, dir: deps.dir, now: deps.now }),
      );
    const asking = testDeps({ dir: deps.dir, now: deps.now, answers: ['moving-on'] });
    await runAcceptance(asking);
    const text = asking.out.text();
    expect(text).toMatch(/gone unanswered/);
    expect(text).toMatch(/Step 7: Accept what comes/);
    expect(text).toMatch(/not recorded where you stand/);
    expect(asking.store.read()!.outcomes.at(-1)?.outcome).toBe('moving-on');
  });

  it('does not offer where they already stand; "not now" saves nothing', async () => {
    const deps = await startedDeps();
    await runOutcome('moving-on', false, deps);
    const offered = testDeps({ dir: deps.dir, now: deps.now, answers: ['moving-on'] });
    await expect(runAcceptance(offered)).rejects.toThrow(/not offered/);
    const notNow = testDeps({ dir: deps.dir, now: deps.now, answers: ['not-now'] });
    await runAcceptance(notNow);
    expect(notNow.out.text()).toMatch(/Where you stand now: moving on/);
    expect(notNow.store.read()!.outcomes).toHaveLength(1);
  });

  it('needs a terminal, and names the flag', async () => {
    await expect(runAcceptance(testDeps({ interactive: false }))).rejects.toMatchObject({
      exitCode: ExitCode.usage,
      hint: expect.stringMatching(/--outcome together\|moving-on\|deciding/),
    });
  });
});

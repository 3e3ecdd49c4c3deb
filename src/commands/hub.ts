/**
 * The hub: what `exco start` shows once the plan exists. Where they stand, today's idea, and a
 * menu that runs the chosen flow and comes back, until they are done for now.
 */
import { buildStatus } from '../core/status.js';
import { isStarted } from '../core/engine.js';
import { turnOnSafetyMode } from '../core/profile.js';
import { STEPS, stepById, type StepId } from '../content/steps.js';
import { printHeader } from '../ui/dashboard.js';
import { wrap } from '../ui/layout.js';
import { pickCountry, printResources } from '../ui/resources-view.js';
import { printStep } from '../ui/step-view.js';
import type { Choice } from '../ui/prompter.js';
import type { Deps } from './context.js';
import { runAcceptance } from './acceptance.js';
import { runContact } from './contact.js';
import { runDraft } from './draft.js';
import { runFaq } from './faq.js';
import { runGoals } from './goals-menu.js';
import { runReflect } from './reflect.js';
import { runReunion } from './reunion.js';
import { runStatus } from './status.js';
import { runUrge } from './urge.js';

type Action =
  | 'urge'
  | 'draft'
  | 'reunion'
  | 'acceptance'
  | 'reflect'
  | 'mistakes'
  | 'goals'
  | 'status'
  | 'contact'
  | 'faq'
  | 'read'
  | 'changed'
  | 'support'
  | 'done';

const CONTACT_STEPS: readonly StepId[] = ['reconnect', 'show', 'reunion'];

async function readStep(deps: Deps, current: StepId, safetyMode: boolean): Promise<void> {
  const choices: Choice<StepId>[] = STEPS.filter(
    (s) => !(safetyMode && CONTACT_STEPS.includes(s.id)),
  ).map((s) => ({
    value: s.id,
    name: `${s.number}. ${s.title}`,
    description: s.summary,
  }));
  const id = await deps.prompter.select('Which step?', choices, { default: current });
  printStep(stepById(id), deps.out);
}

async function somethingChanged(deps: Deps): Promise<void> {
  const data = deps.store.read();
  if (!isStarted(data)) return;
  const { out } = deps;
  type Change = 'new-partner' | 'no-new-partner' | 'unsafe' | 'back';
  const choices: Choice<Change>[] = [
    data.profile.exNewPartner
      ? { value: 'no-new-partner', name: 'My ex is no longer with someone new' }
      : { value: 'new-partner', name: 'My ex is with someone new' },
    ...(data.safety ? [] : [{ value: 'unsafe' as const, name: 'I feel unsafe with my ex' }]),
    { value: 'back', name: 'Back' },
  ];
  const change = await deps.prompter.select('What has changed?', choices);
  if (change === 'back') return;
  if (change === 'unsafe') {
    await deps.store.update((d) => turnOnSafetyMode(d, 'check-in', deps.now()));
    out.line(
      out.style.warn('Safety mode is on. exco will not coach any contact with your ex, for good.'),
    );
    printResources(out, ['abuse', 'crisis'], pickCountry(data.settings.country));
    return;
  }
  const withSomeone = change === 'new-partner';
  await deps.store.update((d) => {
    if (d.profile)
      d.profile = { ...d.profile, exNewPartner: withSomeone, updatedAt: deps.now().toISOString() };
  });
  out.line(
    wrap(
      withSomeone
        ? 'That hurts, and it is OK to feel it. exco will not coach you to come between them; the focus now is your own healing, your growth, and acceptance.'
        : 'Noted. exco will take it into account from here.',
      out.columns,
    ),
  );
}

export async function runHub(deps: Deps): Promise<void> {
  const { out } = deps;
  let showHeader = true;
  for (;;) {
    const data = deps.store.read();
    const { report, assessment } = buildStatus(data, deps.now());
    if (!assessment) return;
    if (showHeader) {
      out.line();
      printHeader(report, out);
      if (report.today) {
        out.line(wrap(`${out.style.strong("Today's idea:")} ${report.today}`, out.columns, '  '));
      }
      out.line();
    }
    const reunionOpen = assessment.steps.find((s) => s.id === 'reunion')?.state !== 'locked';
    const choices: Choice<Action>[] = [
      { value: 'urge', name: 'I want to text my ex (pause first)' },
      ...(assessment.safetyMode
        ? []
        : [{ value: 'draft' as const, name: 'Check a message before I send it' }]),
      ...(reunionOpen
        ? [{ value: 'reunion' as const, name: 'They showed interest: go slowly' }]
        : []),
      { value: 'reflect', name: "Today's check-in and reflection" },
      { value: 'mistakes', name: 'My mistakes and plans' },
      { value: 'goals', name: 'My goals: log, add, see progress' },
      { value: 'status', name: 'See my full dashboard' },
      { value: 'read', name: `Read about a step (now: ${assessment.step.title})` },
      { value: 'faq', name: 'Ask about a worry (FAQ)' },
      { value: 'contact', name: 'Log contact with my ex' },
      { value: 'changed', name: 'Something has changed' },
      { value: 'acceptance', name: 'Acceptance: where this leaves me' },
      { value: 'support', name: 'Support lines' },
      { value: 'done', name: 'Done for now' },
    ];
    const action = await deps.prompter.select('What would you like to do?', choices);
    out.line();
    // Where they stand is shown again only after something that can change it.
    showHeader =
      action !== 'status' && action !== 'read' && action !== 'support' && action !== 'faq';
    switch (action) {
      case 'urge':
        await runUrge({ json: false }, deps);
        break;
      case 'draft':
        await runDraft([], { json: false }, deps);
        break;
      case 'reunion':
        await runReunion(deps);
        break;
      case 'acceptance':
        await runAcceptance(deps);
        break;
      case 'reflect':
        await runReflect({ json: false }, deps);
        break;
      case 'mistakes':
        await runReflect({ json: false, mistakes: true }, deps);
        break;
      case 'goals':
        await runGoals(deps);
        break;
      case 'status':
        runStatus({ json: false }, deps);
        break;
      case 'read':
        await readStep(deps, assessment.step.id, assessment.safetyMode);
        break;
      case 'contact':
        await runContact({ json: false }, deps);
        break;
      case 'faq':
        await runFaq([], { list: false, json: false }, deps);
        break;
      case 'changed':
        await somethingChanged(deps);
        break;
      case 'support':
        printResources(out, ['crisis', 'abuse'], pickCountry(data?.settings.country ?? null));
        break;
      case 'done':
        out.line('Take care of yourself. exco is here when you need it.');
        return;
    }
  }
}

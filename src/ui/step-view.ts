/** A step's full text, as read from the hub. */
import type { StepContent } from '../content/steps.js';
import { bullet, wrap } from './layout.js';
import type { Output } from './output.js';

export function printStep(step: StepContent, out: Output): void {
  const { style } = out;
  const width = out.columns;
  const list = (title: string, items: readonly string[]) => {
    out.line(style.strong(title));
    for (const item of items) out.line(bullet(item, width));
  };
  out.line(style.heading(`Step ${step.number}: ${step.title}`));
  out.line(wrap(step.summary, width));
  out.line();
  list('Why it matters', step.why);
  list('How', step.how);
  if (step.examples) list(step.examples.title, step.examples.items);
  for (const section of step.sections ?? []) list(section.title, section.points);
  list('Avoid', step.avoid);
  out.line();
}

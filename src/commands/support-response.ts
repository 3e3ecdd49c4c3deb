/**
 * What happens when something the person wrote carries a support flag: resources come before
 * anything else, and a sign of danger from another person offers safety mode.
 */
import type { Essentials } from '../core/essentials.js';
import type { SupportFlag } from '../core/model.js';
import { turnOnSafetyMode } from '../core/profile.js';
import { pickCountry, printResources, type ResourceKind } from '../ui/resources-view.js';
import { wrap } from '../ui/layout.js';
import type { Deps } from './context.js';

/**
 * Shows the resources for `flags`, and for a safety flag offers safety mode. Resolves to true when
 * the person says the danger is not about their ex (they answered no to the offer).
 */
export async function respondToSupport(
  flags: readonly SupportFlag[],
  data: Essentials | null,
  source: 'check-in' | 'contact',
  deps: Deps,
): Promise<boolean> {
  if (flags.length === 0) return false;
  const { out } = deps;
  const kinds: ResourceKind[] = [];
  if (flags.includes('crisis')) {
    out.line(
      out.style.warn(
        wrap(
          'What you wrote sounds really painful. If you are thinking about ending your life or hurting yourself, please reach out now: you deserve support.',
          out.columns,
        ),
      ),
    );
    kinds.push('crisis');
  }
  if (flags.includes('safety')) {
    out.line(
      out.style.warn(
        wrap(
          'What you wrote sounds like you may not be safe with someone. Your safety comes first.',
          out.columns,
        ),
      ),
    );
    kinds.push('abuse');
  }
  printResources(out, kinds, pickCountry(data?.settings.country ?? null));
  if (!flags.includes('safety') || data?.safety || !data?.profile) return false;
  if (!deps.prompter.interactive) {
    out.line(
      wrap(
        'If this is about your ex, turn on safety mode with `exco start --safety yes`: exco will then never coach contact with them.',
        out.columns,
      ),
    );
    return false;
  }
  const on = await deps.prompter.confirm(
    'Is this about your ex? Turn on safety mode (exco will never coach contact with them again)?',
    { default: true },
  );
  if (!on) return true;
  await deps.store.update((d) => turnOnSafetyMode(d, source, deps.now()));
  out.line(out.style.ok('Safety mode is on.'));
  return false;
}

/**
 * With --json, stdout carries only the JSON document: support messages go to stderr, and
 * nothing is asked, so a script still shows the person where help is.
 */
export function jsonSafe(deps: Deps, json: boolean): Deps {
  if (!json) return deps;
  const { out } = deps;
  return {
    ...deps,
    prompter: { ...deps.prompter, interactive: false },
    out: {
      line: (text = '') => out.error(text),
      json: (value) => out.json(value),
      raw: (text) => out.error(text),
      error: (text) => out.error(text),
      style: out.style,
      color: out.color,
      columns: out.columns,
    },
  };
}

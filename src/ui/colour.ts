/**
 * The only module that knows colour codes (chalk). Output loads it only when colour could be shown
 * (`loadColour` in output.ts): chalk and the terminal checks it runs take several ms to load,
 * which a run printing JSON or into a pipe has no use for.
 */
import { Chalk, supportsColor } from 'chalk';
import { neutralizeControls } from '../core/text.js';
import type { Style } from './output.js';

/** Whether stdout is a terminal that shows colour, by chalk's reckoning (TERM, FORCE_COLOR, CI…). */
export function colourSupported(): boolean {
  return supportsColor !== false && supportsColor.level > 0;
}

export function colourStyle(): Style {
  const c = new Chalk({ level: 1 });
  return {
    heading: (t) => c.bold.cyan(t),
    strong: (t) => c.bold(t),
    ok: (t) => c.green(t),
    warn: (t) => c.yellow(t),
    danger: (t) => c.bold.red(t),
    muted: (t) => c.dim(t),
    accent: (t) => c.magenta(t),
    theirs: (t) => c.italic(neutralizeControls(t)),
    command: (t) => c.cyan(t),
  };
}

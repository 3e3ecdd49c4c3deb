/**
 * Free text the person typed is stored exactly as typed; when it is printed, control characters
 * are shown as visible escapes so a stored note can never move the cursor, recolour the screen or
 * retitle the terminal.
 */
// C0 controls except tab and newline, DEL, and C1 controls (which some terminals act on too).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function neutralizeControls(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x1b) return '\\e';
    if (code === 0x0d) return '\\r';
    return `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/** `text` as a whole number from `min` to `max` (spaces around it allowed), or null. */
export function wholeNumberIn(text: string, min: number, max: number): number | null {
  const n = Number(text);
  return /^-?\d+$/.test(text.trim()) && n >= min && n <= max ? n : null;
}

/** One line for a list: newlines folded, trimmed to `max` characters. */
export function oneLine(text: string, max = 60): string {
  const flat = neutralizeControls(text.replace(/\s*\n\s*/g, ' ').trim());
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

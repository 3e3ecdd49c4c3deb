/** Plain-text layout for the terminal: wrapping and bullets that respect the width. */

/** Wraps text to `width` columns; continuation lines get `indent`. Words longer than a line stay whole. */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const lead = /^\s*/.exec(paragraph)?.[0] ?? '';
    let line = '';
    // A space between two numbers never breaks: "Call 13 11 14" stays on one line.
    const words = paragraph
      .trim()
      .replace(/\s+/g, ' ')
      .split(/(?<!\d) | (?!\d)/);
    for (const word of words.filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : `${lead}${word}`;
      if (visibleLength(candidate) > width && line) {
        lines.push(line);
        line = `${indent}${word}`;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** Length as shown, ignoring colour codes. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return Array.from(text.replace(/\u001b\[[0-9;]*m/g, '')).length;
}

export function bullet(text: string, width: number, mark = '•'): string {
  return wrap(`  ${mark} ${text}`, width, '    ');
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleLength(text)));
}

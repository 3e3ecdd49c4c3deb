/** What `exco data export` writes: a JSON envelope around the document, or a Markdown summary. */
import type { ExcoData } from './model.js';
import { neutralizeControls } from './text.js';

export const EXPORT_FORMAT = 'exco-export';
const REDACTED = '[redacted]';

export interface ExportEnvelope {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  exportedBy: string;
  redacted: boolean;
  data: ExcoData;
}

/** The same document without the ex's name or anything the person typed in their own words. */
export function redact(data: ExcoData): ExcoData {
  const hide = <T extends object, K extends keyof T>(record: T, keys: K[]): T => {
    const copy = { ...record };
    for (const key of keys) if (copy[key] !== undefined) copy[key] = REDACTED as T[K];
    return copy;
  };
  const profile = data.profile ? { ...data.profile } : null;
  if (profile) delete profile.exName;
  return {
    ...data,
    profile,
    contacts: data.contacts.map((c) => hide(c, ['note'])),
    reflections: data.reflections.map((r) => hide(r, ['answer', 'note'])),
    mistakes: data.mistakes.map((m) => hide(m, ['description', 'plan'])),
    goals: data.goals.map((g) => ({
      ...hide(g, ['title']),
      logs: g.logs.map((log) => hide(log, ['note'])),
    })),
    urges: data.urges.map((u) => hide(u, ['trigger'])),
    conversations: data.conversations.map((c) => hide(c, ['note'])),
  };
}

export function envelope(
  data: ExcoData,
  now: Date,
  version: string,
  redacted: boolean,
): ExportEnvelope {
  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    exportedBy: `exco ${version}`,
    redacted,
    data: redacted ? redact(data) : data,
  };
}

/** An envelope's document, or the input itself when it is a bare document (a backup). */
export function unwrapExport(value: unknown): { doc: unknown; redacted: boolean } {
  if (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === EXPORT_FORMAT
  ) {
    const env = value as Partial<ExportEnvelope>;
    return { doc: env.data, redacted: env.redacted === true };
  }
  return { doc: value, redacted: false };
}

/** Markdown for reading or printing; text is quoted as typed (Markdown renders it inert). */
export function toMarkdown(data: ExcoData, now: Date, redacted: boolean): string {
  const doc = redacted ? redact(data) : data;
  const lines: string[] = [
    '# exco export',
    '',
    `Exported ${now.toISOString()}${redacted ? ' (redacted)' : ''}.`,
    '',
  ];
  const section = (title: string, rows: string[]) => {
    lines.push(`## ${title}`, '');
    lines.push(...(rows.length ? rows : ['_None._']), '');
  };
  const p = doc.profile;
  section(
    'Profile',
    p
      ? [
          ...(p.exName ? [`- Ex: ${p.exName}`] : []),
          `- Breakup date: ${p.breakupDate}`,
          `- Months together: ${p.monthsTogether}`,
          `- Intensity: ${p.intensity}`,
          `- Reason: ${p.reason}`,
          `- Who ended it: ${p.initiator}`,
          `- Ex seeing someone new: ${p.exNewPartner ? 'yes' : 'no'}`,
        ]
      : [],
  );
  section('Safety', [
    doc.safety ? `- Safety mode on since ${doc.safety.since}` : '- Safety mode off',
  ]);
  section(
    'Contacts',
    doc.contacts.map(
      (c) =>
        `- ${c.date} ${c.type}${c.response ? ` (${c.response})` : ''}${c.note ? `: ${c.note}` : ''}`,
    ),
  );
  section(
    'Reflections',
    doc.reflections.map((r) => {
      const parts = [`- ${r.date} mood ${r.mood}/5, urge ${r.urge}/10`];
      if (r.prompt) parts.push(`  - ${r.prompt}${r.answer ? ` ${r.answer}` : ''}`);
      if (r.note) parts.push(`  - Note: ${r.note}`);
      return parts.join('\n');
    }),
  );
  section(
    'Mistakes and plans',
    doc.mistakes.map(
      (m) => `- ${m.pattern}${m.description ? ` (${m.description})` : ''}: ${m.plan}`,
    ),
  );
  section(
    'Goals',
    doc.goals.map(
      (g) =>
        `- [${g.status === 'done' ? 'x' : ' '}] ${g.title} (${g.category}, ${g.status}) — ${g.logs.length} logged`,
    ),
  );
  section(
    'Urges',
    doc.urges.map(
      (u) =>
        `- ${u.at.slice(0, 10)} intensity ${u.intensity}/10, ${u.heldOff ? 'held off' : 'reached out'}${u.trigger ? `: ${u.trigger}` : ''}`,
    ),
  );
  section(
    'Outcomes',
    doc.outcomes.map((o) => `- ${o.at.slice(0, 10)} ${o.outcome}`),
  );
  section(
    'Conversations',
    doc.conversations.map(
      (c) =>
        `- ${c.date} ${c.went}${c.topics.length ? ` (${c.topics.join(', ')})` : ''}${c.note ? `: ${c.note}` : ''}`,
    ),
  );
  return neutralizeControls(`${lines.join('\n').trimEnd()}\n`);
}

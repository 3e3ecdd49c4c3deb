/**
 * The data document, schema version 1. One JSON object; every collection is an array of records
 * with an id and an ISO timestamp (`at`), never dates as object keys. Unknown keys are kept, so
 * nothing a newer minor release wrote is dropped on the next save.
 */
import * as v from 'valibot';
import { type Compiled, FAIL, compileSchema } from './compiled-schema.js';
import { isDay } from './dates.js';

export const SCHEMA_VERSION = 1;

export const INTENSITIES = ['low', 'medium', 'high'] as const;
export const REASONS = [
  'grew-apart',
  'communication',
  'trust',
  'distance',
  'timing',
  'other',
] as const;
export const INITIATORS = ['me', 'them', 'mutual'] as const;
export const CONTACT_TYPES = ['slip', 'they-initiated', 'logistics', 'reconnect'] as const;
export const RESPONSES = ['none', 'cool', 'warm'] as const;
export const GOAL_CATEGORIES = ['fitness', 'hobby', 'growth', 'people', 'career', 'other'] as const;
export const GOAL_STATUSES = ['active', 'done', 'archived'] as const;
export const MISTAKE_PATTERNS = [
  'clingy',
  'distant',
  'controlling',
  'communication',
  'other',
] as const;
export const SUPPORT_FLAGS = ['crisis', 'safety'] as const;
export const SCREENING_QUESTIONS = ['fear', 'threats', 'violence', 'stalking', 'control'] as const;
export const OUTCOMES = ['together', 'moving-on', 'deciding'] as const;
export const SAFETY_SOURCES = ['screening', 'check-in', 'contact'] as const;
export const CONVERSATION_FEELINGS = ['good', 'mixed', 'hard'] as const;

const timestamp = v.pipe(v.string(), v.isoTimestamp());
const day = v.pipe(v.string(), v.check(isDay, 'Invalid day: expected a real date as YYYY-MM-DD'));
const id = v.pipe(v.string(), v.nonEmpty());
const text = v.string();
const count = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const supportFlags = v.array(v.picklist(SUPPORT_FLAGS));

const ProfileSchema = v.looseObject({
  exName: v.optional(text),
  breakupDate: day,
  monthsTogether: v.pipe(v.number(), v.minValue(0), v.maxValue(1200)),
  intensity: v.picklist(INTENSITIES),
  reason: v.picklist(REASONS),
  initiator: v.picklist(INITIATORS),
  exNewPartner: v.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const ScreeningSchema = v.looseObject({
  at: timestamp,
  /** Absent when the screening came from `--safety` rather than the questions. */
  answers: v.optional(
    v.looseObject(
      Object.fromEntries(SCREENING_QUESTIONS.map((q) => [q, v.boolean()])) as Record<
        (typeof SCREENING_QUESTIONS)[number],
        v.BooleanSchema<undefined>
      >,
    ),
  ),
  flagged: v.boolean(),
});

const SafetySchema = v.looseObject({
  since: timestamp,
  source: v.picklist(SAFETY_SOURCES),
});

const ContactSchema = v.looseObject({
  id,
  at: timestamp,
  date: day,
  type: v.picklist(CONTACT_TYPES),
  response: v.optional(v.picklist(RESPONSES)),
  note: v.optional(text),
  support: v.optional(supportFlags),
});

const ReflectionSchema = v.looseObject({
  id,
  at: timestamp,
  date: day,
  mood: count(1, 5),
  urge: count(0, 10),
  promptId: v.optional(v.string()),
  prompt: v.optional(text),
  answer: v.optional(text),
  note: v.optional(text),
  support: supportFlags,
});

const MistakeSchema = v.looseObject({
  id,
  at: timestamp,
  pattern: v.picklist(MISTAKE_PATTERNS),
  description: v.optional(text),
  plan: text,
});

const GoalLogSchema = v.looseObject({
  id,
  at: timestamp,
  date: day,
  note: v.optional(text),
});

const GoalSchema = v.looseObject({
  id,
  at: timestamp,
  category: v.picklist(GOAL_CATEGORIES),
  title: text,
  perWeek: v.optional(count(1, 21)),
  by: v.optional(day),
  addresses: v.optional(id),
  status: v.picklist(GOAL_STATUSES),
  doneAt: v.optional(timestamp),
  archivedAt: v.optional(timestamp),
  logs: v.array(GoalLogSchema),
});

const UrgeSchema = v.looseObject({
  id,
  at: timestamp,
  intensity: count(0, 10),
  trigger: v.optional(text),
  heldOff: v.boolean(),
});

const OutcomeSchema = v.looseObject({
  id,
  at: timestamp,
  outcome: v.picklist(OUTCOMES),
});

/** A conversation during a possible reunion (step 6): how it went and what was talked through. */
const ConversationSchema = v.looseObject({
  id,
  at: timestamp,
  date: day,
  went: v.picklist(CONVERSATION_FEELINGS),
  topics: v.array(v.string()),
  note: v.optional(text),
  support: v.optional(supportFlags),
});

const SettingsSchema = v.looseObject({
  /** Hour (0–12) at which a new day starts for streaks, so a night owl's 1 am still counts. */
  dayStartHour: count(0, 12),
  /** ISO country code used to pick support resources; null means "show the general list". */
  country: v.nullable(v.string()),
});

export const DataSchema = v.looseObject({
  schemaVersion: v.literal(SCHEMA_VERSION),
  createdAt: timestamp,
  profile: v.nullable(ProfileSchema),
  screening: v.nullable(ScreeningSchema),
  safety: v.nullable(SafetySchema),
  contacts: v.array(ContactSchema),
  reflections: v.array(ReflectionSchema),
  mistakes: v.array(MistakeSchema),
  goals: v.array(GoalSchema),
  urges: v.array(UrgeSchema),
  outcomes: v.array(OutcomeSchema),
  conversations: v.array(ConversationSchema),
  settings: SettingsSchema,
});

export type ExcoData = v.InferOutput<typeof DataSchema>;
export type Profile = v.InferOutput<typeof ProfileSchema>;
export type Screening = v.InferOutput<typeof ScreeningSchema>;
export type Contact = v.InferOutput<typeof ContactSchema>;
export type Reflection = v.InferOutput<typeof ReflectionSchema>;
export type Mistake = v.InferOutput<typeof MistakeSchema>;
export type Goal = v.InferOutput<typeof GoalSchema>;
export type GoalLog = v.InferOutput<typeof GoalLogSchema>;
export type Urge = v.InferOutput<typeof UrgeSchema>;
export type Outcome = v.InferOutput<typeof OutcomeSchema>;
export type Conversation = v.InferOutput<typeof ConversationSchema>;
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type Intensity = (typeof INTENSITIES)[number];
export type Reason = (typeof REASONS)[number];
export type Initiator = (typeof INITIATORS)[number];
export type ContactType = (typeof CONTACT_TYPES)[number];
export type Response = (typeof RESPONSES)[number];
export type SupportFlag = (typeof SUPPORT_FLAGS)[number];

export function emptyData(now: Date): ExcoData {
  return {
    schemaVersion: SCHEMA_VERSION,
    createdAt: now.toISOString(),
    profile: null,
    screening: null,
    safety: null,
    contacts: [],
    reflections: [],
    mistakes: [],
    goals: [],
    urges: [],
    outcomes: [],
    conversations: [],
    settings: { dayStartHour: 4, country: null },
  };
}

/** DataSchema as one plain function (see compiled-schema.ts), made on first use. */
let compiled: Compiled | null | undefined;

export type Checked = { data: ExcoData; problem: null } | { data: null; problem: string };

/**
 * Validates a parsed document: its typed copy (what `v.parse` returns), or the problem in one
 * line. Reads go through this once per run, so a large document is walked a single time.
 * `trusted` (from `sealRecords`) names records already known to be valid, which are not walked.
 */
export function checkData(doc: unknown, trusted?: ReadonlySet<object>): Checked {
  if (compiled === undefined) compiled = compileSchema(DataSchema);
  const data = compiled ? compiled(doc, trusted) : FAIL;
  if (data !== FAIL) return { data: data as ExcoData, problem: null };
  // valibot itself: when the schema has parts the compiler does not know, and to say what is wrong.
  const result = v.safeParse(DataSchema, doc);
  if (result.success) return { data: result.output, problem: null };
  const issue = result.issues[0];
  const where = v.getDotPath(issue) ?? '(top level)';
  return { data: null, problem: `${where}: ${issue.message}` };
}

/** Checks a parsed document against the schema; returns the problem in one line, or null. */
export function schemaProblem(doc: unknown, trusted?: ReadonlySet<object>): string | null {
  return checkData(doc, trusted).problem;
}

/**
 * Checks one record for the list `key` as it is checked in a document; the problem in one line,
 * or null.
 */
export function recordProblem(key: keyof ExcoData, record: object): string | null {
  return schemaProblem({ ...emptyData(new Date(0)), [key]: [record] });
}

/** The top-level keys of DataSchema that hold lists of records. */
export const RECORD_LISTS = Object.entries(DataSchema.entries)
  .filter(([, schema]) => schema.type === 'array')
  .map(([key]) => key as keyof ExcoData & string);

function deepFreeze(value: object): void {
  Object.freeze(value);
  for (const key in value) {
    const inner = (value as Record<string, unknown>)[key];
    if (typeof inner === 'object' && inner !== null && !Object.isFrozen(inner)) deepFreeze(inner);
  }
}

/**
 * Puts an editable copy of `record` in its place in `list`, and returns the copy: how a change
 * edits a record it found, since the records of a loaded document are sealed (`sealRecords`).
 */
export function editRecord<T extends object>(list: T[], record: T): T {
  const index = list.indexOf(record);
  if (index < 0) throw new Error('editRecord: the record is not in the list it was given');
  // Already editable (new in this change, or a copy made before): edits go on in the same one.
  if (!Object.isFrozen(record)) return record;
  const copy = structuredClone(record);
  list[index] = copy;
  return copy;
}

/**
 * Freezes every record of a valid document, all the way down, and returns them: from then on
 * they cannot change, so checking a changed copy of the document before it is saved need not walk
 * them again (`schemaProblem(next, trusted)`). The lists themselves and the single objects
 * (profile, settings, …) stay open to change, and are checked in full. A change replaces a record
 * rather than editing it in place (`{ ...record, note }`); editing a frozen record throws.
 */
export function sealRecords(data: ExcoData): Set<object> {
  const sealed = new Set<object>();
  for (const key of RECORD_LISTS) {
    for (const record of data[key] as readonly object[]) {
      deepFreeze(record);
      sealed.add(record);
    }
  }
  return sealed;
}

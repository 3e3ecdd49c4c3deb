/**
 * The text a document is saved as: compact JSON, exactly what `JSON.stringify` gives, plus where
 * each top-level list lies in it (`Spans`), which the note of the save keeps (checked.ts).
 *
 * Ten years of daily use is 1.5 MB of text, nearly all of it lists of records that a check-in
 * leaves as they were, with one new record at the end. The records a write loads are sealed
 * (`sealRecords`, core/model.ts): they cannot change. So when the file is the very text exco
 * last saved, a list whose loaded records are all still there, in order, keeps its text from the
 * file, and only the records after them are turned into JSON. Any other list, and every other
 * key, is serialised as usual.
 */

/** Where the `[...]` of each top-level list lies in a document's text: [start, end). */
export type Spans = Readonly<Record<string, readonly [number, number]>>;

/** The text a document was loaded from, and what a write's change started from. */
export interface Previous {
  readonly raw: string;
  readonly spans: Spans;
  /** The loaded document's keys, in the order of the text. */
  readonly keys: readonly string[];
  /** Each sealed list's records as loaded, before the change. */
  readonly lists: ReadonlyMap<string, readonly unknown[]>;
}

export interface Serialised {
  readonly raw: string;
  readonly spans: Spans;
}

/**
 * Whether `span` can be where the list under `key` lies in `raw`, from the text alone: `"key":[`
 * after `{` or `,`, and `]` where the document ends or another key may begin.
 */
export function listAt(raw: string, key: string, span: unknown): span is [number, number] {
  if (!Array.isArray(span) || span.length !== 2 || !span.every(Number.isInteger)) return false;
  const [from, to] = span as [number, number];
  const head = `${JSON.stringify(key)}:`;
  return (
    from > head.length &&
    to - from >= 2 &&
    raw.charCodeAt(from) === 0x5b && // [
    raw.charCodeAt(to - 1) === 0x5d && // ]
    (raw.startsWith(',"', to) || to + 1 === raw.length) &&
    raw.startsWith(head, from - head.length) &&
    '{,'.includes(raw.charAt(from - head.length - 1))
  );
}

/**
 * Whether `span` is where this key's list lies in the previous text: `listAt`, with the next key
 * of that document (`,"next":`) right after its `]`, or the document's end. A span that ended on
 * a `]` inside the list would be followed by more of the list, so it is refused.
 */
function fits(
  previous: Previous,
  key: string,
  span: unknown,
  empty: boolean,
): span is [number, number] {
  if (!listAt(previous.raw, key, span)) return false;
  const [start, end] = span;
  const { raw, keys } = previous;
  const at = keys.indexOf(key);
  const next = keys[at + 1];
  const after = next === undefined ? '}' : `,${JSON.stringify(next)}:`;
  return (
    at >= 0 &&
    (empty ? end - start === 2 : end - start > 2) &&
    raw.startsWith(after, end) &&
    (next !== undefined || end + 1 === raw.length) &&
    raw.charAt(start - `${JSON.stringify(key)}:`.length - 1) === (at === 0 ? '{' : ',')
  );
}

/** The text of `list` taken from the previous save, if every loaded record is still its start. */
function reused(key: string, list: readonly unknown[], previous: Previous): string | null {
  const sealed = previous.lists.get(key);
  const span: unknown = Object.hasOwn(previous.spans, key) ? previous.spans[key] : undefined;
  if (sealed === undefined || list.length < sealed.length) return null;
  for (let i = 0; i < sealed.length; i += 1) if (list[i] !== sealed[i]) return null;
  if (!fits(previous, key, span, sealed.length === 0)) return null;
  const before = previous.raw.slice(span[0], span[1]);
  if (list.length === sealed.length) return before;
  const added = JSON.stringify(list.slice(sealed.length));
  return sealed.length === 0 ? added : `${before.slice(0, -1)},${added.slice(1)}`;
}

/**
 * `JSON.stringify(doc)` and the spans of its top-level lists. With `previous` (the file is the
 * text exco last saved, and the spans are those noted with it), unchanged lists keep their text.
 */
export function serialise(doc: object, previous?: Previous | null): Serialised {
  const parts: string[] = [];
  // No prototype: a key named "__proto__" is a key like any other.
  const spans = Object.create(null) as Record<string, [number, number]>;
  let at = 1;
  for (const key of Object.keys(doc)) {
    const value = (doc as Record<string, unknown>)[key];
    const text =
      (previous && Array.isArray(value) ? reused(key, value, previous) : null) ??
      (JSON.stringify(value) as string | undefined);
    // As JSON.stringify does: a key whose value has no JSON (undefined, a function) is left out.
    if (text === undefined) continue;
    const head = `${JSON.stringify(key)}:`;
    if (parts.length > 0) at += 1;
    at += head.length;
    if (Array.isArray(value)) spans[key] = [at, at + text.length];
    at += text.length;
    parts.push(head + text);
  }
  return { raw: `{${parts.join(',')}}`, spans };
}

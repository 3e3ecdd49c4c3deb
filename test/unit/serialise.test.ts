/**
 * The saved text is exactly `JSON.stringify` of the document, whether a list's text is written
 * out or kept from the previous save; and it is kept only when that is certain to be the same.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type Previous, serialise } from '../../src/store/serialise.js';

type Doc = Record<string, unknown>;

const doc: fc.Arbitrary<Doc> = fc.dictionary(
  fc.string({ maxLength: 6 }),
  fc.oneof(
    fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }),
    fc.jsonValue({ maxDepth: 2 }),
  ),
  { maxKeys: 8 },
);

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

/** A saved document loaded back as a write loads it: parsed, its lists' records sealed. */
function loaded(saved: Doc): { data: Doc; previous: Previous } {
  const { raw, spans } = serialise(saved);
  const data = JSON.parse(raw) as Doc;
  const lists = new Map<string, readonly unknown[]>();
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value)) continue;
    value.forEach(deepFreeze);
    lists.set(key, [...value]);
  }
  return { data, previous: { raw, spans, keys: Object.keys(data), lists } };
}

/** What a change may do to a loaded document. */
type Edit = (d: Doc, keys: string[]) => void;
const pick = (keys: string[], n: number) => keys[n % keys.length];
const listAt = (d: Doc, key: string | undefined) =>
  key !== undefined && Array.isArray(d[key]) ? (d[key] as unknown[]) : null;
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 1, maxLength: 3 })).map(
    ([n, added]): Edit =>
      (d, keys) =>
        void listAt(d, pick(keys, n))?.push(...added),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([n, at]): Edit => (d, keys) => {
    const list = listAt(d, pick(keys, n));
    if (list?.length) list.splice(at % list.length, 1);
  }),
  fc
    .tuple(fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 2 }))
    .map(([n, at, value]): Edit => (d, keys) => {
      const list = listAt(d, pick(keys, n));
      if (list?.length) list[at % list.length] = value;
    }),
  fc.nat().map(
    (n): Edit =>
      (d, keys) =>
        void listAt(d, pick(keys, n))?.reverse(),
  ),
  fc
    .tuple(fc.nat(), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }))
    .map(([n, list]): Edit => (d, keys) => {
      const key = pick(keys, n);
      if (key !== undefined) d[key] = list;
    }),
  fc.nat().map((n): Edit => (d, keys) => {
    const key = pick(keys, n);
    if (key !== undefined) delete d[key];
  }),
  fc
    .tuple(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }))
    .map(([key, value]): Edit => (d) => {
      d[key] = value;
    }),
);

describe('serialise', () => {
  it('gives JSON.stringify, and where each top-level list lies in it', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const { raw, spans } = serialise(d);
        expect(raw).toBe(JSON.stringify(d));
        const lists = Object.keys(d).filter((key) => Array.isArray(d[key]));
        expect(Object.keys(spans).sort()).toEqual(lists.sort());
        for (const key of lists) {
          const [start, end] = spans[key]!;
          expect(raw.slice(start, end)).toBe(JSON.stringify(d[key]));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('treats a key named __proto__ as any other, spans and all', () => {
    const saved = JSON.parse('{"__proto__":[1,2],"b":[3]}') as Doc;
    const { raw, spans } = serialise(saved);
    expect(raw).toBe('{"__proto__":[1,2],"b":[3]}');
    expect(Object.hasOwn(spans, '__proto__')).toBe(true);
    const { data, previous } = loaded(saved);
    (data.__proto__ as unknown[]).push(4);
    expect(serialise(data, previous).raw).toBe('{"__proto__":[1,2,4],"b":[3]}');
  });

  it('leaves out what JSON leaves out: keys whose value is undefined or a function', () => {
    const d = { a: undefined, b: [1], c: () => 1, d: 'x' };
    expect(serialise(d).raw).toBe(JSON.stringify(d));
    expect(serialise(d).spans).toEqual({ b: [5, 8] });
  });

  it('after any change to a loaded document, still gives exactly JSON.stringify', () => {
    fc.assert(
      fc.property(doc, fc.array(edit, { maxLength: 5 }), (saved, edits) => {
        const { data, previous } = loaded(saved);
        const keys = Object.keys(data);
        for (const change of edits) change(data, keys);
        const { raw, spans } = serialise(data, previous);
        expect(raw).toBe(JSON.stringify(data));
        // And the spans it gives are right for the save after this one.
        expect(serialise(data, loaded(data).previous).raw).toBe(raw);
        for (const [key, [start, end]] of Object.entries(spans))
          expect(raw.slice(start, end)).toBe(JSON.stringify(data[key]));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the text of a list whose loaded records are all still there, and only then', () => {
    // The previous text says something other than the records, so what is kept shows.
    const records = [Object.freeze({ n: 1 }), Object.freeze({ n: 2 })];
    const raw = '{"a":[{"n":1},{"n":"kept"}],"b":[]}';
    const previous: Previous = {
      raw,
      spans: { a: [5, 27], b: [32, 34] },
      keys: ['a', 'b'],
      lists: new Map([
        ['a', [...records]],
        ['b', []],
      ]),
    };
    expect(raw.slice(5, 27)).toBe('[{"n":1},{"n":"kept"}]');
    const more = { n: 3 };
    expect(serialise({ a: [...records, more], b: [more] }, previous).raw).toBe(
      '{"a":[{"n":1},{"n":"kept"},{"n":3}],"b":[{"n":3}]}',
    );
    // A record replaced, removed or moved: the list is written out.
    expect(serialise({ a: [records[0], { n: 2 }], b: [] }, previous).raw).toBe(
      '{"a":[{"n":1},{"n":2}],"b":[]}',
    );
    expect(serialise({ a: [records[1], records[0]], b: [] }, previous).raw).toBe(
      '{"a":[{"n":2},{"n":1}],"b":[]}',
    );
    expect(serialise({ a: [records[0]], b: [] }, previous).raw).toBe('{"a":[{"n":1}],"b":[]}');
  });

  it('writes a list out when its span is not that list in the previous text', () => {
    const records = [Object.freeze({ n: 1 })];
    const raw = '{"a":[{"n":"kept"}],"b":[{"n":"kept"}]}';
    const fresh = '{"a":[{"n":1}],"b":[]}';
    const spansTried: unknown[] = [
      [6, 19], // one character off
      [5, 18],
      [24, 38], // b's list
      [5, 100], // past the end
      [-3, 19],
      [5.5, 19],
      ['5', '19'],
      [5],
      5,
      null,
      { start: 5 },
    ];
    for (const span of spansTried) {
      const previous = {
        raw,
        spans: { a: span },
        keys: ['a', 'b'],
        lists: new Map([['a', records]]),
      } as unknown as Previous;
      expect(serialise({ a: [...records], b: [] }, previous).raw).toBe(fresh);
    }
    // Ending inside the list, before a comma.
    const longer: Previous = {
      raw: '{"a":[{"n":"kept"},{"n":"x"}],"b":[]}',
      spans: { a: [5, 18] },
      keys: ['a', 'b'],
      lists: new Map([['a', records]]),
    };
    expect(serialise({ a: [...records], b: [] }, longer).raw).toBe(fresh);
    // Ending on a "]" inside the list, before a comma: the next key must follow, and does not.
    const nested: Previous = {
      raw: '{"a":[[1],[2]],"b":1}',
      spans: { a: [5, 9] },
      keys: ['a', 'b'],
      lists: new Map([['a', [Object.freeze([1])]]]),
    };
    expect(nested.raw.slice(5, 9)).toBe('[[1]');
    expect(serialise({ a: [...(nested.lists.get('a') ?? [])], b: 1 }, nested).raw).toBe(
      '{"a":[[1]],"b":1}',
    );
    // The right span keeps the text, which shows the ones above were refused.
    const right: Previous = {
      raw,
      spans: { a: [5, 19] },
      keys: ['a', 'b'],
      lists: new Map([['a', records]]),
    };
    expect(serialise({ a: [...records], b: [] }, right).raw).toBe('{"a":[{"n":"kept"}],"b":[]}');
  });
});

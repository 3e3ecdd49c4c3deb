/**
 * The compiled schema must agree with valibot on every document: the same verdict, and for a valid
 * one the same output, down to key order.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import * as v from 'valibot';
import { FAIL, compileSchema } from '../../src/core/compiled-schema.js';
import { DataSchema, type ExcoData, checkData, sealRecords } from '../../src/core/model.js';
import { sampleData } from '../helpers/data.js';

const compiled = compileSchema(DataSchema);

function agree(doc: unknown): void {
  const fast = compiled?.(doc);
  const slow = v.safeParse(DataSchema, doc);
  expect(fast === FAIL).toBe(!slow.success);
  if (slow.success) {
    expect(fast).toStrictEqual(slow.output);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.output));
  }
}

/** Every path to a value inside `doc`. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => paths((value as Record<string, unknown>)[k], [...at, k]))];
}

function setAt(doc: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>(
      (node, key) => node[key] as Record<string | number, unknown>,
      copy,
    );
  const last = path.at(-1);
  if (last === undefined) return replacement;
  if (replacement === 'DELETE') delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/** `setAt` as a change under the store does it: only the objects on the way to `path` are new. */
function setAlong(doc: unknown, path: (string | number)[], replacement: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  const node = doc as Record<string | number, unknown>;
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>;
  if (rest.length === 0 && replacement === 'DELETE') delete copy[key];
  else copy[key] = setAlong(node[key], rest, replacement);
  return copy;
}

const odd = fc.oneof(
  fc.constantFrom(
    'DELETE',
    null,
    undefined,
    '',
    'x',
    0,
    -1,
    1.5,
    3,
    11,
    99,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    [],
    {},
    ['crisis'],
    ['nope'],
    '2026-02-30',
    '2026-11-26',
    '0050-01-01',
    '2026-11-26T10:00:00.000Z',
    '2026-11-26 10:00:00+02:00',
    'medium',
    'warm',
    'active',
  ),
  fc.jsonValue(),
);

describe('compiled DataSchema', () => {
  const base = { ...sampleData(), extra: { kept: true } };

  it('compiles the data model', () => {
    expect(compiled).not.toBeNull();
  });

  it('agrees with valibot on a valid document, keys in the same order', () => {
    agree(base);
    expect(checkData(base).problem).toBeNull();
  });

  it('agrees with valibot after any one change anywhere in the document', () => {
    const all = paths(base);
    fc.assert(
      fc.property(fc.nat(all.length - 1), odd, (i, replacement) => {
        agree(setAt(base, all[i] ?? [], replacement));
      }),
      { numRuns: 2000 },
    );
  });

  it('with sealed records, agrees with valibot after any one change anywhere', () => {
    const sealedDoc = structuredClone(base) as ExcoData;
    const sealed = sealRecords(sealedDoc);
    const all = paths(sealedDoc);
    fc.assert(
      fc.property(fc.nat(all.length - 1), odd, (i, replacement) => {
        const next = setAlong(sealedDoc, all[i] ?? [], replacement);
        const fast = checkData(next, sealed);
        const slow = v.safeParse(DataSchema, next);
        expect(fast.problem === null).toBe(slow.success);
        if (slow.success) expect(JSON.stringify(fast.data)).toBe(JSON.stringify(slow.output));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes a sealed record as it is, and walks every other one', () => {
    const doc = structuredClone(base) as ExcoData;
    const wrong = { ...doc.urges[0]!, intensity: 99 };
    doc.urges.push(wrong);
    expect(checkData(doc).problem).toMatch(/^urges\.1\.intensity: /);
    // Trusting the wrong record shows that trusted records are not walked again.
    expect(checkData(doc, new Set([wrong])).problem).toBeNull();
    expect(checkData(doc, sealRecords(structuredClone(base) as ExcoData)).problem).toMatch(
      /^urges\.1\.intensity: /,
    );
  });

  it('seals every record all the way down, and only the records', () => {
    const doc = structuredClone(base) as ExcoData;
    const sealed = sealRecords(doc);
    const goal = doc.goals[0]!;
    expect(sealed.has(goal)).toBe(true);
    expect(sealed.size).toBe(
      ['contacts', 'reflections', 'mistakes', 'goals', 'urges', 'outcomes', 'conversations']
        .map((key) => (doc[key as keyof ExcoData] as unknown[]).length)
        .reduce((a, b) => a + b),
    );
    expect(() => {
      goal.title = 'changed';
    }).toThrow(/read only/);
    expect(() => goal.logs.push({ ...goal.logs[0]! })).toThrow(/not extensible/);
    expect(Object.isFrozen(doc.reflections)).toBe(false);
    expect(Object.isFrozen(doc.settings)).toBe(false);
  });

  it('still explains what is wrong', () => {
    const broken = setAt(base, ['reflections', 0, 'mood'], 9);
    expect(checkData(broken).problem).toMatch(/^reflections\.0\.mood: /);
  });
});

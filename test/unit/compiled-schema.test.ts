/**
 * The compiled schema must agree with valibot on every document: the same verdict, and for a valid
 * one the same output, down to key order.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import * as v from 'valibot';
import { FAIL, compileSchema } from '../../src/core/compiled-schema.js';
import { DataSchema, checkData } from '../../src/core/model.js';
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

  it('still explains what is wrong', () => {
    const broken = setAt(base, ['reflections', 0, 'mood'], 9);
    expect(checkData(broken).problem).toMatch(/^reflections\.0\.mood: /);
  });
});

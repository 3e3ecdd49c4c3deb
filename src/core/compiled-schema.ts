/**
 * A valibot schema compiled into one plain function, for reading large documents quickly. valibot
 * wraps every value in a dataset object and walks generic pipes and entry lists; for ten years of
 * daily records that was most of exco's start-up. The compiled code reads each field by its name
 * instead, and returns exactly what valibot's parse would (the same values, keys in the same
 * order), or FAIL. The schema stays the one source of truth, and valibot itself still explains any
 * failure. Only the schema and action types the data model uses are compiled; for anything else,
 * `compileSchema` returns null and the caller uses valibot.
 */
import type { GenericSchema } from 'valibot';

export const FAIL: unique symbol = Symbol('fail');
/**
 * `trusted`: objects known to be valid records already (see `sealRecords` in model.ts). An array
 * item that is one of them is taken as it is, without walking it again.
 */
export type Compiled = (input: unknown, trusted?: ReadonlySet<object>) => unknown;

/** The parts of valibot's schema and action objects that decide what passes. */
interface Node {
  kind: string;
  type: string;
  pipe?: readonly Node[];
  entries?: Readonly<Record<string, Node>>;
  item?: Node;
  wrapped?: Node;
  options?: readonly unknown[];
  literal?: unknown;
  requirement?: unknown;
  default?: unknown;
  fallback?: unknown;
}

const OPTIONAL = new Set(['optional', 'exact_optional', 'nullish']);

class Unsupported extends Error {}

/** Generated source: functions, and the constants (regexes, checks, options) they refer to. */
class Program {
  readonly functions: string[] = [];
  readonly constants: unknown[] = [];

  constant(value: unknown): string {
    this.constants.push(value);
    return `c[${this.constants.length - 1}]`;
  }

  define(body: string): string {
    const name = `f${this.functions.length}`;
    this.functions.push(`function ${name}(x) {\n${body}\n}`);
    return name;
  }
}

/** A condition on the plain identifier `v` for a validation action of a pipe. */
function actionTest(p: Program, node: Node, v: string): string {
  const { requirement } = node;
  if (node.kind !== 'validation') throw new Unsupported(node.type);
  switch (node.type) {
    case 'iso_timestamp':
      if (!(requirement instanceof RegExp)) throw new Unsupported(node.type);
      return `${p.constant(requirement)}.test(${v})`;
    case 'check':
    case 'integer':
      if (typeof requirement !== 'function') throw new Unsupported(node.type);
      return `${p.constant(requirement)}(${v})`;
    case 'non_empty':
      return `${v}.length !== 0`;
    case 'min_value':
    case 'max_value':
      if (typeof requirement !== 'number') throw new Unsupported(node.type);
      return `${v} ${node.type === 'min_value' ? '>=' : '<='} ${requirement}`;
    default:
      throw new Unsupported(node.type);
  }
}

/** A condition on `v` for a schema whose output is its input, or null for other schemas. */
function scalarTest(p: Program, node: Node, v: string): string | null {
  if (node.kind !== 'schema') throw new Unsupported(node.type);
  if (node.pipe) {
    const [base, ...actions] = node.pipe;
    const typed = base ? scalarTest(p, base, v) : null;
    if (typed === null) throw new Unsupported('pipe');
    const tests = actions.filter((a) => a.kind !== 'metadata').map((a) => actionTest(p, a, v));
    return [typed, ...tests].map((t) => `(${t})`).join(' && ');
  }
  switch (node.type) {
    case 'string':
    case 'boolean':
      return `typeof ${v} === '${node.type}'`;
    case 'number':
      return `typeof ${v} === 'number' && !Number.isNaN(${v})`;
    // Array#includes compares as valibot does (SameValueZero).
    case 'literal':
      return `${p.constant([node.literal])}.includes(${v})`;
    case 'picklist':
      return `${p.constant(node.options ?? [])}.includes(${v})`;
    default:
      return null;
  }
}

/** An expression for the output of `node` given the plain identifier `v`, FAIL when invalid. */
function output(p: Program, node: Node, v: string): string {
  const test = scalarTest(p, node, v);
  if (test !== null) return `(${test}) ? ${v} : F`;
  if (node.default !== undefined || node.fallback !== undefined) throw new Unsupported('default');
  switch (node.type) {
    case 'nullable':
    case 'optional':
      if (!node.wrapped) throw new Unsupported(node.type);
      return `${v} === ${node.type === 'nullable' ? 'null' : 'undefined'} ? ${v} : ${call(p, node.wrapped, v)}`;
    case 'array':
      if (!node.item) throw new Unsupported(node.type);
      return `${arrayFunction(p, node.item)}(${v})`;
    case 'loose_object':
      if (!node.entries) throw new Unsupported(node.type);
      return `${objectFunction(p, node.entries)}(${v})`;
    default:
      throw new Unsupported(node.type);
  }
}

function call(p: Program, node: Node, v: string): string {
  return `(${output(p, node, v)})`;
}

function arrayFunction(p: Program, item: Node): string {
  return p.define(`  if (!Array.isArray(x)) return F;
  const o = [];
  for (let i = 0; i < x.length; i += 1) {
    const v = x[i];
    if (t !== undefined && t.has(v)) {
      o.push(v);
      continue;
    }
    const r = ${call(p, item, 'v')};
    if (r === F) return F;
    o.push(r);
  }
  return o;`);
}

/** Like valibot's looseObject: known keys in schema order, then the other own keys. */
function objectFunction(p: Program, entries: Readonly<Record<string, Node>>): string {
  const known = p.constant(entries);
  const fields = Object.entries(entries).map(([key, node]) => {
    const name = JSON.stringify(key);
    const missing = OPTIONAL.has(node.type) ? '' : ' else return F;';
    return `  if (${name} in x) {
    const v = x[${name}];
    const r = ${call(p, node, 'v')};
    if (r === F) return F;
    o[${name}] = r;
  }${missing}`;
  });
  return p.define(`  if (!x || typeof x !== 'object') return F;
  const o = {};
${fields.join('\n')}
  for (const k in x) {
    if (Object.hasOwn(x, k) && !Object.hasOwn(${known}, k) && k !== '__proto__' && k !== 'prototype' && k !== 'constructor') o[k] = x[k];
  }
  return o;`);
}

/** The schema as one function returning what `v.parse` would, or FAIL; null if not compilable. */
export function compileSchema(schema: GenericSchema): Compiled | null {
  const p = new Program();
  let root: string;
  try {
    root = p.define(`  return ${call(p, schema as unknown as Node, 'x')};`);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  // Generated from the schema's own structure: key names are JSON-quoted, every other value is
  // passed in as a constant, so no data ever becomes code. `t` is the trusted set of one call.
  const make = new Function(
    'c',
    'F',
    `let t;
${p.functions.join('\n')}
return function (x, trusted) {
  t = trusted;
  try {
    return ${root}(x);
  } finally {
    t = undefined;
  }
};`,
  ) as (constants: unknown[], fail: typeof FAIL) => Compiled;
  return make(p.constants, FAIL);
}

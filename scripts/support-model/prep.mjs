// Dumps, for every labelled phrase: its model features per span and the rule+concept flags.
import { detectSupport, supportSpans } from '../../src/core/support.ts';
import { windows } from '../../src/core/support-net.ts';
import { PEOPLE, dropsSubject, modelFeatures } from '../../src/core/support-model.ts';
import fs from 'node:fs';
import path from 'node:path';

const DATA = process.env.DATA;
import { CRISIS_CONCEPTS, SAFETY_CONCEPTS, WORD_CLASSES } from '../../src/core/support-concepts.ts';
import { Lexicon } from '../../src/core/support-lexicon.ts';
import { developmentLists } from './lists.mjs';
const mk = (c) =>
  new Lexicon(
    Object.entries(c).flatMap(([concept, w]) =>
      Object.entries(w).flatMap(([wt, ps]) => ps.map((p) => [p, [concept, Number(wt)]])),
    ),
    WORD_CLASSES,
  );
const LC = mk(CRISIS_CONCEPTS),
  LS = mk(SAFETY_CONCEPTS);
const ME = new Set(['i', 'me', 'my', 'myself', 'mine']);
const gate = (s) => ({
  self: s.some((w) => ME.has(w)) || dropsSubject(s),
  c: Math.max(
    0,
    ...LC.matches(s)
      .filter((m) => m.value[0] !== 'time')
      .map((m) => m.value[1]),
  ),
  s: Math.max(0, ...LS.matches(s).map((m) => m.value[1])),
  ag: s.some((w) => PEOPLE.has(w)),
  me: s.some((w) => ME.has(w)),
});
const lists = {};
// Every development list and the everyday lists; DEVS=a,b names others. The measuring lists
// (MEASURING_LISTS) are never trained on.
const devs = process.env.DEVS
  ? process.env.DEVS.split(',')
  : [...developmentLists(DATA), 'typical', 'drafts', 'longval', 'longnotes'];
for (const f of devs) lists[f] = JSON.parse(fs.readFileSync(path.join(DATA, `${f}.json`), 'utf8'));
// The unit tests' own lists and review probes (unit-probes.mjs), when refit.mjs has gathered them.
if (process.env.UNIT_PROBES)
  lists['unit-probes'] = JSON.parse(fs.readFileSync(process.env.UNIT_PROBES, 'utf8'));
const t = JSON.parse(fs.readFileSync(path.join(DATA, 'testlists.json'), 'utf8'));
const groups = {
  '': 'tuned',
  FRESH_: 'fresh',
  NETS_: 'nets',
  SECOND_: 'second',
  UNTUNED_: 'untuned',
  NET_: 'net',
  NET_UNTUNED_: 'netuntuned',
};
for (const [p, n] of Object.entries(groups))
  lists['test-' + n] = {
    crisis: t[p + 'CRISIS'],
    safety: t[p + 'SAFETY'],
    ordinary: t[p + 'ORDINARY'],
  };
const out = [];
for (const [name, l] of Object.entries(lists))
  for (const k of ['crisis', 'safety', 'ordinary'])
    for (const text of l[k])
      out.push({
        list: name,
        label: k,
        text,
        spans: supportSpans(text)
          .flatMap((s) => windows(s))
          .map((s) => [...modelFeatures(s)]),
        gates: supportSpans(text)
          .flatMap((s) => windows(s))
          .map(gate),
        flags: detectSupport(text),
      });
fs.writeFileSync(process.env.OUT, JSON.stringify(out));
console.log(out.length);

#!/usr/bin/env node
/**
 * Lists concept phrases whose one-word choices look like choices of several words written with
 * `/`: `nobody/no one` reads as two positions, (nobody|no) then (one), so "where nobody can see"
 * never matches; it must be `{nobody|no one}`. A choice that mixes a function word ("the", "no",
 * "out", "for") with other words is printed for a person to read: many are meant ("loaded the/my
 * gun"), the rest are the fault. A choice followed by a word that makes a compound with one of
 * its options ("phone/snap map", "sock/tampon box", "when/every time") is printed too: every option
 * must take that word, or the choice must be written `{phone|snap map}`.
 * `node scripts/support-model/lint-choices.mjs [--diff BASE]`: with --diff, only the phrases added
 * since the commit BASE.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = path.join(root, 'src', 'core', 'support-concepts.ts');
const base = process.argv.includes('--diff')
  ? process.argv[process.argv.indexOf('--diff') + 1]
  : null;
const text = base
  ? execFileSync('git', ['diff', base, '--', file], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.startsWith('+') && !line.startsWith('+++'))
      .join('\n')
  : fs.readFileSync(file, 'utf8');

const FUNCTION_WORDS = new Set(
  'the a an my no all for up out off had have has been one am'.split(' '),
);
/** Words that end compounds ("snap map", "phone box", "every time"), so may belong to one option. */
const COMPOUND_ENDS = new Set(
  'map box park media card account app call calls number time times chat door eyes'.split(' '),
);
let found = 0;
for (const [, phrase] of text.matchAll(/^\s*\+?\s*['"](.*)['"],?$/gm)) {
  const tokens = phrase.split(' ');
  for (const [i, token] of tokens.entries()) {
    if (!token.includes('/') || token.includes('{')) continue;
    const choices = token.replace(/\?$/, '').split('/');
    const next = (tokens[i + 1] ?? '').replace(/\?$/, '');
    const mixed =
      choices.some((c) => FUNCTION_WORDS.has(c)) && choices.some((c) => !FUNCTION_WORDS.has(c));
    if (mixed || COMPOUND_ENDS.has(next)) {
      console.log(`${phrase}\n    ${mixed ? token : `${token} ${next}`}`);
      found += 1;
      break;
    }
  }
}
console.log(`${found} phrase${found === 1 ? '' : 's'} to read.`);

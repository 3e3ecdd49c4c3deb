'use strict';
/**
 * In every bundle that checks words or matches FAQs, the stand-in for the data modules
 * (src/core/support-lexicon-index.ts, support-model-weights.ts, support-index.ts and
 * faq-index.ts): their values, read from dist/tables.txt, which the build writes (`writeDataFile`
 * in scripts/build.mjs).
 *
 * The file holds the length of its head, the head (JSON: the values, each string in it replaced by
 * where it lies), then the strings end to end. Short strings (the lexicons' prefixes, the small
 * tables of canonical text) are read at once. The long tables of sorted lines (the lexicons' word
 * lines, the model's weights, the rules' cues and expressions, the FAQ matcher's words and
 * patterns: nearly all of the file) are read a block of about 4 KB at a time, the block where a
 * key would be, when a key is first looked up there (`LinesTable` in src/core/sorted-lines.ts): a
 * check reads the few dozen blocks its words need, not the tables.
 */
const { Buffer } = require('node:buffer');
const fs = require('node:fs');
const path = require('node:path');

const fd = fs.openSync(path.join(__dirname, 'tables.txt'), 'r');

/** `length` bytes of the file from `position`, as text (the file is plain ASCII). */
function read(position, length) {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const got = fs.readSync(fd, buffer, done, length - done, position + done);
    if (got === 0) throw new Error('exco: dist/tables.txt is cut short; rebuild exco');
    done += got;
  }
  return buffer.toString('latin1');
}

const LENGTH = 10;
const headLength = Number(read(0, LENGTH));
const head = JSON.parse(read(LENGTH, headLength));
const body = LENGTH + headLength;
const { strings } = head;
const short = read(body + strings[0], strings[1] - strings[0]);

/** A table's blocks: `keys[i]` is the first key of block i, which lies from `starts[i]`. */
function table({ keys, starts }) {
  const blocks = new Map();
  return {
    linesFor(key) {
      // The last block whose first key is not after `key` (or the first block).
      let [lo, hi] = [0, keys.length - 1];
      while (lo < hi) {
        const middle = (lo + hi + 1) >>> 1;
        if (keys[middle] <= key) lo = middle;
        else hi = middle - 1;
      }
      let lines = blocks.get(lo);
      if (lines === undefined) {
        // Blocks are laid one after another with a line break between them.
        lines = read(body + starts[lo], starts[lo + 1] - 1 - starts[lo]);
        blocks.set(lo, lines);
      }
      return lines;
    },
  };
}

const restore = (value) => {
  if (Array.isArray(value)) return value.map(restore);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value.$)) return short.slice(value.$[0] - strings[0], value.$[1] - strings[0]);
  if (Array.isArray(value.keys)) return table(value);
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, restore(v)]));
};

module.exports = restore(head.values);

'use strict';
/**
 * In every bundle that checks words or matches FAQs, the stand-in for the data modules
 * (src/core/support-lexicon-index.ts, support-model-weights.ts, support-index.ts and
 * faq-index.ts): their values, read from dist/tables.txt, which the build writes (`writeDataFile`
 * in scripts/build.mjs).
 *
 * The file holds the length of its head, the head, then the tables' blocks end to end. The head
 * (JSON) holds the values with their short strings (the lexicons' prefixes, the small tables of
 * canonical text) and, for each table, where it is among them and where its blocks lie. The long
 * tables of sorted lines (the lexicons' word lines, the model's weights, the rules' cues and
 * expressions, the FAQ matcher's words and patterns: nearly all of the file) are read a block of
 * about 4 KB at a time, the block where a key would be, when a key is first looked up there
 * (`LinesTable` in src/core/sorted-lines.ts): a check reads the few dozen blocks its words need,
 * not the tables.
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

// Each table in place of its blocks' keys and starts; the rest of the values are as parsed.
for (const at of head.tables) {
  const parent = at.slice(0, -1).reduce((value, key) => value[key], head.values);
  const key = at[at.length - 1];
  parent[key] = table(parent[key]);
}

module.exports = head.values;

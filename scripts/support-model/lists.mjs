// Which labelled lists of data/ the word model learns from, and which it never does.
import fs from 'node:fs';

/** The development lists in `dir` (dev*.json, the b-probes among them), by name, in number order. */
export const developmentLists = (dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => /^dev\d+b?\.json$/.test(f))
    .map((f) => f.slice(0, -'.json'.length))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

/** The lists kept for measuring: never trained on, even where a unit test quotes one of their notes. */
export const MEASURING_LISTS = ['held31', 'held32', 'final', 'review43', 'review66'];

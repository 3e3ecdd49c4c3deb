// Whether src/core/support-lexicon-index.ts was written from today's phrases and word classes:
// run by the build (scripts/build.mjs), which fails while it is out of date.
import { LEXICON_INDEX } from '../../src/core/support-lexicon-index.ts';
import { writeLexiconIndexes } from '../../src/core/support-net.ts';

const stale = Object.entries(writeLexiconIndexes()).filter(
  ([name, fresh]) => JSON.stringify(fresh) !== JSON.stringify(LEXICON_INDEX[name]),
);
if (stale.length > 0) {
  console.error(
    `src/core/support-lexicon-index.ts is out of date with the support concepts (${stale
      .map(([name]) => name)
      .join(', ')}): run \`npm run train:support-model\`.`,
  );
  process.exit(1);
}

// Whether src/core/support-lexicon-index.ts was written from today's phrases and word classes:
// run by the build (scripts/build.mjs), which fails while it is out of date.
import { LEXICON_INDEX } from '../../src/core/support-lexicon-index.ts';
import { lexiconPhrases } from '../../src/core/support-net.ts';
import { WORD_CLASSES } from '../../src/core/support-concepts.ts';
import { Lexicon } from '../../src/core/support-lexicon.ts';

const stale = Object.entries(lexiconPhrases()).filter(([name, phrases]) => {
  const fresh = new Lexicon(phrases, WORD_CLASSES).writeIndex();
  return JSON.stringify(fresh) !== JSON.stringify(LEXICON_INDEX[name]);
});
if (stale.length > 0) {
  console.error(
    `src/core/support-lexicon-index.ts is out of date with the support concepts (${stale
      .map(([name]) => name)
      .join(', ')}): run \`npm run train:support-model\`.`,
  );
  process.exit(1);
}

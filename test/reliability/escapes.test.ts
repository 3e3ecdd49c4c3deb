/** Terminal control sequences in stored text never reach the terminal, wherever it is printed. */
import { describe, expect, it } from '@jest/globals';
import { exco } from '../helpers/cli.js';
import { tempDir } from '../helpers/deps.js';
import { START_FLAGS, excoOk, readValid } from '../helpers/seed.js';

const TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J';
const EVIL = `${TITLE}${CLEAR}`;
// eslint-disable-next-line no-control-regex
const RAW = /[\u001b\u0007\u009b]/;

describe('escape sequences in what the person wrote', () => {
  it('are stored as typed and printed neutralised by every view', () => {
    const home = tempDir();
    excoOk([...START_FLAGS, '--ex-name', `Sam ${EVIL}`], home);
    excoOk(['reflect', '--mood', '3', '--urge', '4', '--note', `note ${EVIL}`], home);
    excoOk(['reflect', '--mistake', 'distant', '--plan', `plan ${EVIL}`], home);
    excoOk(
      ['goals', 'add', '--category', 'people', '--title', `title ${EVIL}`, '--addresses', 'm1'],
      home,
    );
    excoOk(['goals', 'log', 'g1', '--note', `log ${EVIL}`], home);
    excoOk(['urge', '--intensity', '6', '--trigger', `trigger ${EVIL}`], home);
    const data = readValid(home);
    expect(data.reflections[0]?.note).toBe(`note ${EVIL}`);
    expect(data.goals[0]?.title).toBe(`title ${EVIL}`);
    expect(data.urges[0]?.trigger).toBe(`trigger ${EVIL}`);

    const views = [
      ['reflect', 'list'],
      ['reflect', 'show', 'r1'],
      ['goals', 'list'],
      ['goals', 'evidence'],
      ['status'],
      ['data', 'export', '--format', 'md'],
      ['faq', 'how long should I wait'],
      ['draft', 'hi, how are you?'],
      // Suggests working on the goal instead, naming its title.
      ['urge', '--intensity', '2'],
    ];
    const leaking: string[] = [];
    for (const args of views) {
      const result = exco(args, { home });
      expect({ args, code: result.code }).toEqual({ args, code: 0 });
      if (RAW.test(result.stdout + result.stderr)) leaking.push(args.join(' '));
    }
    const show = exco(['reflect', 'show', 'r1'], { home }).stdout;
    expect(show).toContain('note \\e]0;pwned\\x07\\e[2J');
    expect(exco(['goals', 'list'], { home }).stdout).toContain('title \\e]0;pwned');
    expect(exco(['data', 'export', '--format', 'md'], { home }).stdout).toContain(
      'plan \\e]0;pwned',
    );
    expect(leaking).toEqual([]);
  }, 60_000);
});

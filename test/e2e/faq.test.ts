import { describe, expect, it } from '@jest/globals';
import { exco } from '../helpers/cli.js';
import { tempDir } from '../helpers/deps.js';

describe('exco faq through the binary', () => {
  it('--json for a question in plain words', () => {
    const result = exco(['faq', '--json', 'can', 'we', 'stay', 'friends'], { home: tempDir() });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.match.id).toBe('friends');
    expect(json.alternatives).toEqual(expect.any(Array));
    expect(json.support).toEqual([]);
  });

  it('--json for a question in crisis: support in the JSON, resources on stderr', () => {
    const result = exco(['faq', '--json', "what's the point, i just want to end it all"], {
      home: tempDir(),
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ match: null, support: ['crisis'] });
    expect(result.stderr).toMatch(/You do not have to carry this alone/);
  });

  it('--list', () => {
    const result = exco(['faq', '--list'], { home: tempDir() });
    expect(result.code).toBe(0);
    expect(result.stdout.match(/•/g)).toHaveLength(6);
  });

  it('a question with no match says so honestly, exit 0', () => {
    const result = exco(['faq', 'best', 'python', 'library', 'for', 'csv'], { home: tempDir() });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/I don't have an answer for that/);
  });
});

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { tempDir } from '../helpers/deps.js';

const WRITER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'writer.mjs');

function writer(dir: string, name: string, count: number): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WRITER, dir, name, String(count)], { stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? -1));
  });
}

describe('several exco processes writing at once', () => {
  // Each write is a whole `exco urge` run, so this takes a while on a busy machine.
  it('20 processes × 5 writes: nothing lost, file valid', async () => {
    const dir = tempDir();
    const codes = await Promise.all(Array.from({ length: 20 }, (_, i) => writer(dir, `w${i}`, 5)));
    expect(codes.every((code) => code === 0)).toBe(true);
    const data = JSON.parse(fs.readFileSync(path.join(dir, 'data.json'), 'utf8')) as {
      urges: Array<{ id: string }>;
    };
    expect(data.urges).toHaveLength(100);
    expect(new Set(data.urges.map((u) => u.id)).size).toBe(100);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'))).toEqual(
      [],
    );
  }, 180_000);
});

/** exco makes no network calls: nothing in src/ may import a network module or call fetch. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const NETWORK = [
  'net',
  'http',
  'https',
  'http2',
  'dgram',
  'tls',
  'dns',
  'undici',
  'axios',
  'node-fetch',
  'got',
  'ws',
];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : [full];
  });
}

/** Module names a file imports, statically or dynamically. */
export function importsOf(source: string): string[] {
  const found = [...source.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)];
  return found.map((m) => m[1]!.replace(/^node:/, ''));
}

describe('no network', () => {
  it('recognises a network import when it sees one', () => {
    expect(importsOf("import http from 'node:http';\nconst ws = await import('ws');")).toEqual([
      'http',
      'ws',
    ]);
  });

  it.each(files(SRC).map((f) => [path.relative(SRC, f), f]))(
    '%s imports no network module and calls no fetch',
    (_, file) => {
      const source = fs.readFileSync(file, 'utf8');
      const network = importsOf(source).filter((m) => NETWORK.includes(m.split('/')[0]!));
      expect(network).toEqual([]);
      expect(source).not.toMatch(/\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b/);
    },
  );
});

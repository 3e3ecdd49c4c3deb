// Run by the benchmark in a fresh process: how long saving one document takes through conf, as
// exco's store does it (load conf, construct it on the existing file, assign the store), against
// writing the same text with a plain atomic write (temp file, fsync, rename). Prints JSON.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const [dir, how] = process.argv.slice(2);
const file = path.join(dir, 'data.json');
const onDisk = fs.readFileSync(file, 'utf8');
const data = JSON.parse(onDisk);
const raw = JSON.stringify(data);
const start = performance.now();
if (how === 'conf') {
  const Conf = require(path.join(__dirname, '..', 'dist', 'vendor', 'conf.cjs'));
  const conf = new Conf({
    cwd: dir,
    configName: 'data',
    projectSuffix: '',
    configFileMode: 0o600,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    serialize: (value) => (value === data ? raw : JSON.stringify(value)),
    // As the store does: the text conf reads back is the text already loaded, not parsed again.
    deserialize: (text) => (text === onDisk ? {} : JSON.parse(text)),
  });
  conf.store = data;
} else {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'wx', 0o600);
  fs.writeFileSync(fd, raw);
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(temp, file);
}
process.stdout.write(JSON.stringify({ ms: performance.now() - start }));

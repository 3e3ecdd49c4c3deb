// Run by the benchmark in a fresh process: a bare write, the least any write of a check-in must do
// with one JSON document (read and parse the file, add the check-in, serialise, save) and nothing
// else: no CLI, lock, checks or backup. It saves through conf, as exco's store does it (load conf,
// construct it on the existing file, assign the store), or with a plain atomic write of the same
// text (temp file, fsync, rename). The benchmark times the whole process against Node's start-up;
// the JSON printed is the time of the save alone.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const [dir, how] = process.argv.slice(2);
const file = path.join(dir, 'data.json');
const onDisk = fs.readFileSync(file, 'utf8');
const data = JSON.parse(onDisk);
const at = new Date();
data.reflections.push({
  id: `r${data.reflections.length + 1}`,
  at: at.toISOString(),
  date: at.toISOString().slice(0, 10),
  mood: 3,
  urge: 2,
  note: 'bench check-in',
  support: [],
});
const raw = JSON.stringify(data);
const start = performance.now();
if (how === 'conf') {
  // Loaded as a write run loads it: through the bundle loader, from its code cache, which is valid
  // under the flags of a run that writes (src/route.ts).
  const route = require(path.join(__dirname, '..', 'dist', 'route.cjs'));
  route.compileRegexpsNatively();
  const Conf = route.loadBundle(path.join(__dirname, '..', 'dist', 'vendor', 'conf.cjs'));
  // As the store does: conf is handed the text already read instead of reading the file twice.
  Conf.primeRead(file, onDisk);
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

// node measure.mjs FILE [--repetitions N] [--warmup N] [--modules DIR] [--json]
//
// Times the npm fit-file-parser (the version install.sh put in DIR, default
// build-bench/fit-file-parser) parsing FILE, already in memory, with its default options
// (mode 'list', SI units): N timed parses (default 20) after a warm-up (default 5), wall-clock
// time of each parse. Prints the median and best throughput in MB/s (10^6 bytes) and records/s,
// or one JSON object with --json.
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const argv = process.argv.slice(2);
const [file] = argv;
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at > 0 && at + 1 < argv.length ? argv[at + 1] : fallback;
};
if (!file || file.startsWith('--')) {
  console.error('usage: node measure.mjs FILE [--repetitions N] [--warmup N] [--modules DIR] [--json]');
  process.exit(2);
}
const repetitions = Number(option('--repetitions', 20));
const warmup = Number(option('--warmup', 5));
const here = dirname(fileURLToPath(import.meta.url));
const modules = resolve(option('--modules', join(here, '../../build-bench/fit-file-parser')));

const packageFolder = join(modules, 'node_modules', 'fit-file-parser');
const manifest = JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8'));
const { default: FitParser } = await import(pathToFileURL(join(packageFolder, manifest.exports['.'].import)).href);

const bytes = readFileSync(file);
const content = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);

async function parseOnce() {
  const parser = new FitParser();
  const start = process.hrtime.bigint();
  const data = await parser.parseAsync(content);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, records: data.records.length };
}

let records = 0;
for (let run = 0; run < warmup; ++run) records = (await parseOnce()).records;
const times = [];
for (let run = 0; run < repetitions; ++run) times.push((await parseOnce()).seconds);
times.sort((a, b) => a - b);
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
const best = times[0];
const megabytes = bytes.length / 1e6;
const result = {
  parser: `fit-file-parser ${manifest.version}`,
  node: process.version,
  file,
  bytes: bytes.length,
  records,
  repetitions,
  warmup,
  median_mb_per_s: megabytes / median,
  best_mb_per_s: megabytes / best,
  median_records_per_s: records / median,
};
if (argv.includes('--json')) {
  console.log(JSON.stringify(result));
} else {
  console.log(`${result.parser} (node ${result.node}) on ${file}: ${bytes.length} bytes, ${records} records`);
  console.log(`  median ${result.median_mb_per_s.toFixed(2)} MB/s, ${(result.median_records_per_s / 1e6).toFixed(3)} M records/s; ` +
              `best ${result.best_mb_per_s.toFixed(2)} MB/s (${repetitions} runs after ${warmup} warm-up)`);
}

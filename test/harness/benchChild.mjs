// Runs one compiled benchmark module's `run(log)` in a fresh Node process (its own heap and JIT state, so one
// benchmark's garbage does not land in the next one's timings) and writes what run() resolved to as JSON.
//   node test/harness/benchChild.mjs out/test/bench/groupByRole.bench.js result.json
// Exit codes: 0 written, 1 run() threw, 3 the module has no run() export.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const [modulePath, resultPath] = process.argv.slice(2);
if (!modulePath || !resultPath) {
  console.error('usage: benchChild.mjs <compiled module.js> <result.json>');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const benchmark = require(path.resolve(modulePath));
if (typeof benchmark.run !== 'function') {
  console.error(`${modulePath} has no run() export`);
  process.exit(3);
}
try {
  const result = await benchmark.run((line) => console.log(`  ${line}`));
  fs.writeFileSync(resultPath, JSON.stringify(result ?? null, null, 2));
  // Worker pools and sockets a benchmark keeps for reuse must not hold the runner up.
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}

// Runs one compiled benchmark module's `run(log)` in a fresh Node process (its own heap and JIT state, so one
// benchmark's garbage does not land in the next one's timings) and writes what run() resolved to as JSON.
//   RR_BENCH_MODULE=out/test/bench/groupByRole.bench.js RR_BENCH_RESULT=result.json node test/harness/benchChild.mjs
// Paths come through the environment, not argv: a benchmark may read its own arguments from process.argv.
// Exit codes: 0 written, 1 run() threw, 3 the module has no run() export.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const modulePath = process.env.RR_BENCH_MODULE;
const resultPath = process.env.RR_BENCH_RESULT;
if (!modulePath || !resultPath) {
  console.error('usage: RR_BENCH_MODULE=<compiled module.js> RR_BENCH_RESULT=<result.json> node benchChild.mjs');
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

// Standalone emulator for manual runs and other processes:
//   node out/test/emulator/main.js [--port N] [--seed file.json] [--token T]
// Prints `EMULATOR_URL=http://127.0.0.1:N` once listening; stops on SIGINT / SIGTERM.
import { readFileSync } from 'node:fs';
import { GitHubEmulator, type EmulatorOptions } from './emulator';

function parseArgs(argv: string[]): EmulatorOptions {
  const options: EmulatorOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    const need = (): string => {
      if (value === undefined) throw new Error(`${argv[i]} needs a value`);
      i++;
      return value;
    };
    switch (argv[i]) {
      case '--port': options.port = Number(need()); break;
      case '--seed': options.seed = JSON.parse(readFileSync(need(), 'utf8')); break;
      case '--token': options.token = need(); break;
      default: throw new Error(`Unknown argument ${argv[i]}. Usage: main.js [--port N] [--seed file.json] [--token T]`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  const emulator = await GitHubEmulator.start(parseArgs(process.argv.slice(2)));
  process.stdout.write(`EMULATOR_URL=${emulator.url}\n`);
  const stop = (): void => void emulator.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});

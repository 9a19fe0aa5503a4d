// Runs inside the VS Code extension host (loaded through extensionTestsPath). Both launchers use it:
// test/harness/runIntegration.mjs (code-server, headless) and test/harness/runElectron.mjs (desktop VS Code).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';

function formatLine(format: unknown, args: unknown[]): string {
  return format === undefined ? '' : util.format(format, ...args);
}

export async function run(): Promise<void> {
  // The launcher passes where to write mocha's report, because the extension host's console is not ours.
  const reportFile = process.env.RR_TEST_REPORT;
  
  const write = (text: string) => {

    if (reportFile) fs.appendFileSync(reportFile, text);
    else process.stdout.write(text);
  };
  // Mocha's reporters print through Base.consoleLog, captured when mocha loaded: send it to the report.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const originalLog = base.consoleLog;
  base.consoleLog = (format: unknown, ...args: unknown[]) => write(formatLine(format, args) + '\n');

  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const grep = process.env.RR_TEST_GREP;
  if (grep) mocha.grep(grep);
  const suiteDir = path.join(__dirname, 'suite');
  for (const file of fs.readdirSync(suiteDir).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(suiteDir, file));
  }
  try {
    const failures = await new Promise<number>((resolve) => mocha.run(resolve));
    if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
  } finally {
    base.consoleLog = originalLog;
  }
}

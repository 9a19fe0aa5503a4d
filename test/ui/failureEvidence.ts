// Mocha root hook for the ui tests: when a test fails, keep what shows why — a screenshot of every open
// workbench and a copy of its code-server log (with the extension host's output) under test-results/ui/failures/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Context } from 'mocha';
import { openWorkbenches, screenshotDir } from './workbench';

export const mochaHooks = {
  async afterEach(this: Context): Promise<void> {
    const test = this.currentTest;
    if (test?.state !== 'failed') return;
    const dir = path.join(screenshotDir, 'failures');
    fs.mkdirSync(dir, { recursive: true });
    const name = test.fullTitle().replace(/[^\w.-]+/g, '-').slice(0, 120);
    let i = 0;
    for (const { page, logFile, logsDir } of openWorkbenches) {
      const base = path.join(dir, `${name}${i++ === 0 ? '' : `-${i}`}`);
      await page.screenshot({ path: `${base}.png` }).catch(() => undefined);
      if (fs.existsSync(logFile)) fs.copyFileSync(logFile, `${base}.log`);
      if (fs.existsSync(logsDir)) fs.cpSync(logsDir, `${base}-logs`, { recursive: true });
      console.log(`    failure evidence: ${path.relative(process.cwd(), base)}.png, .log and -logs/`);
    }
  },
};

// Where the browser tests find Chromium, and how they launch it. CI must run them (.ci/run
// installs Debian's chromium); a developer machine without Chromium skips them, saying so once.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.PATCHBAY_CHROMIUM ?? '/usr/bin/chromium';
export const haveChromium = existsSync(chromiumPath);

/** Run once per test run (global setup): fails in CI without Chromium, otherwise says what is skipped. */
export function checkChromium(): void {
  if (haveChromium) return;
  const fix = 'apt-get install -y chromium, or set PATCHBAY_CHROMIUM to a Chromium binary';
  if (process.env.CI) throw new Error(`No Chromium at ${chromiumPath}, and CI must run the browser tests: ${fix}.`);
  console.warn(`Skipping the browser tests (*.browser.test.ts): no Chromium at ${chromiumPath} (${fix}).`);
}

/** Headless Chromium with the flags this closed network needs (no background connections). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

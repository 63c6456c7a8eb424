import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium (browser downloads are blocked here), without background traffic, so that
// the browser tests and the front-end benchmark measure only the page.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Headless Chromium as the browser tests and the front-end benchmark use it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

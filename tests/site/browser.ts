// Launches the system Chromium through playwright-core (never downloads a browser).
import { chromium, type Browser } from 'playwright-core';

/** Headless Chromium with the project's standard flags. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

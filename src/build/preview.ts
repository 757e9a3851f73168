// Serving a built site the way the README tells people to: `npm run serve` (astro preview over dist/).
// Used by the browser tests, the screenshots and the benchmark, so all of them measure what users get.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { childEnv } from './child-env.ts';

/** A running site server: its base URL and how to stop it. */
export interface SiteServer { url: string; close: () => Promise<void> }

/** Runs the README's serve command (`npm run serve`, i.e. astro preview over dist/) on a free port and
 * resolves once it answers; `--ignore-lock` lets it run beside a preview a person already started. */
export async function serveWithReadmeCommand(cwd = process.cwd()): Promise<SiteServer> {
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address() as AddressInfo;
  await new Promise((ok) => probe.close(ok));
  const child = spawn('npm', ['run', 'serve', '--', '--ignore-lock'], { cwd, env: childEnv({ PORT: String(port) }), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null) {
      try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already gone */ }
      await new Promise((ok) => { child.once('exit', ok); setTimeout(ok, 3000); });
    }
  };
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`npm run serve exited with ${child.exitCode}:\n${log}`);
    if (await fetch(url + '/').then((r) => r.ok, () => false)) return { url, close };
    await new Promise((ok) => setTimeout(ok, 100));
  }
  await close();
  throw new Error(`npm run serve did not answer on ${url} within 15 s:\n${log}`);
}

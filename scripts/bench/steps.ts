// Runs one build step as a child process, measuring wall time and peak RSS (GNU time, else /proc polling).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface StepResult {
  ms: number;
  /** Peak resident set size in bytes (max over the step's processes as reported by the method used). */
  maxRss: number;
  code: number;
}

const GNU_TIME = '/usr/bin/time';

/** Reads VmHWM (bytes) of a pid from /proc, 0 when gone. */
function vmHwm(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs cmd in cwd; output goes to logs, errors are returned in `code`. */
export function runStep(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<StepResult & { log: string }> {
  const useTime = existsSync(GNU_TIME);
  const [bin, argv] = useTime ? [GNU_TIME, ['-v', cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  const child = spawn(bin, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let polled = 0;
  const timer = useTime ? null : setInterval(() => (polled = Math.max(polled, vmHwm(child.pid!))), 50);
  return new Promise((done) => {
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (timer) clearInterval(timer);
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(log);
      const maxRss = m ? Number(m[1]) * 1024 : polled;
      done({ ms, maxRss, code: code ?? 1, log });
    });
  });
}

// The environment for a build or server started from inside a test runner: Vitest sets variables
// (BASE_URL, MODE, NODE_ENV=test, DEV, PROD, SSR …) that Vite and Astro read as their own, which would
// build the site for the wrong base path and mode. They are removed; everything else is passed on.
const RUNNER_VARS = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

/** process.env without the test runner's Vite variables, plus `extra`. */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!RUNNER_VARS.test(k)) env[k] = v;
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/**
 * A wait in milliseconds from the environment variable `name`, for tests and tuning; `fallback`
 * when it is unset or not a non-negative number.
 * @example waitFromEnv({ SITREP_GITHUB_TIMEOUT_MS: '500' }, 'SITREP_GITHUB_TIMEOUT_MS', 15_000) // → 500
 */
export function waitFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name]);
  return env[name] && Number.isFinite(value) && value >= 0 ? value : fallback;
}

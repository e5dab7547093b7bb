import { setTimeout as sleep } from 'node:timers/promises';

/** How long to wait for a service, and how often to try again within one run. */
export interface DeliveryLimits {
  /** Per request, reading the answer included. */
  timeoutMs: number;
  /** Tries after the first, for a network error, a timeout, a 5xx or a 429. */
  retries: number;
  /** Waits grow as 1, 4, 9 … × this, unless the service says how long (`Retry-After`). */
  retryBaseMs: number;
  /** A service that asks to wait longer than this is tried again on the next run instead. */
  maxRetryAfterS: number;
}

/** Statuspage gives a webhook 30 s; we give each request 15 s, and the whole run stays bounded. */
export const DEFAULT_DELIVERY_LIMITS: DeliveryLimits = { timeoutMs: 15_000, retries: 2, retryBaseMs: 1_000, maxRetryAfterS: 30 };

/** The limits, with `SITREP_NOTIFY_TIMEOUT_MS` and `SITREP_NOTIFY_RETRY_BASE_MS` for tests and tuning. */
export function deliveryLimitsFromEnv(env: NodeJS.ProcessEnv): DeliveryLimits {
  const fromEnv = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    ...DEFAULT_DELIVERY_LIMITS,
    timeoutMs: fromEnv('SITREP_NOTIFY_TIMEOUT_MS', DEFAULT_DELIVERY_LIMITS.timeoutMs),
    retryBaseMs: fromEnv('SITREP_NOTIFY_RETRY_BASE_MS', DEFAULT_DELIVERY_LIMITS.retryBaseMs),
  };
}

/** How a delivery ended. A refusal (a 4xx other than 429, a redirect) will not pass by retrying: the channel needs fixing. */
export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; refused: boolean; reason: string };

export interface HttpRequest {
  method: 'POST' | 'PUT' | 'GET';
  url: string;
  headers?: Record<string, string>;
  /** Sent as JSON unless it is already a string. */
  body?: unknown;
}

/** What came back. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text when it is not JSON. */
  body: unknown;
}

/**
 * Blanks every secret out of a message (and its URL-encoded form), in case an error quotes it.
 * @example redact('token 123:abc refused', ['123:abc']) // → 'token *** refused'
 */
export function redact(message: string, secrets: readonly string[]): string {
  let text = message;
  for (const secret of secrets.filter((s) => s.length >= 4)) {
    for (const form of new Set([secret, encodeURIComponent(secret)])) text = text.split(form).join('***');
  }
  return text;
}

/** Seconds a service asks us to wait: `Retry-After` (seconds or a date), or Discord's and Telegram's JSON `retry_after`. */
function retryAfterSeconds(answer: HttpAnswer): number | null {
  const header = answer.headers.get('retry-after');
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds)) return Math.max(0, seconds);
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, (date - Date.now()) / 1000);
  }
  const body = answer.body as { retry_after?: unknown; parameters?: { retry_after?: unknown } } | null;
  const fromBody = typeof body === 'object' && body ? body.retry_after ?? body.parameters?.retry_after : undefined;
  return typeof fromBody === 'number' && Number.isFinite(fromBody) ? Math.max(0, fromBody) : null;
}

/** A short, single-line, secret-free account of an answer, for the log. */
function describe(answer: HttpAnswer, secrets: readonly string[]): string {
  const body = answer.body as { description?: unknown; error?: unknown; message?: unknown } | string | null;
  const said = typeof body === 'string' ? body : body && typeof body === 'object' ? body.description ?? body.error ?? body.message : undefined;
  const detail = typeof said === 'string' && said.trim() ? `: ${redact(said.replace(/\s+/g, ' ').trim(), secrets).slice(0, 120)}` : '';
  return `HTTP ${answer.status}${detail}`;
}

async function readAnswer(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, headers: response.headers, body };
}

/**
 * Sends one request with a timeout, and retries it with backoff when the failure may pass (a
 * network error, a timeout, 5xx, 429 after the wait the service asks for). Redirects are not
 * followed: a webhook that redirects is misconfigured, as Statuspage treats it. Errors name the
 * HTTP status, never the URL, which may be the secret itself.
 * `accept` decides whether a 2xx answer really is a delivery (Telegram answers `ok: false`).
 */
export async function sendHttp(
  request: HttpRequest,
  limits: DeliveryLimits,
  secrets: readonly string[],
  accept: (answer: HttpAnswer) => true | string = () => true,
): Promise<Outcome<HttpAnswer>> {
  let last = '';
  for (let attempt = 0; attempt <= limits.retries; attempt++) {
    let wait = limits.retryBaseMs * (attempt + 1) ** 2;
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: { 'user-agent': 'sitrep', ...(request.body === undefined || typeof request.body === 'string' ? {} : { 'content-type': 'application/json' }), ...request.headers },
        body: request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body),
        redirect: 'manual',
        signal: AbortSignal.timeout(limits.timeoutMs),
      });
      const answer = await readAnswer(response);
      if (answer.status >= 200 && answer.status < 300) {
        const verdict = accept(answer);
        if (verdict === true) return { ok: true, value: answer };
        return { ok: false, refused: true, reason: redact(verdict, secrets) };
      }
      last = describe(answer, secrets);
      if (answer.status !== 429 && answer.status < 500) return { ok: false, refused: true, reason: last };
      const asked = retryAfterSeconds(answer);
      if (asked !== null) {
        if (asked > limits.maxRetryAfterS) return { ok: false, refused: false, reason: `${last}; asked to wait ${Math.ceil(asked)} s, so it is left for the next run` };
        wait = asked * 1000;
      }
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const name = (error as Error).name;
      last = name === 'TimeoutError' ? `no answer within ${limits.timeoutMs / 1000} s` : cause?.code ?? cause?.message ?? (error as Error).message;
      last = redact(last, secrets);
    }
    if (attempt < limits.retries) await sleep(wait);
  }
  return { ok: false, refused: false, reason: `${last} (tried ${limits.retries + 1} times)` };
}

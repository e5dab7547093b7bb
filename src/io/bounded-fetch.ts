/**
 * HTTP GET of a stranger's server with every wait and every byte bounded: a timeout per request
 * (reading the body included), a signal that ends everything at once, retries with growing
 * waits where a second try can help, and a size past which the body is not read any further.
 */

export interface FetchLimits {
  /** Per request, including reading the body. */
  requestTimeoutMs: number;
  /** Retries of a 5xx answer or a dropped connection; waits grow as 1, 4, 9 … × `retryBaseMs`. */
  retries: number;
  retryBaseMs: number;
  /** Bodies larger than this are refused while they stream in. */
  maxBytes: number;
}

/** Why a fetch failed, in a few words for the build log, and whether trying again could help. */
export class FetchFailure extends Error {
  readonly retryable: boolean;
  constructor(message: string, retryable: boolean) {
    super(message);
    this.name = 'FetchFailure';
    this.retryable = retryable;
  }
}

/** 5xx answers a second try may get past; others (501, 505…) will say the same again. */
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

/**
 * Network error codes that will not change within a build: a name that does not resolve (the
 * usual state of a machine without network, which must not wait out retries), no route, a
 * certificate that is not trusted.
 */
const LASTING_ERRORS = /^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL|ENETUNREACH|EHOSTUNREACH|ERR_TLS_CERT_ALTNAME_INVALID|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT)/;

/**
 * The body of `url` as text. Throws a FetchFailure saying why when there is none: a non-2xx
 * answer, a body over `maxBytes`, a timeout, a network error, or `signal` ending it all.
 */
export async function fetchText(url: string, options: { accept: string; limits: FetchLimits; signal: AbortSignal }): Promise<string> {
  const { limits, signal } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, options.accept, limits, signal);
    } catch (error) {
      const failure = asFailure(error, limits, signal);
      if (!failure.retryable || attempt >= limits.retries || signal.aborted) throw failure;
      await pause(limits.retryBaseMs * (attempt + 1) ** 2, signal);
      if (signal.aborted) throw failure;
    }
  }
}

async function fetchOnce(url: string, accept: string, limits: FetchLimits, overall: AbortSignal): Promise<string> {
  const signal = AbortSignal.any([AbortSignal.timeout(limits.requestTimeoutMs), overall]);
  const response = await fetch(url, { headers: { accept, 'user-agent': 'Sitrep status page' }, signal });
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new FetchFailure(`HTTP ${response.status}`, RETRYABLE_STATUS.has(response.status));
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new FetchFailure(`the answer is ${megabytes(declared)}, more than the ${megabytes(limits.maxBytes)} accepted`, false);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limits.maxBytes) {
      await reader.cancel().catch(() => {});
      throw new FetchFailure(`the answer is larger than the ${megabytes(limits.maxBytes)} accepted`, false);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** An error of any kind as a FetchFailure in a few plain words. */
function asFailure(error: unknown, limits: FetchLimits, overall: AbortSignal): FetchFailure {
  if (error instanceof FetchFailure) return error;
  const name = (error as { name?: string } | null)?.name;
  if (overall.aborted) return new FetchFailure('the time allowed for reading upstreams ran out', false);
  // A server that does not answer in time will most likely not answer a second time either.
  if (name === 'TimeoutError' || name === 'AbortError') return new FetchFailure(`no answer within ${limits.requestTimeoutMs / 1000} s`, false);
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code ?? (error as { code?: string } | null)?.code;
  if (code && /^(ENOTFOUND|EAI_)/.test(code)) return new FetchFailure(`its host name does not resolve (${code})`, false);
  const detail = code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new FetchFailure(`network error (${detail})`, !(code && LASTING_ERRORS.test(code)));
}

/** Waits `ms`, or less when `signal` ends first. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

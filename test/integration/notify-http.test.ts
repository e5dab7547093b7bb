import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendHttp, type DeliveryLimits } from '../../src/io/notify/http.ts';
import { startReceiver, type FakeReceiver } from '../support/fake-receivers.ts';

const limits: DeliveryLimits = { timeoutMs: 300, retries: 2, retryBaseMs: 10, maxRetryAfterS: 2 };
let receiver: FakeReceiver;
const url = () => `${receiver.url}/hook/SECRET-PATH`;
const post = (accept?: Parameters<typeof sendHttp>[3]) => sendHttp({ method: 'POST', url: url(), body: { text: 'hi' } }, limits, [url()], accept);

beforeAll(async () => {
  receiver = await startReceiver(() => ({ status: 200, body: { ok: true } }));
});
afterAll(() => receiver.close());

describe('sending one request', () => {
  it('retries a 5xx and a dropped connection, then delivers', async () => {
    receiver.fail({ status: 502, body: '<html>Bad gateway</html>' }, 1);
    const first = receiver.requests.length;
    expect((await post()).ok).toBe(true);
    receiver.fail('drop', 2);
    expect((await post()).ok).toBe(true);
    expect(receiver.requests.length - first).toBe(5);
  });

  it('gives up after its tries on a service that never answers, naming the wait, not the URL', async () => {
    receiver.fail('hang');
    const result = await post();
    receiver.heal();
    expect(result).toEqual({ ok: false, refused: false, reason: 'no answer within 0.3 s (tried 3 times)' });
  });

  it('waits as long as a 429 asks, within bounds; a longer wait is left for the next run at once', async () => {
    receiver.fail({ status: 429, headers: { 'retry-after': '1' } }, 1);
    const started = Date.now();
    expect((await post()).ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    receiver.fail({ status: 429, body: { ok: false, error_code: 429, parameters: { retry_after: 3600 } } }, 1);
    const deferred = await post();
    expect(deferred).toMatchObject({ ok: false, refused: false });
    expect(deferred.ok === false && deferred.reason).toMatch(/^HTTP 429.*asked to wait 3600 s, so it is left for the next run$/);
  });

  it('takes a redirect or another 4xx as a refusal, without retrying, and keeps secrets out of the reason', async () => {
    receiver.fail({ status: 301, headers: { location: 'https://elsewhere.example/' }, body: '' }, 1);
    expect(await post()).toEqual({ ok: false, refused: true, reason: 'HTTP 301' });
    const before = receiver.requests.length;
    receiver.fail({ status: 403, body: { error: `no access to ${url()}` } }, 1);
    expect(await post()).toEqual({ ok: false, refused: true, reason: 'HTTP 403: no access to ***' });
    expect(receiver.requests.length - before).toBe(1);
  });

  it('lets a service that answers 200 say no', async () => {
    expect(await post(() => 'Telegram did not accept the message')).toEqual({ ok: false, refused: true, reason: 'Telegram did not accept the message' });
  });
});

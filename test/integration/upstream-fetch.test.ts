import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchText, type FetchLimits } from '../../src/io/bounded-fetch.ts';
import { readUpstreams } from '../../src/io/upstreams.ts';
import { Upstream, type UpstreamInput } from '../../src/lib/schema/upstreams.ts';
import { serveFixtureProviders, startFakeUpstreams, type FakeUpstreams, type UpstreamFault } from '../support/fake-upstreams.ts';

const NOW = new Date('2026-11-20T15:00:00Z');
const LATER = new Date('2026-11-20T15:15:00Z');
// Short retries, and a bound that a busy test machine still meets; the defaults are 10 s, 30 s and 500 ms.
const env = { SITREP_UPSTREAM_TIMEOUT_MS: '10000', SITREP_UPSTREAM_TOTAL_TIMEOUT_MS: '20000', SITREP_UPSTREAM_RETRY_BASE_MS: '10' };
/** A request timeout short enough that a hanging server costs the test half a second. */
const impatient = { SITREP_UPSTREAM_TIMEOUT_MS: '500' };

function logger() {
  const lines: { level: 'info' | 'warn'; message: string }[] = [];
  return {
    lines,
    warnings: () => lines.filter((l) => l.level === 'warn').map((l) => l.message),
    info: (message: string) => lines.push({ level: 'info', message }),
    warn: (message: string) => lines.push({ level: 'warn', message }),
  };
}

describe('reading upstreams from a fake server', () => {
  let fake: FakeUpstreams;
  let root: string;
  beforeAll(async () => {
    fake = await startFakeUpstreams();
    await serveFixtureProviders(fake);
  });
  afterAll(() => fake?.close());
  afterEach(async () => {
    fake.heal();
    fake.requests.length = 0;
    if (root) await rm(root, { recursive: true, force: true });
  });

  const upstream = (fields: Partial<UpstreamInput> & { id: string }) => Upstream.parse({ name: fields.id, url: `${fake.origin}/${fields.id}`, ...fields });
  const github = () => upstream({ id: 'github', name: 'GitHub', components: ['Actions'] });
  async function read(upstreams: Upstream[], options: { now?: Date; env?: Record<string, string> } = {}) {
    root ??= await mkdtemp(path.join(tmpdir(), 'sitrep-upstreams-'));
    const log = logger();
    const readings = await readUpstreams({ upstreams, components: [] }, log, { env: { ...env, ...options.env }, root, now: options.now ?? NOW });
    return { readings, log };
  }

  it('reads every kind in parallel, saves each answer as its last good snapshot, and logs what it read', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'sitrep-upstreams-'));
    const { readings, log } = await read([github(), upstream({ id: 'railbird', kind: 'instatus' }), upstream({ id: 'aws', url: `${fake.origin}/aws/ec2.rss`, kind: 'feed' })]);
    expect(readings.map((r) => [r.upstream.id, r.source, r.asOf, r.report?.indicator])).toEqual([
      ['github', 'live', NOW, 'major'], ['railbird', 'live', NOW, 'minor'], ['aws', 'live', NOW, 'unknown'],
    ]);
    expect(readings[0]!.report!.components.map((c) => c.state)).toEqual(['partial_outage']);
    expect(readings[2]!.report!.posts).toHaveLength(3);
    expect(log.warnings()).toEqual([]);
    expect(log.lines.map((l) => l.message)).toEqual(['Upstream services read: github, railbird, aws.']);
    const saved = JSON.parse(await readFile(path.join(root, '.sitrep-cache/upstreams/github.json'), 'utf8'));
    expect(saved).toMatchObject({ format: 1, kind: 'statuspage', url: `${fake.origin}/github`, fetchedAt: NOW.toISOString() });
    expect(Object.keys(saved.answers)).toEqual(['summary', 'incidents']);
  });

  const faults: [UpstreamFault, RegExp, number][] = [
    ['server-error', /HTTP 500/, 3],
    ['bad-gateway-html', /HTTP 502/, 3],
    ['hang', /no answer within 0\.5 s/, 1],
    ['malformed-json', /is not JSON/, 1],
    ['wrong-shape', /is not a Statuspage summary/, 1],
    ['html-page', /is not JSON: it begins "<!DOCTYPE html>/, 1],
    ['huge-body', /larger than the 2 MB accepted/, 1],
    ['huge-declared', /the answer is 50 MB, more than the 2 MB accepted/, 1],
    ['reset', /network error/, 3],
  ];

  describe.each(faults)('when the summary fails with %s', (fault, reason, requests) => {
    it('without a snapshot: shows the upstream as unknown, and says once why', async () => {
      fake.fail('/github/api/v2/summary.json', fault);
      const { readings, log } = await read([github()], { env: impatient });
      expect(readings).toEqual([{ upstream: github(), source: 'none', asOf: null, report: null }]);
      expect(log.warnings()).toHaveLength(1);
      expect(log.warnings()[0]).toMatch(/^Upstream services could not be read: github \(/);
      expect(log.warnings()[0]).toMatch(reason);
      expect(log.warnings()[0]).toMatch(/status unknown\)\.$/);
      // Retried only where a second try can help.
      expect(fake.requests.filter((p) => p.endsWith('summary.json'))).toHaveLength(requests);
    });

    it('with a snapshot: shows the last good answer, as of when it was read', async () => {
      await read([github()]);
      fake.fail('/github/api/v2/summary.json', fault);
      const { readings, log } = await read([github()], { now: LATER, env: impatient });
      expect(readings[0]).toMatchObject({ source: 'snapshot', asOf: NOW, report: { indicator: 'major' } });
      expect(log.warnings()).toEqual([expect.stringMatching(/github \(.*; showing its last good answer, as of 2026-11-20T15:00:00.000Z\)/)]);
    });
  });

  it('stops reading a 50 MB body soon after 2 MB instead of holding it', async () => {
    fake.fail('/github/api/v2/summary.json', 'huge-body');
    const before = fake.hugeBytesSent();
    await read([github()]);
    // What the socket buffers took before the client stopped: far less than the 50 MB offered.
    expect(fake.hugeBytesSent() - before).toBeLessThan(12 * 1024 * 1024);
  });

  it('keeps a summary when only the recent incidents fail, and notes it', async () => {
    fake.fail('/github/api/v2/incidents.json', 'server-error');
    const { readings, log } = await read([github()]);
    expect(readings[0]).toMatchObject({ source: 'live' });
    expect(log.warnings()).toEqual([]);
    expect(log.lines.map((l) => l.message)).toContain(`Upstream github: ${fake.origin}/github/api/v2/incidents.json not read (HTTP 500); shown without it.`);
  });

  it('names every upstream it could not read in one line, and reads the rest', async () => {
    fake.fail('/github/api/v2/summary.json', 'server-error');
    fake.fail('/aws/ec2.rss', 'hang');
    const { readings, log } = await read([github(), upstream({ id: 'railbird', kind: 'instatus' }), upstream({ id: 'aws', url: `${fake.origin}/aws/ec2.rss`, kind: 'feed' })], { env: impatient });
    expect(readings.map((r) => r.source)).toEqual(['none', 'live', 'none']);
    expect(log.warnings()).toEqual([expect.stringMatching(/^Upstream services could not be read: github \(.*HTTP 500.*\), aws \(.*no answer within.*\)\.$/)]);
  });

  it('gives up on all of them at the overall bound', async () => {
    fake.fail('*', 'hang');
    const { readings, log } = await read([github(), upstream({ id: 'railbird', kind: 'instatus' })], {
      env: { SITREP_UPSTREAM_TIMEOUT_MS: '60000', SITREP_UPSTREAM_TOTAL_TIMEOUT_MS: '300' },
    });
    expect(readings.map((r) => r.source)).toEqual(['none', 'none']);
    expect(log.warnings()[0]).toMatch(/the time allowed for reading upstreams ran out/);
  });

  it('ignores a snapshot of another address, and one it cannot read, and says so', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'sitrep-upstreams-'));
    await mkdir(path.join(root, '.sitrep-cache/upstreams'), { recursive: true });
    await writeFile(path.join(root, '.sitrep-cache/upstreams/github.json'), JSON.stringify({ format: 1, kind: 'statuspage', url: 'https://elsewhere.example', fetchedAt: NOW.toISOString(), answers: { summary: '{}' } }));
    await writeFile(path.join(root, '.sitrep-cache/upstreams/railbird.json'), '{"format":1,');
    fake.fail('*', 'server-error');
    const { readings, log } = await read([github(), upstream({ id: 'railbird', kind: 'instatus' })]);
    expect(readings.map((r) => r.source)).toEqual(['none', 'none']);
    expect(log.warnings()[0]).toMatch(/its last good answer is unusable: it holds statuspage https:\/\/elsewhere\.example/);
    expect(log.warnings()[0]).toMatch(/its last good answer is unusable: it is not valid JSON/);
  });

  it('never asks a host under .example or .invalid, which never resolve', async () => {
    const { readings, log } = await read([Upstream.parse({ id: 'demo', name: 'Demo', url: 'https://status.demo.example' })]);
    expect(readings[0]!.source).toBe('none');
    expect(log.warnings()).toEqual(['Upstream services could not be read: demo (status.demo.example is a name reserved for examples, which never resolves; not looked up; status unknown).']);
  });

  it('reads nothing and logs nothing when no upstream is configured', async () => {
    const { readings, log } = await read([]);
    expect(readings).toEqual([]);
    expect(log.lines).toEqual([]);
  });
});

describe('a bounded fetch', () => {
  const limits: FetchLimits = { requestTimeoutMs: 1_000, retries: 2, retryBaseMs: 1, maxBytes: 1024 };
  afterEach(() => vi.unstubAllGlobals());

  it('does not retry a name that does not resolve: a machine without network must not wait', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND status.example.com'), { code: 'ENOTFOUND' }) });
    });
    vi.stubGlobal('fetch', fetch);
    await expect(fetchText('https://status.example.com/x', { accept: '*/*', limits, signal: new AbortController().signal }))
      .rejects.toThrow('its host name does not resolve (ENOTFOUND)');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('retries a refused connection, then says so', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const fetch = vi.fn(globalThis.fetch);
    vi.stubGlobal('fetch', fetch);
    await expect(fetchText(`http://127.0.0.1:${port}/`, { accept: '*/*', limits, signal: new AbortController().signal }))
      .rejects.toThrow('network error (ECONNREFUSED)');
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});

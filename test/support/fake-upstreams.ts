import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { projectRoot } from './build-site.ts';

/** Ways the fake fails, as status pages and the networks in front of them do. */
export type UpstreamFault =
  | 'server-error' // 500 with a JSON error
  | 'bad-gateway-html' // 502 with an HTML page, as a proxy sends
  | 'hang' // never answers
  | 'malformed-json' // 200, application/json, cut off
  | 'wrong-shape' // 200, valid JSON that is no status page
  | 'html-page' // 200 with an HTML page where JSON belongs
  | 'huge-body' // 200, 50 MB streamed with no length given
  | 'huge-declared' // 200, 50 MB announced in content-length
  | 'reset'; // the connection closes with no answer

const HUGE = 50 * 1024 * 1024;

export interface FakeUpstreams {
  /** `http://127.0.0.1:<port>`; fixtures write it as `{{origin}}`. */
  origin: string;
  /** Paths asked for, in order, retries included. */
  requests: string[];
  /** Serves `body` at `pathname` (text as is, anything else as JSON). */
  serve(pathname: string, body: unknown, contentType?: string): void;
  /** Serves a file of `test/fixtures/upstreams/` at `pathname`, with `{{origin}}` replaced. */
  serveFixture(pathname: string, fixture: string): Promise<void>;
  /** Fails every request for `pathname` (`*`: any path) with `fault`, `times` times (always when omitted). */
  fail(pathname: string, fault: UpstreamFault, times?: number): void;
  /** Answers normally again. */
  heal(): void;
  /** Bytes of huge bodies written before the client stopped reading. */
  hugeBytesSent(): number;
  close(): Promise<void>;
}

/** A server on 127.0.0.1 that plays upstream status pages (Statuspage, Instatus, feeds) and fails on demand. */
export async function startFakeUpstreams(): Promise<FakeUpstreams> {
  const routes = new Map<string, { body: string; type: string }>();
  const faults = new Map<string, { fault: UpstreamFault; times: number }>();
  const requests: string[] = [];
  let hugeSent = 0;
  let origin = '';

  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(pathname);
    const fault = faults.get(pathname) ?? faults.get('*');
    if (fault && fault.times > 0) {
      fault.times--;
      return sendFault(res, fault.fault, (n) => { hugeSent += n; });
    }
    const route = routes.get(pathname);
    if (!route) return void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    res.writeHead(200, { 'content-type': route.type }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const serve = (pathname: string, body: unknown, contentType?: string) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    routes.set(pathname, { body: text.replaceAll('{{origin}}', origin), type: contentType ?? (typeof body === 'string' ? 'application/xml' : 'application/json') });
  };
  return {
    origin,
    requests,
    serve,
    async serveFixture(pathname, fixture) {
      const text = await readFile(path.join(projectRoot, 'test/fixtures/upstreams', fixture), 'utf8');
      serve(pathname, text, fixture.endsWith('.json') ? 'application/json; charset=utf-8' : 'application/xml; charset=utf-8');
    },
    fail(pathname, fault, times = Infinity) {
      faults.set(pathname, { fault, times });
    },
    heal() {
      faults.clear();
    },
    hugeBytesSent: () => hugeSent,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function sendFault(res: ServerResponse, fault: UpstreamFault, sent: (bytes: number) => void) {
  switch (fault) {
    case 'server-error':
      return void res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"Internal Server Error"}');
    case 'bad-gateway-html':
      return void res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>');
    case 'hang':
      return; // the socket stays open until the client gives up or the server closes
    case 'malformed-json':
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"page":{"id":"x","name":"Cut off"},"status":{"indic');
    case 'wrong-shape':
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"message":"Everything is fine","data":[1,2,3]}');
    case 'html-page':
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><body>Status page</body></html>');
    case 'reset':
      return void res.socket?.destroy();
    case 'huge-body':
    case 'huge-declared':
      return streamHuge(res, fault === 'huge-declared', sent);
  }
}

/** 50 MB of a JSON-looking body in 64 KB chunks, written only as fast as the client reads. */
function streamHuge(res: ServerResponse, declare: boolean, sent: (bytes: number) => void) {
  res.writeHead(200, { 'content-type': 'application/json', ...(declare ? { 'content-length': String(HUGE) } : {}) });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let left = HUGE;
  const write = () => {
    while (left > 0 && !res.destroyed) {
      const n = Math.min(chunk.length, left);
      left -= n;
      sent(n);
      if (!res.write(chunk.subarray(0, n))) return void res.once('drain', write);
    }
    if (!res.destroyed) res.end();
  };
  res.on('error', () => {});
  write();
}

/** The test providers: GitHub (Statuspage) at `/github`, Railbird (Instatus) at `/railbird`, an EC2 feed at `/aws/ec2.rss`. */
export async function serveFixtureProviders(fake: FakeUpstreams): Promise<void> {
  await fake.serveFixture('/github/api/v2/summary.json', 'statuspage-summary.json');
  await fake.serveFixture('/github/api/v2/incidents.json', 'statuspage-incidents.json');
  await fake.serveFixture('/railbird/summary.json', 'instatus-summary.json');
  await fake.serveFixture('/railbird/v2/components.json', 'instatus-components.json');
  await fake.serveFixture('/aws/ec2.rss', 'feed.rss');
}

const EXAMPLE_HOSTS = { 'https://status.hetzner.example': '/hetzner', 'https://status.aws.example': '/aws' };

/**
 * Serves the example content's providers (`content/upstreams.yaml`), and returns the example's
 * files with their addresses, in upstreams and incidents alike, moved onto the fake.
 */
export async function serveExampleProviders(fake: FakeUpstreams, files: Record<string, string>): Promise<Record<string, string>> {
  await fake.serveFixture('/hetzner/api/v2/summary.json', 'example-hetzner-summary.json');
  await fake.serveFixture('/hetzner/api/v2/incidents.json', 'example-hetzner-incidents.json');
  await fake.serveFixture('/aws/rss/ec2-us-east-1.rss', 'example-aws-us-east.rss');
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [
    file,
    Object.entries(EXAMPLE_HOSTS).reduce((t, [host, route]) => t.replaceAll(host, fake.origin + route), text),
  ]));
}

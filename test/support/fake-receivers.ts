import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One request a fake received. */
export interface Received {
  method: string;
  /** Path and query. */
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, else the text. */
  body: unknown;
}

/** How a fake answers one request. */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Ways a receiver fails, as services and networks do. */
export type ReceiverFault = { status: number; headers?: Record<string, string>; body?: unknown } | 'drop' | 'hang';

export interface FakeReceiver {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Every request, failed ones too. */
  requests: Received[];
  /** The requests the fake accepted: what the service would have delivered. */
  delivered: Received[];
  /** The next `times` requests fail so (every request when `times` is omitted). */
  fail(fault: ReceiverFault, times?: number): void;
  heal(): void;
  close(): Promise<void>;
}

function readJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

/**
 * An HTTP service on 127.0.0.1 that answers each request with `answer` (which may return null
 * for "accepted, but do not count it again", as an idempotent retry is), and fails on demand.
 */
export async function startReceiver(answer: (request: Received) => Answer & { duplicate?: boolean }): Promise<FakeReceiver> {
  const requests: Received[] = [];
  const delivered: Received[] = [];
  let fault: { kind: ReceiverFault; times: number } | null = null;
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => { text += chunk; });
    req.on('end', () => {
      const request: Received = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: readJson(text) };
      requests.push(request);
      if (fault && fault.times > 0) {
        fault.times--;
        if (fault.kind === 'drop') return void req.socket.destroy();
        if (fault.kind === 'hang') return;
        return reply(res, { status: fault.kind.status, body: fault.kind.body ?? { message: 'failure' }, headers: fault.kind.headers });
      }
      const result = answer(request);
      if (result.status >= 200 && result.status < 300 && !result.duplicate) delivered.push(request);
      reply(res, result);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    delivered,
    fail(kind, times = Infinity) {
      fault = { kind, times };
    },
    heal() {
      fault = null;
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function reply(res: ServerResponse, answer: Answer) {
  const json = typeof answer.body !== 'string';
  res.writeHead(answer.status, { 'content-type': json ? 'application/json' : 'text/plain', ...answer.headers });
  res.end(answer.body === undefined ? '' : json ? JSON.stringify(answer.body) : answer.body);
}

/** An SMTP server on 127.0.0.1 that parses every message it accepts, and fails on demand. */
export interface FakeSmtp {
  port: number;
  messages: ParsedMail[];
  /** Logins tried, as user and password. */
  logins: { user: string; pass: string }[];
  /** The next `times` messages are answered with this SMTP code (4xx: try later, 5xx: refused). */
  fail(code: number, times?: number): void;
  heal(): void;
  close(): Promise<void>;
}

export async function startSmtp(account: { user: string; pass: string }): Promise<FakeSmtp> {
  const messages: ParsedMail[] = [];
  const logins: FakeSmtp['logins'] = [];
  let fault: { code: number; times: number } | null = null;
  const server = new SMTPServer({
    secure: false,
    // A relay on this machine, in clear (the channel's `secure: false`).
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push({ user: auth.username ?? '', pass: auth.password ?? '' });
      if (auth.username === account.user && auth.password === account.pass) return callback(null, { user: auth.username });
      return callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        if (fault && fault.times > 0) {
          fault.times--;
          return callback(Object.assign(new Error('Try again later'), { responseCode: fault.code }));
        }
        messages.push(await simpleParser(Buffer.concat(chunks)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    messages,
    logins,
    fail(code, times = Infinity) {
      fault = { code, times };
    },
    heal() {
      fault = null;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

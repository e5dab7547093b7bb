import { createHmac } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppBskyFeedPost } from '@atproto/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { startFakeGithub, type FakeGithub } from '../support/fake-github.ts';
import { startReceiver, startSmtp, type FakeReceiver, type FakeSmtp, type Received } from '../support/fake-receivers.ts';
import { runScript } from '../support/run-script.ts';

const HTTP_TYPES = ['slack', 'discord', 'teams', 'google-chat', 'mattermost', 'webhook', 'matrix', 'telegram', 'mastodon', 'bluesky'] as const;
type HttpType = (typeof HTTP_TYPES)[number];
const ALL = [...HTTP_TYPES, 'email', 'github-issue'] as const;
type ChannelType = (typeof ALL)[number];

/** Secrets as a user's Actions secrets would hold them; none may ever be printed or saved. */
const SECRETS = {
  T_TELEGRAM: '123456:TELEGRAM-SECRET-TOKEN', T_MATRIX: 'MATRIX-SECRET-TOKEN', T_MASTODON: 'MASTODON-SECRET-TOKEN',
  T_BSKY: 'bsky-app-pass-word', T_SMTP: 'SMTP-SECRET-PASSWORD', T_MIRROR: 'MIRROR-SECRET-TOKEN', T_HOOK_SECRET: 'HMAC-SECRET-KEY',
};
const HOOK_PATHS: Record<string, string> = {
  slack: '/services/T0/B0/SLACK-SECRET-PATH', discord: '/api/webhooks/1/DISCORD-SECRET-PATH', teams: '/workflows/TEAMS-SECRET-PATH',
  'google-chat': '/v1/spaces/AAA/messages?key=GCHAT-SECRET-KEY&token=GCHAT-SECRET-TOKEN', mattermost: '/hooks/MATTERMOST-SECRET-PATH', webhook: '/hook/WEBHOOK-SECRET-PATH',
};
const secretWords = [...Object.values(SECRETS), ...Object.values(HOOK_PATHS).flatMap((p) => p.match(/[A-Z]+-SECRET-[A-Z]+/g) ?? [])];

const receivers = {} as Record<HttpType, FakeReceiver>;
let smtp: FakeSmtp;
let github: FakeGithub;
let dir: string;
let env: Record<string, string>;

/** Answers as each service does; Matrix, Mastodon and Bluesky recognise a retry of what they already have. */
function serviceAnswers(type: HttpType) {
  const seen = new Set<string>();
  const posts = new Map<string, { uri: string; cid: string }>();
  let counter = 0;
  return (r: Received) => {
    switch (type) {
      case 'slack': case 'mattermost': return { status: 200, body: 'ok' };
      case 'teams': return { status: 202, body: '' };
      case 'discord': return { status: 200, body: { id: String(++counter), ...(r.body as object) } };
      case 'google-chat': return { status: 200, body: { name: `spaces/AAA/messages/${++counter}` } };
      case 'webhook': return { status: 204, body: '' };
      case 'telegram': return { status: 200, body: { ok: true, result: { message_id: ++counter } } };
      case 'matrix': {
        const duplicate = seen.has(r.path);
        seen.add(r.path);
        return { status: 200, body: { event_id: `$${r.path.split('/').pop()}` }, duplicate };
      }
      case 'mastodon': {
        const key = String(r.headers['idempotency-key']);
        const duplicate = seen.has(key);
        seen.add(key);
        return { status: 200, body: { id: key.slice(0, 8) }, duplicate };
      }
      case 'bluesky': {
        if (r.path.endsWith('createSession')) return { status: 200, body: { accessJwt: 'ACCESS-JWT-VALUE', refreshJwt: 'r', did: 'did:plc:status', handle: 'status.example.com' }, duplicate: true };
        if (r.path.startsWith('/xrpc/com.atproto.repo.getRecord')) {
          const rkey = new URL(r.path, 'http://x').searchParams.get('rkey')!;
          const post = posts.get(rkey);
          return post ? { status: 200, body: { ...post, value: {} }, duplicate: true } : { status: 400, body: { error: 'RecordNotFound' } };
        }
        const { rkey } = r.body as { rkey: string };
        if (posts.has(rkey)) return { status: 400, body: { error: 'InvalidRequest', message: 'Record already exists' } };
        const post = { uri: `at://did:plc:status/app.bsky.feed.post/${rkey}`, cid: `bafy${rkey}` };
        posts.set(rkey, post);
        return { status: 200, body: post };
      }
    }
  };
}

/** Messages each channel received so far. */
function counts(): Record<ChannelType, number> {
  const http = Object.fromEntries(HTTP_TYPES.map((t) => [t, receivers[t].delivered.filter((r) => !r.path.includes('createSession')).length]));
  const mirror = github.mirrored.reduce((n, issue) => n + 1 + issue.comments.length, 0);
  return { ...http, email: smtp.messages.length, 'github-issue': mirror } as Record<ChannelType, number>;
}

const every = (n: number) => Object.fromEntries(ALL.map((t) => [t, n]));
const plus = (before: Record<string, number>, n: number, except: Partial<Record<ChannelType, number>> = {}) =>
  Object.fromEntries(ALL.map((t) => [t, before[t]! + (except[t] ?? n)]));
const last = (type: HttpType) => receivers[type].delivered.filter((r) => !r.path.includes('createSession')).at(-1)!.body as Record<string, unknown>;

const siteYaml = () => `name: Test Cloud
url: https://status.test.example
timezone: Etc/UTC
notify:
  reminders: [60]
  channels:
    - { type: slack, name: ops-slack, env: T_SLACK }
    - { type: discord, env: T_DISCORD }
    - { type: teams, env: T_TEAMS }
    - { type: google-chat, env: T_GCHAT }
    - { type: mattermost, env: T_MM }
    - { type: webhook, env: T_HOOK, secret_env: T_HOOK_SECRET }
    - { type: matrix, homeserver: "${receivers.matrix.url}", room: "!room:example.org", env: T_MATRIX }
    - { type: telegram, chat_id: "-100123", env: T_TELEGRAM, api_url: "${receivers.telegram.url}" }
    - { type: mastodon, instance: "${receivers.mastodon.url}", env: T_MASTODON }
    - { type: bluesky, handle: status.example.com, env: T_BSKY, service: "${receivers.bluesky.url}" }
    - { type: email, smtp_host: 127.0.0.1, smtp_port: ${smtp.port}, secure: false, username: status, env: T_SMTP, from: "Test status <status@test.example>", to: [announce@lists.test.example] }
    - { type: github-issue, repo: example/product, pin: true, env: T_MIRROR }
`;

const incidentFile = (fields: string) => `---\ntitle: Elevated error rates on the API\nimpact: major\ncomponents:\n  api: partial_outage\nstarted: 2026-11-20T14:00:00Z\nscope: Writes fail.\n${fields}---\n`;

async function write(file: string, text: string) {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), text);
}

/** `npm run notify` at `now`, as the workflow runs it after a build of `dir`. */
const notify = (now: string, args: string[] = []) => runScript('notify.ts', args, { ...env, SITREP_NOW: now });

/** A run's output, the ledger and everything the receivers got hold no secret. */
async function expectNoSecrets(out: string) {
  const ledger = await readFile(path.join(dir, '.sitrep-cache/notify-ledger.json'), 'utf8').catch(() => '');
  // Every body but Bluesky's login, which must carry the app password.
  const bodies = HTTP_TYPES.flatMap((t) => receivers[t].requests.filter((r) => !r.path.endsWith('createSession')).map((r) => r.body));
  const received = JSON.stringify([bodies, smtp.messages.map((m) => [m.text, m.html])]);
  for (const secret of secretWords) {
    expect(out, secret).not.toContain(secret);
    expect(ledger, secret).not.toContain(secret);
    expect(received, secret).not.toContain(secret);
  }
}

beforeAll(async () => {
  for (const type of HTTP_TYPES) receivers[type] = await startReceiver(serviceAnswers(type));
  smtp = await startSmtp({ user: 'status', pass: SECRETS.T_SMTP });
  github = await startFakeGithub({ owner: 'example', name: 'status', issues: [] });
  await mkdir(path.join(projectRoot, '.tmp'), { recursive: true });
  dir = await mkdtemp(path.join(projectRoot, '.tmp', 'notify-'));
  await write('content/site.yaml', siteYaml());
  await write('content/components.yaml', '- id: api\n  name: Public API\n- id: web\n  name: Website\n');
  await mkdir(path.join(dir, 'incidents'), { recursive: true });
  env = {
    SITREP_CONTENT_DIR: dir,
    SITREP_NOTIFY_RETRY_BASE_MS: '20',
    // Long enough for a loaded machine: a timed-out webhook that did arrive is sent again (at least once, as every webhook).
    SITREP_NOTIFY_TIMEOUT_MS: '10000',
    GITHUB_API_URL: github.apiUrl,
    GITHUB_GRAPHQL_URL: github.graphqlUrl,
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    ...SECRETS,
    T_SLACK: `${receivers.slack.url}${HOOK_PATHS.slack}`,
    T_DISCORD: `${receivers.discord.url}${HOOK_PATHS.discord}`,
    T_TEAMS: `${receivers.teams.url}${HOOK_PATHS.teams}`,
    T_GCHAT: `${receivers['google-chat'].url}${HOOK_PATHS['google-chat']}`,
    T_MM: `${receivers.mattermost.url}${HOOK_PATHS.mattermost}`,
    T_HOOK: `${receivers.webhook.url}${HOOK_PATHS.webhook}`,
  };
});

afterAll(async () => {
  await Promise.all([...HTTP_TYPES.map((t) => receivers[t].close()), smtp.close(), github.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe('npm run notify against a receiver for every channel', () => {
  it('a first run sends nothing, records the present and says so', async () => {
    await write('incidents/old.md', incidentFile('resolved: 2026-11-20T14:30:00Z\n').replace('Elevated error rates on the API', 'An old outage'));
    const { code, out } = await notify('2026-11-20T15:00:00Z');
    expect(out).toContain('first run');
    expect(out).toMatch(/No ledger .* nothing is sent/);
    expect(code).toBe(0);
    expect(counts()).toEqual(every(0));
    await expectNoSecrets(out);
  });

  it('a new incident is told once to every channel, in each service\'s own format', async () => {
    await write('incidents/api.md', incidentFile('updates:\n  - at: 2026-11-20T15:05:00Z\n    status: investigating\n    body: We are looking into it.\n'));
    const { code, out } = await notify('2026-11-20T15:10:00Z');
    expect(out).not.toMatch(/FAILED|REFUSED/);
    expect(code).toBe(0);
    expect(counts()).toEqual(every(1));
    const url = 'https://status.test.example/incidents/api/';
    expect((last('slack').text as string)).toContain(url);
    expect(JSON.stringify(last('discord'))).toContain(url);
    expect(receivers.discord.delivered[0]!.path).toContain('wait=true');
    expect(receivers['google-chat'].delivered[0]!.path).toContain('messageReplyOption=REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD');
    const hook = receivers.webhook.delivered[0]!;
    expect(hook.headers['x-sitrep-signature']).toBe(`sha256=${createHmac('sha256', SECRETS.T_HOOK_SECRET).update(JSON.stringify(hook.body)).digest('hex')}`);
    expect(hook.body).toMatchObject({ page: { status_indicator: 'major' }, incident: { id: 'api', name: 'Elevated error rates on the API', status: 'investigating', impact: 'major', shortlink: url } });
    expect(receivers.matrix.delivered[0]!.headers.authorization).toBe(`Bearer ${SECRETS.T_MATRIX}`);
    expect(receivers.telegram.delivered[0]!.path).toBe(`/bot${SECRETS.T_TELEGRAM}/sendMessage`);
    expect(last('mastodon').status).toContain(url);
    const post = last('bluesky') as { record: unknown; rkey: string; repo: string };
    expect(AppBskyFeedPost.validateRecord(post.record).success).toBe(true);
    expect(post.repo).toBe('did:plc:status');
    const [mail] = smtp.messages;
    expect(mail!.subject).toBe('Incident: Elevated error rates on the API');
    expect(mail!.text).toContain(url);
    expect(mail!.html).toContain(`href="${url}"`);
    expect(smtp.logins.at(-1)).toEqual({ user: 'status', pass: SECRETS.T_SMTP });
    expect(github.mirrored).toMatchObject([{ repo: 'example/product', title: 'Incident: Elevated error rates on the API', state: 'open', pinned: true }]);
    expect(await readFile(env.GITHUB_STEP_SUMMARY!, 'utf8')).toMatch(/\| ops-slack \| slack \| ok \| posted "Elevated error rates on the API"/);
    await expectNoSecrets(out);
  });

  it('a re-run sends nothing new', async () => {
    const before = counts();
    const { code, out } = await notify('2026-11-20T15:12:00Z');
    expect(code).toBe(0);
    expect(out).toContain('nothing new');
    expect(counts()).toEqual(before);
  });

  it('hostile text in an update pings nobody and injects no markup anywhere', async () => {
    const before = counts();
    const hostile = '@everyone @here <!channel> <@U1> @room <script>alert(1)</script> **bold** [x](https://evil.example)';
    await write('incidents/api.md', incidentFile(`updates:\n  - at: 2026-11-20T15:05:00Z\n    status: investigating\n    body: We are looking into it.\n  - at: 2026-11-20T15:20:00Z\n    status: identified\n    body: "${hostile}"\n`));
    const { code } = await notify('2026-11-20T15:25:00Z');
    expect(code).toBe(0);
    expect(counts()).toEqual(plus(before, 1));
    const texts = [
      last('slack').text, JSON.stringify(last('slack').blocks), JSON.stringify(last('discord').embeds), last('mattermost').text, (last('google-chat').text),
      last('matrix').body, last('matrix').formatted_body, last('telegram').text, last('mastodon').status, (last('bluesky').record as { text: string }).text,
      smtp.messages.at(-1)!.text, smtp.messages.at(-1)!.html, github.mirrored[0]!.comments.at(-1),
    ] as string[];
    for (const text of texts) {
      expect(text).not.toMatch(/(^|[^\p{L}\p{N}_])@(?=[\p{L}\p{N}_])/u);
      expect(text).not.toMatch(/<!channel>|<@U1>|<script/);
    }
    expect(last('discord').allowed_mentions).toEqual({ parse: [] });
    expect(last('matrix')['m.mentions']).toEqual({});
  });

  it('fixing a typo in an update sends nothing', async () => {
    const before = counts();
    await write('incidents/api.md', incidentFile('updates:\n  - at: 2026-11-20T15:05:00Z\n    status: investigating\n    body: We are looking into this.\n  - at: 2026-11-20T15:20:00Z\n    status: identified\n    body: The cause is known.\n'));
    await notify('2026-11-20T15:27:00Z');
    expect(counts()).toEqual(before);
  });

  it('5xx, dropped connections and 429 are retried within the run; a 404 is reported by name and status, and the others are still served', async () => {
    const before = counts();
    receivers.slack.fail({ status: 503 }, 1);
    receivers.mattermost.fail('drop', 1);
    receivers.discord.fail({ status: 429, headers: { 'retry-after': '1' }, body: { message: 'You are being rate limited.', retry_after: 1 } }, 1);
    receivers.teams.fail({ status: 404, body: 'Not found' });
    smtp.fail(451, 1);
    await write('incidents/api.md', incidentFile('resolved: 2026-11-20T15:40:00Z\nupdates:\n  - at: 2026-11-20T15:40:00Z\n    status: resolved\n    body: Error rates are back to normal.\n'));
    const { code, out } = await notify('2026-11-20T15:45:00Z');
    expect(code).toBe(1);
    expect(out).toMatch(/teams \(teams, 127\.0\.0\.1:\d+\): REFUSED \(HTTP 404/);
    expect(counts()).toEqual(plus(before, 1, { teams: 0 }));
    expect(last('slack').text).toContain('Resolved');
    expect(github.mirrored[0]).toMatchObject({ state: 'closed', stateReason: 'completed', pinned: false });
    await expectNoSecrets(out);

    // Reported every run until fixed; then the message arrives, once.
    expect((await notify('2026-11-20T15:50:00Z')).code).toBe(1);
    receivers.teams.heal();
    const fixed = await notify('2026-11-20T15:55:00Z');
    expect(fixed.code).toBe(0);
    expect(counts()).toEqual(plus(before, 1));
  });

  it('a channel down for longer than 24 hours skips the stale news and says so', async () => {
    const before = counts();
    receivers.slack.fail('drop');
    await write('incidents/web.md', '---\ntitle: Website slow\ncomponents: [web]\nstarted: 2026-11-21T09:00:00Z\n---\n');
    const down = await notify('2026-11-21T09:05:00Z');
    expect(down.code).toBe(1);
    expect(down.out).toMatch(/ops-slack \(slack, 127\.0\.0\.1:\d+\): FAILED .*stay due for the next run/);
    receivers.slack.heal();
    const later = await notify('2026-11-22T10:00:00Z');
    expect(later.code).toBe(0);
    expect(later.out).toMatch(/ops-slack.*\n\s+skipped, older than 24 hours: posted "Website slow"/);
    expect(counts()).toEqual(plus(before, 1, { slack: 0 }));
    expect((await notify('2026-11-22T10:05:00Z')).out).not.toContain('skipped');
  });

  it('a maintenance is scheduled, reminded, started and completed; a withdrawn one is withdrawn', async () => {
    await write('incidents/db.md', '---\ntitle: Database upgrade\nkind: maintenance\ncomponents: [api]\nscheduled_for: 2026-11-23T06:00:00Z\nscheduled_until: 2026-11-23T07:00:00Z\n---\n');
    await write('incidents/cdn.md', '---\ntitle: CDN move\nkind: maintenance\ncomponents: [web]\nscheduled_for: 2026-11-24T06:00:00Z\nscheduled_until: 2026-11-24T07:00:00Z\n---\n');
    const steps: [string, number][] = [['2026-11-22T12:00:00Z', 2], ['2026-11-23T05:10:00Z', 1], ['2026-11-23T06:01:00Z', 1], ['2026-11-23T07:05:00Z', 1]];
    const headlines: string[] = [];
    for (const [now, n] of steps) {
      const before = counts();
      const { code } = await notify(now);
      expect(code, now).toBe(0);
      // The mirror opens an issue only when a maintenance starts.
      const mirror = now.startsWith('2026-11-23T06') || now.startsWith('2026-11-23T07') ? 1 : 0;
      expect(counts(), now).toEqual(plus(before, n, { 'github-issue': mirror }));
      headlines.push(...receivers.slack.delivered.slice(-n).map((r) => (r.body as { blocks: { text: { text: string } }[] }).blocks[0]!.text.text));
    }
    expect(headlines).toEqual([
      'Maintenance scheduled: CDN move', 'Maintenance scheduled: Database upgrade', 'Maintenance soon: Database upgrade',
      'Maintenance started: Database upgrade', 'Maintenance completed: Database upgrade',
    ]);
    const before = counts();
    await write('incidents/cdn.md', '---\ntitle: CDN move\nkind: maintenance\ncomponents: [web]\nscheduled_for: 2026-11-24T06:00:00Z\nscheduled_until: 2026-11-24T07:00:00Z\nwithdrawn: true\n---\n');
    await notify('2026-11-23T08:00:00Z');
    // The mirror never opened an issue for it, so has nothing to close.
    expect(counts()).toEqual(plus(before, 1, { 'github-issue': 0 }));
    expect(last('webhook').incident).toMatchObject({ id: 'cdn', status: 'completed' });
    expect(last('mastodon').status).toMatch(/^Withdrawn: CDN move/);
  });

  it('--dry-run prints every message and changes nothing', async () => {
    await write('incidents/api2.md', '---\ntitle: Login fails\ncomponents: [api]\nstarted: 2026-11-23T08:30:00Z\n---\n');
    const ledger = await readFile(path.join(dir, '.sitrep-cache/notify-ledger.json'), 'utf8');
    const before = counts();
    const { code, out } = await notify('2026-11-23T08:40:00Z', ['--dry-run']);
    expect(code).toBe(0);
    expect(out).toContain('--- ops-slack (slack): Incident: Login fails');
    expect(out).toMatch(/would send 1 message/);
    expect(counts()).toEqual(before);
    expect(await readFile(path.join(dir, '.sitrep-cache/notify-ledger.json'), 'utf8')).toBe(ledger);
    await expectNoSecrets(out);
  });

  it('--test sends one test message to one channel, on every kind of channel', async () => {
    const before = counts();
    const { code, out } = await notify('2026-11-23T08:41:00Z', ['--test', 'ops-slack']);
    expect(code).toBe(0);
    expect(counts()).toEqual({ ...before, slack: before.slack + 1 });
    expect(last('slack').text).toContain('Test');
    expect((await notify('2026-11-23T08:41:00Z', ['--test', 'nope'])).out).toContain('no channel is named "nope"');
    await expectNoSecrets(out);
    const others = ALL.filter((t) => t !== 'slack');
    const runs = await Promise.all(others.map((name) => notify('2026-11-23T08:42:00Z', ['--test', name])));
    expect(runs.map((r) => r.code)).toEqual(others.map(() => 0));
    expect(counts()).toEqual(plus(before, 1));
    expect(github.mirrored.at(-1)).toMatchObject({ title: 'Notice: Test Cloud status', state: 'closed' });
    expect(last('webhook')).toMatchObject({ page: { status_indicator: expect.any(String) }, test: { url: 'https://status.test.example/' } });
  });

  it('a missing secret is named with its channel and field, and the other channels are served', async () => {
    const before = counts();
    const { code, out } = await runScript('notify.ts', [], { ...env, T_MASTODON: '', SITREP_NOW: '2026-11-23T08:45:00Z' });
    expect(code).toBe(1);
    expect(out).toContain('content/site.yaml  notify.channels.8.env: channel "mastodon": the environment variable T_MASTODON is not set');
    expect(counts()).toEqual(plus(before, 1, { mastodon: 0 }));
  });
});

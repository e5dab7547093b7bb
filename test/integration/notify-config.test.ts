import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { runScript } from '../support/run-script.ts';

let dir: string;

async function site(notify: string) {
  await writeFile(path.join(dir, 'content/site.yaml'), `name: Test Cloud\nurl: https://status.test.example\nnotify:\n${notify}`);
}

beforeAll(async () => {
  await mkdir(path.join(projectRoot, '.tmp'), { recursive: true });
  dir = await mkdtemp(path.join(projectRoot, '.tmp', 'notify-config-'));
  await mkdir(path.join(dir, 'content'), { recursive: true });
  await mkdir(path.join(dir, 'incidents'));
  await writeFile(path.join(dir, 'content/components.yaml'), '- id: api\n  name: Public API\n');
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run check and the notification channels', () => {
  it('names the channel, the field and the line of an unknown type, an unknown field, a secret in place of a variable name, an http URL and mail in clear to another host', async () => {
    await site(`  channels:
    - { type: sms, env: X }
    - { type: slack, name: ops, env: SLACK_URL, colour: red }
    - { type: discord, env: "https://discord.com/api/webhooks/1/secret" }
    - { type: mastodon, instance: "http://mastodon.example", env: M }
    - { type: telegram, chat_id: "-1", env: T, components: [nope] }
    - { type: email, smtp_host: smtp.example.com, from: "a@b.example", to: [list@b.example], secure: false }
`);
    const { code, out } = await runScript('check.ts', [], { SITREP_CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(out).toContain('content/site.yaml:5  notify.channels.0.type: channel "sms": must be one of slack, discord, teams, google-chat, mattermost, webhook, matrix, telegram, mastodon, bluesky, email, github-issue; got "sms"');
    expect(out).toContain('content/site.yaml:6  notify.channels.1.colour: channel "ops": is not a known field');
    expect(out).toContain('content/site.yaml:7  notify.channels.2.env: channel "discord": must be the name of an environment variable');
    expect(out).toContain('content/site.yaml:8  notify.channels.3.instance: channel "mastodon": must be an https URL (http only for 127.0.0.1 or localhost)');
    expect(out).toContain('content/site.yaml:10  notify.channels.5.secure: channel "email": may be false only for a relay on this machine');
    // The secret's value is never repeated back.
    expect(out).not.toContain('/1/secret');
  });

  it('names a channel whose environment variable is unset, or holds a URL that is not https', async () => {
    await site(`  channels:
    - { type: slack, name: ops, env: SLACK_URL, components: [api] }
    - { type: teams, env: TEAMS_URL }
    - { type: telegram, chat_id: "-1", env: TELEGRAM_TOKEN, components: [nope] }
`);
    const unknown = await runScript('check.ts', [], { SITREP_CONTENT_DIR: dir });
    expect(unknown.out).toContain('content/site.yaml  notify.channels.2.components.0: channel "telegram": unknown component "nope"; known ids: api');
    await site(`  channels:
    - { type: slack, name: ops, env: SLACK_URL, components: [api] }
    - { type: teams, env: TEAMS_URL }
`);
    const { code, out } = await runScript('check.ts', [], { SITREP_CONTENT_DIR: dir, SLACK_URL: '', TEAMS_URL: 'http://teams.example/secret-path' });
    expect(code).toBe(1);
    expect(out).toContain('notify.channels.0.env: channel "ops": the environment variable SLACK_URL is not set; it must hold the incoming webhook URL');
    expect(out).toContain('notify.channels.1.env: channel "teams": the URL in TEAMS_URL must be an https URL');
    expect(out).not.toContain('secret-path');
    const ready = await runScript('check.ts', [], { SITREP_CONTENT_DIR: dir, SLACK_URL: 'https://hooks.slack.example/x', TEAMS_URL: 'http://127.0.0.1:9/x' });
    expect(ready.code).toBe(0);
    expect(ready.out).toContain('Notification channels are ready: ops (hooks.slack.example), teams (127.0.0.1:9).');
  });

  it('says two channels of one type need names', async () => {
    await site(`  channels:
    - { type: slack, env: A }
    - { type: slack, env: B }
`);
    const { code, out } = await runScript('check.ts', [], { SITREP_CONTENT_DIR: dir });
    expect(code).toBe(1);
    expect(out).toContain('notify.channels.1.type: channel "slack": "slack" already names channel 1: give each channel of one type its own name');
  });
});

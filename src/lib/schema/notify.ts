import { z } from 'zod';
import { ComponentId } from './components.ts';

/**
 * Whether a host is this machine: the only place a channel may be reached without TLS (a local
 * mail relay, a test receiver).
 * @example isLoopbackHost('127.0.0.1') // → true
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(?:\.\d{1,3}){3}$/.test(bare);
}

/**
 * Why a channel's URL cannot be used, or null when it can: it must be absolute and `https`, except
 * on a loopback host, where `http` is allowed.
 * @example serviceUrlProblem('http://hooks.example.com/x') // → 'must be an https URL (http only for 127.0.0.1 or localhost)'
 */
export function serviceUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute https URL';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return null;
  return 'must be an https URL (http only for 127.0.0.1 or localhost)';
}

/** The base URL of a service named in site.yaml: https, or http on this machine. */
const ServiceUrl = z.string().superRefine((value, ctx) => {
  const problem = serviceUrlProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** The name of an environment variable that holds a secret; the secret itself never sits in the repository. */
const EnvName = z
  .string({ error: 'must be the name of an environment variable, such as SLACK_WEBHOOK_URL' })
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be the name of an environment variable (letters, digits and _), such as SLACK_WEBHOOK_URL; never the secret itself');

/** Keys every channel has. */
const common = {
  /** Names the channel in logs and in the ledger; the type by default. Renaming it starts the channel afresh. */
  name: z.string().regex(/^[\w.-]+$/, 'must be letters, digits, ".", "_" and "-"').optional(),
  /** Only news touching one of these components; all news without it. */
  components: z.array(ComponentId).min(1, 'must list at least one component id; leave it out for all news').optional(),
};

/** A chat service reached through one secret webhook URL, held in the variable `env`. */
const webhookChannel = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), ...common, env: EnvName });

export const SlackChannel = webhookChannel('slack');
export const DiscordChannel = webhookChannel('discord');
export const TeamsChannel = webhookChannel('teams');
export const GoogleChatChannel = webhookChannel('google-chat');
export const MattermostChannel = webhookChannel('mattermost');
export const WebhookChannel = z.strictObject({
  type: z.literal('webhook'), ...common, env: EnvName,
  /** Signs each body: `X-Sitrep-Signature: sha256=<HMAC-SHA256 hex>`. */
  secret_env: EnvName.optional(),
});
export const MatrixChannel = z.strictObject({
  type: z.literal('matrix'), ...common,
  homeserver: ServiceUrl,
  room: z.string().regex(/^!.+:.+$/, 'must be a room id such as "!abc:example.org" (Room settings → Advanced), not an alias'),
  /** An access token of the account that posts. */
  env: EnvName,
});
export const TelegramChannel = z.strictObject({
  type: z.literal('telegram'), ...common,
  chat_id: z.union([z.string().regex(/^(-?\d+|@\w+)$/, 'must be a chat id such as "-100123" or a channel username such as "@examplestatus"'), z.int()])
    .transform(String),
  /** The bot token from @BotFather. */
  env: EnvName,
  api_url: ServiceUrl.default('https://api.telegram.org'),
});
export const MastodonChannel = z.strictObject({
  type: z.literal('mastodon'), ...common,
  instance: ServiceUrl,
  /** An access token with the `write:statuses` scope. */
  env: EnvName,
  /** The account's name, such as `examplestatus`, so the Subscribe page can link to it. */
  account: z.string().regex(/^@?\w+$/, 'must be the account\'s user name, such as examplestatus').transform((a) => a.replace(/^@/, '')).optional(),
});
export const BlueskyChannel = z.strictObject({
  type: z.literal('bluesky'), ...common,
  handle: z.string().regex(/^@?([a-z0-9-]+\.)+[a-z]+$/i, 'must be a handle such as status.example.com').transform((h) => h.replace(/^@/, '').toLowerCase()),
  /** An app password (Settings → Privacy and security → App passwords), never the account password. */
  env: EnvName,
  service: ServiceUrl.default('https://bsky.social'),
});
const MailAddress = z.string().regex(/^[^\s@<>]+@[^\s@<>]+$/, 'must be an email address such as status-announce@lists.example.com');
export const EmailChannel = z
  .strictObject({
    type: z.literal('email'), ...common,
    smtp_host: z.string().min(1).regex(/^[^\s/:]+$|^\[[0-9a-f:]+\]$/i, 'must be a host name such as smtp.example.com, without a scheme or port'),
    smtp_port: z.int().min(1).max(65535).default(587),
    /** The SMTP login; with it, `env` holds the password. */
    username: z.string().min(1).optional(),
    env: EnvName.optional(),
    from: z.string().regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'must be an address, optionally with a name: "Example status <status@example.com>"'),
    to: z.array(MailAddress).min(1, 'must list at least one address, such as a mailing list'),
    /** Port 465 means TLS from the start and any other port STARTTLS, both required; `false` sends in clear to a relay on this machine. */
    secure: z.boolean().optional(),
  })
  .superRefine((c, ctx) => {
    if (c.username && !c.env) ctx.addIssue({ code: 'custom', path: ['env'], message: 'is required with username: the variable that holds the SMTP password' });
    if (c.env && !c.username) ctx.addIssue({ code: 'custom', path: ['username'], message: 'is required with env: the SMTP login' });
    if (c.secure === false && !isLoopbackHost(c.smtp_host)) {
      ctx.addIssue({ code: 'custom', path: ['secure'], message: 'may be false only for a relay on this machine (127.0.0.1 or localhost): mail to another host goes over TLS' });
    }
  });
export const GithubIssueChannel = z.strictObject({
  type: z.literal('github-issue'), ...common,
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be owner/name'),
  /** Pins the issue while the incident lasts (GitHub allows three pinned issues per repository). */
  pin: z.boolean().default(false),
  /** A token that may write issues in `repo`. */
  env: EnvName,
});

export const CHANNEL_TYPES = [
  'slack', 'discord', 'teams', 'google-chat', 'mattermost', 'webhook', 'matrix', 'telegram', 'mastodon', 'bluesky', 'email', 'github-issue',
] as const;

export const Channel = z.discriminatedUnion('type', [
  SlackChannel, DiscordChannel, TeamsChannel, GoogleChatChannel, MattermostChannel, WebhookChannel,
  MatrixChannel, TelegramChannel, MastodonChannel, BlueskyChannel, EmailChannel, GithubIssueChannel,
], {
  error: (issue) => {
    const type = (issue.input as { type?: unknown } | undefined)?.type;
    if (issue.input === null || typeof issue.input !== 'object' || Array.isArray(issue.input)) return 'must be a map with a type, such as { type: slack, env: SLACK_WEBHOOK_URL }';
    return type === undefined ? `is required: one of ${CHANNEL_TYPES.join(', ')}` : `must be one of ${CHANNEL_TYPES.join(', ')}; got ${JSON.stringify(type)}`;
  },
});
export type Channel = z.infer<typeof Channel>;

/** The channel's name in logs and in the ledger. */
export const channelName = (channel: Pick<Channel, 'type' | 'name'>) => channel.name ?? channel.type;

export const NotifySettings = z
  .strictObject({
    /** Minutes before a maintenance window starts at which to remind; [] for none. */
    reminders: z.array(z.int().min(1).max(10_080, 'must be at most a week (10080 minutes)')).default([60]),
    channels: z.array(Channel).default([]),
  })
  .superRefine((settings, ctx) => {
    const seen = new Map<string, number>();
    settings.channels.forEach((channel, i) => {
      const name = channelName(channel);
      const first = seen.get(name);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom', path: ['channels', i, channel.name ? 'name' : 'type'],
          message: `"${name}" already names channel ${first + 1}: give each channel of one type its own name`,
        });
      } else {
        seen.set(name, i);
      }
    });
  });
export type NotifySettings = z.infer<typeof NotifySettings>;

/** The Subscribe page's extras. */
export const SubscribeSettings = z.strictObject({
  /** Where people join the mailing list (a list's sign-up page or a mailto: link). */
  email_url: z.string().regex(/^(https?:\/\/|mailto:)\S+$/, 'must be an http(s) or mailto: URL').optional(),
});
export type SubscribeSettings = z.infer<typeof SubscribeSettings>;

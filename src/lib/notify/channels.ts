import type { Problem } from '../problems.ts';
import type { Component } from '../schema/components.ts';
import { channelName, serviceUrlProblem, type Channel, type NotifySettings } from '../schema/notify.ts';
import { SITE_FILE } from '../content/site-content.ts';

/** A configured channel with its secrets read from the environment: ready to send. */
export interface ResolvedChannel {
  name: string;
  config: Channel;
  /** What `env` holds: a webhook URL, a token, an app password or an SMTP password ('' for an SMTP relay without login). */
  secret: string;
  /** The webhook channel's signing secret (`secret_env`). */
  signingSecret?: string;
  /** The host the channel talks to: the only part of its address that logs show. */
  host: string;
}

/** Types whose `env` holds the whole webhook URL (the URL is the secret). */
const WEBHOOK_TYPES = new Set<Channel['type']>(['slack', 'discord', 'teams', 'google-chat', 'mattermost', 'webhook']);

/** What the environment variable of each kind of channel holds, for messages. */
const secretWords: Record<Channel['type'], string> = {
  slack: 'the incoming webhook URL', discord: 'the webhook URL', teams: 'the Workflows webhook URL', 'google-chat': 'the webhook URL',
  mattermost: 'the incoming webhook URL', webhook: 'the webhook URL', matrix: 'an access token', telegram: 'the bot token',
  mastodon: 'an access token', bluesky: 'an app password', email: 'the SMTP password', 'github-issue': 'a token that may write issues',
};

/** The host a channel reaches, from its config (and the GitHub API URL for the issue mirror). */
function configHost(channel: Channel, githubApiUrl: string): string {
  switch (channel.type) {
    case 'matrix': return new URL(channel.homeserver).host;
    case 'telegram': return new URL(channel.api_url).host;
    case 'mastodon': return new URL(channel.instance).host;
    case 'bluesky': return new URL(channel.service).host;
    case 'email': return `${channel.smtp_host}:${channel.smtp_port}`;
    case 'github-issue': return new URL(githubApiUrl).host;
    default: return '';
  }
}

/**
 * Reads each channel's secrets from `env`. A channel whose variable is unset, or whose webhook URL
 * is not https, is a problem naming the channel and field, and is left out; the others are ready.
 * @example resolveChannels(settings, { SLACK_WEBHOOK_URL: 'https://hooks.slack.com/…' }, 'https://api.github.com')
 */
export function resolveChannels(
  settings: NotifySettings,
  env: Readonly<Record<string, string | undefined>>,
  githubApiUrl: string,
): { channels: ResolvedChannel[]; problems: Problem[] } {
  const channels: ResolvedChannel[] = [];
  const problems: Problem[] = [];
  settings.channels.forEach((config, i) => {
    const name = channelName(config);
    const problem = (field: string, message: string) => problems.push({ file: SITE_FILE, field: `notify.channels.${i}.${field}`, message: `channel "${name}": ${message}` });
    const before = problems.length;
    const secret = config.env === undefined ? '' : env[config.env]?.trim();
    if (config.env !== undefined && !secret) problem('env', `the environment variable ${config.env} is not set; it must hold ${secretWords[config.type]}`);
    let host = configHost(config, githubApiUrl);
    if (secret && WEBHOOK_TYPES.has(config.type)) {
      const urlProblem = serviceUrlProblem(secret);
      if (urlProblem) problem('env', `the URL in ${config.env} ${urlProblem}`);
      else host = new URL(secret).host;
    }
    let signingSecret: string | undefined;
    if (config.type === 'webhook' && config.secret_env !== undefined) {
      signingSecret = env[config.secret_env]?.trim();
      if (!signingSecret) problem('secret_env', `the environment variable ${config.secret_env} is not set; it must hold the secret that signs each body`);
    }
    if (problems.length === before) channels.push({ name, config, secret: secret ?? '', signingSecret, host });
  });
  return { channels, problems };
}

/**
 * Puts the channel's name into each problem with a channel's field, so a maintainer sees which
 * channel of several is wrong.
 * @example nameChannelProblems([{ field: 'notify.channels.0.env', … }], { notify: { channels: [{ name: 'ops' }] } })
 * // → [{ field: 'notify.channels.0.env', message: 'channel "ops": …' }]
 */
export function nameChannelProblems(problems: readonly Problem[], data: unknown): Problem[] {
  const channels = (data as { notify?: { channels?: unknown } } | null)?.notify?.channels;
  if (!Array.isArray(channels)) return [...problems];
  return problems.map((p) => {
    const index = /^notify\.channels\.(\d+)(?:\.|$)/.exec(p.field ?? '')?.[1];
    if (index === undefined) return p;
    const raw = channels[Number(index)] as { name?: unknown; type?: unknown } | undefined;
    const label = typeof raw?.name === 'string' ? raw.name : typeof raw?.type === 'string' ? raw.type : `number ${Number(index) + 1}`;
    return { ...p, message: `channel "${label}": ${p.message}` };
  });
}

/** A channel's `components` that name no component, as problems. */
export function unknownChannelComponents(settings: NotifySettings, components: readonly Component[]): Problem[] {
  const known = new Set(components.map((c) => c.id));
  return settings.channels.flatMap((channel, i) => (channel.components ?? []).flatMap((id, j) => known.has(id) ? [] : [{
    file: SITE_FILE,
    field: `notify.channels.${i}.components.${j}`,
    message: `channel "${channelName(channel)}": unknown component "${id}"; known ids: ${[...known].join(', ') || '(none)'}`,
  }]));
}

import { setTimeout as sleep } from 'node:timers/promises';
import nodemailer from 'nodemailer';
import type { ResolvedChannel } from '../../lib/notify/channels.ts';
import type { EmailMessage } from '../../lib/notify/formats/email.ts';
import type { EmailChannel } from '../../lib/schema/notify.ts';
import type { z } from 'zod';
import { redact, type DeliveryLimits } from './http.ts';
import type { Delivery } from './deliver.ts';

/**
 * Sends one email over SMTP with nodemailer: port 465 with TLS from the start, any other port
 * with STARTTLS required, or in clear only to a relay on this machine (`secure: false`). An SMTP
 * 4xx, a network error or a timeout is retried; a 5xx (a refused login, an unknown recipient) is a refusal.
 */
export async function sendEmail(channel: ResolvedChannel, config: z.infer<typeof EmailChannel>, email: EmailMessage, limits: DeliveryLimits): Promise<Delivery> {
  const implicitTls = config.secure !== false && config.smtp_port === 465;
  const transport = nodemailer.createTransport({
    host: config.smtp_host,
    port: config.smtp_port,
    secure: implicitTls,
    requireTLS: config.secure !== false && !implicitTls,
    ignoreTLS: config.secure === false,
    auth: config.username ? { user: config.username, pass: channel.secret } : undefined,
    connectionTimeout: limits.timeoutMs,
    greetingTimeout: limits.timeoutMs,
    socketTimeout: limits.timeoutMs,
  });
  let last = '';
  try {
    for (let attempt = 0; attempt <= limits.retries; attempt++) {
      try {
        await transport.sendMail({
          from: config.from,
          to: config.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          messageId: email.messageId,
          ...(email.inReplyTo ? { inReplyTo: email.inReplyTo, references: email.references } : {}),
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
        return { ok: true, value: null, ref: email.inReplyTo ? undefined : { thread: email.messageId } };
      } catch (error) {
        const e = error as { responseCode?: number; code?: string; message: string };
        last = redact(e.responseCode ? `SMTP ${e.responseCode}` : e.code ?? e.message, [channel.secret]);
        if (e.responseCode && e.responseCode >= 500) return { ok: false, refused: true, reason: last };
        if (e.code === 'EAUTH' || e.code === 'EENVELOPE') return { ok: false, refused: true, reason: last };
      }
      if (attempt < limits.retries) await sleep(limits.retryBaseMs * (attempt + 1) ** 2);
    }
  } finally {
    transport.close();
  }
  return { ok: false, refused: false, reason: `${last} (tried ${limits.retries + 1} times)` };
}

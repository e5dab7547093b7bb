import type { IncidentKind } from '../schema/vocabulary.ts';
import type { NewsEvent } from './news.ts';

/** What a message's headline starts with, by event and kind. */
export function eventLabel(event: NewsEvent | 'test', kind: IncidentKind, state: string): string {
  switch (event) {
    case 'posted': return kind === 'notice' ? 'Notice' : 'Incident';
    case 'updated': return `Update (${state.toLowerCase()})`;
    case 'resolved': return kind === 'notice' ? 'Ended' : 'Resolved';
    case 'scheduled': return 'Maintenance scheduled';
    case 'reminder': return 'Maintenance soon';
    case 'started': return 'Maintenance started';
    case 'completed': return 'Maintenance completed';
    case 'withdrawn': return 'Withdrawn';
    case 'test': return 'Test';
  }
}

/** Sentences and labels of notification messages. */
export const notifyText = {
  posted: (at: string) => `Posted ${at}.`,
  started: (at: string) => `Began ${at}.`,
  updated: (at: string) => `Updated ${at}.`,
  resolved: (at: string, lasted: string) => `Resolved ${at}, after ${lasted}.`,
  ended: (at: string) => `Ended ${at}.`,
  openedAndResolved: (from: string, to: string, lasted: string) => `Began ${from} and was resolved ${to} (${lasted}), before it could be announced.`,
  noticeOpenedAndEnded: (from: string, to: string) => `Posted ${from} and ended ${to}, before it could be announced.`,
  scheduled: (window: string) => `Scheduled for ${window}.`,
  reminder: (minutes: string, window: string) => `Starts in ${minutes}: ${window}.`,
  maintenanceStarted: (at: string, until: string) => `Started ${at}; planned to end ${until}.`,
  completed: (at: string) => `Completed ${at}.`,
  tookPlace: (window: string) => `Took place ${window}, before it could be announced.`,
  withdrawn: (kind: string) => `This ${kind} was withdrawn: disregard the earlier messages about it.`,
  test: (site: string) => `A test message: ${site} status news reaches this channel.`,
  window: 'When',
  link: 'Details on the status page',
} as const;

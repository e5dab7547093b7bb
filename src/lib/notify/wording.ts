import type { Translator } from '../i18n/translator.ts';
import type { IncidentKind } from '../schema/vocabulary.ts';
import type { NewsEvent } from './news.ts';

/** What a message's headline starts with, by event and kind; `state` is the item's state in words. */
export function eventLabel(event: NewsEvent | 'test', kind: IncidentKind, state: string, t: Translator): string {
  switch (event) {
    case 'posted': return t.t(kind === 'notice' ? 'notify.event.postedNotice' : 'notify.event.posted');
    case 'updated': return t.t('notify.event.updated', { state });
    case 'resolved': return t.t(kind === 'notice' ? 'notify.event.ended' : 'notify.event.resolved');
    default: return t.t(`notify.event.${event}`);
  }
}

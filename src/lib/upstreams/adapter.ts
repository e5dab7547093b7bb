import type { Problem } from '../problems.ts';
import type { Upstream } from '../schema/upstreams.ts';
import type { Origin } from '../validate.ts';
import type { UpstreamComponent, UpstreamReport } from './model.ts';

/** The documents Sitrep asks an upstream for, by what they hold. */
export type AnswerKey = 'summary' | 'components' | 'incidents' | 'feed';

/** Each document's text, as fetched (or as kept in the last good snapshot). */
export type Answers = Partial<Record<AnswerKey, string>>;

/** One of their components as listed, before the maintainer's selection. */
export interface ListedComponent {
  component: UpstreamComponent;
  /** A group heading on their page, whose members are listed too. */
  isGroup: boolean;
}

/** What one kind of page said, in the common model; the selection of components comes after. */
export type Adapted =
  | { ok: true; report: Omit<UpstreamReport, 'components'> & { components: ListedComponent[] }; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

/** Reads one kind of page's answers. `origin` names each document in problems. */
export type Adapter = (upstream: Upstream, answers: Answers, origin: (key: AnswerKey) => Origin) => Adapted;

/** The problem of a document that must be there and is not. */
export const missingAnswer = (origin: Origin): Problem => ({ file: origin.file, message: 'was not read' });

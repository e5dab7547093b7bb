import { describe, expect, it } from 'vitest';
import { parseStatusComment } from '../../src/lib/github/status-comment.ts';

describe('reading a maintainer comment', () => {
  it('takes a first line /status <state> as the state, and the rest as the update', () => {
    expect(parseStatusComment('/status identified\nA bad deploy.')).toEqual({ status: 'identified', body: 'A bad deploy.' });
  });
  it('reads multi-word states in any case', () => {
    expect(parseStatusComment('/status In Progress')).toEqual({ status: 'in_progress', body: '' });
  });
  it('takes a leading bold state word, as Statuspage writes updates', () => {
    expect(parseStatusComment('**Monitoring** - Fix is out.')).toEqual({ status: 'monitoring', body: 'Fix is out.' });
  });
  it('leaves a bold word that is not a state in the text', () => {
    expect(parseStatusComment('**Note**: we are on it')).toEqual({ body: '**Note**: we are on it' });
  });
  it('returns an unknown /status word so the caller can warn', () => {
    expect(parseStatusComment('/status fixed')).toEqual({ status: 'fixed', body: '' });
  });
  it('treats /status later in the comment as text', () => {
    expect(parseStatusComment('Thanks!\n/status resolved')).toEqual({ body: 'Thanks!\n/status resolved' });
  });
});

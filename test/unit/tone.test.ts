import { describe, expect, it } from 'vitest';
import { toneOfIncident } from '../../src/lib/tone.ts';

describe('how an incident is coloured', () => {
  it('never colours an open incident as fine, even without impact', () => {
    expect(toneOfIncident({ kind: 'incident', impact: 'none' })).toBe('minor');
    expect(toneOfIncident({ kind: 'incident', impact: 'critical' })).toBe('critical');
    expect(toneOfIncident({ kind: 'maintenance', impact: 'major' })).toBe('maintenance');
  });

  it('colours anything over as good news, whatever its impact', () => {
    expect(toneOfIncident({ kind: 'incident', impact: 'critical' }, 'resolved')).toBe('ok');
    expect(toneOfIncident({ kind: 'maintenance', impact: 'none' }, 'completed')).toBe('ok');
    expect(toneOfIncident({ kind: 'incident', impact: 'critical' }, 'monitoring')).toBe('critical');
    expect(toneOfIncident({ kind: 'maintenance', impact: 'none' }, 'in_progress')).toBe('maintenance');
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { componentBadge, pageBadge, toBadgeSvg, toShieldsEndpoint } from '../../src/lib/badges.ts';
import { parseComponents } from '../../src/lib/content/parse.ts';
import { english, translatorFor } from '../support/i18n.ts';

/** shields.io's endpoint schema (services/endpoint-common.js), which rejects unknown keys. */
const ShieldsEndpoint = z.strictObject({
  schemaVersion: z.literal(1),
  label: z.string(),
  message: z.string().min(1),
  color: z.string().optional(),
  labelColor: z.string().optional(),
  isError: z.boolean().optional(),
  namedLogo: z.string().optional(),
  logoSvg: z.string().optional(),
  logoColor: z.string().optional(),
  logoWidth: z.number().optional(),
  logoPosition: z.number().optional(),
  style: z.enum(['flat', 'flat-square', 'plastic', 'for-the-badge', 'social']).optional(),
  cacheSeconds: z.number().int().min(0).optional(),
});

describe('badges', () => {
  it.each([
    ['operational', 'operational', 'brightgreen'],
    ['degraded_performance', 'degraded performance', 'yellow'],
    ['partial_outage', 'partial outage', 'orange'],
    ['major_outage', 'major outage', 'red'],
    ['under_maintenance', 'under maintenance', 'blue'],
  ] as const)('colours a %s component %s in %s', (status, message, color) => {
    expect(componentBadge('Public API', status, english)).toEqual({ label: 'Public API', message, color });
  });

  it('says the page status in words, coloured by the indicator', () => {
    expect(pageBadge('none', english)).toEqual({ label: 'status', message: 'all systems operational', color: 'brightgreen' });
    expect(pageBadge('maintenance', english).color).toBe('blue');
    expect(pageBadge('critical', english).color).toBe('red');
  });

  it('speaks the site\'s language', () => {
    expect(pageBadge('major', translatorFor('de'))).toEqual({ label: 'Status', message: 'teilweiser Systemausfall', color: 'orange' });
    expect(componentBadge('API', 'partial_outage', translatorFor('ja')).message).toBe('部分的な障害');
  });

  it('writes shields.io endpoint JSON with only its documented keys', () => {
    const json = toShieldsEndpoint(componentBadge('Public API', 'partial_outage', english));
    expect(ShieldsEndpoint.parse(json)).toEqual({ schemaVersion: 1, label: 'Public API', message: 'partial outage', color: 'orange', cacheSeconds: 300 });
  });

  it('draws an SVG whose accessible name says the label and the message', () => {
    const svg = toBadgeSvg(componentBadge('Public API', 'major_outage', english));
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="Public API: major outage"/);
    expect(svg).toContain('<title>Public API: major outage</title>');
  });

  it('keeps the id "status" for the page badge', () => {
    const { problems } = parseComponents('- id: status\n  name: Status\n', 'content/components.yaml');
    expect(problems).toEqual([expect.objectContaining({ file: 'content/components.yaml', field: '0.id', message: expect.stringContaining('reserved') })]);
  });
});

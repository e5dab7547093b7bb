import { describe, expect, it } from 'vitest';
import { splitCstateBody } from '../../src/lib/import/cstate-body.ts';

const split = (body: string) => splitCstateBody(body, 'Etc/UTC');
const timeline = (body: string) => split(body).updates.map((u) => [u.at.toISOString(), u.state, u.body]);

describe("cState's update conventions", () => {
  it('makes each track shortcode close an update, its label giving the state', () => {
    expect(timeline([
      '*Resolved* -',
      'All users can connect again. {{< track "2018-05-25 05:54:00" >}}',
      '',
      '*Monitoring* - A DNS change fixes it. {{< track "2018-05-25 04:40:00" >}}',
    ].join('\n'))).toEqual([
      ['2018-05-25T05:54:00.000Z', 'resolved', 'All users can connect again.'],
      ['2018-05-25T04:40:00.000Z', 'monitoring', 'A DNS change fixes it.'],
    ]);
  });

  it('reads bold, bracketed and heading labels, and "Update" as no change of state', () => {
    expect(timeline([
      '**[Update]** A power supply failed. {{% track "2019-03-04T10:45:00Z" %}}',
      '',
      '[Resolved] Power is back. {{< track "2019-03-04T12:30:00Z" >}}',
      '',
      '**Identified:** A bad deploy. {{< track "2019-03-04T10:00:00Z" >}}',
      '',
      '## Investigatng',
      'Looking into it. {{< track "2019-03-04T09:00:00Z" >}}',
    ].join('\n'))).toEqual([
      ['2019-03-04T10:45:00.000Z', null, 'A power supply failed.'],
      ['2019-03-04T12:30:00.000Z', 'resolved', 'Power is back.'],
      ['2019-03-04T10:00:00.000Z', 'identified', 'A bad deploy.'],
      ['2019-03-04T09:00:00.000Z', 'investigating', 'Looking into it.'],
    ]);
  });

  it('keeps a label that names no state in the text', () => {
    expect(timeline('*Just began* - Shutting down. {{< track "2018-06-13 15:54:00" >}}')).toEqual([
      ['2018-06-13T15:54:00.000Z', undefined, '*Just began* - Shutting down.'],
    ]);
  });

  it('keeps text before the first labelled update and after the last track as the description', () => {
    const body = split('Our gateway stopped.\n\n*Investigating* - Looking. {{< track "2019-01-01 10:00:00" >}}\n\nA postmortem follows.');
    expect(body.description).toBe('Our gateway stopped.\n\nA postmortem follows.');
    expect(body.updates).toHaveLength(1);
  });

  it('keeps an update with an unreadable time in the description, and says so', () => {
    const body = split('*Resolved* - Fixed. {{< track "soon" >}}');
    expect(body.updates).toEqual([]);
    expect(body.description).toBe('*Resolved* - Fixed.');
    expect(body.problems[0]).toContain('"soon" is not a date');
  });

  it('reads updates that start with a line holding their date and time, when there is no track', () => {
    const body = split([
      'Node pools do not scale.', '', '---', '',
      '2023-02-04 18:20 GMT', '', 'Only node pool scaling is still affected.', '', '---', '',
      '**2023-02-04 17:00 UTC** - Identified', 'A fix is rolling out.',
    ].join('\n'));
    expect(body.description).toBe('Node pools do not scale.');
    expect(body.updates.map((u) => [u.at.toISOString(), u.state, u.body])).toEqual([
      ['2023-02-04T18:20:00.000Z', undefined, 'Only node pool scaling is still affected.'],
      ['2023-02-04T17:00:00.000Z', 'identified', 'A fix is rolling out.'],
    ]);
  });

  it('says which other Hugo shortcodes it keeps as text', () => {
    expect(split('See {{< figure src="x.png" >}} {{< track "2018-06-13T15:54:00Z" >}}').problems)
      .toEqual(['the Hugo shortcode "figure" has no meaning here and is kept as text']);
  });

  it('tells when a track time had no zone', () => {
    expect(split('x {{< track "2018-06-13 15:54:00" >}}').unzoned).toBe(true);
    expect(split('x {{< track "2018-06-13T15:54:00Z" >}}').unzoned).toBe(false);
  });
});

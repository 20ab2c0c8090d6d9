import { describe, expect, it } from 'vitest';
import {
  computeHeatColour,
  computeSvgHeatmap,
} from '../../../src/lifecycle/evaluate/report-svg-heatmap';
import {
  computeNiceTicks,
  computePaddedDomain,
  computeSvgNumber,
  computeSvgPlot,
} from '../../../src/lifecycle/evaluate/report-svg';

const format = (v: number) => String(v);

describe('report SVG helpers', () => {
  it('coordinates are rounded to 0.1 and never written as -0', () => {
    expect(computeSvgNumber(12.345)).toBe('12.3');
    expect(computeSvgNumber(-0.04)).toBe('0');
    expect(computeSvgNumber(0.1 + 0.2)).toBe('0.3');
  });

  it('ticks of [0, 1] are 0, 0.2 … 1 and ticks of [-13, 47] step by 10', () => {
    expect(computeNiceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(computeNiceTicks(-13, 47)).toEqual([-10, 0, 10, 20, 30, 40]);
  });

  it('a padded domain widens the range by 5% on each side', () => {
    expect(computePaddedDomain([0, 10, 20])).toEqual([-1, 21]);
    expect(computePaddedDomain([])).toEqual([0, 1]);
  });

  it('a plot escapes its title, axis labels and legend and maps the domain onto the frame', () => {
    const svg = computeSvgPlot(
      [
        {
          label: 'a <b> & c',
          points: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
        },
      ],
      {
        title: '<script>',
        xLabel: 'x "1"',
        yLabel: "y '2'",
        xDomain: [0, 1],
        yDomain: [0, 1],
        mark: 'line',
        format,
      },
    );
    expect(svg).not.toMatch(/<script|<b>/);
    expect(svg).toContain('<title>&lt;script&gt;</title>');
    expect(svg).toContain('a &lt;b&gt; &amp; c');
    expect(svg).toContain('x &quot;1&quot;');
    expect(svg).toContain('y &#39;2&#39;');
    // Plot area: x from 56 to 404, y from 272 (bottom) to 16 (top) of a 420 × 320 view box.
    expect(svg).toContain('viewBox="0 0 420 320"');
    expect(svg).toContain('points="56,272 404,16"');
  });

  it('a heat map writes each count, darkest where the count is largest', () => {
    const svg = computeSvgHeatmap(
      ['a', 'b'],
      [
        [5, 0],
        [1, 4],
      ],
      {
        title: 'm',
        rowLabel: 'truth',
        columnLabel: 'predicted',
        format,
      },
    );
    expect([...svg.matchAll(/class="count">(\d+)</g)].map((m) => m[1])).toEqual([
      '5',
      '0',
      '1',
      '4',
    ]);
    expect(computeHeatColour(0)).toBe('#f7fbff');
    expect(computeHeatColour(1)).toBe('#084594');
    expect(svg).toContain(`fill="${computeHeatColour(1)}"`);
  });
});

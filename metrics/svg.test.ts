import { describe, expect, it } from 'vitest';
import { emptyChart, esc, formatTick, linearScale, logScale, niceTicks } from './svg.ts';
import { MAX_DOTS, barChart, distributionChart, historyChart, quantile, timelineChart } from './svg-charts.ts';

const numbersIn = (svg: string) => [...svg.matchAll(/\s(?:x|y|x1|x2|y1|y2|cx|cy|width|height)="([^"]*)"/g)].map((m) => m[1]);

describe('scales', () => {
  it('maps a linear domain onto the range, ends included', () => {
    const x = linearScale([0, 10], [100, 200]);
    expect(x(0)).toBe(100);
    expect(x(5)).toBe(150);
    expect(x(10)).toBe(200);
    expect(x.ticks(5)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('maps a single-point domain to the middle of the range instead of dividing by zero', () => {
    const x = linearScale([3, 3], [0, 100]);
    expect(x(3)).toBe(50);
    expect(x.ticks()).toEqual([3]);
  });

  it('puts a log scale\u2019s powers of ten evenly apart and draws zero at the start', () => {
    const x = logScale([0.001, 1000], [0, 600]);
    expect(x(0.001)).toBe(0);
    expect(x(1)).toBeCloseTo(300);
    expect(x(1000)).toBe(600);
    expect(x(0)).toBe(0);
    expect(x(1e9)).toBe(600);
    expect(x.ticks()).toEqual([0.001, 0.01, 0.1, 1, 10, 100, 1000]);
  });
});

describe('axis ticks', () => {
  it('picks steps of 1, 2 or 5 times a power of ten, without float noise', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 7, 6)).toEqual([0, 2, 4, 6]);
    expect(niceTicks(0.1, 0.35, 5)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
    expect(niceTicks(-50, 50, 4)).toEqual([-50, 0, 50]);
  });

  it('handles a reversed, a single-point and a non-finite range', () => {
    expect(niceTicks(10, 0, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(4, 4)).toEqual([4]);
    expect(niceTicks(0, Number.NaN)).toEqual([]);
  });

  it('labels large, small and plain numbers compactly', () => {
    expect(formatTick(0)).toBe('0');
    expect(formatTick(2.5)).toBe('2.5');
    expect(formatTick(0.30000000000000004)).toBe('0.3');
    expect(formatTick(100_000)).toBe('100k');
    expect(formatTick(1_000_000)).toBe('1M');
    expect(formatTick(0.001)).toBe('1e-3');
  });
});

describe('quantile', () => {
  it('interpolates between sorted values and is NaN for none', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('escaping', () => {
  it('turns markup characters into entities', () => {
    expect(esc('<script>alert("x")</script> & \'q\'')).toBe('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;q&#39;');
  });

  it('shows bidi overrides and control characters as escapes, as the terminal does', () => {
    expect(esc('evil\u202etxt.exe\u001b[2J')).toBe('evil\\u202etxt.exe\\u001b[2J');
  });

  const hostile = '<script>alert(1)</script>';

  it('keeps a service name or message with <script> in it as text in every chart', () => {
    const charts = [
      barChart({ title: hostile, groups: [{ label: hostile, bars: [{ series: hostile, value: 0.5, target: 1, text: hostile }] }], series: [hostile], domain: [0, 1], axisLabel: hostile }),
      timelineChart({ title: hostile, lanes: [hostile], points: [{ lane: hostile, x: 1, mark: 'detection', title: hostile }], axisLabel: hostile }),
      distributionChart({ title: hostile, rows: [{ label: hostile, values: [1] }], domain: [0.001, 1000], axisLabel: hostile, reference: { value: 10, label: hostile } }),
      historyChart({ title: hostile, rows: [hostile], runs: [{ label: hostile, cells: { [hostile]: true }, marker: hostile }] }),
      emptyChart(hostile),
    ];
    for (const svg of charts) {
      expect(svg).not.toContain('<script');
      expect(svg).toContain('&#60;script&#62;');
    }
  });
});

describe('charts with empty and single-point series', () => {
  it('say there is no data instead of drawing empty axes', () => {
    expect(barChart({ title: 'Bars', groups: [], series: [], domain: [0, 1], axisLabel: 'share' })).toContain('Bars: no data');
    expect(timelineChart({ title: 'Timeline', lanes: [], points: [], axisLabel: 'index' })).toContain('Timeline: no data');
    expect(distributionChart({ title: 'Times', rows: [{ label: 'detect', values: [] }], domain: [0.001, 1], axisLabel: 'ms' })).toContain('Times: no data');
    expect(historyChart({ title: 'History', rows: ['harness'], runs: [] })).toContain('History: no data');
  });

  it('draw one point with finite coordinates', () => {
    const charts = [
      timelineChart({ title: 't', lanes: ['OOMKilled'], points: [{ lane: 'OOMKilled', x: 5, mark: 'action-ok', title: 'one' }], axisLabel: 'index' }),
      distributionChart({ title: 'd', rows: [{ label: 'detect', values: [0] }], domain: [0.001, 1000], axisLabel: 'ms' }),
      barChart({ title: 'b', groups: [{ label: 'one', bars: [{ series: 's', value: 1, text: '1' }] }], series: ['s'], domain: [0, 1], axisLabel: 'share' }),
      historyChart({ title: 'h', rows: ['harness'], runs: [{ label: 'r1', cells: { harness: false } }] }),
    ];
    for (const svg of charts) {
      const numbers = numbersIn(svg);
      expect(numbers.length).toBeGreaterThan(0);
      for (const n of numbers) expect(Number.isFinite(Number(n)), `${n} in ${svg.slice(0, 80)}`).toBe(true);
    }
  });
});

describe('bar chart', () => {
  it('draws each bar to its value, clamped to the domain, with its target line and verdict', () => {
    const svg = barChart({
      title: 'b',
      groups: [
        { label: 'a', bars: [{ series: 's', value: 0.5, target: 1, text: '5/10', pass: false }] },
        { label: 'b', bars: [{ series: 's', value: 3, text: '30/10', pass: true }] },
      ],
      series: ['s'],
      domain: [0, 1],
      axisLabel: 'share (%)',
      width: 820,
    });
    // Range is 160..440: half is 140 wide, a value past the domain stops at its end.
    const widths = [...svg.matchAll(/class="bar" x="[^"]+" y="[^"]+" width="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([140, 280]);
    expect(svg.match(/class="target"/g)).toHaveLength(1);
    expect(svg).toContain('✗ FAIL 5/10');
    expect(svg).toContain('✓ PASS 30/10');
    expect(svg).toContain('share (%)');
  });

  it('shortens a long figure after its verdict and keeps the whole of it as the hover text', () => {
    const long = 'detected 20/20, 0 false alarms, false alarms alone 0, and more besides';
    const svg = barChart({ title: 'b', groups: [{ label: 'a', bars: [{ series: 's', value: 1, text: long, pass: true }] }], series: ['s'], domain: [0, 1], axisLabel: 'x' });
    expect(svg).toContain(`<title>✓ PASS ${long}</title>✓ PASS detected 20/20, 0 false alarms, false alarms alone 0…</text>`);
  });
});

describe('history', () => {
  it('draws only the latest runs that fit and says how many there were', () => {
    const runs = Array.from({ length: 500 }, (_, i) => ({ label: `run ${i}`, cells: { harness: i % 2 === 0 } }));
    const svg = historyChart({ title: 'h', rows: ['harness'], runs, width: 820 });
    expect(svg.match(/<rect/g)).toHaveLength(106);
    expect(svg).toContain('the latest 106 of 500 harness runs, oldest run 394 to latest run 499');
    expect(svg).not.toContain('run 393:');
    const xs = [...svg.matchAll(/<rect x="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs)).toBeLessThan(820);
  });
});

describe('distribution', () => {
  it('draws at most MAX_DOTS dots per row but boxes every value', () => {
    const values = Array.from({ length: MAX_DOTS * 3 }, (_, i) => i + 1);
    const svg = distributionChart({ title: 'd', rows: [{ label: 'detect', values }], domain: [0.001, 1e6], axisLabel: 'ms' });
    expect(svg.match(/<circle/g)).toHaveLength(MAX_DOTS);
    expect(svg).toContain(`n=${MAX_DOTS * 3}`);
  });
});

describe('timeline', () => {
  it('draws each mark kind with its own shape and a legend entry only for kinds present', () => {
    const svg = timelineChart({
      title: 't',
      lanes: ['A', 'B'],
      points: [
        { lane: 'A', x: 0, mark: 'detection', title: 'd' },
        { lane: 'B', x: 10, mark: 'action-failed', title: 'f' },
      ],
      axisLabel: 'record position',
    });
    expect(svg).toContain('did not hold');
    expect(svg).not.toContain('held back by a guard');
    expect(svg.match(/<g class="mark">/g)).toHaveLength(2);
  });
});

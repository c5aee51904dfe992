// A uPlot chart with an aria-label and its text summary (house style §14). Series are told
// apart by dash patterns as well as colour. The canvas is hidden from assistive technology;
// the summary is the accessible content.
import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartData } from '../domain/charts';

const COLOURS = ['#0b4f6c', '#c2410c', '#6d28d9', '#2e7d32', '#a4161a'];
const DASHES: Array<number[] | undefined> = [undefined, [8, 4], [2, 3], [12, 4, 2, 4], [4, 4]];

export function Chart({ title, chart, kind = 'line', unit = '', fromZero = false, max }: { title: string; chart: ChartData; kind?: 'line' | 'bars'; unit?: string; fromZero?: boolean; max?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || chart.data[0].length === 0) return;
    // uPlot is its own chunk, loaded by the first page with a chart.
    let plot: uPlot | null = null;
    let cancelled = false;
    const resize = () => plot?.setSize({ width: Math.max(280, el.clientWidth), height: 220 });
    void import('uplot').then(({ default: UPlot }) => {
      if (cancelled) return;
      const width = Math.max(280, el.clientWidth);
      plot = new UPlot({
        width, height: 220,
        scales: {
          x: { time: true },
          // Bars and scores start at zero, so their heights compare honestly.
          y: fromZero || kind === 'bars' ? { range: (_u, _min, hi) => [0, max ?? Math.max(1, Math.ceil(hi * 1.1))] } : {},
        },
        axes: [{ stroke: '#4a5560' }, { stroke: '#4a5560', label: unit || undefined }],
        series: [{}, ...chart.series.map((label, i) => ({
          label,
          stroke: COLOURS[i % COLOURS.length],
          width: 2,
          dash: DASHES[i % DASHES.length],
          spanGaps: kind !== 'bars',
          points: { show: kind === 'bars' || chart.data[0].length < 20 },
          ...(kind === 'bars' && i === 0 ? { paths: UPlot.paths.bars!({ size: [0.6, 40] }), fill: '#0b4f6c55' } : {}),
        }))],
        legend: { show: true, live: false },
      }, chart.data as uPlot.AlignedData, el);
      // One day alone gets uPlot's default span of years after it: a week either side instead.
      const days = chart.data[0];
      if (days.length === 1) plot.setScale('x', { min: days[0]! - 7 * 86_400, max: days[0]! + 7 * 86_400 });
    }).catch(() => undefined); // no chart without its library; the summary below still says it all
    window.addEventListener('resize', resize);
    return () => { cancelled = true; window.removeEventListener('resize', resize); plot?.destroy(); };
  }, [chart]);
  return (
    <figure class="chart">
      <figcaption><strong>{title}</strong></figcaption>
      {chart.data[0].length > 0 && <div ref={box} class="chart-box" role="img" aria-label={`${title}: ${chart.summary}`} />}
      <p class="chart-summary">{chart.summary}</p>
    </figure>
  );
}

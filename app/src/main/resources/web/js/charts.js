// uPlot charts in the page's colours: a live power line and energy bars. Gaps are null values,
// which uPlot leaves undrawn, so a missing hour shows as a missing bar, never as zero.
import uPlot from '/vendor/uPlot.esm.js';
import { t } from './i18n.js';
import { meterZone, number, kwh, money, time, dateTime } from './format.js';

const charts = new Set();

function color(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function axis(values, extra = {}) {
  return {
    stroke: color('--muted'),
    grid: { stroke: color('--line'), width: 1 },
    ticks: { stroke: color('--line'), width: 1 },
    font: '12px system-ui, sans-serif',
    values,
    ...extra,
  };
}

/** Tick labels of an energy axis: one precision for all, sold (below zero) shown unsigned. */
function energyTicks(u, values) {
  const step = values.length > 1 ? Math.abs(values[1] - values[0]) : 1;
  const decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
  return values.map((v) => number(Math.abs(v), decimals));
}

/** A chart that fills its container's width and rebuilds on theme or language change. */
class Chart {
  constructor(container, height) {
    this.container = container;
    this.height = height;
    this.plot = null;
    this.data = null;
    charts.add(this);
    new ResizeObserver(() => this.resize()).observe(container);
  }

  draw(makeOptions, data) {
    this.data = data;
    this.makeOptions = makeOptions;
    this.rebuild();
  }

  rebuild() {
    if (!this.makeOptions) return;
    this.plot?.destroy();
    const options = { width: this.width(), height: this.height, ...this.makeOptions() };
    this.plot = new uPlot(options, this.data, this.container);
    const plot = this.plot;
    // The bar under the pointer, from the click itself: uPlot's cursor may lag a frame behind.
    plot.over.addEventListener('click', (event) => {
      const index = plot.posToIdx(event.offsetX);
      if (index !== null && index !== undefined && index >= 0) this.onPick?.(index);
    });
  }

  update(data) {
    this.data = data;
    if (this.plot) this.plot.setData(data);
  }

  width() {
    return Math.max(200, this.container.clientWidth);
  }

  resize() {
    if (this.plot && this.plot.width !== this.width()) {
      this.plot.setSize({ width: this.width(), height: this.height });
    }
  }
}

export function rebuildCharts() {
  for (const chart of charts) chart.rebuild();
}

/** The last hour of power, in kW, on a time axis in the meter's zone. */
export class PowerChart extends Chart {
  constructor(container) {
    super(container, 240);
  }

  show(times, importW, exportW) {
    const data = [times, importW.map((w) => w / 1000), exportW.map((w) => w / 1000)];
    const hasExport = exportW.some((w) => w > 0);
    if (this.plot && this.hasExport === hasExport) {
      this.update(data);
      return;
    }
    this.hasExport = hasExport;
    this.draw(() => this.powerOptions(hasExport), data);
  }

  powerOptions(hasExport) {
    const importColor = color('--import');
    const exportColor = color('--export');
    const kw = (u, v) => (v === null || v === undefined ? '–' : number(v, 2) + ' kW');
    return {
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), meterZone()),
      scales: { y: { range: (u, min, max) => [0, Math.max(0.5, max * 1.15)] } },
      axes: [
        axis((u, splits) => splits.map((ts) => dateTime(new Date(ts * 1000), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }))),
        axis((u, vals) => vals.map((v) => number(v, 1)), { size: 44 }),
      ],
      series: [
        { label: t('series.time'), value: (u, ts) => (ts ? time(new Date(ts * 1000)) : '–') },
        { label: t('series.import'), stroke: importColor, fill: importColor + '24', width: 2, value: kw, points: { show: false } },
        { label: t('series.export'), stroke: exportColor, fill: exportColor + '24', width: 2, value: kw, points: { show: false }, show: hasExport },
      ],
      cursor: { drag: { x: false, y: false } },
    };
  }
}

/** Energy per interval as bars: bought upwards, sold downwards. labels[i] names bar i. */
export class EnergyBars extends Chart {
  constructor(container, height = 260) {
    super(container, height);
  }

  /**
   * xLabel names a bar in the legend, e.g. "Hour"; labels[i] is bar i's own name. cost, when a
   * tariff is configured, is { values, currency }: each bar's cost, shown in the legend only.
   */
  show(labels, imports, exports, xLabel = '', cost = undefined) {
    this.xLabel = xLabel;
    const hasExport = exports.some((v) => v > 0);
    const index = labels.map((_, i) => i);
    const data = [index, imports, exports.map((v) => (v === null ? null : -v))];
    if (cost) data.push(cost.values);
    this.container.dataset.bars = String(imports.filter((v) => v !== null).length);
    this.container.dataset.costs = cost ? String(cost.values.filter((v) => v !== null).length) : '0';
    this.draw(() => this.barOptions(labels, hasExport, cost), data);
  }

  barOptions(labels, hasExport, cost) {
    const bars = uPlot.paths.bars({ size: [0.72, 48], gap: 2 });
    const importColor = color('--import');
    const exportColor = color('--export');
    const energy = (u, v) => (v === null || v === undefined ? '–' : kwh(Math.abs(v)) + ' kWh');
    const count = labels.length;
    const splits = (u) => {
      const step = Math.max(1, Math.ceil(count / Math.max(1, Math.floor(u.width / 48))));
      return labels.map((_, i) => i).filter((i) => i % step === 0);
    };
    return {
      scales: {
        x: { time: false, range: () => [-0.6, count - 0.4] },
        y: { range: (u, min, max) => [Math.min(0, min * 1.15), Math.max(0.1, max * 1.15)] },
      },
      axes: [
        axis((u, vals) => vals.map((i) => labels[i] ?? ''), { splits, gap: 4 }),
        axis(energyTicks, { size: 48 }),
      ],
      series: [
        { label: this.xLabel, value: (u, i) => (i === null || i === undefined ? '' : labels[i] ?? '') },
        { label: t('series.import'), fill: importColor, stroke: importColor, paths: bars, points: { show: false }, value: energy },
        { label: t('series.export'), fill: exportColor, stroke: exportColor, paths: bars, points: { show: false }, value: energy, show: hasExport },
        ...(cost ? [{ label: t('series.cost'), scale: 'cost', stroke: color('--muted'), paths: () => null, points: { show: false },
          value: (u, v) => money(v, cost.currency) }] : []),
      ],
      cursor: { drag: { x: false, y: false }, points: { show: false } },
    };
  }
}

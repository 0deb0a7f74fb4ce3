// The History view: a day by hours or quarter hours, a month by days, a year by months, and the
// last ten years; arrows and a date picker move through time. Gaps stay gaps.
import { t, currentLanguage } from './i18n.js';
import { kwhWithUnit, money, todayInZone } from './format.js';
import { getJson, historyUrl } from './api.js';
import { EnergyBars } from './charts.js';
import { addDays, addMonths, firstOfMonth, firstOfYear, year, noon } from './dates.js';

const YEARS_SHOWN = 10;

/** Clicking a bar opens the period it stands for, one level finer. */
const FINER = { years: 'year', year: 'month', month: 'day' };

function dateName(date, options) {
  const locale = currentLanguage() === 'sv' ? 'sv-SE' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(noon(date));
}

/** What each mode asks the API for, how it labels bars and titles the chart, and how it moves. */
const MODES = {
  day: {
    period: (date, resolution) => ({ from: date, to: addDays(date, 1), resolution }),
    label: (start, resolution) => (resolution === '15m' ? start.slice(11, 16) : start.slice(11, 13)),
    title: (date) => dateName(date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    move: (date, step) => addDays(date, step),
  },
  month: {
    period: (date) => ({ from: firstOfMonth(date), to: addMonths(firstOfMonth(date), 1), resolution: '1d' }),
    label: (start) => String(Number(start.slice(8, 10))),
    title: (date) => dateName(date, { month: 'long', year: 'numeric' }),
    move: (date, step) => addMonths(date, step),
  },
  year: {
    period: (date) => ({ from: firstOfYear(date), to: firstOfYear(date, 1), resolution: '1M' }),
    label: (start) => dateName(start.slice(0, 10), { month: 'short' }),
    title: (date) => String(year(date)),
    move: (date, step) => addMonths(date, 12 * step),
  },
  years: {
    period: (date) => ({ from: firstOfYear(date, 1 - YEARS_SHOWN), to: firstOfYear(date, 1), resolution: '1M' }),
    title: (date) => t('history.years.title', { from: year(date) + 1 - YEARS_SHOWN, to: year(date) }),
    move: (date, step) => addMonths(date, 12 * YEARS_SHOWN * step),
  },
};

/** Months summed into years; a year without any data stays a gap. */
function byYear(points) {
  const years = new Map();
  for (const point of points) {
    const key = point.start.slice(0, 4);
    const sum = years.get(key) ?? { import_kwh: null, export_kwh: null };
    if (point.import_kwh !== null) {
      sum.import_kwh = (sum.import_kwh ?? 0) + point.import_kwh;
      sum.export_kwh = (sum.export_kwh ?? 0) + point.export_kwh;
    }
    years.set(key, sum);
  }
  return [...years].map(([key, sum]) => ({ label: key, ...sum }));
}

/** Modes whose bars also show cost, when a tariff is configured (the cost API bills a year at most). */
const COSTED = ['day', 'month', 'year'];

export class HistoryView {
  constructor(config = {}) {
    this.tariff = config.tariff;
    this.mode = 'month';
    this.resolution = '1h';
    this.date = todayInZone();
    this.chart = new EnergyBars(document.getElementById('history-chart'), 300);
    this.chart.onPick = (index) => this.open(index);
    document.getElementById('history-mode').addEventListener('click', (e) => {
      if (e.target.dataset.mode) this.set({ mode: e.target.dataset.mode });
    });
    document.getElementById('history-resolution').addEventListener('click', (e) => {
      if (e.target.dataset.resolution) this.set({ resolution: e.target.dataset.resolution });
    });
    document.getElementById('history-prev').addEventListener('click', () => this.step(-1));
    document.getElementById('history-next').addEventListener('click', () => this.step(1));
    document.getElementById('history-date').addEventListener('change', (e) => {
      if (e.target.value) this.set({ date: e.target.value });
    });
  }

  open(index) {
    const row = this.rows?.[index];
    if (!row || !FINER[this.mode]) return;
    const date = this.mode === 'years' ? row.label + '-01-01' : row.start.slice(0, 10);
    this.set({ mode: FINER[this.mode], date });
  }

  step(direction) {
    this.set({ date: MODES[this.mode].move(this.date, direction) });
  }

  set(changes) {
    Object.assign(this, changes);
    this.load(this.meter);
  }

  async load(meter) {
    this.meter = meter;
    const mode = MODES[this.mode];
    const params = { meter, ...mode.period(this.date, this.resolution) };
    this.renderControls(params);
    const [history, cost] = await Promise.all([getJson('/api/v1/history', params),
      this.tariff && COSTED.includes(this.mode)
        ? getJson('/api/v1/cost', params).catch(() => null) : Promise.resolve(null)]);
    const rows = this.mode === 'years'
      ? byYear(history.points)
      : history.points.map((p) => ({ label: mode.label(p.start, this.resolution), ...p }));
    this.rows = rows;
    document.getElementById('history-chart').classList.toggle('clickable', !!FINER[this.mode]);
    const xLabel = t('history.unit.' + (this.mode === 'years' ? '1y' : history.resolution));
    const costByStart = new Map((cost?.points ?? []).map((p) => [p.start.slice(0, 16), p.total]));
    this.chart.show(rows.map((r) => r.label), rows.map((r) => r.import_kwh),
      rows.map((r) => r.export_kwh), xLabel.charAt(0).toUpperCase() + xLabel.slice(1),
      cost ? { values: rows.map((r) => costByStart.get(r.start?.slice(0, 16)) ?? null), currency: cost.currency } : undefined);
    this.renderSummary(history, rows, cost);
  }

  renderControls(params) {
    for (const button of document.querySelectorAll('#history-mode button')) {
      button.setAttribute('aria-pressed', String(button.dataset.mode === this.mode));
    }
    for (const button of document.querySelectorAll('#history-resolution button')) {
      button.setAttribute('aria-pressed', String(button.dataset.resolution === this.resolution));
    }
    document.getElementById('history-resolution').hidden = this.mode !== 'day';
    document.getElementById('history-date').value = this.date;
    document.getElementById('history-title').textContent = MODES[this.mode].title(this.date);
    document.getElementById('history-csv').href = historyUrl(params, 'csv');
  }

  renderSummary(history, rows, cost) {
    const values = rows.map((r) => r.import_kwh).filter((v) => v !== null);
    document.getElementById('history-empty').hidden = values.length > 0;
    const unit = t('history.unit.' + (this.mode === 'years' ? '1y' : history.resolution));
    const totals = { import: kwhWithUnit(history.import_kwh_total), export: kwhWithUnit(history.export_kwh_total) };
    const costText = cost && values.length
      ? t('history.summary.cost', { cost: money(cost.summary.total, cost.currency) }) : '';
    document.getElementById('history-summary').textContent = (values.length > 1
      ? t('history.summary.peak', { ...totals, unit, peak: kwhWithUnit(Math.max(...values)) })
      : t('history.summary', totals)) + costText
      + (history.points.some((p) => p.complete === false) ? t('history.incomplete') : '');
  }
}

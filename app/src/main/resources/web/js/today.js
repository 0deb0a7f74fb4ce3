// The Today view: energy bought and sold so far today and this month, and today's hours as bars.
// Cost shows "—" until a tariff is configured: history points then carry a cost.
import { t } from './i18n.js';
import { kwh, kwhWithUnit, todayInZone } from './format.js';
import { getJson } from './api.js';
import { EnergyBars } from './charts.js';
import { addDays, addMonths, firstOfMonth } from './dates.js';

export class TodayView {
  constructor() {
    this.chart = new EnergyBars(document.getElementById('today-chart'));
  }

  async load(meter) {
    const today = todayInZone();
    const [day, month] = await Promise.all([
      getJson('/api/v1/history', { meter, from: today, to: addDays(today, 1), resolution: '1h' }),
      getJson('/api/v1/history', { meter, from: firstOfMonth(today), to: addMonths(firstOfMonth(today), 1), resolution: '1d' }),
    ]);
    document.getElementById('today-import').textContent = kwh(day.import_kwh_total);
    document.getElementById('today-export').textContent =
      day.export_kwh_total > 0 ? t('today.sold', { value: kwhWithUnit(day.export_kwh_total) }) : '';
    document.getElementById('month-import').textContent = kwh(month.import_kwh_total);
    document.getElementById('month-export').textContent =
      month.export_kwh_total > 0 ? t('today.sold', { value: kwhWithUnit(month.export_kwh_total) }) : '';
    const cost = day.cost_total;
    document.getElementById('today-cost').textContent = cost === undefined ? '—' : cost;
    document.getElementById('today-cost-note').hidden = cost !== undefined;
    const labels = day.points.map((p) => p.start.slice(11, 13));
    const hour = t('history.unit.1h');
    this.chart.show(labels, day.points.map((p) => p.import_kwh), day.points.map((p) => p.export_kwh),
      hour.charAt(0).toUpperCase() + hour.slice(1));
  }
}

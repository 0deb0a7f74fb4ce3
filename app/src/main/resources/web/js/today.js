// The Today view: energy bought and sold so far today and this month, and today's hours as bars.
// With a tariff (issue 8) it adds what today cost, itemised, and the month's cost and peak charge;
// without one the cost card says so and nothing else hints at cost.
import { t } from './i18n.js';
import { kwh, kwhWithUnit, money, todayInZone } from './format.js';
import { getJson } from './api.js';
import { EnergyBars } from './charts.js';
import { addDays, addMonths, firstOfMonth } from './dates.js';

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class TodayView {
  constructor(config) {
    this.tariff = config.tariff;
    this.chart = new EnergyBars(document.getElementById('today-chart'));
  }

  async load(meter) {
    const today = todayInZone();
    const tomorrow = addDays(today, 1);
    const [day, month, hourCost, monthCost] = await Promise.all([
      getJson('/api/v1/history', { meter, from: today, to: tomorrow, resolution: '1h' }),
      getJson('/api/v1/history', { meter, from: firstOfMonth(today), to: addMonths(firstOfMonth(today), 1), resolution: '1d' }),
      this.cost({ meter, from: today, to: tomorrow, resolution: '1h' }),
      this.cost({ meter, from: firstOfMonth(today), to: tomorrow, resolution: '1d' }),
    ]);
    document.getElementById('today-import').textContent = kwh(day.import_kwh_total);
    document.getElementById('today-export').textContent =
      day.export_kwh_total > 0 ? t('today.sold', { value: kwhWithUnit(day.export_kwh_total) }) : '';
    document.getElementById('month-import').textContent = kwh(month.import_kwh_total);
    document.getElementById('month-export').textContent =
      month.export_kwh_total > 0 ? t('today.sold', { value: kwhWithUnit(month.export_kwh_total) }) : '';
    this.renderCost(monthCost);
    const costByStart = new Map((hourCost?.points ?? []).map((p) => [p.start.slice(0, 13), p.total]));
    const labels = day.points.map((p) => p.start.slice(11, 13));
    const hour = t('history.unit.1h');
    this.chart.show(labels, day.points.map((p) => p.import_kwh), day.points.map((p) => p.export_kwh),
      hour.charAt(0).toUpperCase() + hour.slice(1),
      hourCost ? { values: day.points.map((p) => costByStart.get(p.start.slice(0, 13)) ?? null), currency: hourCost.currency } : undefined);
  }

  /** The cost API's answer, or null without a tariff (or when it cannot bill). */
  cost(params) {
    return this.tariff ? getJson('/api/v1/cost', params).catch(() => null) : Promise.resolve(null);
  }

  renderCost(monthCost) {
    const value = document.getElementById('today-cost');
    const note = document.getElementById('today-cost-note');
    const breakdown = document.getElementById('today-cost-breakdown');
    const monthLine = document.getElementById('month-cost');
    const today = monthCost?.points[monthCost.points.length - 1];
    if (!today) {
      value.textContent = '—';
      note.textContent = t(this.tariff ? 'today.cost.unavailable' : 'today.cost.none');
      note.hidden = false;
      breakdown.hidden = true;
      monthLine.textContent = '';
      return;
    }
    const currency = monthCost.currency;
    value.textContent = money(today.total, currency);
    const notes = [monthCost.tariff];
    if (!monthCost.spot_prices) notes.push(t('cost.noprices'));
    else if (today.missing_prices) notes.push(t('cost.missing'));
    if (monthCost.prices && monthCost.prices.startsWith('demo')) notes.push(t('cost.demo'));
    note.textContent = notes.join(' · ');
    note.hidden = false;
    const rows = [
      ['cost.spot', today.spot_cost],
      ['cost.grid', today.grid_fees],
      ['cost.taxes', today.taxes],
      ['cost.fixed', today.fixed_fees],
      ['cost.vat', today.vat],
    ].filter(([key, amount]) => key !== 'cost.spot' || monthCost.spot_prices);
    breakdown.replaceChildren(...rows.flatMap(([key, amount]) => [element('dt', '', t(key)),
      element('dd', '', money(amount, currency))]));
    breakdown.hidden = false;
    // The peak charge belongs to the month: today's cost leaves it out, the month's includes it.
    monthLine.textContent = t('today.month.cost', { value: money(monthCost.summary.total, currency) })
      + (monthCost.peak ? ' · ' + t('cost.peak', {
        value: money(monthCost.peak.charge_so_far, currency), projected: money(monthCost.peak.charge_projected, currency),
      }) : '');
  }
}

// The Live view: power now, per-phase current against the main fuse, per-phase voltage against
// 230 V ±10 %, and the last hour of power. Fed by the stream; nothing here polls.
import { t } from './i18n.js';
import { number, kilowatts, kwhWithUnit, age, time } from './format.js';
import { getJson } from './api.js';
import { PowerChart } from './charts.js';

const PHASES = ['l1', 'l2', 'l3'];
const HOUR_S = 3600;
/** Voltage bars span this range; the band inside is EN 50160's 230 V ±10 %. */
const VOLTAGE_SCALE = [195, 265];

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function percent(value, [low, high]) {
  return Math.min(100, Math.max(0, ((value - low) / (high - low)) * 100));
}

export class LiveView {
  constructor(config) {
    this.config = config;
    this.reading = null;
    this.chart = new PowerChart(document.getElementById('live-chart'));
    this.series = { time: [], importW: [], exportW: [] };
    setInterval(() => this.renderAge(), 1000);
  }

  async load(meter) {
    this.reading = null;
    const power = await getJson('/api/v1/power', { meter }).catch(() => null);
    this.series = power
      ? { time: power.time, importW: power.import_w, exportW: power.export_w }
      : { time: [], importW: [], exportW: [] };
    this.render();
    this.chart.show(this.series.time, this.series.importW, this.series.exportW);
  }

  onReading(reading) {
    this.reading = reading;
    if (reading.power_import_w !== undefined) {
      const seconds = Date.parse(reading.received) / 1000;
      const s = this.series;
      if (s.time.length === 0 || seconds > s.time[s.time.length - 1]) {
        s.time.push(seconds);
        s.importW.push(reading.power_import_w);
        s.exportW.push(reading.power_export_w ?? 0);
        while (s.time.length && s.time[0] < seconds - HOUR_S) {
          s.time.shift(); s.importW.shift(); s.exportW.shift();
        }
      }
      this.chart.show(s.time, s.importW, s.exportW);
    }
    this.render();
  }

  /** Whether the newest reading is older than a minute: the meter or its input went quiet. */
  isStale() {
    return !this.reading || Date.now() - Date.parse(this.reading.received) > 60000;
  }

  render() {
    const r = this.reading;
    this.renderPower('import', r?.power_import_w, r && this.phasePower(r, 'import'));
    const exportCard = document.getElementById('export-card');
    exportCard.hidden = !!r && r.power_export_w === undefined;
    this.renderPower('export', r?.power_export_w, r && this.phasePower(r, 'export'));
    this.renderCurrents(r);
    this.renderVoltages(r);
    this.renderFacts(r);
    this.renderAge();
  }

  renderPower(direction, watts, perPhase) {
    const value = document.getElementById('power-' + direction);
    value.textContent = watts === undefined ? '–' : kilowatts(watts);
    value.closest('.card').classList.toggle('idle', !watts);
    document.getElementById('power-' + direction + '-sub').textContent =
      watts === 0 ? t('live.nothing') : perPhase || '';
  }

  phasePower(reading, direction) {
    const parts = PHASES
      .filter((p) => reading['power_' + direction + '_' + p + '_w'] !== undefined)
      .map((p) => p.toUpperCase() + ' ' + kilowatts(reading['power_' + direction + '_' + p + '_w']));
    return parts.length > 1 ? parts.join(' · ') + ' kW' : '';
  }

  renderCurrents(reading) {
    const fuse = this.config.main_fuse_a;
    const rows = PHASES.filter((p) => reading?.['current_' + p + '_a'] !== undefined).map((p) => {
      const amperes = reading['current_' + p + '_a'];
      const share = amperes / fuse;
      const fill = element('div', 'bar-fill' + (share >= 0.95 ? ' alarm' : share >= 0.8 ? ' warn' : ''));
      fill.style.width = Math.min(100, share * 100) + '%';
      return this.phaseRow(p, fill, number(amperes, 1) + ' A', 'current-' + p);
    });
    this.fill('phase-currents', rows, reading ? t('live.phase.none') : t('live.waiting'));
    document.getElementById('fuse-hint').textContent = t('live.fuse', { fuse });
  }

  renderVoltages(reading) {
    const nominal = this.config.nominal_voltage_v;
    const band = [nominal * (1 - this.config.voltage_tolerance_percent / 100),
      nominal * (1 + this.config.voltage_tolerance_percent / 100)];
    const rows = PHASES.filter((p) => reading?.['voltage_' + p + '_v'] !== undefined).map((p) => {
      const volts = reading['voltage_' + p + '_v'];
      const bar = document.createDocumentFragment();
      const zone = element('div', 'bar-band');
      zone.style.left = percent(band[0], VOLTAGE_SCALE) + '%';
      zone.style.width = (percent(band[1], VOLTAGE_SCALE) - percent(band[0], VOLTAGE_SCALE)) + '%';
      const nominalLine = element('div', 'bar-nominal');
      nominalLine.style.left = percent(nominal, VOLTAGE_SCALE) + '%';
      const mark = element('div', 'bar-mark' + (volts < band[0] || volts > band[1] ? ' alarm' : ''));
      mark.style.left = percent(volts, VOLTAGE_SCALE) + '%';
      bar.append(zone, nominalLine, mark);
      return this.phaseRow(p, bar, number(volts, 1) + ' V', 'voltage-' + p);
    });
    this.fill('phase-voltages', rows, reading ? t('live.phase.none') : t('live.waiting'));
  }

  phaseRow(phase, barContent, valueText, id) {
    const row = element('div', 'phase');
    const bar = element('div', 'bar');
    bar.append(barContent);
    const value = element('span', 'phase-value', valueText);
    value.id = id;
    row.append(element('span', 'phase-name', phase.toUpperCase()), bar, value);
    return row;
  }

  fill(id, rows, emptyText) {
    const container = document.getElementById(id);
    container.replaceChildren(...(rows.length ? rows : [element('p', 'hint', emptyText)]));
  }

  renderFacts(reading) {
    const facts = document.getElementById('meter-facts');
    if (!reading) {
      facts.replaceChildren();
      return;
    }
    const rows = [
      ['fact.meter', reading.meter],
      ['fact.id', reading.meter_id],
      ['fact.model', reading.meter_model ?? reading.list_id],
      ['fact.header', reading.header],
      ['fact.import.total', reading.energy_import_kwh !== undefined ? kwhWithUnit(reading.energy_import_kwh) : undefined],
      ['fact.export.total', reading.energy_export_kwh !== undefined ? kwhWithUnit(reading.energy_export_kwh) : undefined],
      ['fact.tariff', reading.tariff],
      ['fact.protocol', reading.protocol + (reading.encrypted ? ' (AES-GCM)' : '')],
      ['fact.source', reading.source],
    ].filter(([, value]) => value !== undefined && value !== null);
    facts.replaceChildren(...rows.flatMap(([key, value]) => [element('dt', '', t(key)), element('dd', '', String(value))]));
  }

  renderAge() {
    const target = document.getElementById('live-updated');
    if (!this.reading) {
      target.textContent = t('live.waiting');
      return;
    }
    const received = Date.parse(this.reading.received);
    const meterTime = this.reading.meter_time ? Date.parse(this.reading.meter_time) : NaN;
    target.textContent = Number.isNaN(meterTime)
      ? t('live.updated.short', { age: age(received) })
      : t('live.updated', { age: age(received), time: time(new Date(meterTime)) });
  }
}

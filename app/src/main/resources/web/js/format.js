// Numbers and times in the user's language, times in the meter's zone (from /api/v1/config).
import { currentLanguage, t } from './i18n.js';

let zone = 'UTC';

export function setZone(meterZone) {
  zone = meterZone;
}

export function meterZone() {
  return zone;
}

function locale() {
  return currentLanguage() === 'sv' ? 'sv-SE' : 'en-GB';
}

export function number(value, decimals) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '–';
  }
  return new Intl.NumberFormat(locale(), {
    minimumFractionDigits: decimals, maximumFractionDigits: decimals,
  }).format(value);
}

/** Energy with as many decimals as make sense for its size. */
export function kwh(value) {
  if (value === null || value === undefined) {
    return '–';
  }
  const size = Math.abs(value);
  return number(value, size < 10 ? 2 : size < 100 ? 1 : 0);
}

export function kwhWithUnit(value) {
  return kwh(value) + ' kWh';
}

/** An amount in the tariff's currency: 12,34 kr, €12.34; null (a missing price) shows as a dash. */
export function money(value, currency) {
  if (value === null || value === undefined) {
    return '–';
  }
  return new Intl.NumberFormat(locale(), { style: 'currency', currency }).format(value);
}

export function kilowatts(watts) {
  return number(watts / 1000, 2);
}

export function bytes(count) {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = count;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return number(value, unit === 0 ? 0 : 1) + ' ' + units[unit];
}

export function dateTime(instant, options) {
  return new Intl.DateTimeFormat(locale(), { timeZone: zone, ...options }).format(instant);
}

export function time(instant) {
  return dateTime(instant, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function age(instant, now = Date.now()) {
  const seconds = Math.max(0, Math.round((now - instant) / 1000));
  if (seconds < 3) return t('age.now');
  if (seconds < 120) return t('age.seconds', { n: seconds });
  if (seconds < 7200) return t('age.minutes', { n: Math.round(seconds / 60) });
  if (seconds < 172800) return t('age.hours', { n: Math.round(seconds / 3600) });
  return t('age.days', { n: Math.round(seconds / 86400) });
}

export function duration(seconds) {
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return d > 0 ? t('duration', { d, h, m }) : t('duration.short', { h, m });
}

/** Today's date in the meter's zone, as YYYY-MM-DD. */
export function todayInZone(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(now);
}

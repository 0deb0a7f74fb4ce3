// Calendar arithmetic on YYYY-MM-DD strings. Dates here are the meter's local dates; the server
// turns them into instants in its zone, so the browser's own zone never enters.

function parts(date) {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

function pad(value, width = 2) {
  return String(value).padStart(width, '0');
}

export function format(year, month, day) {
  return pad(year, 4) + '-' + pad(month) + '-' + pad(day);
}

export function addDays(date, days) {
  const { year, month, day } = parts(date);
  const utc = new Date(Date.UTC(year, month - 1, day + days));
  return format(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

export function firstOfMonth(date) {
  const { year, month } = parts(date);
  return format(year, month, 1);
}

export function addMonths(date, months) {
  const { year, month } = parts(date);
  const index = year * 12 + (month - 1) + months;
  return format(Math.floor(index / 12), (index % 12) + 1, 1);
}

export function firstOfYear(date, yearsLater = 0) {
  return format(parts(date).year + yearsLater, 1, 1);
}

export function year(date) {
  return parts(date).year;
}

/** Noon UTC of a date: a safe instant for formatting the date's name in any zone. */
export function noon(date) {
  const { year: y, month, day } = parts(date);
  return new Date(Date.UTC(y, month - 1, day, 12));
}

// Swedish and English texts. The language follows the browser until the user picks one.

const TEXTS = {
  en: {
    'tab.live': 'Live', 'tab.today': 'Today', 'tab.history': 'History', 'tab.status': 'Status',
    'connection.live': 'Live', 'connection.stale': 'Waiting for the meter',
    'connection.connecting': 'Connecting…', 'connection.offline': 'Offline – reconnecting',
    'live.import': 'Buying from the grid', 'live.export': 'Selling to the grid',
    'live.current': 'Current per phase', 'live.voltage': 'Voltage per phase',
    'live.voltage.hint': '230 V ±10 % is normal (207–253 V).',
    'live.fuse': 'Bars end at the main fuse, {fuse} A. Amber from 80 %, red from 95 %.',
    'live.hour': 'The last hour', 'live.meter': 'Meter',
    'live.updated': 'Updated {age} · meter time {time}', 'live.updated.short': 'Updated {age}',
    'live.waiting': 'Waiting for the first reading…',
    'live.phase.none': 'This meter does not report per-phase values.',
    'live.per.phase': '{value} on the busiest phase',
    'live.nothing': 'Nothing right now',
    'fact.meter': 'Meter', 'fact.id': 'Meter id', 'fact.model': 'Model', 'fact.header': 'Identification',
    'fact.import.total': 'Bought, total', 'fact.export.total': 'Sold, total',
    'fact.tariff': 'Tariff', 'fact.protocol': 'Protocol', 'fact.source': 'Input',
    'series.import': 'Bought', 'series.export': 'Sold', 'series.time': 'Time',
    'today.energy': 'Bought today', 'today.cost': 'Cost today', 'today.cost.none': 'No tariff configured',
    'today.month': 'Bought this month', 'today.hours': 'Hour by hour', 'today.sold': 'Sold: {value}',
    'history.day': 'Day', 'history.month': 'Month', 'history.year': 'Year', 'history.years': 'Years',
    'history.hours': 'Hours', 'history.quarters': '15 min', 'history.csv': 'Download CSV',
    'history.empty': 'No data for this period.',
    'history.summary': 'Bought {import} · sold {export}',
    'history.incomplete': ' · A bar right after a gap in the readings also holds the energy used during the gap.',
    'history.summary.peak': 'Bought {import} · sold {export} · most in one {unit}: {peak}',
    'history.unit.15m': 'quarter', 'history.unit.1h': 'hour', 'history.unit.1d': 'day',
    'history.unit.1M': 'month', 'history.unit.1y': 'year',
    'history.years.title': '{from}–{to}',
    'status.service': 'Service', 'status.telegram': 'Last telegram', 'status.refresh': 'Refresh',
    'status.input': 'Input', 'status.source': 'Name', 'status.connection': 'Connection',
    'status.profile': 'Meter kind', 'status.protocol': 'Protocol', 'status.meter': 'Meter',
    'status.lastFrame': 'Last frame', 'status.frames': 'Frames', 'status.checksum': 'Checksum failures',
    'status.reconnects': 'Reconnects', 'status.problem': 'Problem', 'status.rejections': 'Rejected',
    'status.version': 'Version', 'status.uptime': 'Running for', 'status.database': 'Database size', 'status.disk': 'Disk space low',
    'status.clients': 'Live browsers', 'status.zone': 'Time zone', 'status.fuse': 'Main fuse',
    'status.noInputs': 'No inputs are configured.', 'status.noDatabase': 'No database',
    'status.noTelegram': 'No telegram has arrived yet.',
    'age.now': 'just now', 'age.seconds': '{n} s ago', 'age.minutes': '{n} min ago',
    'age.hours': '{n} h ago', 'age.days': '{n} days ago',
    'duration': '{d} d {h} h {m} min', 'duration.short': '{h} h {m} min',
    'status.tariff': 'Tariff', 'status.prices': 'Spot prices', 'status.pricesProblem': 'Price problem',
    'state.CONNECTED': 'Connected', 'state.CONNECTING': 'Connecting', 'state.SILENT': 'Silent',
    'state.RECONNECTING': 'Reconnecting', 'state.FAILED': 'Failed', 'state.ENDED': 'Ended',
    'state.STOPPED': 'Stopped',
    'today.cost.unavailable': 'Cost cannot be computed right now',
    'today.month.cost': 'Cost so far: {value}', 'series.cost': 'Cost',
    'cost.spot': 'Spot price', 'cost.grid': 'Grid energy fee', 'cost.taxes': 'Energy tax',
    'cost.fixed': 'Fixed fees, today\'s share', 'cost.vat': 'VAT',
    'cost.peak': 'peak charge {value} so far, {projected} projected',
    'cost.demo': 'demo prices, invented – not market prices',
    'cost.missing': 'spot prices missing for part of the day',
    'cost.noprices': 'without spot prices (grid charges only)',
    'history.summary.cost': ' · cost {cost}',
    'headroom.title': 'Peak headroom', 'headroom.left': 'kW left until {time}',
    'headroom.detail': 'This {window}: {average} kW so far, heading for {projected} kW. Above {threshold} kW the month\'s peak charge rises.',
    'headroom.notcounted': 'This {window} does not count towards the peak charge.',
    'headroom.warning': 'Heading for {projected} kW: above {threshold} kW this raises the peak charge. Use at most {headroom} kW until {time}.',
    'headroom.window.60': 'hour', 'headroom.window.15': 'quarter', 'headroom.window.30': 'half hour',
    'headroom.month': 'This month\'s top {n} so far: {peaks} kW',
    'error.load': 'Could not load: {message}',
  },
  sv: {
    'tab.live': 'Just nu', 'tab.today': 'I dag', 'tab.history': 'Historik', 'tab.status': 'Status',
    'connection.live': 'Direkt', 'connection.stale': 'Väntar på mätaren',
    'connection.connecting': 'Ansluter…', 'connection.offline': 'Frånkopplad – ansluter igen',
    'live.import': 'Köper från nätet', 'live.export': 'Säljer till nätet',
    'live.current': 'Ström per fas', 'live.voltage': 'Spänning per fas',
    'live.voltage.hint': '230 V ±10 % är normalt (207–253 V).',
    'live.fuse': 'Staplarna slutar vid huvudsäkringen, {fuse} A. Gult från 80 %, rött från 95 %.',
    'live.hour': 'Senaste timmen', 'live.meter': 'Mätare',
    'live.updated': 'Uppdaterad {age} · mätarens tid {time}', 'live.updated.short': 'Uppdaterad {age}',
    'live.waiting': 'Väntar på första avläsningen…',
    'live.phase.none': 'Mätaren rapporterar inga värden per fas.',
    'live.per.phase': '{value} på den mest belastade fasen',
    'live.nothing': 'Inget just nu',
    'fact.meter': 'Mätare', 'fact.id': 'Mätar-id', 'fact.model': 'Modell', 'fact.header': 'Identifiering',
    'fact.import.total': 'Köpt totalt', 'fact.export.total': 'Sålt totalt',
    'fact.tariff': 'Tariff', 'fact.protocol': 'Protokoll', 'fact.source': 'Ingång',
    'series.import': 'Köpt', 'series.export': 'Sålt', 'series.time': 'Tid',
    'today.energy': 'Köpt i dag', 'today.cost': 'Kostnad i dag', 'today.cost.none': 'Inget elpris inställt',
    'today.month': 'Köpt denna månad', 'today.hours': 'Timme för timme', 'today.sold': 'Sålt: {value}',
    'history.day': 'Dag', 'history.month': 'Månad', 'history.year': 'År', 'history.years': 'Alla år',
    'history.hours': 'Timmar', 'history.quarters': '15 min', 'history.csv': 'Ladda ner CSV',
    'history.empty': 'Inga data för perioden.',
    'history.summary': 'Köpt {import} · sålt {export}',
    'history.incomplete': ' · En stapel direkt efter ett avbrott i avläsningarna rymmer även energin från avbrottet.',
    'history.summary.peak': 'Köpt {import} · sålt {export} · mest under en {unit}: {peak}',
    'history.unit.15m': 'kvart', 'history.unit.1h': 'timme', 'history.unit.1d': 'dag',
    'history.unit.1M': 'månad', 'history.unit.1y': 'år',
    'history.years.title': '{from}–{to}',
    'status.service': 'Tjänst', 'status.telegram': 'Senaste telegram', 'status.refresh': 'Uppdatera',
    'status.input': 'Ingång', 'status.source': 'Namn', 'status.connection': 'Anslutning',
    'status.profile': 'Mätartyp', 'status.protocol': 'Protokoll', 'status.meter': 'Mätare',
    'status.lastFrame': 'Senaste ram', 'status.frames': 'Ramar', 'status.checksum': 'Felaktiga kontrollsummor',
    'status.reconnects': 'Återanslutningar', 'status.problem': 'Problem', 'status.rejections': 'Avvisade',
    'status.version': 'Version', 'status.uptime': 'Igång sedan', 'status.database': 'Databasens storlek', 'status.disk': 'Lite diskutrymme',
    'status.clients': 'Webbläsare just nu', 'status.zone': 'Tidszon', 'status.fuse': 'Huvudsäkring',
    'status.noInputs': 'Inga ingångar är konfigurerade.', 'status.noDatabase': 'Ingen databas',
    'status.noTelegram': 'Inget telegram har kommit än.',
    'age.now': 'nyss', 'age.seconds': 'för {n} s sedan', 'age.minutes': 'för {n} min sedan',
    'age.hours': 'för {n} h sedan', 'age.days': 'för {n} dagar sedan',
    'duration': '{d} d {h} h {m} min', 'duration.short': '{h} h {m} min',
    'status.tariff': 'Tariff', 'status.prices': 'Spotpriser', 'status.pricesProblem': 'Problem med priser',
    'state.CONNECTED': 'Ansluten', 'state.CONNECTING': 'Ansluter', 'state.SILENT': 'Tyst',
    'state.RECONNECTING': 'Återansluter', 'state.FAILED': 'Fel', 'state.ENDED': 'Avslutad',
    'state.STOPPED': 'Stoppad',
    'today.cost.unavailable': 'Kostnaden kan inte beräknas just nu',
    'today.month.cost': 'Kostnad hittills: {value}', 'series.cost': 'Kostnad',
    'cost.spot': 'Spotpris', 'cost.grid': 'Elnätets energiavgift', 'cost.taxes': 'Energiskatt',
    'cost.fixed': 'Fasta avgifter, dagens del', 'cost.vat': 'Moms',
    'cost.peak': 'effektavgift {value} hittills, {projected} enligt prognos',
    'cost.demo': 'demopriser, påhittade – inte marknadspriser',
    'cost.missing': 'spotpris saknas för en del av dagen',
    'cost.noprices': 'utan spotpris (bara nätavgifter)',
    'history.summary.cost': ' · kostnad {cost}',
    'headroom.title': 'Effektutrymme', 'headroom.left': 'kW kvar till {time}',
    'headroom.detail': 'Denna {window}: {average} kW hittills, på väg mot {projected} kW. Över {threshold} kW ökar månadens effektavgift.',
    'headroom.notcounted': 'Denna {window} räknas inte in i effektavgiften.',
    'headroom.warning': 'På väg mot {projected} kW: över {threshold} kW ökar effektavgiften. Använd högst {headroom} kW till {time}.',
    'headroom.window.60': 'timme', 'headroom.window.15': 'kvart', 'headroom.window.30': 'halvtimme',
    'headroom.month': 'Månadens {n} högsta hittills: {peaks} kW',
    'error.load': 'Kunde inte hämta: {message}',
  },
};

const STORAGE_KEY = 'hanport.language';

let language = pickLanguage();

function pickLanguage() {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored in TEXTS) {
    return stored;
  }
  return (navigator.language || 'en').toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

export function currentLanguage() {
  return language;
}

export function setLanguage(next) {
  language = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  translatePage();
}

export function t(key, values = {}) {
  const text = TEXTS[language][key] ?? TEXTS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
}

export function translatePage() {
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
}

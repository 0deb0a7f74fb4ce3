// The dashboard's entry: config, language, theme, the meter picker, the four views and the one
// live stream that feeds them.
import { t, translatePage, currentLanguage, setLanguage } from './i18n.js';
import { setZone } from './format.js';
import { getJson, followStream } from './api.js';
import { rebuildCharts } from './charts.js';
import { LiveView } from './live.js';
import { TodayView } from './today.js';
import { HistoryView } from './history.js';
import { StatusView } from './status.js';
import { HeadroomCard } from './headroom.js';

const VIEWS = ['live', 'today', 'history', 'status'];
const THEME_KEY = 'hanport.theme';

const state = { meter: undefined, stopStream: () => {}, streamState: 'connecting', views: {} };

function currentView() {
  const name = location.hash.slice(1);
  return VIEWS.includes(name) ? name : 'live';
}

function showView() {
  const name = currentView();
  for (const view of VIEWS) {
    document.getElementById('view-' + view).hidden = view !== name;
  }
  for (const link of document.querySelectorAll('.tabs a')) {
    if (link.dataset.view === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.body.dataset.view = name;
  refresh(name);
}

async function refresh(name) {
  const view = state.views[name];
  if (!view || !state.meter || name === 'live') return;
  try {
    await view.load(state.meter);
  } catch (error) {
    console.warn('hanport: ' + name + ': ' + error.message);
  }
}

function renderConnection() {
  const live = state.views.live;
  const shown = state.streamState === 'live' && live.isStale() ? 'stale' : state.streamState;
  const indicator = document.getElementById('connection');
  indicator.dataset.state = shown;
  document.getElementById('connection-text').textContent = t('connection.' + shown);
}

async function selectMeter(meter) {
  state.meter = meter;
  state.stopStream();
  await state.views.live.load(meter);
  const headroom = state.views.headroom;
  await headroom?.load(meter);
  state.stopStream = followStream(meter, (reading) => {
    state.views.live.onReading(reading);
    renderConnection();
  }, (streamState) => {
    state.streamState = streamState;
    renderConnection();
  }, headroom ? {
    headroom: (update) => headroom.onHeadroom(update),
    'headroom-warning': (warning) => headroom.onWarning(warning),
  } : {});
  showView();
}

function applyTheme(theme) {
  if (theme) document.documentElement.dataset.theme = theme;
  rebuildCharts();
}

function setUpToggles() {
  const language = document.getElementById('language');
  language.textContent = currentLanguage() === 'sv' ? 'EN' : 'SV';
  language.addEventListener('click', () => {
    setLanguage(currentLanguage() === 'sv' ? 'en' : 'sv');
    language.textContent = currentLanguage() === 'sv' ? 'EN' : 'SV';
    renderConnection();
    state.views.live.render();
    state.views.headroom?.render();
    rebuildCharts();
    refresh(currentView());
  });
  applyTheme(localStorage.getItem(THEME_KEY));
  document.getElementById('theme').addEventListener('click', () => {
    const dark = getComputedStyle(document.documentElement).colorScheme === 'dark';
    const next = dark ? 'light' : 'dark';
    localStorage.setItem(THEME_KEY, next);
    applyTheme(next);
  });
}

async function start() {
  // A token in the address bar has done its job (the server set a cookie): keep it out of
  // bookmarks and screenshots.
  if (new URLSearchParams(location.search).has('token')) {
    history.replaceState(null, '', location.pathname + location.hash);
  }
  document.documentElement.lang = currentLanguage();
  translatePage();
  const config = await getJson('/api/v1/config');
  setZone(config.zone);
  state.views = {
    live: new LiveView(config), today: new TodayView(config), history: new HistoryView(config), status: new StatusView(config),
  };
  // The peak headroom card exists only for a tariff with a peak charge.
  if (config.tariff?.peak) state.views.headroom = new HeadroomCard(config.tariff);
  setUpToggles();
  setInterval(renderConnection, 5000);
  setInterval(() => currentView() === 'today' && refresh('today'), 60000);
  setInterval(() => currentView() === 'status' && refresh('status'), 10000);
  window.addEventListener('hashchange', showView);
  document.getElementById('meter').addEventListener('change', (e) => selectMeter(e.target.value));
  showView();
  state.views.live.render();
  await findMeters();
}

/** Lists the meters; before the first reading there are none, so it asks again shortly. */
async function findMeters() {
  const { meters } = await getJson('/api/v1/meters').catch(() => ({ meters: [] }));
  if (!meters.length) {
    setTimeout(findMeters, 3000);
    return;
  }
  const picker = document.getElementById('meter');
  picker.replaceChildren(...meters.map(({ meter }) => new Option(meter, meter)));
  picker.hidden = meters.length < 2;
  await selectMeter(meters[0].meter);
}

start();

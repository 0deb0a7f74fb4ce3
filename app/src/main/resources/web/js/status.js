// The Status view: each input (state, detected settings, meter kind, last frame age, checksum
// failure rate), the service and its database, and the last raw telegram.
import { t } from './i18n.js';
import { number, bytes, age, duration } from './format.js';
import { getJson } from './api.js';

const STATE_CLASS = { CONNECTED: 'ok', CONNECTING: 'warn', SILENT: 'warn', RECONNECTING: 'warn', FAILED: 'alarm', ENDED: '', STOPPED: '' };

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function facts(rows) {
  const list = element('dl', 'facts');
  for (const [key, value] of rows) {
    if (value === undefined || value === null || value === '') continue;
    list.append(element('dt', '', t(key)), element('dd', '', String(value)));
  }
  return list;
}

function inputCard(input) {
  const card = element('article', 'card');
  const head = element('div', 'card-head');
  head.append(element('h2', '', input.source), element('span', 'badge ' + (STATE_CLASS[input.state] ?? ''), t('state.' + input.state)));
  const rejections = Object.entries(input.rejections).map(([reason, count]) => reason + ' ' + count).join(', ');
  card.append(head, facts([
    ['status.input', input.input],
    ['status.connection', input.connection],
    ['status.profile', input.profile],
    ['status.protocol', input.protocol],
    ['status.meter', input.meter],
    ['status.lastFrame', input.last_frame ? age(Date.parse(input.last_frame)) : '–'],
    ['status.frames', number(input.frames, 0)],
    ['status.checksum', number(input.checksum_failure_rate * 100, 2) + ' %'],
    ['status.rejections', rejections],
    ['status.reconnects', number(input.reconnects, 0)],
    ['status.problem', input.problem],
  ]));
  return card;
}

export class StatusView {
  constructor(config) {
    this.config = config;
    document.getElementById('telegram-refresh').addEventListener('click', () => this.loadTelegram());
  }

  async load(meter) {
    this.meter = meter;
    const status = await getJson('/api/v1/status');
    const inputs = document.getElementById('status-inputs');
    inputs.replaceChildren(...(status.inputs.length
      ? status.inputs.map(inputCard)
      : [element('p', 'hint', t('status.noInputs'))]));
    document.getElementById('status-service').replaceWith(Object.assign(facts([
      ['status.version', status.version],
      ['status.uptime', duration(status.uptime_s)],
      ['status.database', status.database ? bytes(status.database.size_bytes) : t('status.noDatabase')],
      ['status.disk', status.database?.disk_warning],
      ['status.clients', number(status.live.clients, 0)],
      ['status.zone', this.config.zone],
      ['status.fuse', this.config.main_fuse_a + ' A'],
      ['status.tariff', status.tariff?.name],
      ['status.prices', status.tariff?.prices],
      ['status.pricesProblem', status.tariff?.prices_problem],
    ]), { id: 'status-service' }));
    await this.loadTelegram();
  }

  async loadTelegram() {
    const target = document.getElementById('telegram');
    try {
      const telegram = await getJson('/api/v1/telegram', { meter: this.meter });
      target.textContent = telegram.text ?? telegram.hex.replace(/(.{2})/g, '$1 ').trim();
    } catch (error) {
      target.textContent = error.status === 404 ? t('status.noTelegram') : t('error.load', { message: error.message });
    }
  }
}

// The Live view's peak headroom (issue 8): how much more power this hour (or quarter) can take
// before the month's peak charge rises, fed by the stream's headroom events. Shown only when the
// tariff has a peak charge; a headroom-warning event shows until its window ends.
import { t } from './i18n.js';
import { number, dateTime } from './format.js';
import { getJson } from './api.js';

function clock(iso) {
  return dateTime(new Date(iso), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

export class HeadroomCard {
  constructor(tariff) {
    this.tariff = tariff;
    this.headroom = null;
    this.warning = null;
    this.card = document.getElementById('headroom-card');
    this.card.hidden = false;
  }

  async load(meter) {
    this.warning = null;
    this.headroom = await getJson('/api/v1/headroom', { meter }).catch(() => null);
    this.render();
  }

  onHeadroom(headroom) {
    this.headroom = headroom;
    if (this.warning && this.warning.window_start !== headroom.window_start) this.warning = null;
    this.render();
  }

  onWarning(warning) {
    this.warning = warning;
    this.render();
  }

  render() {
    const h = this.headroom;
    const windowName = t('headroom.window.' + this.tariff.peak_window_minutes);
    const warning = document.getElementById('headroom-warning');
    warning.hidden = !this.warning;
    if (this.warning) {
      warning.textContent = t('headroom.warning', {
        projected: number(this.warning.projected_kw, 2), threshold: number(this.warning.threshold_kw, 2),
        headroom: number(this.warning.headroom_kw, 2), time: clock(this.warning.window_end),
      });
    }
    const value = document.getElementById('headroom-kw');
    const detail = document.getElementById('headroom-detail');
    if (!h) {
      value.textContent = '–';
      document.getElementById('headroom-unit').textContent = '';
      detail.textContent = t('live.waiting');
      return;
    }
    const limited = h.threshold_kw !== null;
    value.textContent = limited ? number(h.headroom_kw, 2) : '–';
    document.getElementById('headroom-unit').textContent =
      limited ? t('headroom.left', { time: clock(h.window_end) }) : '';
    detail.textContent = limited
      ? t('headroom.detail', { window: windowName, average: number(h.running_average_kw, 2),
        projected: number(h.projected_kw, 2), threshold: number(h.threshold_kw, 2) })
      : t('headroom.notcounted', { window: windowName });
    const share = limited && h.threshold_kw > 0 ? h.projected_kw / h.threshold_kw : 0;
    const level = share >= 1 ? 'alarm' : share >= 0.9 ? 'warn' : '';
    this.card.classList.toggle('warn', level === 'warn');
    this.card.classList.toggle('alarm', level === 'alarm');
    const fill = document.getElementById('headroom-fill');
    fill.className = 'bar-fill' + (level ? ' ' + level : '');
    fill.style.width = Math.min(100, share * 100) + '%';
    document.getElementById('headroom-mark').hidden = !limited;
    document.getElementById('headroom-mark').style.left =
      limited && h.threshold_kw > 0 ? Math.min(100, (h.running_average_kw / h.threshold_kw) * 100) + '%' : '0';
    const peaks = h.month.peaks.map((p) => number(p.weighted_kw, 2));
    document.getElementById('headroom-month').textContent = peaks.length
      ? t('headroom.month', { n: h.month.top_n, peaks: peaks.join(' · ') }) : '';
  }
}

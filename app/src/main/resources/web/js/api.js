// The REST API and the live stream. Same origin: a token or basic credential travels by itself
// (the token as the cookie the server set when the page was opened with ?token=).

export async function getJson(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined));
  const url = path + (query.toString() ? '?' + query : '');
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.error || response.statusText);
    error.status = response.status;
    throw error;
  }
  return body;
}

export function historyUrl(params, format) {
  return '/api/v1/history?' + new URLSearchParams({ ...params, format });
}

/**
 * Follows /api/v1/stream. onReading gets each reading; onState gets 'live', 'connecting' or
 * 'offline'; others maps further event names (headroom, headroom-warning) to handlers. The
 * browser reconnects by itself after the server's retry interval.
 */
export function followStream(meter, onReading, onState, others = {}) {
  const source = new EventSource('/api/v1/stream?' + new URLSearchParams({ meter }));
  onState('connecting');
  source.addEventListener('open', () => onState('live'));
  source.addEventListener('error', () => onState(source.readyState === 2 ? 'offline' : 'connecting'));
  source.addEventListener('reading', (event) => onReading(JSON.parse(event.data)));
  for (const [name, handler] of Object.entries(others)) {
    source.addEventListener(name, (event) => handler(JSON.parse(event.data)));
  }
  return () => source.close();
}

// The major-incident banner (särskild händelse) on the call-taker's and the dispatcher's screens: every active
// incident with its type, area, expected end and the text for call-takers, in Swedish; follows the event stream.
import { el, dateTime } from '../../format.js';

const RELOAD_MS = 60_000; // an incident declared ahead becomes active at its start: read again now and then

export function createMajorIncidentBanner(box, app) {
  box.hidden = true;
  box.setAttribute('role', 'alert');
  let reload = null;
  let timer = null;

  async function load() {
    const answer = await app.api.get('/api/major-incidents');
    render(answer.incidents.filter((m) => m.active));
  }

  function area(m) {
    const parts = [];
    if (m.municipalities.length) parts.push(`kommun ${m.municipalities.join(', ')}`);
    if (m.polygon.length) parts.push('inritat område');
    return parts.join(' och ');
  }

  function render(active) {
    box.hidden = active.length === 0;
    box.replaceChildren(...active.map((m) => el('div', { cls: 'major-incident', testid: 'major-incident-banner',
      attrs: { 'data-incident-id': m.id } }, [
      el('strong', { text: `Särskild händelse: ${m.typeName}` }),
      el('span', { text: ` · ${area(m)} · beräknas pågå till ${dateTime(m.expectedEnd)}`, cls: 'small' }),
      el('p', { text: m.callTakerText, testid: 'major-incident-text' }),
    ])));
  }

  function scheduleLoad() {
    clearTimeout(reload);
    reload = setTimeout(() => load().catch((e) => app.toast(e.message, 'error')), 100);
  }

  app.live.on('crisis.MajorIncident', (event) => {
    if (event.type !== 'crisis.MajorIncidentCallMarked') scheduleLoad();
  });
  timer = setInterval(scheduleLoad, RELOAD_MS);
  load().catch((e) => app.toast(e.message, 'error'));
  return {
    stop() {
      clearTimeout(reload);
      clearInterval(timer);
    },
  };
}

// The mark of a call from an active major incident's area (queue rows, the call in hand); null when it has none.
export function majorIncidentMark(ids) {
  if (!ids || ids.length === 0) return null;
  return el('span', { text: `Särskild händelse (${ids.join(', ')})`, cls: 'badge flag major-incident-mark',
    testid: 'major-incident-mark' });
}

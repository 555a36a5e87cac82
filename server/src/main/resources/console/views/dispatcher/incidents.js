// Open incidents by priority (then call time), and the pending queue of incidents waiting for a unit.
import { el, since, isoSeconds, duration } from '../../format.js';

export function createIncidents(box, app, { onSelect }) {
  const table = el('table', { cls: 'list', testid: 'incident-list' });
  const empty = el('p', { text: app.t('incidents.empty'), cls: 'muted' });
  const queue = el('ol', { cls: 'pending', testid: 'pending-queue' });
  const queueEmpty = el('p', { text: app.t('queue.empty'), cls: 'muted' });
  box.append(el('h2', { text: app.t('incidents.title') }), table, empty,
    el('h2', { text: app.t('queue.title') }), queue, queueEmpty);

  // late: the incidents waiting past their priority's limit, said in words as well as in colour
  function render(incidents, pending, selectedId, clockOffset, late = new Set()) {
    // the list is drawn anew on every change: the row that had focus keeps it (the panel's shortcuts need it)
    const focusedId = table.contains(document.activeElement) ? document.activeElement.dataset.incidentId : null;
    const head = table.createTHead();
    head.replaceChildren(el('tr', {}, ['incidents.priority', 'incidents.id', 'incidents.status', 'incidents.units', 'incidents.since']
      .map((key) => el('th', { text: app.t(key), attrs: { scope: 'col' } }))));
    const body = el('tbody');
    for (const incident of incidents) {
      const row = el('tr', { testid: 'incident-row', attrs: { tabindex: '0', 'data-incident-id': incident.id, 'aria-selected': String(incident.id === selectedId) } }, [
        el('td', {}, [el('span', { text: String(incident.priority), cls: `prio prio-${incident.priority}` })]),
        el('td', { text: incident.id }),
        el('td', { text: app.t(`incident.${incident.status}`), testid: 'incident-status' }),
        el('td', { text: incident.unitIds.join(', '), testid: 'incident-units' }),
        el('td', { cls: 'timer', attrs: { 'data-since': incident.times.QUEUED ?? incident.times.PRIORITY_DECIDED } }),
      ]);
      if (incident.id === selectedId) row.classList.add('selected');
      row.addEventListener('click', () => onSelect(incident.id));
      row.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect(incident.id);
        }
      });
      body.append(row);
    }
    table.tBodies[0]?.remove();
    table.append(body);
    if (focusedId) body.querySelector(`[data-incident-id="${CSS.escape(focusedId)}"]`)?.focus();
    empty.hidden = incidents.length > 0;
    table.hidden = incidents.length === 0;

    queue.replaceChildren(...pending.map((place) => {
      const item = el('li', { testid: 'pending-item', attrs: { 'data-incident-id': place.incidentId } }, [
        el('span', { text: String(place.priority), cls: `prio prio-${place.priority}` }),
        el('span', { text: ` ${place.incidentId} ` }),
        el('span', { cls: 'timer', text: duration(isoSeconds(place.waiting)), attrs: { title: app.t('queue.waiting') } }),
        late.has(place.incidentId) ? el('span', { cls: 'badge flag', text: ` ${app.t('queue.late')}`, testid: 'pending-late' }) : null,
      ]);
      item.addEventListener('click', () => {
        onSelect(place.incidentId);
        table.querySelector(`[data-incident-id="${CSS.escape(place.incidentId)}"]`)?.focus(); // into the panel
      });
      return item;
    }));
    queueEmpty.hidden = pending.length > 0;
    tick(clockOffset);
  }

  function tick(clockOffset = 0) {
    const now = Date.now() + clockOffset;
    for (const timer of table.querySelectorAll('[data-since]')) timer.textContent = since(timer.dataset.since, now);
  }

  return { render, tick };
}

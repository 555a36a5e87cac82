// The chosen incident's recommendation: ranked units with arrival estimates, whether each is estimated (straight
// line) or by road, redirections; alert (assign) or redirect a unit.
import { el, isoSeconds, duration } from '../../format.js';

export function createRecommendation(box, app) {
  const mayAssign = app.can('DISPATCHER'); // the supervisor and the auditor read the recommendation only
  let incidentId = null;
  let candidates = [];
  let shown = null; // the incident and the answer drawn last: the same again is not drawn (a button stays put)
  let current = null;
  box.append(el('p', { text: app.t('rec.none'), cls: 'muted', testid: 'recommendation-none' }));

  async function show(incident) {
    current = incident;
    incidentId = incident?.id ?? null;
    if (!incident) {
      box.replaceChildren(el('p', { text: app.t('rec.none'), cls: 'muted', testid: 'recommendation-none' }));
      shown = null;
      return;
    }
    const heading = el('h2', { text: app.t('rec.title', { incident: incident.id }) });
    if (incident.status !== 'QUEUED') {
      box.replaceChildren(heading, el('p', { testid: 'recommendation-assigned', text: app.t('rec.closed', { units: incident.unitIds.join(', ') }) }));
      candidates = [];
      shown = null;
      return;
    }
    const rec = await app.api.get(`/api/dispatch/incidents/${encodeURIComponent(incident.id)}/recommendation`);
    if (incidentId !== incident.id) return; // another incident was chosen meanwhile
    const key = JSON.stringify([incident.id, rec.candidates.slice(0, 8), rec.travelMethod]);
    if (key === shown && box.querySelector('[data-testid=recommendation]')) return;
    shown = key;
    candidates = rec.candidates;
    const table = el('table', { cls: 'list rec', testid: 'recommendation' });
    table.createTHead().append(el('tr', {}, ['rec.rank', 'rec.unit', 'rec.status', 'rec.eta', 'rec.travel', 'rec.method', ...(mayAssign ? [''] : [])]
      .map((key) => el('th', { text: key ? app.t(key) : '', attrs: { scope: 'col' } }))));
    const body = table.createTBody();
    candidates.slice(0, 8).forEach((c, i) => {
      const action = el('button', { text: app.t(c.redirection ? 'rec.redirect' : 'rec.assign'), cls: i === 0 ? 'primary' : '',
        testid: i === 0 ? 'assign-recommended' : 'assign-candidate', attrs: { type: 'button', 'data-unit-id': c.unitId } });
      if (i === 0) action.append(el('kbd', { text: 'L', cls: 'btn-key', attrs: { 'aria-hidden': 'true' } }));
      action.addEventListener('click', () => assign(c));
      const notes = [c.redirection ? app.t('rec.redirectFrom', { incident: c.redirectedFrom, priority: c.redirectedFromPriority }) : null,
        c.positionStale ? app.t('rec.stale') : null].filter(Boolean).join('; ');
      const method = el('span', { text: app.t(c.travelEstimated ? 'rec.estimated' : 'rec.road'), cls: c.travelEstimated ? 'estimated' : 'road', testid: 'candidate-method' });
      body.append(el('tr', { testid: 'candidate', attrs: { 'data-unit-id': c.unitId, title: c.explanation } }, [
        el('td', { text: String(c.rank) }),
        el('td', {}, [el('strong', { text: c.callSign, cls: 'callsign' }), notes ? el('div', { text: notes, cls: 'small notice-warn' }) : null]),
        el('td', { text: app.t(`status.${c.status}`) }),
        el('td', { text: duration(isoSeconds(c.estimate)), cls: 'timer nowrap', testid: 'candidate-eta' }),
        el('td', { text: `${duration(isoSeconds(c.travel))} (${(c.metres / 1000).toFixed(1)} km)` }),
        el('td', {}, [method]),
        mayAssign ? el('td', { cls: 'nowrap' }, [action]) : null,
      ]));
    });
    box.replaceChildren(heading, table);
    if (!candidates.length) box.append(el('p', { text: app.t('rec.empty'), cls: 'notice notice-warn' }));
    box.append(el('p', { cls: 'muted small', testid: 'travel-method', text: app.t('rec.travelMethod', { method: rec.travelMethod }) }));
  }

  async function assign(candidate) {
    const id = incidentId;
    try {
      await app.api.post(`/api/dispatch/incidents/${encodeURIComponent(id)}/${candidate.redirection ? 'redirect' : 'assign'}`, { unitId: candidate.unitId });
      app.toast(app.t('rec.assigned', { unit: candidate.callSign, incident: id }), 'ok');
    } catch (e) {
      app.toast(e.message, 'error');
    }
  }

  return {
    show,
    // the same incident again, with the units' latest positions
    refresh() {
      if (current?.status === 'QUEUED') show(current).catch((e) => app.toast(e.message, 'error'));
    },
    assignRecommended() {
      if (mayAssign && candidates[0]) assign(candidates[0]);
    },
  };
}

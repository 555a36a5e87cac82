// The dispatcher's view (#/dispatch, #/dispatch/<incidentId>): incidents and the pending queue, the chosen incident's
// recommendation, the unit board with flags; everything follows the event stream.
import { el, everySecond, isoSeconds } from '../format.js';
import { STRINGS } from './dispatcher/strings.js';
import { createIncidents } from './dispatcher/incidents.js';
import { createRecommendation } from './dispatcher/recommendation.js';
import { createUnits } from './dispatcher/units.js';
import { createMoveUp } from './dispatcher/moveup.js';
import { soundAlarm } from './dispatcher/alarm.js';
import { createMajorIncidentBanner } from './crisis/banner.js';
import { createExchange, EXCHANGE_STRINGS } from './dispatcher/exchange.js';

export default {
  id: 'dispatch',
  title: { sv: 'Utlarmning', en: 'Dispatch' },
  key: '2',
  roles: ['DISPATCHER', 'SUPERVISOR'],
  strings: { sv: { ...STRINGS.sv, ...EXCHANGE_STRINGS.sv }, en: { ...STRINGS.en, ...EXCHANGE_STRINGS.en } },
  mount(root, app, param) {
    const incidentsBox = el('section', { cls: 'panel', testid: 'incidents' });
    const recBox = el('section', { cls: 'panel rec-box', testid: 'recommendation-box' });
    const unitsBox = el('section', { cls: 'panel', testid: 'units' });
    const moveUpBox = el('section', { cls: 'panel', testid: 'moveup-box', attrs: { hidden: '' } });
    const bannerBox = el('section', { cls: 'major-incident-banner', testid: 'major-incidents' });
    const banner = createMajorIncidentBanner(bannerBox, app);
    root.append(bannerBox, el('div', { cls: 'dp-layout' }, [el('div', { cls: 'dp-left' }, [incidentsBox, recBox, moveUpBox]), unitsBox]));
    let selected = param ?? null;
    let data = null;
    let clockOffset = 0;
    let reload = null;
    let alarmed = new Set(); // incidents whose waiting alarm has sounded
    let askedOverdue = null;

    const select = (id) => {
      selected = id;
      history.replaceState(null, '', `#/dispatch/${encodeURIComponent(id)}`); // no remount: the view follows itself
      render();
    };
    const incidents = createIncidents(incidentsBox, app, { onSelect: select });
    const recommendation = createRecommendation(recBox, app);
    const units = createUnits(unitsBox, app, { onFlagsDue: () => scheduleLoad() });
    const moveUp = createMoveUp(moveUpBox, app);
    // only a dispatcher hands over and receives incidents (the supervisor and the auditor read)
    const exchangeBox = el('section', { cls: 'panel', testid: 'exchange' });
    const exchange = app.can('DISPATCHER') ? createExchange(exchangeBox, app, { onChanged: () => scheduleLoad() }) : null;
    if (exchange) root.querySelector('.dp-left').append(exchangeBox);

    async function load() {
      const [open, queue, fleet, flags] = await Promise.all([
        app.api.get('/api/dispatch/incidents?open=true'), app.api.get('/api/dispatch/queue'),
        app.api.get('/api/dispatch/fleet'), app.api.get('/api/dispatch/flags')]);
      clockOffset = Date.parse(fleet.at) - Date.now();
      data = { incidents: open.incidents, queue: queue.queue, fleet, flags: flags.flags,
        limits: flags.waitingLimits.map(isoSeconds) };
      if (!selected && data.queue.length) selected = data.queue[0].incidentId;
      const waiting = new Set(data.flags.filter((f) => f.kind === 'INCIDENT_WAITING').map((f) => f.incidentId));
      if ([...waiting].some((id) => !alarmed.has(id))) soundAlarm();
      alarmed = waiting;
      askedOverdue = null;
      render();
      // the move-up advice searches the road graph: it follows the lists, and its failure never hides them
      app.api.get('/api/dispatch/move-up').then(moveUp.show).catch((e) => app.toast(e.message, 'error'));
    }

    // The incidents waiting past their priority's limit by the clock: when they differ from the server's flags the
    // flags are read again (with their explanation), and the alarm sounds for a new one.
    function overdueByClock(now) {
      if (!data) return '';
      return data.queue.filter((place) => {
        const incident = data.incidents.find((i) => i.id === place.incidentId);
        const since = Date.parse(incident?.times.PRIORITY_DECIDED ?? incident?.times.QUEUED ?? '');
        return Number.isFinite(since) && (now - since) / 1000 > data.limits[place.priority - 1];
      }).map((place) => place.incidentId).sort().join(',');
    }

    function render() {
      if (!data) return;
      incidents.render(data.incidents, data.queue, selected, clockOffset, alarmed);
      units.render(data.fleet, data.flags, clockOffset);
      const incident = data.incidents.find((i) => i.id === selected) ?? null;
      recommendation.show(incident).catch((e) => app.toast(e.message, 'error'));
      exchange?.show(incident);
    }

    function move(step) {
      if (!data?.incidents.length) return;
      const at = data.incidents.findIndex((i) => i.id === selected);
      const next = data.incidents[(at + step + data.incidents.length) % data.incidents.length];
      select(next.id);
      incidentsBox.querySelector(`[data-incident-id="${CSS.escape(next.id)}"]`)?.focus();
    }

    // Live: a unit's status change is drawn on the board at once from the event itself; a position report (the most
    // frequent event, which the board does not show) only refreshes the recommendation now and then; everything
    // else, and a status change's effect on incidents and flags, reloads the lists after the burst.
    const scheduleLoad = () => {
      clearTimeout(reload);
      reload = setTimeout(() => load().catch((e) => app.toast(e.message, 'error')), 150);
    };
    let positionsChanged = null;
    app.live.on('dispatch.', (event) => {
      const p = event.payload ?? {};
      if (event.type === 'dispatch.PositionReported') {
        const unit = data?.fleet.units.find((u) => u.id === p.unitId);
        if (unit) unit.reportedPosition = p.position;
        if (!positionsChanged) positionsChanged = setTimeout(() => { positionsChanged = null; recommendation.refresh(); }, 2000);
        return;
      }
      if (event.type === 'dispatch.UnitStatusChanged' && data) {
        const unit = data.fleet.units.find((u) => u.id === p.unitId);
        if (unit) {
          Object.assign(unit, { status: p.to, statusSince: p.at ?? event.at, incidentId: p.incidentId ?? null });
          units.render(data.fleet, data.flags, clockOffset);
        }
      }
      scheduleLoad();
    });
    // one-letter shortcuts act only with focus in their panel (WCAG 2.1.4), or anywhere as Alt+letter: J/K in the
    // incident list, L in the incidents' column (the list and the recommendation)
    const column = root.querySelector('.dp-left');
    if (app.can('DISPATCHER')) app.keys.add('l', app.t('key.assign'), () => recommendation.assignRecommended(), { scope: column });
    app.keys.add('j', app.t('key.next'), () => move(1), { scope: incidentsBox });
    app.keys.add('k', app.t('key.previous'), () => move(-1), { scope: incidentsBox });
    const stopClock = everySecond(() => {
      incidents.tick(clockOffset);
      units.tick(clockOffset);
      const overdue = overdueByClock(Date.now() + clockOffset);
      if (data && overdue !== [...alarmed].sort().join(',') && overdue !== askedOverdue) {
        askedOverdue = overdue;
        scheduleLoad();
      }
    });
    load().catch((e) => app.toast(e.message, 'error'));
    return {
      unmount() {
        banner.stop();
        stopClock();
        clearTimeout(reload);
        clearTimeout(positionsChanged);
      },
    };
  },
};

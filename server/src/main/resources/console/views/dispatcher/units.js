// The unit board: every unit with its status and time in status (live), flags for alerts not acknowledged within
// 90 s and hospital stays of 15 minutes or more (the server's flags, and the same rules applied as the clock runs).
// The board scrolls in its own box (the flags and the filters stay in sight) and filters by status and by type.
import { el, since } from '../../format.js';
import { STATUS_COLOURS } from './strings.js';

const ACKNOWLEDGE_WITHIN_SECONDS = 90;
const HOSPITAL_STAY_SECONDS = 15 * 60;
const FREE = ['AVAILABLE_AT_STATION', 'AVAILABLE_MOBILE'];
const TYPES = ['AMBULANCE', 'INTENSIVE_CARE_AMBULANCE', 'PHYSICIAN_CAR', 'HELICOPTER', 'PSYCHIATRIC_AMBULANCE', 'PATIENT_TRANSPORT'];
const ORDER = ['ALERTED', 'ACKNOWLEDGED', 'EN_ROUTE', 'ON_SCENE', 'TRANSPORT', 'AT_HOSPITAL', 'CLEAR', 'AVAILABLE_MOBILE',
  'AVAILABLE_AT_STATION', 'TEMPORARILY_UNAVAILABLE', 'OUT_OF_SERVICE'];

// The column is headed "Station": the name without its "Ambulansstation" prefix keeps the row on one line.
const stationShort = (name) => name.replace(/^(ambulansstation|ambulance station)\s+/i, '');

export function localFlag(unit, now) {
  const seconds = (now - Date.parse(unit.statusSince)) / 1000;
  if (unit.status === 'ALERTED' && seconds > ACKNOWLEDGE_WITHIN_SECONDS) return 'UNACKNOWLEDGED_ALERT';
  if (unit.status === 'AT_HOSPITAL' && seconds >= HOSPITAL_STAY_SECONDS) return 'LONG_HOSPITAL_STAY';
  return null;
}

// onFlagsDue() is called when the clock makes a flag due (or gone) that the server's list does not show yet, so the
// view reloads the server's flags with their explanations at that moment, not by polling.
export function createUnits(box, app, { onFlagsDue = () => {} } = {}) {
  const flagsList = el('ul', { cls: 'flags', testid: 'flags' });
  const onlyBusy = el('input', { testid: 'units-only-busy', attrs: { type: 'checkbox', id: 'units-only-busy' } });
  const byStatus = el('select', { testid: 'units-filter-status', attrs: { id: 'units-filter-status' } },
    [el('option', { text: app.t('units.filter.all'), attrs: { value: '' } }),
      ...ORDER.map((s) => el('option', { text: app.t(`status.${s}`), attrs: { value: s } }))]);
  const byType = el('select', { testid: 'units-filter-type', attrs: { id: 'units-filter-type' } },
    [el('option', { text: app.t('units.filter.all'), attrs: { value: '' } }),
      ...TYPES.map((type) => el('option', { text: app.t(`type.${type}`), attrs: { value: type } }))]);
  const shown = el('span', { cls: 'muted small', testid: 'units-shown', attrs: { role: 'status' } });
  const table = el('table', { cls: 'list units', testid: 'unit-board' });
  box.append(el('h2', { text: app.t('flags.title') }), flagsList,
    el('div', { cls: 'panel-head' }, [el('h2', { text: app.t('units.title') }), shown]),
    el('div', { cls: 'toolbar unit-filters' }, [
      el('label', { text: app.t('units.filter.status'), attrs: { for: 'units-filter-status' } }), byStatus,
      el('label', { text: app.t('units.filter.type'), attrs: { for: 'units-filter-type' } }), byType,
      el('span', {}, [onlyBusy, el('label', { text: ` ${app.t('units.onlyBusy')}`, attrs: { for: 'units-only-busy' } })])]),
    el('div', { cls: 'unit-scroll', testid: 'unit-scroll', attrs: { tabindex: '0', role: 'region', 'aria-label': app.t('units.title') } }, [table]));
  let last = null;
  let serverKey = '';
  let askedKey = null;
  for (const control of [onlyBusy, byStatus, byType]) control.addEventListener('change', () => last && render(...last));

  function render(fleet, serverFlags, clockOffset) {
    last = [fleet, serverFlags, clockOffset];
    const stations = new Map(fleet.stations.map((s) => [s.id, s.name]));
    const units = fleet.units.filter((u) => (!onlyBusy.checked || !FREE.includes(u.status))
      && (!byStatus.value || u.status === byStatus.value) && (!byType.value || u.type === byType.value))
      .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.callSign.localeCompare(b.callSign, 'sv'));
    const head = table.createTHead();
    shown.textContent = app.t('units.shown', { shown: units.length, total: fleet.units.length });
    head.replaceChildren(el('tr', {}, ['units.unit', 'units.type', 'units.status', 'units.time', 'units.incident', 'units.station']
      .map((key) => el('th', { text: app.t(key), attrs: { scope: 'col' } }))));
    const body = el('tbody');
    for (const unit of units) {
      const badge = el('span', { text: app.t(`status.${unit.status}`), cls: 'status', testid: 'unit-status' });
      badge.style.backgroundColor = STATUS_COLOURS[unit.status] ?? '#444';
      body.append(el('tr', { testid: 'unit-row', attrs: { 'data-unit-id': unit.id, 'data-status': unit.status } }, [
        el('td', { text: unit.callSign, cls: 'callsign' }),
        el('td', { text: app.t(`type.${unit.type}`), cls: 'small type', testid: 'unit-type' }),
        el('td', {}, [badge, el('span', { cls: 'badge flag', testid: 'unit-flag', attrs: { hidden: true } })]),
        el('td', { cls: 'timer', testid: 'unit-time', attrs: { 'data-since': unit.statusSince, 'data-status': unit.status } }),
        el('td', { text: unit.incidentId ?? '' }),
        el('td', { text: stationShort(stations.get(unit.stationId) ?? unit.stationId ?? ''), cls: 'muted small station', testid: 'unit-station',
          attrs: { title: stations.get(unit.stationId) ?? '' } }),
      ]));
    }
    table.tBodies[0]?.remove();
    table.append(body);
    renderFlags(fleet, serverFlags);
    tick(clockOffset);
  }

  function renderFlags(fleet, serverFlags) {
    serverKey = serverFlags.filter((f) => f.unitId).map((f) => f.unitId).sort().join(',');
    askedKey = null;
    const bySign = new Map(fleet.units.map((u) => [u.id, u.callSign]));
    flagsList.replaceChildren(...serverFlags.map((flag) => el('li', { testid: 'flag-item',
      attrs: { 'data-unit-id': flag.unitId, 'data-incident-id': flag.incidentId, 'data-kind': flag.kind } }, [
      el('span', { text: app.t(`flag.${flag.kind}`), cls: 'badge flag' }),
      el('span', { text: ` ${flag.unitId ? `${bySign.get(flag.unitId) ?? flag.unitId} ` : ''}${flag.incidentId ?? ''} – ${flag.explanation}` })])));
    if (!serverFlags.length) flagsList.append(el('li', { text: app.t('flags.none'), cls: 'muted', testid: 'flags-none' }));
  }

  function tick(clockOffset = 0) {
    const now = Date.now() + clockOffset;
    // every unit's flag by the clock, shown or not under the filters
    const flagged = (last?.[0].units ?? []).filter((u) => localFlag(u, now)).map((u) => u.id).sort().join(',');
    if (last && flagged !== serverKey && flagged !== askedKey) {
      askedKey = flagged;
      onFlagsDue();
    }
    for (const timer of table.querySelectorAll('[data-since]')) {
      timer.textContent = since(timer.dataset.since, now);
      const kind = localFlag({ status: timer.dataset.status, statusSince: timer.dataset.since }, now);
      const flag = timer.parentElement.querySelector('[data-testid="unit-flag"]');
      flag.hidden = !kind;
      flag.textContent = kind ? app.t(`flag.${kind}`) : '';
      timer.parentElement.classList.toggle('flagged', Boolean(kind));
    }
  }

  return { render, tick };
}

// The crew's terminal (#/crew), for a unit's device (UNIT_DEVICE; mobil dataterminal): the unit's current assignment
// (priority, place, the call's key facts, the assessment's criterion and advice, the hospital, the times so far), live
// from the event stream (which the server filters to this unit's own events), an alert with sound and vibration, and
// one large button per status the unit status table allows next. Made for a phone or a vehicle tablet: large type,
// touch targets of 56 px, day and night contrast. Presses are kept on the device and sent in order when there is a
// connection (views/crew/outbox.js): the view says plainly what is not yet sent. Installable: a web app manifest and a
// service worker (/console/sw.js) that keeps the console's files for when the network is away. From the scene on, the
// crew pre-alerts the receiving hospital (views/crew/prealert.js).
import { el, clock, since, everySecond, isoSeconds } from '../format.js';
import { STRINGS } from './crew/strings.js';
import { createOutbox } from './crew/outbox.js';
import { sound, soundBlocked, enableSound } from './crew/alert.js';
import { createPositionReporter } from './crew/position.js';
import { createPreAlert, PREALERT_STRINGS } from './crew/prealert.js';
import { createMap, L } from './mapkit.js';

const CONTRAST_KEY = 'larm.crew.contrast';
const REPEAT_ALERT_SECONDS = 15; // the alert sounds again until it is acknowledged
const DEFAULT_POSITION_SECONDS = 15;
// the incident's milestones in the order they happen (dispatch's Milestone)
const MILESTONES = ['QUEUED', 'PRIORITY_DECIDED', 'UNIT_ALERTED', 'ACKNOWLEDGED', 'EN_ROUTE', 'ON_SCENE', 'AT_PATIENT',
  'LEFT_SCENE', 'AT_DESTINATION', 'HANDOVER_COMPLETE', 'AVAILABLE', 'CANCELLED'];

function installable() {
  if (!document.querySelector('link[rel=manifest]')) {
    document.head.append(el('link', { attrs: { rel: 'manifest', href: '/console/manifest.json' } }));
  }
  // the service worker keeps the console's files; a refusal (no service workers here) leaves the view as it is
  navigator.serviceWorker?.register('/console/sw.js', { scope: '/console/' }).catch(() => {});
}

export default {
  id: 'crew',
  title: { sv: 'Enhet', en: 'Unit' },
  key: '9',
  roles: ['UNIT_DEVICE'],
  auditor: false, // the auditor reads the journal; a terminal is a unit's own
  css: 'views/crew.css',
  strings: { sv: { ...STRINGS.sv, ...PREALERT_STRINGS.sv }, en: { ...STRINGS.en, ...PREALERT_STRINGS.en } },
  mount(root, app) {
    const t = app.t;
    const unitId = app.session?.unitId;
    if (!unitId) {
      root.append(el('p', { cls: 'notice notice-error', testid: 'crew-no-unit', attrs: { role: 'alert' },
        text: t('no.unit', { user: app.session?.username ?? '' }) }));
      return {};
    }
    installable();
    document.body.classList.toggle('crew-night', localStorage.getItem(CONTRAST_KEY) === 'night');

    const base = `/api/dispatch/units/${encodeURIComponent(unitId)}`;
    let data = null;
    let clockOffset = 0;
    let reload = null;
    let lastReceipt = null;
    const alerted = new Set(); // incident@alert instants already sounded
    let alertRepeat = null;

    const head = el('header', { cls: 'crew-head' });
    const alertBox = el('div', { cls: 'crew-alert', testid: 'crew-alert', attrs: { role: 'alert', hidden: true } });
    const actions = el('section', { cls: 'crew-actions', testid: 'crew-actions', attrs: { 'aria-label': t('report') } });
    const outboxBox = el('section', { cls: 'crew-outbox', testid: 'crew-outbox', attrs: { 'aria-live': 'polite' } });
    const jobBox = el('section', { cls: 'crew-job', testid: 'crew-job' });
    // a region, not an image: Leaflet's map has focusable controls inside (axe: nested-interactive)
    const mapBox = el('div', { cls: 'crew-map', testid: 'crew-map', attrs: { role: 'region', 'aria-label': t('map.label') } });
    const gpsLine = el('p', { cls: 'crew-gps', testid: 'crew-gps' });
    const preAlert = createPreAlert(app, unitId, base);
    root.append(head, alertBox, actions, outboxBox, preAlert.element, jobBox, mapBox, gpsLine);

    const outbox = createOutbox(unitId, (item) => app.api.post(`${base}/status`, item), {
      onChange: () => render(),
      onResult: (item, receipt, refusal) => {
        lastReceipt = { item, receipt, refusal };
        if (refusal) app.toast(t('refused', { status: t(`status.${item.status}`), reason: refusal.message }), 'error');
        scheduleLoad();
      },
    });

    let map = null;
    let mapLayer = null;
    let svg = null;
    const positions = createPositionReporter(app, unitId, app.settings?.crewPositionSeconds ?? DEFAULT_POSITION_SECONDS,
      (report) => {
        gpsLine.dataset.state = report.ok ? 'sent' : 'failed';
        if (report.ok) gpsLine.dataset.sentAt = report.at;
        renderGps();
      });

    let asked = 0;
    async function load() {
      const mine = ++asked;
      const answer = await app.api.get(`${base}/assignment`);
      if (mine !== asked) return; // a later reading is on its way: an earlier answer must not overwrite it
      data = answer;
      clockOffset = Date.parse(data.at) - Date.now();
      render();
      outbox.flush();
    }

    const scheduleLoad = () => {
      clearTimeout(reload);
      reload = setTimeout(() => load().catch(failed), 150);
    };
    // offline: the view keeps what it last had; the outbox says what waits
    const failed = (e) => { if (e?.status) app.toast(e.message, 'error'); };

    // what the crew has pressed last, sent or not: the next buttons follow it
    function effectiveStatus() {
      const waiting = outbox.items();
      return waiting.length ? waiting[waiting.length - 1].status : data.unit.status;
    }

    function render() {
      if (!data) return;
      const status = effectiveStatus();
      renderHead(status);
      renderAlert(status);
      renderActions(status);
      renderOutbox();
      renderJob();
      preAlert.update(data, clockOffset);
      renderGps();
      root.dataset.status = status;
      root.dataset.incident = data.job?.incidentId ?? '';
    }

    function renderHead(status) {
      const contrast = el('button', { cls: 'crew-small', testid: 'crew-contrast', attrs: { type: 'button', 'aria-pressed': String(document.body.classList.contains('crew-night')) },
        text: document.body.classList.contains('crew-night') ? t('contrast.day') : t('contrast.night') });
      contrast.addEventListener('click', () => {
        const night = !document.body.classList.contains('crew-night');
        document.body.classList.toggle('crew-night', night);
        localStorage.setItem(CONTRAST_KEY, night ? 'night' : 'day');
        render();
      });
      const soundButton = soundBlocked()
        ? el('button', { cls: 'crew-small', testid: 'crew-sound', attrs: { type: 'button' }, text: t('sound.enable') })
        : null;
      soundButton?.addEventListener('click', () => enableSound().then(render));
      head.replaceChildren(
        el('h1', { text: t('heading', { unit: data.unit.callSign ?? unitId }), testid: 'crew-unit' }),
        el('p', { cls: 'crew-status' }, [
          el('span', { text: `${t('status.now')}: ` }),
          el('strong', { text: t(`status.${status}`), testid: 'crew-status', attrs: { 'data-status': status } }),
          outbox.items().length
            ? el('span', { cls: 'crew-unsent', testid: 'crew-unsent', text: ` ${t('status.unsent')}` })
            : el('span', { cls: 'crew-since', testid: 'crew-since', text: ` ${t('status.since', { time: clock(data.unit.statusSince) })}` }),
        ]),
        el('div', { cls: 'crew-tools' }, [soundButton, contrast]));
    }

    function renderAlert(status) {
      const job = data.job;
      const show = status === 'ALERTED' && job;
      alertBox.hidden = !show;
      if (!show) {
        clearInterval(alertRepeat);
        alertRepeat = null;
        return;
      }
      alertBox.dataset.priority = job.priority;
      alertBox.replaceChildren(
        el('p', { cls: 'crew-alert-title', text: t('alert.title', { priority: job.priority }) }),
        el('p', { text: t('alert.body', { incident: job.incidentId }) }),
        el('p', { cls: 'crew-alert-wait', testid: 'crew-alert-wait', text: t('alert.waiting', { time: since(data.unit.statusSince, Date.now() + clockOffset) }) }));
      const key = `${job.incidentId}@${data.unit.statusSince}`;
      if (!alerted.has(key)) {
        alerted.add(key);
        alertBox.dataset.alerts = String(alerted.size);
        sound();
        clearInterval(alertRepeat);
        alertRepeat = setInterval(() => { if (!alertBox.hidden) sound(); }, REPEAT_ALERT_SECONDS * 1000);
      }
    }

    function renderActions(status) {
      const next = (outbox.items().length ? data.statusTable[status] : data.nextStatuses) ?? [];
      actions.replaceChildren(el('h2', { text: t('report'), cls: 'crew-visually-hidden' }),
        ...(next.length ? next.map((to) => {
          const press = el('button', { cls: `crew-press crew-press-${to}`, testid: `crew-press-${to}`,
            attrs: { type: 'button', 'data-status': to }, text: t(`press.${to}`) });
          press.addEventListener('click', () => {
            enableSound(); // a touch: from now on the alerts may sound
            outbox.add(to);
          });
          return press;
        }) : [el('p', { text: t('report.none'), cls: 'crew-muted' })]));
    }

    function renderOutbox() {
      const waiting = outbox.items();
      outboxBox.dataset.count = String(waiting.length);
      outboxBox.dataset.offline = String(outbox.offline());
      const parts = [];
      if (waiting.length) {
        parts.push(el('p', { cls: 'crew-outbox-head', testid: 'crew-outbox-count', text: t('outbox.waiting', { count: waiting.length }) }));
        parts.push(el('ol', { cls: 'crew-outbox-list' }, waiting.map((item) => el('li', { testid: 'crew-outbox-item',
          attrs: { 'data-report-id': item.reportId, 'data-status': item.status },
          text: t('outbox.item', { status: t(`status.${item.status}`), time: clock(item.pressedAt) }) }))));
        if (outbox.offline()) parts.push(el('p', { cls: 'crew-muted', testid: 'crew-offline', text: t('outbox.offline') }));
      } else {
        parts.push(el('p', { cls: 'crew-muted', testid: 'crew-outbox-empty', text: t('outbox.none') }));
      }
      if (lastReceipt?.receipt?.report) {
        const r = lastReceipt.receipt.report;
        parts.push(el('p', { cls: 'crew-receipt', testid: 'crew-receipt', text: t('sent', {
          status: t(`status.${lastReceipt.receipt.to}`), pressed: clock(r.pressedAt), received: clock(r.receivedAt) }) }));
      }
      outboxBox.replaceChildren(...parts);
    }

    function renderJob() {
      const job = data.job;
      if (!job) {
        positions.stop();
        // a move-up (förflyttning): the dispatcher sent the unit to stand by at another station
        const standby = data.standby ? el('p', { cls: 'crew-standby', testid: 'crew-standby',
          text: t('standby', { station: data.standby.stationName, home: data.standby.homeStationName }) }) : null;
        jobBox.replaceChildren(...[el('p', { cls: 'crew-idle', testid: 'crew-idle', text: t('idle') }), standby].filter(Boolean));
        mapBox.hidden = true;
        return;
      }
      if (!positions.start()) gpsLine.dataset.state = 'unavailable';
      const rows = [];
      const row = (label, value, testid) => {
        if (value === null || value === undefined || value === '') return;
        rows.push(el('dt', { text: label }), el('dd', { text: value, testid }));
      };
      const call = job.call;
      const a = job.assessment;
      row(t('address'), call?.address ?? t('address.unknown'), 'crew-address');
      row(t('municipality'), call?.municipality, 'crew-municipality');
      row(t('position'), t('position.coords', { lat: job.position.lat.toFixed(5), lon: job.position.lon.toFixed(5) }), 'crew-position');
      row(t('note'), call?.note, 'crew-note');
      row(t('criterion'), a ? `${a.code} ${a.criterion}` : null, 'crew-criterion');
      row(t('instruction'), a?.instruction, 'crew-instruction');
      const h = job.hospital;
      row(job.destinationId && h?.hospitalId === job.destinationId ? t('hospital.chosen') : t('hospital'), h ? t('hospital.travel', { name: h.name, minutes: Math.max(1, Math.round((isoSeconds(h.travel) ?? 0) / 60)),
        method: h.travelEstimated ? t('hospital.estimated') : t('hospital.road') }) : t('hospital.none'), 'crew-hospital');
      const advice = (a?.advice ?? []).map((item) => el('li', { testid: 'crew-advice' }, [
        el('strong', { text: item.title }), el('ul', {}, item.steps.map((step) => el('li', { text: step })))]));
      const times = MILESTONES.filter((m) => job.times?.[m]).map((m) => [m, job.times[m]])
        .flatMap(([milestone, at]) => [el('dt', { text: t(`time.${milestone}`) }),
          el('dd', { text: clock(at), attrs: { 'data-milestone': milestone } })]);
      // the navigation app goes where the unit drives next: the incident, or from the scene on the hospital
      const goal = job.route?.to === 'HOSPITAL' ? job.route.destination : job.position;
      const { lat, lon } = goal;
      if (job.route) {
        row(t('route'), t(`route.${job.route.to}`, { km: (job.route.metres / 1000).toFixed(1),
          minutes: Math.max(1, Math.round((isoSeconds(job.route.duration) ?? 0) / 60)) }), 'crew-route-text');
      }
      jobBox.replaceChildren(...[
        el('h2', { cls: 'crew-job-head' }, [
          el('span', { cls: `crew-prio crew-prio-${job.priority}`, testid: 'crew-priority', text: t('priority', { priority: job.priority }) }),
          el('span', { text: ` ${t('job', { incident: job.incidentId })}`, testid: 'crew-incident' }),
          a ? el('span', { cls: 'crew-lights', testid: 'crew-lights', text: a.lightsAndSirens ? t('lights') : t('lights.no') }) : null]),
        el('dl', { cls: 'crew-facts' }, rows),
        destinationPicker(job),
        el('a', { cls: 'crew-navigate button', testid: 'crew-navigate',
          text: job.route?.to === 'HOSPITAL' ? t('navigate.hospital') : t('navigate'),
          attrs: { href: `geo:${lat},${lon}?q=${lat},${lon}(${encodeURIComponent(job.route?.to === 'HOSPITAL' ? job.hospital?.name ?? '' : job.incidentId)})` } }),
        advice.length ? el('section', {}, [el('h3', { text: t('advice') }), el('ul', { cls: 'crew-advice' }, advice)]) : null,
        el('section', {}, [el('h3', { text: t('times') }), el('dl', { cls: 'crew-times', testid: 'crew-times' }, times)]),
      ].filter(Boolean));
      renderMap(job);
    }

    // From the scene on, the crew may say which hospital it takes the patient to (ChooseDestination); the choice is
    // the centre's at once (it needs the network: a destination is not queued like a status)
    let picked = null;
    function destinationPicker(job) {
      if (!['ON_SCENE', 'TRANSPORT', 'AT_HOSPITAL'].includes(data.unit.status) || (job.hospitals?.length ?? 0) < 2) return null;
      const select = el('select', { testid: 'crew-destination-select', attrs: { id: 'crew-destination', 'aria-label': t('destination') } },
        job.hospitals.map((h) => el('option', { text: `${h.name} · ${Math.max(1, Math.round((isoSeconds(h.travel) ?? 0) / 60))} min`,
          attrs: { value: h.hospitalId, selected: (picked ?? job.hospital?.hospitalId) === h.hospitalId } })));
      select.addEventListener('change', () => { picked = select.value; });
      const choose = el('button', { cls: 'crew-small', testid: 'crew-destination-choose', attrs: { type: 'button' }, text: t('destination.choose') });
      choose.addEventListener('click', async () => {
        choose.disabled = true;
        try {
          await app.api.post(`${base}/destination`, { hospitalId: select.value });
          picked = null;
          await load();
        } catch (e) {
          app.toast(e.status ? e.message : t('destination.offline'), 'error');
        } finally {
          choose.disabled = false;
        }
      });
      return el('div', { cls: 'crew-destination' }, [el('label', { text: t('destination'), attrs: { for: 'crew-destination' } }), select, choose]);
    }

    function renderMap(job) {
      mapBox.hidden = false;
      if (!map) map = createMap(mapBox, app.settings, { center: [job.position.lat, job.position.lon], zoom: 14 });
      mapLayer?.remove();
      mapLayer = L.layerGroup().addTo(map);
      const at = [job.position.lat, job.position.lon];
      L.marker(at, { title: t('map.incident'), keyboard: false, icon: L.divIcon({ className: 'map-icon',
        html: `<span class="crew-map-incident crew-prio-${Number(job.priority)}" data-testid="crew-map-incident"><span>${Number(job.priority)}</span></span>`,
        iconSize: [28, 28], iconAnchor: [14, 14] }) }).addTo(mapLayer);
      const own = data.unit.reportedPosition;
      const route = job.route?.points?.map((p) => [p.lat, p.lon]) ?? [];
      if (route.length > 1) {
        // in SVG (the console's maps draw on a canvas): the route is an element of its own, marked with its destination
        svg ??= L.svg();
        L.polyline(route, { renderer: svg, color: '#1d4ed8', weight: 6, opacity: 0.85,
          className: `crew-route crew-route-${job.route.to}` }).addTo(mapLayer);
        if (job.route.to === 'HOSPITAL') {
          const end = route[route.length - 1];
          L.marker(end, { title: t('hospital'), keyboard: false, icon: L.divIcon({ className: 'map-icon',
            html: '<span class="crew-map-hospital">H</span>', iconSize: [24, 24], iconAnchor: [12, 12] }) }).addTo(mapLayer);
        }
      }
      if (own) {
        L.circleMarker([own.lat, own.lon], { radius: 9, color: '#1d4ed8', weight: 3, fillOpacity: 0.5 }).addTo(mapLayer);
        map.fitBounds(L.latLngBounds([at, [own.lat, own.lon], ...route]).pad(0.2), { maxZoom: 15 });
      } else if (route.length > 1) {
        map.fitBounds(L.latLngBounds([at, ...route]).pad(0.2), { maxZoom: 15 });
      } else {
        map.setView(at, 14);
      }
    }

    function renderGps() {
      if (!data?.job) {
        gpsLine.textContent = '';
        return;
      }
      const state = gpsLine.dataset.state;
      const seconds = app.settings?.crewPositionSeconds ?? DEFAULT_POSITION_SECONDS;
      gpsLine.textContent = state === 'unavailable' ? t('gps.off')
        : state === 'sent' ? `${t('gps.on', { seconds })} · ${t('gps.sent', { time: clock(gpsLine.dataset.sentAt) })}`
          : t('gps.on', { seconds });
    }

    // Live: every event the stream brings is about this unit or its incident; a new assignment is drawn (and sounds)
    // as soon as it is read back (no waiting for a burst to pass: the alert is the one thing that cannot wait)
    app.live.on('dispatch.', (event) => {
      if (event.type === 'dispatch.UnitAssigned') {
        clearTimeout(reload);
        load().catch(failed);
      } else {
        scheduleLoad();
      }
    });
    const online = () => outbox.flush().then(() => scheduleLoad());
    window.addEventListener('online', online);
    const retry = setInterval(() => { if (outbox.items().length) outbox.flush(); }, 5000);
    const stopClock = everySecond(() => {
      const wait = alertBox.querySelector('[data-testid=crew-alert-wait]');
      if (wait && data) wait.textContent = t('alert.waiting', { time: since(data.unit.statusSince, Date.now() + clockOffset) });
    });
    load().catch(failed);
    render();
    return {
      unmount() {
        stopClock();
        clearInterval(retry);
        clearInterval(alertRepeat);
        clearTimeout(reload);
        window.removeEventListener('online', online);
        positions.stop();
        map?.remove();
        document.body.classList.remove('crew-night');
      },
    };
  },
};


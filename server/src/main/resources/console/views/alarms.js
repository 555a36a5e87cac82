// Alarm receiving (larmmottagning), #/alarms. First the alarm operator's desk: the open alarm cases by priority (life,
// property, technical) and then the longest waiting, with the waiting time; the operator takes a case (or takes it
// over from a colleague), gives each step of the plan its outcome with a note, and closes it with a reason
// (GET /api/alarms/cases, POST .../take, .../steps, .../close). Below, the latest signals received from alarm
// transmitters, newest first, each with what its code means, the object and customer it came from and the steps of
// the object's action plan for its class (an unknown code follows the alarm plan). Both follow the journal live
// (alarms.* events over the event stream), with a slow poll as a fallback. A fire alarm's rescue service alerted
// (automatically by the plan, or by the operator's step) is shown in its case. The selected case's object is on the
// map (the first open case with an object until the operator picks another), and the figures per customer over a
// period in Swedish days sit at the bottom (GET /api/alarms/figures).
import { el, dateTime, duration, everyMs, everySecond, since, swedishDate } from '../format.js';
import { createMap, L } from './mapkit.js';

const REFRESH_MS = 30000;
const OUTCOMES = {
  CALL_KEY_HOLDERS: ['ANSWERED', 'NO_ANSWER', 'BUSY', 'SKIPPED'],
  NOTIFY_ON_CALL: ['ANSWERED', 'NO_ANSWER', 'BUSY', 'SKIPPED'],
  SEND_GUARD: ['ALERTED', 'NO_ANSWER', 'BUSY', 'SKIPPED'],
  CALL_112: ['ALERTED', 'NO_ANSWER', 'BUSY', 'SKIPPED'],
  ALERT_RESCUE_SERVICE: ['ALERTED', 'NO_ANSWER', 'BUSY', 'SKIPPED'],
};
const REASONS = ['FALSE_ALARM', 'HANDLED', 'PASSED_TO_INCIDENT', 'CANCELLED_BY_CUSTOMER'];

const strings = {
  sv: {
    'heading': 'Larmmottagning – mottagna larm',
    'none': 'Inga larm mottagna.',
    'class.ALARM': 'Larm',
    'class.FAULT': 'Fel',
    'class.TEST': 'Prov',
    'class.RESTORE': 'Återställning',
    'class.INFO': 'Information',
    'class.UNKNOWN': 'Okänd kod',
    'received': 'Mottaget {time} från konto {account}{zone}',
    'zone': ', sektion {zone}',
    'object': '{object}, {address} – {customer} (avtal {contract})',
    'object.none': 'Kontot hör inte till något larmobjekt: ingen åtgärdsplan.',
    'plan': 'Åtgärdsplan ({class})',
    'plan.none': 'Objektet har ingen åtgärdsplan för {class}.',
    'step.CALL_KEY_HOLDERS': 'Ring nyckelinnehavare',
    'step.SEND_GUARD': 'Skicka väktare',
    'step.CALL_112': 'Larma 112',
    'step.NOTIFY_ON_CALL': 'Meddela kundens jour ({number})',
    'error': 'Kunde inte hämta larmen: {reason}',
    'cases': 'Larmärenden att hantera',
    'cases.none': 'Inga öppna larmärenden.',
    'received.heading': 'Senast mottagna signaler',
    'priority.LIFE': 'Liv (brand, rån, överfall, medicinskt)',
    'priority.PROPERTY': 'Egendom',
    'priority.TECHNICAL': 'Teknik',
    'case.title': '{id}: {meaning}',
    'case.waiting': 'Väntat {time}',
    'case.free': 'Ingen hanterar ärendet',
    'case.restored': 'Återställningssignal {code} mottagen {time}: orsaken har upphört i centralapparaten',
    'case.heardAgain': 'Sändaren hörs igen sedan {time}',
    'case.taken': 'Hanteras av {operator} sedan {time}',
    'case.object': '{object}, {address} – {customer}',
    'case.noObject': 'Konto {account} hör inte till något larmobjekt',
    'case.noPlan': 'Ingen åtgärdsplan: avsluta med en anteckning om vad du gjorde.',
    'take': 'Ta ärendet',
    'takeOver': 'Ta över från {operator}',
    'step.outcome': 'Utfall, steg {step}',
    'step.note': 'Anteckning, steg {step}',
    'step.save': 'Spara steg {step}',
    'step.done': '{outcome} – {operator} {time}{note}',
    'outcome.ANSWERED': 'Svarade',
    'outcome.NO_ANSWER': 'Inget svar',
    'outcome.BUSY': 'Upptaget',
    'outcome.ALERTED': 'Larmad',
    'outcome.SKIPPED': 'Hoppades över',
    'close.reason': 'Avslutsorsak',
    'close.note': 'Anteckning vid avslut',
    'close.incident': 'Ärende-id (vid överlämnat till ärende)',
    'closed.incident': ', ärende {incident}',
    'close': 'Avsluta ärendet',
    'reason.FALSE_ALARM': 'Obefogat larm',
    'reason.HANDLED': 'Åtgärdat',
    'reason.PASSED_TO_INCIDENT': 'Överlämnat till ärende (räddningstjänst, polis, ambulans)',
    'reason.CANCELLED_BY_CUSTOMER': 'Avbrutet av kunden',
    'closed': 'Avslutat {time} av {operator}: {reason}{note}',
    'recent': 'Senast avslutade',
    'step.ALERT_RESCUE_SERVICE': 'Larma räddningstjänsten',
    'step.atOnce': ' (automatiskt vid brandlarm)',
    'rescue.auto': 'Räddningstjänsten larmad automatiskt {time}: {service} ({municipality}), {number}{address}',
    'rescue.by': 'Räddningstjänsten larmad {time} av {operator}: {service} ({municipality}), {number}{address}',
    'rescue.address': ', {address}',
    'rescue.target': 'Larmas: {service} ({municipality}), {number}{address}',
    'rescue.unknown': 'Ingen räddningstjänst att larma härifrån: {reason}. Larma via 112.',
    'map.heading': 'Objektet på kartan',
    'map.label': 'Karta över det valda larmobjektet',
    'map.none': 'Inget öppet ärende med ett larmobjekt.',
    'map.caption': '{id}: {object}, {address} ({lat}, {lon})',
    'map.show': 'Visa {id} på kartan',
    'figures.heading': 'Svarstider per kund',
    'figures.from': 'Från dag',
    'figures.to': 'Till dag',
    'figures.show': 'Visa',
    'figures.caption': 'Per kund {from} – {to} (svensk tid)',
    'figures.none': 'Inga larm under perioden.',
    'figures.customer': 'Kund',
    'figures.received': 'Mottagna signaler',
    'figures.cases': 'Ärenden',
    'figures.take': 'Tid till tagen (p50 / p90)',
    'figures.close': 'Tid till avslut (p50 / p90)',
    'figures.false': 'Obefogade larm',
    'figures.noCustomer': 'Konton utan larmobjekt',
  },
  en: {
    'heading': 'Alarm receiving – received alarms',
    'none': 'No alarms received.',
    'class.ALARM': 'Alarm',
    'class.FAULT': 'Fault',
    'class.TEST': 'Test',
    'class.RESTORE': 'Restore',
    'class.INFO': 'Information',
    'class.UNKNOWN': 'Unknown code',
    'received': 'Received {time} from account {account}{zone}',
    'zone': ', zone {zone}',
    'object': '{object}, {address} – {customer} (contract {contract})',
    'object.none': 'The account belongs to no alarm object: no action plan.',
    'plan': 'Action plan ({class})',
    'plan.none': 'The object has no action plan for {class}.',
    'step.CALL_KEY_HOLDERS': 'Call the key holders',
    'step.SEND_GUARD': 'Send a guard',
    'step.CALL_112': 'Alert 112',
    'step.NOTIFY_ON_CALL': "Notify the customer's on-call ({number})",
    'error': 'Could not load the alarms: {reason}',
    'cases': 'Alarm cases to handle',
    'cases.none': 'No open alarm cases.',
    'received.heading': 'Latest signals received',
    'priority.LIFE': 'Life (fire, hold-up, panic, medical)',
    'priority.PROPERTY': 'Property',
    'priority.TECHNICAL': 'Technical',
    'case.title': '{id}: {meaning}',
    'case.waiting': 'Waited {time}',
    'case.free': 'Nobody handles the case',
    'case.restored': 'Restore signal {code} received {time}: the cause has gone away at the panel',
    'case.heardAgain': 'The transmitter is heard again since {time}',
    'case.taken': 'Handled by {operator} since {time}',
    'case.object': '{object}, {address} – {customer}',
    'case.noObject': 'Account {account} belongs to no alarm object',
    'case.noPlan': 'No action plan: close it with a note of what you did.',
    'take': 'Take the case',
    'takeOver': 'Take over from {operator}',
    'step.outcome': 'Outcome, step {step}',
    'step.note': 'Note, step {step}',
    'step.save': 'Save step {step}',
    'step.done': '{outcome} – {operator} {time}{note}',
    'outcome.ANSWERED': 'Answered',
    'outcome.NO_ANSWER': 'No answer',
    'outcome.BUSY': 'Busy',
    'outcome.ALERTED': 'Alerted',
    'outcome.SKIPPED': 'Skipped',
    'close.reason': 'Closing reason',
    'close.note': 'Closing note',
    'close.incident': 'Incident id (when passed to an incident)',
    'closed.incident': ', incident {incident}',
    'close': 'Close the case',
    'reason.FALSE_ALARM': 'False alarm',
    'reason.HANDLED': 'Handled',
    'reason.PASSED_TO_INCIDENT': 'Passed to an incident (rescue service, police, ambulance)',
    'reason.CANCELLED_BY_CUSTOMER': 'Cancelled by the customer',
    'closed': 'Closed {time} by {operator}: {reason}{note}',
    'recent': 'Recently closed',
    'step.ALERT_RESCUE_SERVICE': 'Alert the rescue service',
    'step.atOnce': ' (automatically on a fire alarm)',
    'rescue.auto': 'Rescue service alerted automatically {time}: {service} ({municipality}), {number}{address}',
    'rescue.by': 'Rescue service alerted {time} by {operator}: {service} ({municipality}), {number}{address}',
    'rescue.address': ', {address}',
    'rescue.target': 'To alert: {service} ({municipality}), {number}{address}',
    'rescue.unknown': 'No rescue service to alert from here: {reason}. Alert via 112.',
    'map.heading': 'The object on the map',
    'map.label': 'Map of the selected alarm object',
    'map.none': 'No open case with an alarm object.',
    'map.caption': '{id}: {object}, {address} ({lat}, {lon})',
    'map.show': 'Show {id} on the map',
    'figures.heading': 'Response times per customer',
    'figures.from': 'From day',
    'figures.to': 'To day',
    'figures.show': 'Show',
    'figures.caption': 'Per customer {from} – {to} (Swedish time)',
    'figures.none': 'No alarms in the period.',
    'figures.customer': 'Customer',
    'figures.received': 'Signals received',
    'figures.cases': 'Cases',
    'figures.take': 'Time to take (p50 / p90)',
    'figures.close': 'Time to close (p50 / p90)',
    'figures.false': 'False alarms',
    'figures.noCustomer': 'Accounts of no object',
  },
};

export default {
  id: 'alarms',
  title: { sv: 'Larm', en: 'Alarms' },
  key: 'e',
  roles: ['CALL_TAKER', 'DISPATCHER', 'SUPERVISOR'],
  css: 'views/alarms.css',
  strings,

  mount(root, app) {
    const t = app.t;
    const lang = app.lang === 'en' ? 'english' : 'swedish';
    const me = app.session?.username ?? '';
    const acts = app.can('CALL_TAKER', 'DISPATCHER', 'SUPERVISOR');
    let alive = true;

    const caseError = el('div', { testid: 'case-error', attrs: { role: 'alert' } });
    const caseList = el('ol', { cls: 'alarm-cases', testid: 'case-list' });
    const caseNone = el('p', { cls: 'muted', testid: 'case-none', text: t('cases.none') });
    const closedList = el('ul', { testid: 'case-closed-list' });
    const list = el('ol', { cls: 'alarm-list', testid: 'alarm-list' });
    const empty = el('p', { cls: 'muted', testid: 'alarm-none', text: t('none') });
    const error = el('p', { cls: 'error', testid: 'alarm-error', attrs: { role: 'alert' } });
    const mapBox = el('div', { cls: 'alarm-map', testid: 'alarm-map', attrs: { role: 'region', 'aria-label': t('map.label') } });
    const mapCaption = el('p', { testid: 'alarm-map-caption', text: t('map.none') });
    const today = swedishDate(Date.now());
    const figuresFrom = el('input', { testid: 'figures-from', attrs: { id: 'alarm-figures-from', type: 'date', value: today } });
    const figuresTo = el('input', { testid: 'figures-to', attrs: { id: 'alarm-figures-to', type: 'date', value: today } });
    const figuresShow = el('button', { testid: 'figures-show', text: t('figures.show'), attrs: { type: 'button' } });
    const figuresError = el('p', { cls: 'error', testid: 'figures-error', attrs: { role: 'alert' } });
    const figuresBox = el('div', { testid: 'figures' });
    mapBox.hidden = true;
    root.append(el('h1', { text: t('heading') }),
      el('section', { attrs: { 'aria-labelledby': 'alarm-cases-heading' } }, [
        el('h2', { text: t('cases'), attrs: { id: 'alarm-cases-heading' } }), caseError, caseNone, caseList,
        el('h3', { text: t('recent') }), closedList]),
      el('section', { attrs: { 'aria-labelledby': 'alarm-map-heading' } }, [
        el('h2', { text: t('map.heading'), attrs: { id: 'alarm-map-heading' } }), mapCaption, mapBox]),
      el('section', { attrs: { 'aria-labelledby': 'alarm-received-heading' } }, [
        el('h2', { text: t('received.heading'), attrs: { id: 'alarm-received-heading' } }), error, empty, list]),
      el('section', { attrs: { 'aria-labelledby': 'alarm-figures-heading' } }, [
        el('h2', { text: t('figures.heading'), attrs: { id: 'alarm-figures-heading' } }),
        el('div', { cls: 'case-step-form' }, [
          el('label', { text: t('figures.from'), attrs: { for: 'alarm-figures-from' } }), figuresFrom,
          el('label', { text: t('figures.to'), attrs: { for: 'alarm-figures-to' } }), figuresTo, figuresShow]),
        figuresError, figuresBox]));

    // the object of the selected case (or of the first open case with one) on the map
    let map = null;
    let marker = null;
    let selected = null;
    function showOnMap(views) {
      const withObject = views.filter((v) => v.object?.position);
      const view = withObject.find((v) => v.alarmCase.id === selected) ?? withObject[0];
      if (!view) {
        mapBox.hidden = true;
        mapCaption.textContent = t('map.none');
        return;
      }
      selected = view.alarmCase.id;
      const o = view.object;
      const at = [o.position.lat, o.position.lon];
      mapCaption.textContent = t('map.caption', { id: view.alarmCase.id, object: o.name, address: o.address,
        lat: o.position.lat, lon: o.position.lon });
      mapBox.hidden = false;
      if (!map) map = createMap(mapBox, app.settings, { center: at, zoom: 15, api: app.api });
      marker?.remove();
      marker = L.marker(at, { title: `${o.name}, ${o.address}`, alt: o.name, keyboard: false, icon: L.divIcon({
        className: 'map-icon', html: `<span class="alarm-map-object" data-testid="alarm-map-object" data-object="${encodeURIComponent(o.id)}"></span>`,
        iconSize: [22, 22] }) }).addTo(map);
      map.invalidateSize();
      map.setView(at, 15, { animate: false });
    }
    let lastOpen = [];

    const waits = [];
    const meaningOf = (m, code) => `${code ? `${code} ` : ''}${m?.[lang] ?? ''}`.trim();

    async function act(path, body, fields = []) {
      caseError.replaceChildren();
      try {
        await app.api.post(path, body);
        // the step's fields are empty again (by id: a live reload may have drawn them anew meanwhile)
        fields.map((field) => document.getElementById(field.id)).filter(Boolean)
          .forEach((field) => { field.value = field.tagName === 'SELECT' ? field.options[0]?.value ?? '' : ''; });
        await loadCases();
      } catch (e) {
        if (alive) caseError.replaceChildren(el('p', { cls: 'notice notice-error', text: e.message }));
      }
    }

    function stepItem(c, step, index, onCall, rescueCall) {
      const number = index + 1;
      const done = c.done.filter((d) => d.step === number);
      const parts = [
        el('strong', { text: t(`step.${step.kind}`, { number: onCall }) }),
        document.createTextNode(`${step.atOnce ? t('step.atOnce') : ''}: ${step.instruction}`),
      ];
      if (step.kind === 'ALERT_RESCUE_SERVICE' && rescueCall) {
        const r = rescueCall.service;
        parts.push(el('p', { testid: 'case-rescue-target', cls: r ? '' : 'notice notice-error', text: r
          ? t('rescue.target', { service: r.name, municipality: r.municipality, number: r.alarmNumber,
            address: r.alarmAddress ? t('rescue.address', { address: r.alarmAddress }) : '' })
          : t('rescue.unknown', { reason: rescueCall.unknown }) }));
      }
      if (done.length) {
        parts.push(el('ul', { testid: 'case-step-done' }, done.map((d) => el('li', { text: t('step.done', {
          outcome: t(`outcome.${d.outcome}`), operator: d.operator, time: dateTime(d.at),
          note: d.note ? ` – ${d.note}` : '' }) }))));
      }
      if (acts && c.taken?.operator === me) {
        const id = `case-${c.id}-step-${number}`;
        const outcome = el('select', { testid: 'case-step-outcome', attrs: { id: `${id}-outcome` } },
          (OUTCOMES[step.kind] ?? []).map((o) => el('option', { text: t(`outcome.${o}`), attrs: { value: o } })));
        const note = el('input', { testid: 'case-step-note', attrs: { id: `${id}-note`, maxlength: 500 } });
        const save = el('button', { testid: 'case-step-save', text: t('step.save', { step: number }), attrs: { type: 'button' } });
        save.addEventListener('click', () => act(`/api/alarms/cases/${encodeURIComponent(c.id)}/steps`,
          { step: number, outcome: outcome.value, note: note.value }, [outcome, note]));
        parts.push(el('div', { cls: 'case-step-form' }, [
          el('label', { text: t('step.outcome', { step: number }), attrs: { for: `${id}-outcome` } }), outcome,
          el('label', { text: t('step.note', { step: number }), attrs: { for: `${id}-note` } }), note, save]));
      }
      return el('li', { testid: 'case-step' }, parts);
    }

    function closeForm(c) {
      const id = `case-${c.id}-close`;
      const reason = el('select', { testid: 'case-close-reason', attrs: { id: `${id}-reason` } },
        REASONS.map((r) => el('option', { text: t(`reason.${r}`), attrs: { value: r } })));
      const note = el('input', { testid: 'case-close-note', attrs: { id: `${id}-note`, maxlength: 500 } });
      const incident = el('input', { testid: 'case-close-incident', attrs: { id: `${id}-incident`, maxlength: 100 } });
      const button = el('button', { testid: 'case-close', text: t('close'), attrs: { type: 'button' } });
      button.addEventListener('click', () => act(`/api/alarms/cases/${encodeURIComponent(c.id)}/close`,
        { reason: reason.value, note: note.value, incidentId: incident.value.trim() || null }));
      return el('div', { cls: 'case-close-form' }, [
        el('label', { text: t('close.reason'), attrs: { for: `${id}-reason` } }), reason,
        el('label', { text: t('close.note'), attrs: { for: `${id}-note` } }), note,
        el('label', { text: t('close.incident'), attrs: { for: `${id}-incident` } }), incident, button]);
    }

    function alarmCase(view) {
      const c = view.alarmCase;
      const waiting = el('span', { testid: 'case-waiting', text: t('case.waiting', { time: since(c.receivedAt) }) });
      waits.push(() => { waiting.textContent = t('case.waiting', { time: since(c.receivedAt) }); });
      const where = view.object
        ? t('case.object', { object: view.object.name, address: view.object.address,
          customer: view.customer?.name ?? view.object.customerId })
        : t('case.noObject', { account: c.account });
      const holder = c.taken
        ? t('case.taken', { operator: c.taken.operator, time: dateTime(c.taken.at) })
        : t('case.free');
      const parts = [
        el('h3', { testid: 'case-title', text: t('case.title', { id: c.id, meaning: meaningOf(view.meaning, c.code) }) }),
        el('p', { testid: 'case-priority', text: `${t(`priority.${c.priority}`)} · ` }, [waiting]),
        el('p', { testid: 'case-object', text: where }),
        el('p', { testid: 'case-holder', text: holder }),
      ];
      if (c.restored) {
        parts.push(el('p', { cls: 'notice notice-ok', testid: 'case-restored',
          text: c.restored.code ? t('case.restored', { code: c.restored.code, time: dateTime(c.restored.at) })
            : t('case.heardAgain', { time: dateTime(c.restored.at) }) }));
      }
      if (c.rescue) {
        const r = c.rescue;
        const values = { time: dateTime(r.at), operator: r.operator, service: r.service, municipality: r.municipality,
          number: r.alarmNumber, address: r.alarmAddress ? t('rescue.address', { address: r.alarmAddress }) : '' };
        parts.push(el('p', { cls: 'notice notice-ok', testid: 'case-rescue',
          text: t(r.operator ? 'rescue.by' : 'rescue.auto', values) }));
      }
      if (view.object?.position) {
        const show = el('button', { testid: 'case-show-map', text: t('map.show', { id: c.id }), attrs: { type: 'button' } });
        show.addEventListener('click', () => { selected = c.id; showOnMap(lastOpen); });
        parts.push(show);
      }
      if (acts && c.taken?.operator !== me) {
        const take = el('button', { testid: 'case-take', attrs: { type: 'button' },
          text: c.taken ? t('takeOver', { operator: c.taken.operator }) : t('take') });
        take.addEventListener('click', () => act(`/api/alarms/cases/${encodeURIComponent(c.id)}/take`,
          { takeOver: Boolean(c.taken) }));
        parts.push(take);
      }
      if (c.steps.length) {
        parts.push(el('ol', { testid: 'case-steps' }, c.steps.map((step, i) => stepItem(c, step, i, view.customer?.onCallNumber ?? '–', view.rescueService))));
      } else {
        parts.push(el('p', { cls: 'muted', text: t('case.noPlan') }));
      }
      if (acts && c.taken?.operator === me) parts.push(closeForm(c));
      return el('li', { cls: 'panel', testid: 'case-item', attrs: { 'data-case': c.id, 'data-priority': c.priority } },
        [el('article', {}, parts)]);
    }

    function closedCase(view) {
      const c = view.alarmCase;
      return el('li', { testid: 'case-closed', text: `${c.id}: ${meaningOf(view.meaning, c.code)} – ${t('closed', {
        time: dateTime(c.closed.at), operator: c.closed.operator,
        reason: t(`reason.${c.closed.reason}`) + (c.closed.incidentId ? t('closed.incident', { incident: c.closed.incidentId }) : ''),
        note: c.closed.note ? ` (${c.closed.note})` : '' })}` });
    }

    async function loadCases() {
      const view = await app.api.get('/api/alarms/cases?closed=10');
      if (!alive) return;
      waits.length = 0;
      caseNone.hidden = view.open.length > 0;
      // a live reload must not wipe what the operator is typing: keep each field's value and the focus by id
      const typed = new Map([...caseList.querySelectorAll('input, select')].map((f) => [f.id, f.value]));
      const focused = document.activeElement?.id;
      caseList.replaceChildren(...view.open.map(alarmCase));
      for (const field of caseList.querySelectorAll('input, select')) {
        if (typed.has(field.id)) field.value = typed.get(field.id);
      }
      if (focused && caseList.contains(document.getElementById(focused))) document.getElementById(focused).focus();
      closedList.replaceChildren(...view.closed.map(closedCase));
      lastOpen = view.open;
      showOnMap(lastOpen);
    }

    const seconds = (s) => (s === null || s === undefined ? '–' : duration(s));
    async function loadFigures() {
      figuresError.textContent = '';
      try {
        const f = await app.api.get(`/api/alarms/figures?from=${encodeURIComponent(figuresFrom.value)}&to=${encodeURIComponent(figuresTo.value)}`);
        if (!alive) return;
        if (!f.customers.length) {
          figuresBox.replaceChildren(el('p', { cls: 'muted', testid: 'figures-none', text: t('figures.none') }));
          return;
        }
        const head = ['customer', 'received', 'cases', 'take', 'close', 'false']
          .map((k) => el('th', { text: t(`figures.${k}`), attrs: { scope: 'col' } }));
        const rows = f.customers.map((c) => el('tr', { testid: 'figures-row', attrs: { 'data-customer': c.customerId } }, [
          el('th', { text: c.customerId ? c.name : t('figures.noCustomer'), attrs: { scope: 'row' } }),
          el('td', { text: c.received }), el('td', { text: c.cases }),
          el('td', { text: `${seconds(c.takeP50)} / ${seconds(c.takeP90)}` }),
          el('td', { text: `${seconds(c.closeP50)} / ${seconds(c.closeP90)}` }),
          el('td', { text: c.falseAlarmShare === null ? '–' : `${c.falseAlarms} (${Math.round(c.falseAlarmShare * 100)} %)` })]));
        figuresBox.replaceChildren(el('table', { cls: 'alarm-figures', testid: 'figures-table' }, [
          el('caption', { text: t('figures.caption', { from: f.from, to: f.to }) }),
          el('thead', {}, [el('tr', {}, head)]), el('tbody', {}, rows)]));
      } catch (e) {
        if (alive) figuresError.textContent = e.message;
      }
    }
    figuresShow.addEventListener('click', loadFigures);

    function alarm(a) {
      const meaning = a.meaning ?? {};
      const cls = t(`class.${meaning.alarmClass}`);
      const planClass = t(`class.${a.planClass}`);
      const parts = [
        el('h3', { testid: 'alarm-meaning', text: `${a.code || '–'}: ${meaning[lang] ?? ''} (${cls})` }),
        el('p', { testid: 'alarm-received', text: t('received', { time: dateTime(a.receivedAt), account: a.account,
          zone: a.zone ? t('zone', { zone: a.zone }) : '' }) }),
      ];
      if (!a.object) {
        parts.push(el('p', { cls: 'muted', testid: 'alarm-object', text: t('object.none') }));
      } else {
        parts.push(el('p', { testid: 'alarm-object', text: t('object', { object: a.object.name, address: a.object.address,
          customer: a.customer?.name ?? a.object.customerId, contract: a.customer?.contractReference ?? '–' }) }));
        if ((a.steps ?? []).length === 0) {
          parts.push(el('p', { cls: 'muted', testid: 'alarm-plan-none', text: t('plan.none', { class: planClass }) }));
        } else {
          parts.push(el('h4', { text: t('plan', { class: planClass }) }),
            el('ol', { testid: 'alarm-steps' }, a.steps.map((s) => el('li', { testid: 'alarm-step' }, [
              el('strong', { text: t(`step.${s.kind}`, { number: a.customer?.onCallNumber ?? '–' }) }),
              document.createTextNode(`: ${s.instruction}`)]))));
        }
      }
      return el('li', { cls: 'panel', testid: 'alarm-item', attrs: { 'data-account': a.account, 'data-class': meaning.alarmClass ?? '' } },
        [el('article', {}, parts)]);
    }

    async function loadReceived() {
      const view = await app.api.get('/api/alarms/received?limit=50');
      if (!alive) return;
      error.textContent = '';
      const alarms = view.alarms ?? [];
      empty.hidden = alarms.length > 0;
      list.replaceChildren(...alarms.map(alarm));
    }

    const failed = (e) => { if (alive) error.textContent = t('error', { reason: e.message }); };
    const stop = everyMs(REFRESH_MS, async (isAlive) => {
      await Promise.all([loadCases(), loadReceived(), loadFigures()]);
      if (!isAlive()) return;
    }, failed);
    // live: a case's events reload the cases, a signal other than a link test the signals (link tests come from every
    // transmitter every few seconds and change neither); the events of half a second reload once
    let pending = null;
    const wanted = { cases: false, received: false };
    const reload = (what) => {
      wanted[what] = true;
      if (pending) return;
      pending = setTimeout(() => {
        pending = null;
        const loads = [wanted.cases && loadCases(), wanted.received && loadReceived()].filter(Boolean);
        wanted.cases = false;
        wanted.received = false;
        Promise.all(loads).catch(failed);
      }, 500);
    };
    app.live.on('alarms.AlarmCase', () => reload('cases'));
    app.live.on('alarms.AlarmStepDone', () => reload('cases'));
    app.live.on('alarms.RescueServiceAlerted', () => reload('cases'));
    app.live.on('alarms.MessageReceived', (event) => { if (event.payload?.type !== 'NULL') reload('received'); });
    const stopTicking = everySecond(() => waits.forEach((update) => update()));

    return { unmount() { alive = false; stop(); stopTicking(); clearTimeout(pending); map?.remove(); } };
  },
};

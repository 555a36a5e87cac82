// Supervisor (arbetsledare): the 112 answer-time figures of the last hour against the targets, the call queue, the
// units by status and the open incidents by priority, live. Each figure is judged green (met with margin), amber
// (met, but within a quarter of the limit) or red (missed), always with the verdict in words beside the colour.
import { el, duration, everySecond, swedishDate, addDays } from '../format.js';
import { createMajorIncidentPanel } from './crisis/panel.js';
import { createEidoReceive, EXCHANGE_STRINGS } from './dispatcher/exchange.js';
import { POLYGON_STRINGS } from './crisis/polygon.js';

const ZONE = 'Europe/Stockholm';
// The 112 targets (DOMAIN.md): mean answer time at most 8 s, at most 8 % answered after 15 s, nobody over 30 s.
const LIMITS = { mean: 8, share: 8, longest: 30 };
const AMBER_FROM = 0.75; // met, but above three quarters of the limit
const STATUS_GROUPS = [
  ['free', ['AVAILABLE_AT_STATION', 'AVAILABLE_MOBILE', 'CLEAR']],
  ['busy', ['ALERTED', 'ACKNOWLEDGED', 'EN_ROUTE', 'ON_SCENE', 'TRANSPORT', 'AT_HOSPITAL']],
  ['unavailable', ['TEMPORARILY_UNAVAILABLE', 'OUT_OF_SERVICE']],
];
const TARGET_KEYS = { MEAN_AT_MOST_8_S: 'mean', AT_MOST_8_PERCENT_AFTER_15_S: 'share', NOBODY_OVER_30_S: 'longest' };

const strings = {
  sv: {
    'heading': 'Arbetsledare – svarstider 112',
    'updated': 'Senast uppdaterad {time}',
    'lastHour': 'Senaste timmen (112)',
    'mean': 'Medelsvarstid',
    'mean.target': 'Mål: högst 8 s i medel',
    'share': 'Besvarade efter 15 s',
    'share.target': 'Mål: högst 8 % av besvarade',
    'share.detail': '{count} av {answered} besvarade',
    'longest': 'Längsta väntetid',
    'longest.target': 'Mål: ingen väntar över 30 s',
    'calls.summary': '{calls} samtal · {answered} besvarade · {abandoned} avbrutna · {waiting} väntar',
    'state.green': 'Uppfyllt',
    'state.amber': 'Uppfyllt, nära gränsen',
    'state.red': 'Ej uppfyllt',
    'state.none': 'Inga samtal',
    'seconds': '{value} s',
    'percent': '{value} %',
    'none': '–',
    'queue': 'Kön nu',
    'queue.length': 'I kö',
    'queue.longest': 'Längst väntande',
    'queue.empty': 'Ingen väntar',
    'queue.state.green': 'Under 15 s',
    'queue.state.amber': 'Över 15 s',
    'queue.state.red': 'Över 30 s – svara nu',
    'units': 'Enheter efter status',
    'units.free': 'Lediga',
    'units.busy': 'På uppdrag',
    'units.unavailable': 'Ej tillgängliga',
    'incidents': 'Öppna ärenden efter prioritet',
    'incidents.priority': 'Prio {priority}',
    'incidents.pending': 'Väntar på enhet',
    'incidents.total': 'Öppna totalt',
    'hourly': 'Idag timme för timme (112)',
    'daily': 'Senaste 7 dagarna (112)',
    'col.hour': 'Timme',
    'col.day': 'Dag',
    'col.calls': 'Samtal',
    'col.mean': 'Medel',
    'col.share': 'Efter 15 s',
    'col.longest': 'Längst',
    'col.verdict': 'Mål',
    'verdict.met': 'Alla mål uppfyllda',
    'verdict.missed': 'Mål missat: {targets}',
    'verdict.none': 'Inga samtal',
    'hourly.empty': 'Inga samtal idag ännu.',
    'error': 'Kunde inte hämta {what}: {reason}',
    'status.AVAILABLE_AT_STATION': 'Ledig på station',
    'status.AVAILABLE_MOBILE': 'Ledig ute',
    'status.ALERTED': 'Larmad',
    'status.ACKNOWLEDGED': 'Kvitterad',
    'status.EN_ROUTE': 'Framkörning',
    'status.ON_SCENE': 'Framme',
    'status.TRANSPORT': 'Transport',
    'status.AT_HOSPITAL': 'Vid sjukhus',
    'status.CLEAR': 'Klar uppdrag',
    'status.TEMPORARILY_UNAVAILABLE': 'Ej larmberedd',
    'status.OUT_OF_SERVICE': 'Ej i tjänst',
    'target.mean': 'medeltid (högst 8 s)',
    'target.share': 'andel efter 15 s (högst 8 %)',
    'target.longest': 'längsta väntan (högst 30 s)',
  },
  en: {
    'heading': 'Supervisor – 112 answer times',
    'updated': 'Last updated {time}',
    'lastHour': 'Last hour (112)',
    'mean': 'Mean answer time',
    'mean.target': 'Target: at most 8 s on average',
    'share': 'Answered after 15 s',
    'share.target': 'Target: at most 8 % of answered',
    'share.detail': '{count} of {answered} answered',
    'longest': 'Longest wait',
    'longest.target': 'Target: nobody waits over 30 s',
    'calls.summary': '{calls} calls · {answered} answered · {abandoned} abandoned · {waiting} waiting',
    'state.green': 'Met',
    'state.amber': 'Met, close to the limit',
    'state.red': 'Missed',
    'state.none': 'No calls',
    'seconds': '{value} s',
    'percent': '{value} %',
    'none': '–',
    'queue': 'The queue now',
    'queue.length': 'Waiting',
    'queue.longest': 'Longest waiting',
    'queue.empty': 'Nobody waiting',
    'queue.state.green': 'Under 15 s',
    'queue.state.amber': 'Over 15 s',
    'queue.state.red': 'Over 30 s – answer now',
    'units': 'Units by status',
    'units.free': 'Free',
    'units.busy': 'On assignment',
    'units.unavailable': 'Unavailable',
    'incidents': 'Open incidents by priority',
    'incidents.priority': 'Priority {priority}',
    'incidents.pending': 'Waiting for a unit',
    'incidents.total': 'Open in all',
    'hourly': 'Today hour by hour (112)',
    'daily': 'The last 7 days (112)',
    'col.hour': 'Hour',
    'col.day': 'Day',
    'col.calls': 'Calls',
    'col.mean': 'Mean',
    'col.share': 'After 15 s',
    'col.longest': 'Longest',
    'col.verdict': 'Targets',
    'verdict.met': 'All targets met',
    'verdict.missed': 'Target missed: {targets}',
    'verdict.none': 'No calls',
    'hourly.empty': 'No calls today yet.',
    'error': 'Could not load {what}: {reason}',
    'status.AVAILABLE_AT_STATION': 'Free at station',
    'status.AVAILABLE_MOBILE': 'Free, mobile',
    'status.ALERTED': 'Alerted',
    'status.ACKNOWLEDGED': 'Acknowledged',
    'status.EN_ROUTE': 'En route',
    'status.ON_SCENE': 'On scene',
    'status.TRANSPORT': 'Transport',
    'status.AT_HOSPITAL': 'At hospital',
    'status.CLEAR': 'Clear',
    'status.TEMPORARILY_UNAVAILABLE': 'Temporarily unavailable',
    'status.OUT_OF_SERVICE': 'Out of service',
    'target.mean': 'mean wait (at most 8 s)',
    'target.share': 'share after 15 s (at most 8%)',
    'target.longest': 'longest wait (at most 30 s)',
  },
};

// green, amber or red for a value against an upper limit; 'none' when there is nothing to judge.
function judge(value, limit) {
  if (value === null || value === undefined) return 'none';
  if (value > limit) return 'red';
  return value > limit * AMBER_FROM ? 'amber' : 'green';
}

export default {
  id: 'supervisor',
  title: { sv: 'Arbetsledare', en: 'Supervisor' },
  key: '4',
  roles: ['SUPERVISOR'],
  strings: { sv: { ...strings.sv, ...EXCHANGE_STRINGS.sv, ...POLYGON_STRINGS.sv },
    en: { ...strings.en, ...EXCHANGE_STRINGS.en, ...POLYGON_STRINGS.en } },
  css: 'views/supervisor.css',

  mount(root, app) {
    const t = app.t;
    const locale = app.lang === 'en' ? 'en-GB' : 'sv-SE';
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const time = (instant) => new Date(instant).toLocaleTimeString(locale, { timeZone: ZONE });
    let alive = true;
    let live = null; // /api/calls/figures/live
    let queue = null; // /api/calls/queue, with the browser time it arrived
    let queueFetchedAt = 0;

    // ---- skeleton
    const updated = el('p', { cls: 'muted sup-updated', testid: 'supervisor-updated', attrs: { 'aria-live': 'polite' } });
    const errors = el('div', { testid: 'supervisor-errors' });
    const card = (id, titleKey, targetKey) => {
      const value = el('div', { cls: 'sup-value', testid: `figure-${id}-value` });
      const state = el('div', { cls: 'sup-state', testid: `figure-${id}-state` });
      const detail = el('div', { cls: 'sup-detail muted', testid: `figure-${id}-detail` });
      const box = el('article', { cls: 'sup-card panel', testid: `figure-${id}` }, [
        el('h3', { text: t(titleKey) }), value, state,
        el('div', { text: t(targetKey), cls: 'sup-target' }), detail,
      ]);
      return { box, value, state, detail };
    };
    const mean = card('mean', 'mean', 'mean.target');
    const share = card('share', 'share', 'share.target');
    const longest = card('longest', 'longest', 'longest.target');
    const summary = el('p', { cls: 'sup-summary', testid: 'figures-summary' });

    const queueLength = el('div', { cls: 'sup-value', testid: 'queue-length' });
    const queueLongest = el('div', { cls: 'sup-value', testid: 'queue-longest' });
    const queueState = el('div', { cls: 'sup-state', testid: 'queue-state' });
    const queueBox = el('article', { cls: 'sup-card panel', testid: 'queue' }, [
      el('h3', { text: t('queue') }),
      el('div', { cls: 'sup-pair' }, [
        el('div', {}, [el('div', { text: t('queue.length'), cls: 'sup-label' }), queueLength]),
        el('div', {}, [el('div', { text: t('queue.longest'), cls: 'sup-label' }), queueLongest]),
      ]),
      queueState,
    ]);

    const units = el('div', { cls: 'sup-units', testid: 'units' });
    const incidents = el('div', { cls: 'sup-incidents', testid: 'incidents' });
    const hourly = el('div', { testid: 'hourly' });
    const daily = el('div', { testid: 'daily' });

    root.append(
      el('div', { cls: 'sup-head' }, [el('h1', { text: t('heading') }), updated]),
      errors,
      el('h2', { text: t('lastHour') }),
      el('div', { cls: 'sup-cards' }, [mean.box, share.box, longest.box, queueBox]),
      summary,
      el('div', { cls: 'sup-columns' }, [
        el('section', { cls: 'panel', attrs: { 'aria-labelledby': 'sup-units-h' } }, [el('h2', { text: t('units'), attrs: { id: 'sup-units-h' } }), units]),
        el('section', { cls: 'panel', attrs: { 'aria-labelledby': 'sup-inc-h' } }, [el('h2', { text: t('incidents'), attrs: { id: 'sup-inc-h' } }), incidents]),
      ]),
      el('div', { cls: 'sup-columns' }, [
        el('section', { cls: 'panel' }, [el('h2', { text: t('hourly') }), hourly]),
        el('section', { cls: 'panel' }, [el('h2', { text: t('daily') }), daily]),
      ]),
    );

    function setState(node, state, text) {
      node.dataset.state = state;
      node.className = `sup-state sup-${state}`;
      node.textContent = text;
    }

    function showError(what, e) {
      errors.replaceChildren(el('p', { text: t('error', { what, reason: e.message }), cls: 'notice notice-error', attrs: { role: 'alert' } }));
    }

    // ---- the figures of the last hour
    function renderFigures() {
      const f = live.figures;
      updated.textContent = t('updated', { time: time(live.at) });
      const meanValue = f.meanAnswerSeconds;
      mean.value.textContent = meanValue === null ? t('none') : t('seconds', { value: number.format(meanValue) });
      setState(mean.state, judge(meanValue, LIMITS.mean), t(`state.${judge(meanValue, LIMITS.mean)}`));
      mean.box.dataset.state = mean.state.dataset.state;

      const shareValue = f.shareAfter15s === null ? null : f.shareAfter15s * 100;
      share.value.textContent = shareValue === null ? t('none') : t('percent', { value: percent.format(shareValue) });
      share.detail.textContent = t('share.detail', { count: f.answeredAfter15s, answered: f.answered });
      setState(share.state, judge(shareValue, LIMITS.share), t(`state.${judge(shareValue, LIMITS.share)}`));
      share.box.dataset.state = share.state.dataset.state;

      summary.textContent = t('calls.summary', { calls: f.calls, answered: f.answered, abandoned: f.abandoned, waiting: f.waiting });
      renderLongest();
    }

    // The longest wait of the hour, moved on every second while someone still waits, and the queue's own timer.
    function currentLongestWait() {
      if (!queue || queue.calls.length === 0) return 0;
      return queue.calls[0].waitSeconds + Math.max(0, (Date.now() - queueFetchedAt) / 1000);
    }

    function renderLongest() {
      if (live) {
        const f = live.figures;
        const value = f.calls === 0 ? null : Math.max(f.longestWaitSeconds, currentLongestWait());
        longest.value.textContent = value === null ? t('none') : t('seconds', { value: number.format(Math.floor(value)) });
        const state = judge(value, LIMITS.longest);
        setState(longest.state, state, t(`state.${state}`));
        longest.box.dataset.state = state;
      }
      if (queue) {
        const waiting = queue.waiting; // every queued call; the page holds only the longest waiting
        queueLength.textContent = String(waiting);
        if (waiting === 0) {
          queueLongest.textContent = t('none');
          setState(queueState, 'green', t('queue.empty'));
        } else {
          const wait = currentLongestWait();
          queueLongest.textContent = duration(wait);
          const state = wait > LIMITS.longest ? 'red' : wait > 15 ? 'amber' : 'green';
          setState(queueState, state, t(`queue.state.${state}`));
        }
        queueBox.dataset.state = queueState.dataset.state;
      }
    }

    // ---- units and incidents
    function renderUnits(fleet) {
      const counts = {};
      for (const unit of fleet.units) counts[unit.status] = (counts[unit.status] ?? 0) + 1;
      units.replaceChildren(...STATUS_GROUPS.map(([group, statuses]) => {
        const total = statuses.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
        const list = el('dl', { cls: 'sup-statuses' });
        for (const status of statuses) {
          list.append(
            el('dt', { text: t(`status.${status}`) }),
            el('dd', { text: String(counts[status] ?? 0), testid: `units-${status}` }),
          );
        }
        return el('div', { cls: `sup-group sup-group-${group}` }, [
          el('div', { cls: 'sup-group-head' }, [
            el('span', { text: t(`units.${group}`), cls: 'sup-label' }),
            el('span', { text: String(total), cls: 'sup-big', testid: `units-${group}` }),
          ]),
          list,
        ]);
      }));
    }

    function renderIncidents(open, pending) {
      const counts = open.counts;
      const priorities = [...new Set([1, 2, 3, 4, ...Object.keys(counts).map(Number)])].sort((a, b) => a - b);
      incidents.replaceChildren(
        el('div', { cls: 'sup-priorities' }, priorities.map((p) => el('div', { cls: `sup-priority sup-p${p}`, testid: `incidents-p${p}-box` }, [
          el('span', { text: t('incidents.priority', { priority: p }), cls: 'sup-label' }),
          el('span', { text: String(counts[p] ?? 0), cls: 'sup-big', testid: `incidents-p${p}` }),
        ]))),
        el('dl', { cls: 'sup-statuses' }, [
          el('dt', { text: t('incidents.total') }),
          el('dd', { text: String(Object.values(counts).reduce((a, b) => a + b, 0)), testid: 'incidents-open' }),
          el('dt', { text: t('incidents.pending') }),
          el('dd', { text: String(pending.pending), testid: 'incidents-pending' }),
        ]),
      );
    }

    // ---- today per hour, the last 7 days
    function verdictText(period) {
      if (period.calls === 0) return t('verdict.none');
      const missed = period.targets.filter((r) => r.verdict === 'MISSED').map((r) => t(`target.${TARGET_KEYS[r.target]}`));
      return missed.length === 0 ? t('verdict.met') : t('verdict.missed', { targets: missed.join(', ') });
    }

    function periodTable(periods, firstColumn, label, testid) {
      const head = el('tr', {}, [firstColumn, 'col.calls', 'col.mean', 'col.share', 'col.longest', 'col.verdict']
        .map((key) => el('th', { text: t(key), attrs: { scope: 'col' } })));
      const rows = periods.map((p) => {
        const state = p.calls === 0 ? 'none' : p.allMet ? 'green' : 'red';
        return el('tr', { testid: `${testid}-${label(p)}`, attrs: { 'data-state': state } }, [
          el('th', { text: label(p), attrs: { scope: 'row' } }),
          el('td', { text: String(p.calls) }),
          el('td', { text: p.meanAnswerSeconds === null ? t('none') : t('seconds', { value: number.format(p.meanAnswerSeconds) }) }),
          el('td', { text: p.shareAfter15s === null ? t('none') : t('percent', { value: percent.format(p.shareAfter15s * 100) }) }),
          el('td', { text: p.calls === 0 ? t('none') : t('seconds', { value: number.format(Math.floor(p.longestWaitSeconds)) }) }),
          el('td', { text: verdictText(p), cls: `sup-verdict sup-verdict-${state}` }),
        ]);
      });
      return el('table', { cls: 'sup-table' }, [el('thead', {}, [head]), el('tbody', {}, rows)]);
    }

    function renderHourly(data, now) {
      const shown = data.periods.filter((p) => p.calls > 0 || (Date.parse(p.from) <= Date.parse(now) && Date.parse(now) < Date.parse(p.to)));
      if (shown.every((p) => p.calls === 0)) {
        hourly.replaceChildren(el('p', { text: t('hourly.empty'), cls: 'muted' }));
        return;
      }
      hourly.replaceChildren(periodTable(shown, 'col.hour', (p) => p.localStart.slice(11, 16), 'hour'));
    }

    function renderDaily(data) {
      daily.replaceChildren(periodTable([...data.periods].reverse(), 'col.day', (p) => p.localStart.slice(0, 10), 'day'));
    }

    // ---- loading: each part again when the events that change it arrive
    async function loadCalls() {
      try {
        const [figures, waiting] = await Promise.all([app.api.get('/api/calls/figures/live'), app.api.get('/api/calls/queue?limit=1')]);
        if (!alive) return;
        live = figures;
        queue = waiting;
        queueFetchedAt = Date.now();
        renderFigures();
        const today = swedishDate(figures.at);
        const [perHour, perDay] = await Promise.all([
          app.api.get(`/api/calls/figures/hourly?date=${today}`),
          app.api.get(`/api/calls/figures/daily?from=${addDays(today, -6)}&to=${today}`),
        ]);
        if (!alive) return;
        renderHourly(perHour, figures.at);
        renderDaily(perDay);
      } catch (e) {
        if (alive) showError(t('lastHour'), e);
      }
    }

    async function loadDispatch() {
      try {
        // counts only: one incident per priority and of the pending queue, with the totals the pages carry
        const [fleet, pending, ...byPriority] = await Promise.all([
          app.api.get('/api/dispatch/fleet'),
          app.api.get('/api/dispatch/queue?limit=1'),
          ...[1, 2, 3, 4].map((p) => app.api.get(`/api/dispatch/incidents?open=true&priority=${p}&limit=1`)),
        ]);
        const open = { counts: Object.fromEntries(byPriority.map((page, i) => [i + 1, page.total])) };
        if (!alive) return;
        renderUnits(fleet);
        renderIncidents(open, pending);
      } catch (e) {
        if (alive) showError(t('units'), e);
      }
    }

    // Several events arrive together (a call answered, classified, linked): one reload for the burst.
    function debounced(fn) {
      let timer = null;
      const run = () => {
        clearTimeout(timer);
        timer = setTimeout(fn, 150);
      };
      run.cancel = () => clearTimeout(timer);
      return run;
    }
    const reloadCalls = debounced(loadCalls);
    const reloadDispatch = debounced(loadDispatch);
    app.live.on('calls.', reloadCalls);
    app.live.on('dispatch.', reloadDispatch);
    const stopClock = everySecond(renderLongest);

    loadCalls();
    loadDispatch();
    const majorIncidentsBox = el('section', { cls: 'panel', testid: 'major-incident-panel' });
    root.append(majorIncidentsBox);
    createMajorIncidentPanel(majorIncidentsBox, app);
    // an incident from another centre (a neighbour's, or the work taken over at a contract's end), received here
    root.append(el('section', { cls: 'panel', testid: 'supervisor-eido' }, [el('h2', { text: t('exchange.title') }),
      createEidoReceive(app, { onReceived: () => reloadDispatch() })]));

    return {
      unmount() {
        alive = false;
        stopClock();
        reloadCalls.cancel();
        reloadDispatch.cancel();
      },
    };
  },
};

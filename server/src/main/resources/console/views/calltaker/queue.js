// The incoming queue: callers waiting, longest first, with live waiting times; new calls are announced.
import { el, since, everySecond, phoneText } from '../../format.js';
import { majorIncidentMark } from '../crisis/banner.js';

const ANSWER_TARGET_SECONDS = 15; // longer waits are shown as late

// A wait as a screen reader should say it ("1 min 20 s", not "1:20"), in the button's name.
function spokenWait(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const m = Math.floor(s / 60);
  return m > 0 ? `${m} min ${s % 60} s` : `${s} s`;
}

export function phone(number) {
  return number ? phoneText(number) : null;
}

export function createQueue(box, app, { onAnswer }) {
  let calls = [];
  let waiting = 0; // every queued call (the server sends a page of them)
  let clockOffset = 0; // the server's clock minus this browser's, so waits match the server's figures
  let reload = null;

  const count = el('span', { cls: 'badge', testid: 'queue-count' });
  const next = el('button', { text: app.t('queue.answerNext'), cls: 'primary', testid: 'answer-next', attrs: { type: 'button' } },
    [el('kbd', { text: app.keys.hint('a'), cls: 'btn-key', attrs: { 'aria-hidden': 'true', 'data-key': 'a' } })]);
  const list = el('ol', { cls: 'queue-list', testid: 'queue-list' });
  const empty = el('p', { text: app.t('queue.empty'), cls: 'muted', testid: 'queue-empty' });
  const announce = el('p', { cls: 'visually-hidden', testid: 'queue-announce', attrs: { 'aria-live': 'assertive', role: 'status' } });
  // without onAnswer (an auditor) the queue is shown without its buttons
  box.append(el('div', { cls: 'panel-head' }, [el('h2', { text: app.t('queue.title'), attrs: { id: 'ct-queue-title' } }), count]),
    ...[onAnswer ? next : null, list, empty, announce].filter(Boolean));
  next.addEventListener('click', () => answerNext());

  async function load() {
    let queue;
    try {
      queue = await app.api.get('/api/calls/queue');
    } catch (e) {
      if (e.status !== 403) throw e;
      refused(); // the server does not give this role the queue (yet): say so, once, instead of an error
      return;
    }
    clockOffset = Date.parse(queue.at) - Date.now();
    calls = queue.calls;
    waiting = queue.waiting; // every queued call; the page holds the longest waiting
    render();
  }

  let stopped = false;
  function refused() {
    stopped = true;
    box.replaceChildren(el('h2', { text: app.t('queue.title'), attrs: { id: 'ct-queue-title' } }),
      el('p', { text: app.t('queue.notForRole'), cls: 'notice', testid: 'queue-not-for-role' }));
  }

  function render() {
    count.textContent = String(waiting);
    next.disabled = calls.length === 0;
    empty.hidden = calls.length > 0;
    list.replaceChildren(...calls.map(row));
    tick();
  }

  function row(call) {
    // its name says which call (a screen reader's user hears every button's name): "Svara: 112, 070-..., väntat 0:12"
    const answer = el('button', { text: app.t('queue.answer'), testid: 'queue-answer', attrs: { type: 'button' } });
    answer.dataset.line = call.line;
    answer.dataset.caller = phone(call.callerNumber) ?? app.t('queue.withheld');
    answer.addEventListener('click', () => onAnswer(call.callId));
    if (!onAnswer) answer.hidden = true;
    // who does not answer (a nurse, the auditor) opens the call to read it as it goes
    const open = el('a', { text: app.t('queue.open'), testid: 'queue-open', attrs: { href: `#/calls/${encodeURIComponent(call.callId)}` } });
    const item = el('li', { cls: 'queue-item', testid: 'queue-item', attrs: { 'data-call-id': call.callId } }, [
      el('span', { text: call.line, cls: 'badge line' }),
      el('span', { text: phone(call.callerNumber) ?? app.t('queue.withheld'), cls: 'caller' }),
      el('span', { text: app.t(call.positionKnown ? 'queue.positionKnown' : 'queue.positionUnknown'), cls: 'muted small' }),
      el('span', { cls: 'timer', testid: 'queue-wait', attrs: { 'data-since': call.queuedAt, title: app.t('queue.waiting') } }),
      el('span', { cls: 'badge flag', text: app.t('queue.late'), testid: 'queue-late', attrs: { hidden: true } }),
      majorIncidentMark(call.majorIncidents),
      onAnswer ? answer : open,
    ]);
    return item;
  }

  function tick() {
    const now = Date.now() + clockOffset;
    for (const timer of list.querySelectorAll('[data-since]')) {
      timer.textContent = since(timer.dataset.since, now);
      const waited = (now - Date.parse(timer.dataset.since)) / 1000;
      const late = waited > ANSWER_TARGET_SECONDS;
      timer.classList.toggle('late', late);
      const item = timer.closest('[data-testid=queue-item]');
      item.querySelector('[data-testid=queue-late]').hidden = !late; // said in words, not only in red
      const answer = item.querySelector('[data-testid=queue-answer]');
      if (!answer) continue; // who only reads the queue (a nurse) has the link to open the call, not the button
      // "Svara: 112, 070-123 45 67, väntat 1 min 20 s, sen": the wait in words, and lateness said, not only red
      answer.setAttribute('aria-label', app.t('queue.answerName', { line: answer.dataset.line, caller: answer.dataset.caller, wait: spokenWait(waited) })
        + (late ? `, ${app.t('queue.late')}` : ''));
    }
  }

  function scheduleLoad() {
    if (stopped) return;
    clearTimeout(reload);
    reload = setTimeout(() => load().catch((e) => app.toast(e.message, 'error')), 100);
  }

  async function answerNext() {
    if (onAnswer && calls.length > 0) await onAnswer(calls[0].callId);
  }

  app.live.on('calls.', (event) => {
    if (event.type === 'calls.CallQueued') {
      announce.textContent = app.t('queue.new', { line: event.payload.line?.service === 'EMERGENCY_112' ? '112' : event.payload.line?.service ?? '',
        count: waiting + 1 });
    }
    if (['calls.CallQueued', 'calls.CallAnswered', 'calls.CallAbandoned', 'calls.PositionReported'].includes(event.type)) scheduleLoad();
  });
  app.live.on('crisis.MajorIncidentCallMarked', () => scheduleLoad());
  const stopClock = everySecond(tick);
  load().catch((e) => app.toast(e.message, 'error'));

  return {
    answerNext,
    stop() {
      stopClock();
      clearTimeout(reload);
    },
  };
}

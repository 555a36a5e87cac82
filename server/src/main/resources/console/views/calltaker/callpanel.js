// One call: who and what, answer and classify, where, then the interview (care) or the social decision, and finish.
import { el, since, duration, everySecond } from '../../format.js';
import { CLASSIFY_KEYS } from './strings.js';
import { phone } from './queue.js';
import { forgetCall } from './mine.js';
import { createLocation } from './location.js';
import { createInterview } from './interview.js';
import { createSocial } from './social.js';
import { majorIncidentMark } from '../crisis/banner.js';

// "Not an emergency" and "hung up" end the call's handling with one key: they are sent only after this many seconds,
// with an undo button until then (WCAG 2.1.4's stray key, and a slip of the hand)
const UNDO_SECONDS = 5;
const UNDOABLE = ['NOT_AN_EMERGENCY', 'HUNG_UP'];

export function createCallPanel(box, app, callId) {
  const path = `/api/calls/${encodeURIComponent(callId)}`;
  // answer, classify, correct the position, finish: the call-taker's and the supervisor's (a nurse and the auditor read)
  const takesCalls = app.can('CALL_TAKER', 'SUPERVISOR');
  let view = null;
  let clockOffset = 0;
  let work = null; // the interview or the social panel, once classified
  let reload = null;
  let pendingClassification = null; // { kind, timer } while an undoable classification waits
  // focus goes to the call's status after answering, classifying and finishing, and whenever a redraw took away
  // the element that had it (never to the page body); the first drawing takes it from the page's <main>
  let focusStatusNext = true;

  const header = el('div', { cls: 'panel call-head', testid: 'call-head' });
  const actions = el('div', { cls: 'panel', testid: 'call-actions' });
  const locationBox = el('section', { cls: 'panel', testid: 'call-location' });
  const workBox = el('div', { cls: 'call-work' });
  const finishBox = el('div', { cls: 'panel', testid: 'call-finish' });
  box.append(header, actions, el('div', { cls: 'call-columns' }, [workBox, locationBox]), finishBox);
  const location = createLocation(locationBox, app, callId, () => load(), { mayCorrect: takesCalls });

  async function load() {
    const next = await app.api.get(path);
    clockOffset = Date.parse(next.at) - Date.now();
    // the same call again (a command's answer and its live event both reload) is not drawn again
    if (view && JSON.stringify({ ...next.call }) === JSON.stringify({ ...view.call }) && next.municipalityCode === view.municipalityCode
      && JSON.stringify(next.majorIncidents) === JSON.stringify(view.majorIncidents)) return;
    view = next;
    render();
  }

  function render() {
    const call = view.call;
    const hadFocus = box.contains(document.activeElement);
    // asked for (or the view's first drawing), unless the operator has already moved on elsewhere
    const asked = focusStatusNext && (hadFocus || [document.body, document.getElementById('main')].includes(document.activeElement));
    renderHeader(call);
    renderActions(call);
    location.update(view);
    const kind = call.classification?.classification;
    if (work && work.kind !== kind) { // reclassified: the earlier class's panel goes
      work.stop?.();
      workBox.replaceChildren();
      work = null;
    }
    if (!work && kind === 'CARE') work = { kind, ...createInterview(workBox, app, call) };
    else if (!work && kind === 'SOCIAL') work = { kind, ...createSocial(workBox, app, callId) };
    work?.update(view);
    renderFinish(call);
    if (asked || (hadFocus && !box.contains(document.activeElement))) focusStatus();
    focusStatusNext = false;
  }

  // The call's status as it is now: closed, the classification, or the state in the header.
  function focusStatus() {
    const status = finishBox.querySelector('[data-testid=call-closed]')
      ?? actions.querySelector('[data-testid=call-classification]')
      ?? header.querySelector('[data-testid=call-state]');
    status?.setAttribute('tabindex', '-1');
    status?.focus({ preventScroll: false });
  }

  function renderHeader(call) {
    const facts = el('dl', { cls: 'facts' });
    const fact = (label, value, testid) => facts.append(el('dt', { text: label }), el('dd', { text: value, testid }));
    // the statuses take focus (not tab stops): after answering, classifying and finishing focus goes to them
    fact(app.t('call.line'), view.line, 'call-line');
    fact(app.t('call.caller'), phone(call.callerNumber) ?? app.t('queue.withheld'), 'call-caller');
    fact(app.t('call.state'), app.t(`state.${call.state}`), 'call-state');
    facts.querySelector('[data-testid=call-state]').setAttribute('tabindex', '-1');
    const wait = el('dd', { cls: 'timer', testid: 'call-wait' });
    facts.append(el('dt', { text: view.answerSeconds == null ? app.t('call.wait') : app.t('call.answerTime') }), wait);
    if (view.answerSeconds != null) wait.textContent = duration(view.answerSeconds);
    else if (call.state === 'QUEUED') wait.dataset.since = call.queuedAt;
    else wait.textContent = duration(view.waitSeconds);
    header.replaceChildren(el('h1', { text: app.t('call.title', { id: call.id }) }), majorIncidentMark(view.majorIncidents) ?? '', facts);
    header.dataset.state = call.state;
    tick();
  }

  function renderActions(call) {
    actions.replaceChildren();
    actions.hidden = !['QUEUED', 'ANSWERED'].includes(call.state) && !call.classification;
    if (!takesCalls && !call.classification) {
      actions.hidden = false;
      actions.append(el('p', { cls: 'muted', testid: 'call-read-only', text: app.t('call.readOnly') }));
    } else if (call.state === 'QUEUED') {
      const answer = el('button', { text: app.t('call.answer'), cls: 'primary', testid: 'call-answer', attrs: { type: 'button' } });
      answer.addEventListener('click', () => run(() => app.api.post(`${path}/answer`)));
      actions.append(answer);
    } else if (call.state === 'ANSWERED') {
      const buttons = Object.entries(CLASSIFY_KEYS).map(([kind, key]) => {
        const button = el('button', { text: app.t(`classify.${kind}`), testid: `classify-${kind}`, attrs: { type: 'button' } },
          [el('kbd', { text: app.keys.hint(key), cls: 'btn-key', attrs: { 'aria-hidden': 'true', 'data-key': key } })]);
        button.addEventListener('click', () => classify(kind));
        return button;
      });
      actions.append(el('h2', { text: app.t('classify.title') }), el('div', { cls: 'toolbar' }, buttons));
      if (pendingClassification) actions.append(undoNotice());
    } else if (call.classification) {
      actions.append(el('p', { cls: 'classified', testid: 'call-classification', attrs: { tabindex: '-1' },
        text: app.t('classify.done', { classification: app.t(`classify.${call.classification.classification}`) }) }));
      const replaced = call.classification.replaced;
      if (replaced) actions.append(el('p', { cls: 'muted small', testid: 'call-classification-replaced',
        text: app.t('reclassify.was', { classification: app.t(`classify.${replaced.classification}`), reason: call.classification.reason }) }));
      if (takesCalls && call.state === 'CLASSIFIED') actions.append(reclassifyForm(call));
    }
  }

  // A correction of the classification, with its reason; a care call's incident closed or kept as the operator says.
  function reclassifyForm(call) {
    const current = call.classification.classification;
    const open = el('button', { text: app.t('reclassify.open'), testid: 'reclassify-open', attrs: { type: 'button' } });
    const form = el('div', { cls: 'toolbar', testid: 'reclassify-form', attrs: { hidden: true } });
    const select = el('select', { testid: 'reclassify-to', attrs: { id: 'reclassify-to' } },
      Object.keys(CLASSIFY_KEYS).filter((kind) => kind !== current)
        .map((kind) => el('option', { text: app.t(`classify.${kind}`), attrs: { value: kind } })));
    const reason = el('input', { testid: 'reclassify-reason', attrs: { id: 'reclassify-reason', size: 28, required: true } });
    const close = el('input', { testid: 'reclassify-close', attrs: { id: 'reclassify-close', type: 'checkbox', checked: true } });
    const save = el('button', { text: app.t('reclassify.save'), cls: 'primary', testid: 'reclassify-save', attrs: { type: 'button' } });
    const cancel = el('button', { text: app.t('reclassify.cancel'), attrs: { type: 'button' } });
    form.append(el('label', { text: app.t('reclassify.to'), attrs: { for: 'reclassify-to' } }), select,
      el('label', { text: app.t('reclassify.reason'), attrs: { for: 'reclassify-reason' } }), reason);
    if (current === 'CARE') form.append(close, el('label', { text: app.t('reclassify.closeIncident'), attrs: { for: 'reclassify-close' } }));
    form.append(save, cancel);
    open.addEventListener('click', () => { form.hidden = false; open.hidden = true; select.focus(); });
    cancel.addEventListener('click', () => { form.hidden = true; open.hidden = false; open.focus(); });
    save.addEventListener('click', () => run(() => app.api.post(`${path}/reclassify`,
      { classification: select.value, reason: reason.value.trim() || null, closeFollowUps: current === 'CARE' && close.checked })));
    return el('div', {}, [open, form]);
  }

  function renderFinish(call) {
    finishBox.replaceChildren();
    finishBox.hidden = !['CLASSIFIED', 'HANDLED', 'CLOSED'].includes(call.state) || (!takesCalls && call.state !== 'CLOSED');
    if (call.state === 'CLOSED') {
      finishBox.append(el('p', { text: app.t('finish.closed'), testid: 'call-closed', attrs: { tabindex: '-1' } }));
      forgetCall(call.id);
      return;
    }
    const outcome = el('input', { testid: 'finish-outcome', attrs: { id: 'finish-outcome', value: call.outcome ?? '', size: 40 } });
    const done = el('button', { text: app.t('finish.done'), testid: 'finish-call', attrs: { type: 'button' } });
    done.addEventListener('click', () => run(async () => {
      focusStatusNext = true;
      if (call.state === 'CLASSIFIED') await app.api.post(`${path}/handled`, { outcome: outcome.value.trim() || app.t(`classify.${call.classification.classification}`) });
      await app.api.post(`${path}/close`);
    }));
    finishBox.append(el('h2', { text: app.t('finish.title') }),
      el('div', { cls: 'toolbar' }, [el('label', { text: app.t('finish.outcome'), attrs: { for: 'finish-outcome' } }), outcome, done]));
  }

  async function classify(kind) {
    if (pendingClassification) return; // one at a time: the waiting one is sent or undone first
    if (UNDOABLE.includes(kind)) return classifyAfterUndoTime(kind);
    focusStatusNext = true;
    await run(() => app.api.post(`${path}/classify`, { classification: kind }));
  }

  // Sent after UNDO_SECONDS unless undone; leaving the call (the view) sends it at once, as the operator meant.
  function classifyAfterUndoTime(kind) {
    const send = () => {
      clearTimeout(pendingClassification?.timer);
      pendingClassification = null;
      focusStatusNext = true;
      return run(() => app.api.post(`${path}/classify`, { classification: kind }));
    };
    pendingClassification = { kind, timer: setTimeout(send, UNDO_SECONDS * 1000) };
    renderActions(view.call);
    actions.querySelector('[data-testid=classify-undo]')?.focus();
  }

  function undoNotice() {
    const { kind } = pendingClassification;
    const undo = el('button', { text: app.t('classify.undo'), testid: 'classify-undo', attrs: { type: 'button' } });
    undo.addEventListener('click', () => {
      clearTimeout(pendingClassification?.timer);
      pendingClassification = null;
      renderActions(view.call);
      actions.querySelector(`[data-testid=classify-${kind}]`)?.focus();
    });
    return el('p', { cls: 'notice notice-warn', testid: 'classify-pending', attrs: { role: 'status' } }, [
      el('span', { text: `${app.t('classify.pending', { classification: app.t(`classify.${kind}`), seconds: UNDO_SECONDS })} ` }), undo]);
  }

  // Commands answer with the call afterwards, but the live event reloads it anyway; errors are shown, never lost.
  async function run(action) {
    try {
      await action();
    } catch (e) {
      app.toast(e.message, 'error');
    }
    await load();
  }

  function tick() {
    for (const timer of header.querySelectorAll('[data-since]')) timer.textContent = since(timer.dataset.since, Date.now() + clockOffset);
  }

  function scheduleLoad() {
    clearTimeout(reload);
    reload = setTimeout(() => load().catch((e) => app.toast(e.message, 'error')), 100);
  }

  app.live.on('calls.', (event) => {
    if (event.payload?.callId === callId) scheduleLoad();
  });
  app.live.on('crisis.MajorIncidentCallMarked', (event) => {
    if (event.payload?.callId === callId) scheduleLoad();
  });
  // the classification letters act only with focus in the call panel (WCAG 2.1.4): a stray key elsewhere does nothing
  if (takesCalls) Object.entries(CLASSIFY_KEYS).forEach(([kind, key]) => app.keys.add(key, app.t('classify.key', { classification: app.t(`classify.${kind}`) }),
    () => { if (takesCalls && view?.call.state === 'ANSWERED') classify(kind); }, { scope: box }));
  const stopClock = everySecond(tick);
  load().catch((e) => box.replaceChildren(el('p', { text: e.message, cls: 'notice notice-error', testid: 'call-error' })));

  return {
    stop() {
      if (pendingClassification) { // left before the undo time ran out: sent now, nothing left to draw
        clearTimeout(pendingClassification.timer);
        app.api.post(`${path}/classify`, { classification: pendingClassification.kind }).catch((e) => app.toast(e.message, 'error'));
      }
      stopClock();
      clearTimeout(reload);
      location.stop();
      work?.stop?.();
    },
  };
}

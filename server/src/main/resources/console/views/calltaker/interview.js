// The medical interview of a care call: key questions, the chapter, the proposed priority and why, confirmation,
// the advice to give; then the dispatch incident at the call's position.
import { el } from '../../format.js';

export function createInterview(box, app, call) {
  const callId = call.id;
  // the server's rules: the interview is the call-taker's and the nurse's; asking again (follow-ups) the call-taker's
  // and the supervisor's; the incident also the dispatcher's. Others read.
  const interviews = app.can('CALL_TAKER', 'NURSE');
  const mayRetry = app.can('CALL_TAKER', 'SUPERVISOR');
  const mayDispatch = app.can('CALL_TAKER', 'DISPATCHER', 'SUPERVISOR');
  const overrides = app.can('NURSE'); // another priority than the index's: a nurse's decision only
  const path = `/api/triage/assessments/${encodeURIComponent(callId)}`;
  // the index's texts come in the operator's language; the server says which it served (the index's own when it
  // lacks that one), and the texts are marked with it
  const inLang = (p) => `${p}?lang=${encodeURIComponent(app.lang)}`;
  const served = () => reply?.language ?? index?.language ?? 'en';
  const section = el('section', { cls: 'panel interview', testid: 'interview' });
  const dispatchBox = el('section', { cls: 'panel', testid: 'dispatch-box' });
  box.append(section, dispatchBox);
  const questionTexts = new Map();
  let index = null;
  let reply = null; // {assessment, advice} or null when none is started
  let rendered = false;
  let callView = null;
  let reload = null;

  async function load() {
    if (!index) {
      index = await app.api.get(inLang('/api/triage/index'));
      index.keyQuestions.forEach((q) => questionTexts.set(q.id, q.text));
    }
    let next = null;
    try {
      next = await app.api.get(inLang(path));
    } catch (e) {
      if (e.status !== 404) throw e;
    }
    // a command's answer and its live event both reload: drawing the same again would reset what is being chosen
    if (rendered && JSON.stringify(next) === JSON.stringify(reply)) return;
    reply = next;
    rendered = true;
    render();
  }

  // The section's parts, each drawn again only from its own data: a live update (the answer's own event, another
  // operator's change) never takes away a control being used, such as the chapter list while a chapter is chosen.
  const parts = {};
  // A redraw that takes away the focused control (an answered question's Ja) gives focus to what comes next: the
  // confirmation once the proposal is settled, else the next question, the decided priority; never the page body.
  function render() {
    const hadFocus = section.contains(document.activeElement) || dispatchBox.contains(document.activeElement);
    draw();
    if (hadFocus && !section.contains(document.activeElement) && !dispatchBox.contains(document.activeElement)) focusNext();
  }

  function focusNext() {
    const settled = reply?.assessment?.proposal?.settled; // then confirming comes before the questions left
    const next = (settled ? section.querySelector('[data-testid=confirm-priority]') : null)
      ?? section.querySelector('[data-testid=interview-questions] button')
      ?? section.querySelector('[data-testid=confirm-priority]')
      ?? section.querySelector('[data-testid=decided-priority]')
      ?? section.querySelector('[data-testid=chapter-select]')
      ?? section.querySelector('h2');
    if (next && !next.matches('button, select')) next.setAttribute('tabindex', '-1');
    next?.focus();
  }

  function draw() {
    if (!parts.head) {
      for (const name of ['head', 'missing', 'chapter', 'questions', 'picker', 'proposal', 'override', 'answers', 'advice']) parts[name] = el('div', { cls: `interview-${name}` });
      parts.head.append(el('h2', { text: app.t('interview.title') }),
        el('p', { cls: 'muted small', text: app.t('interview.notice', { version: index.version }), title: index.notice }));
      if (!interviews) parts.head.append(el('p', { cls: 'muted', testid: 'interview-read-only', text: app.t('interview.readOnly') }));
      section.replaceChildren(...Object.values(parts));
    }
    if (!reply) {
      const retry = el('button', { text: app.t('interview.retry'), testid: 'interview-retry', attrs: { type: 'button' } });
      retry.addEventListener('click', () => act(() => app.api.post(`/api/calls/${encodeURIComponent(callId)}/follow-ups`)));
      parts.missing.replaceChildren(...[el('p', { text: app.t('interview.missing'), cls: 'notice notice-warn' }), mayRetry ? retry : null].filter(Boolean));
      for (const name of ['chapter', 'questions', 'picker', 'proposal', 'override', 'answers', 'advice']) parts[name].replaceChildren();
      renderDispatch();
      return;
    }
    parts.missing.replaceChildren();
    const a = reply.assessment;
    a.nextQuestions.forEach((q) => questionTexts.set(q.id, q.text));
    parts.chapter.replaceChildren(...(a.chapter ? [el('p', { testid: 'interview-chapter', text: app.t('interview.chapterNow', { chapter: chapterTitle(a.chapter) }) })] : []));
    parts.questions.replaceChildren(...(!a.priority && a.nextQuestions.length ? [questions(a.nextQuestions)] : []));
    if (interviews && (a.needsChapter || (!a.priority && !a.chapter))) showChapterPicker(a);
    else parts.picker.replaceChildren();
    parts.proposal.replaceChildren(proposal(a));
    if (overrides && (a.proposal || a.priority > 0)) showOverride();
    else parts.override.replaceChildren();
    parts.answers.replaceChildren(...(Object.keys(a.answers).length ? [answers(a.answers)] : []));
    parts.advice.replaceChildren(...(reply.advice?.length ? [advice(reply.advice)] : []));
    renderDispatch();
  }

  function chapterTitle(id) {
    const chapter = index.chapters.find((c) => c.id === id || String(c.number) === String(id));
    return chapter ? `${chapter.number}. ${chapter.title}` : id;
  }

  function questions(list) {
    const box = el('div', { cls: 'questions', testid: 'interview-questions' });
    list.forEach((q, i) => {
      if (!interviews) {
        box.append(el('div', { cls: 'question', testid: 'interview-question', attrs: { 'data-question': q.id } }, [el('span', { text: q.text, cls: 'question-text', attrs: { lang: served() } })]));
        return;
      }
      // Ja/Nej are tied to their question: a screen reader says which question the answer is to
      const textId = `q-${callId}-${q.id}`;
      const tied = { type: 'button', 'aria-describedby': textId };
      const yes = el('button', { text: app.t('interview.yes'), cls: 'answer-yes', testid: `answer-yes-${q.id}`, attrs: tied });
      const no = el('button', { text: app.t('interview.no'), cls: 'answer-no', testid: `answer-no-${q.id}`, attrs: tied });
      yes.addEventListener('click', () => answer(q.id, true));
      no.addEventListener('click', () => answer(q.id, false));
      if (i === 0) {
        yes.append(el('kbd', { text: app.keys.hint('j'), cls: 'btn-key', attrs: { 'aria-hidden': 'true', 'data-key': 'j' } }));
        no.append(el('kbd', { text: app.keys.hint('n'), cls: 'btn-key', attrs: { 'aria-hidden': 'true', 'data-key': 'n' } }));
      }
      box.append(el('div', { cls: 'question', testid: 'interview-question', attrs: { 'data-question': q.id } },
        [el('span', { text: q.text, cls: 'question-text', attrs: { id: textId, lang: served() } }), el('span', { cls: 'toolbar' }, [yes, no])]));
    });
    return box;
  }

  // The chapter list is made once and kept: the operator's choice stays while the rest is drawn again, and the
  // recorded chapter is shown in it only until the operator picks one.
  let chapterSelect = null;
  let chapterPicked = false;
  function showChapterPicker(a) {
    if (!chapterSelect) {
      chapterSelect = el('select', { testid: 'chapter-select', attrs: { id: `chapter-${callId}` } },
        index.chapters.map((c) => el('option', { text: `${c.number}. ${c.title}`, attrs: { value: c.id, lang: index.language ?? 'en' } })));
      chapterSelect.addEventListener('change', () => { chapterPicked = true; });
      const choose = el('button', { text: app.t('interview.chooseChapter'), testid: 'chapter-choose', attrs: { type: 'button' } });
      choose.addEventListener('click', () => act(async () => {
        await app.api.post(inLang(`${path}/chapter`), { chapter: chapterSelect.value });
        chapterPicked = false;
      }));
      parts.picker.replaceChildren(el('div', { cls: 'toolbar' }, [
        el('label', { text: app.t('interview.chapter'), attrs: { for: `chapter-${callId}` } }), chapterSelect, choose]));
    } else if (!parts.picker.firstChild) {
      parts.picker.append(chapterSelect.parentElement);
    }
    if (!chapterPicked && a.chapter) chapterSelect.value = a.chapter;
  }

  // The nurse's override: made once and kept, like the chapter list, so a reason being typed survives live updates.
  let overrideBox = null;
  function showOverride() {
    if (!overrideBox) {
      const select = el('select', { testid: 'override-priority', attrs: { id: `override-${callId}` } },
        [1, 2, 3, 4].map((p) => el('option', { text: String(p), attrs: { value: String(p) } })));
      const reason = el('input', { testid: 'override-reason', attrs: { size: 30, 'aria-label': app.t('override.reason'), placeholder: app.t('override.reason') } });
      const apply = el('button', { text: app.t('override.apply'), testid: 'override-apply', attrs: { type: 'button' } });
      apply.addEventListener('click', () => act(async () => {
        await app.api.post(inLang(`${path}/override`), { priority: Number(select.value), reason: reason.value.trim() });
        reason.value = '';
      }));
      overrideBox = el('div', { cls: 'toolbar override', testid: 'override-box' }, [
        el('label', { text: app.t('override.title'), attrs: { for: `override-${callId}` } }), select, reason, apply]);
    }
    if (!parts.override.contains(overrideBox)) parts.override.replaceChildren(overrideBox);
  }

  function proposal(a) {
    const box = el('div', { cls: 'proposal', testid: 'proposal' });
    if (a.priority > 0) {
      box.append(el('p', { cls: 'decided', testid: 'decided-priority' }, [
        el('span', { text: String(a.priority), cls: `prio prio-${a.priority}` }),
        el('strong', { text: ` ${app.t('interview.decided', { priority: a.priority, code: a.decidedCode ?? '' })}` })]));
    }
    const p = a.proposal;
    if (!p) {
      if (!a.priority) box.append(el('p', { text: app.t('interview.noProposal'), cls: 'muted' }));
      return box;
    }
    if (!a.priority) {
      box.append(el('h3', { text: app.t('interview.proposal') }),
        el('p', { cls: 'proposal-line' }, [
          el('span', { text: String(p.criterion.priority), cls: `prio prio-${p.criterion.priority}`, testid: 'proposal-priority' }),
          el('span', { testid: 'proposal-criterion' }, [` ${p.criterion.code} – `, el('span', { text: p.criterion.text, attrs: { lang: served() } })])]),
        el('p', { text: app.t(p.settled ? 'interview.settled' : 'interview.unsettled'), cls: p.settled ? 'settled' : 'notice notice-warn', testid: 'proposal-settled' }));
      const confirm = el('button', { text: app.t('interview.confirm'), cls: 'primary', testid: 'confirm-priority', attrs: { type: 'button' } },
        [el('kbd', { text: 'Ctrl+Enter', cls: 'btn-key', attrs: { 'aria-hidden': 'true' } })]);
      confirm.addEventListener('click', confirmPriority);
      if (interviews) box.append(confirm);
    }
    box.append(el('h3', { text: app.t('interview.why') }),
      el('ul', { cls: 'why', testid: 'proposal-why', attrs: { lang: served() } }, p.why.map((line) => el('li', { text: line }))));
    if (a.response?.instruction) {
      box.append(el('h3', { text: app.t('interview.response') }), el('p', { text: a.response.instruction, testid: 'response-instruction' }));
    }
    return box;
  }

  function answers(map) {
    return el('div', { cls: 'answers' }, [el('h3', { text: app.t('interview.answered') }),
      el('ul', { testid: 'interview-answers' }, Object.entries(map).map(([id, value]) =>
        el('li', { text: `${questionTexts.get(id) ?? id}: ${app.t(value ? 'interview.yes' : 'interview.no')}` })))]);
  }

  function advice(list) {
    return el('div', { cls: 'advice', testid: 'interview-advice' }, [el('h3', { text: app.t('interview.advice') }),
      ...list.map((item) => el('div', { attrs: { lang: served() } }, [el('strong', { text: item.title }), el('ol', {}, item.steps.map((s) => el('li', { text: s })))]))]);
  }

  function renderDispatch() {
    dispatchBox.replaceChildren();
    const priority = reply?.assessment.priority ?? 0;
    dispatchBox.hidden = priority === 0;
    if (priority === 0 || !callView) return;
    const link = callView.call.links.find((l) => l.kind === 'DISPATCH_INCIDENT');
    if (!link && !mayDispatch) dispatchBox.hidden = true; // nothing to show: creating it is not theirs
    if (link) {
      dispatchBox.append(el('p', { testid: 'incident-created', text: app.t('dispatch.created', { incident: link.reference, priority }) }));
      if (app.reads('DISPATCHER', 'SUPERVISOR')) dispatchBox.append(el('a', { text: app.t('dispatch.open'), testid: 'incident-open', attrs: { href: `#/dispatch/${encodeURIComponent(link.reference)}` } }));
    } else if (mayDispatch) {
      const create = el('button', { text: app.t('dispatch.create'), cls: 'primary', testid: 'create-incident', attrs: { type: 'button' } },
        [el('kbd', { text: app.keys.hint('d'), cls: 'btn-key', attrs: { 'aria-hidden': 'true', 'data-key': 'd' } })]);
      create.addEventListener('click', createIncident);
      dispatchBox.append(create);
    }
  }

  function answer(question, value) {
    return act(() => app.api.post(inLang(`${path}/answers`), { answers: { [question]: value } }));
  }

  function confirmPriority() {
    if (reply && !reply.assessment.priority && reply.assessment.proposal) act(() => app.api.post(inLang(`${path}/confirm`), {}));
  }

  function createIncident() {
    if ((reply?.assessment.priority ?? 0) <= 0) return;
    act(async () => {
      try {
        await app.api.post(`/api/calls/${encodeURIComponent(callId)}/dispatch`);
      } catch (e) {
        if (e.field !== 'position' || !String(e.detail).includes('outsideRegionReason')) throw e;
        askOutsideRegionReason(e.detail); // outside the centre's region: made only with a reason, which the shift log keeps
      }
    });
  }

  function askOutsideRegionReason(detail) {
    const reason = el('input', { testid: 'outside-region-reason', attrs: { id: `outside-${callId}`, size: 36 } });
    const make = el('button', { text: app.t('dispatch.createAnyway'), cls: 'primary', testid: 'create-incident-anyway', attrs: { type: 'button' } });
    make.addEventListener('click', () => act(() => app.api.post(`/api/calls/${encodeURIComponent(callId)}/dispatch`,
      { outsideRegionReason: reason.value.trim() || null })));
    dispatchBox.append(el('p', { cls: 'notice notice-warn', testid: 'outside-region', text: detail }),
      el('div', { cls: 'toolbar' }, [el('label', { text: app.t('dispatch.outsideReason'), attrs: { for: `outside-${callId}` } }), reason, make]));
    reason.focus();
  }

  async function act(action) {
    try {
      await action();
    } catch (e) {
      app.toast(e.message, 'error');
    }
    await load();
  }

  function firstQuestion() {
    return reply && !reply.assessment.priority ? reply.assessment.nextQuestions[0]?.id : null;
  }

  app.live.on('triage.', (event) => {
    if (event.payload?.caseId === callId) {
      clearTimeout(reload);
      reload = setTimeout(() => load().catch((e) => app.toast(e.message, 'error')), 100);
    }
  });
  // the letters act only with focus in the call panel (WCAG 2.1.4)
  const scope = { scope: box.closest('[data-testid=call-panel]') ?? box };
  if (interviews) {
    app.keys.add('j', app.t('key.yes'), () => firstQuestion() && answer(firstQuestion(), true), scope);
    app.keys.add('y', app.t('key.yes'), () => firstQuestion() && answer(firstQuestion(), true), scope);
    app.keys.add('n', app.t('key.no'), () => firstQuestion() && answer(firstQuestion(), false), scope);
    app.keys.add('Ctrl+Enter', app.t('key.confirm'), confirmPriority);
  }
  if (mayDispatch) app.keys.add('d', app.t('key.dispatch'), createIncident, scope);
  load().catch((e) => app.toast(e.message, 'error'));

  return {
    update(view) {
      callView = view;
      renderDispatch();
    },
    stop() {
      clearTimeout(reload);
    },
  };
}

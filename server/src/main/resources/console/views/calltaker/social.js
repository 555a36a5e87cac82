// The social call's routing decision: what to say (prominent), where to connect, the municipality's instructions and
// the rules considered. When the service is not available, the text to say and no number at all.
import { duration, el, phoneText } from '../../format.js';

export function createSocial(box, app, callId) {
  const section = el('section', { cls: 'panel social', testid: 'social-decision', attrs: { 'aria-live': 'polite' } });
  box.append(section);
  let shownFor = null; // the link the decision was fetched for
  let connectBox = null; // Koppla and how the connecting-on went, under the number
  const connectPath = `/api/calls/${encodeURIComponent(callId)}/connection`;
  // the telephony's answer (connected, busy, no answer) arrives on the event stream
  const unsubscribers = ['centre.Connect', 'centre.Consult'].map((prefix) => app.live.on(prefix, (event) => {
    if (event.payload?.callId === callId) refreshConnection();
  }));

  async function update(view) {
    const call = view.call;
    const link = call.links.find((l) => l.kind === 'SOCIAL_DECISION');
    if (!link) {
      shownFor = null;
      return renderMissing(view);
    }
    if (shownFor === link.at) return;
    shownFor = link.at;
    if (!app.can('CALL_TAKER', 'SUPERVISOR')) { // asking for the decision is the call-taker's: others see what was recorded
      section.replaceChildren(el('h2', { text: app.t('social.title') }),
        el('p', { text: link.summary, testid: 'social-recorded' }),
        el('p', { text: app.t('social.readOnly'), cls: 'muted' }));
      return;
    }
    try {
      // The decision is a pure function of the agreements and the instant: asked again for the classification's
      // instant, it is the one recorded, now with the words to say, the instructions and the explanation.
      const direct = call.line.directNumber && !call.position.chosen;
      const decision = await app.api.post('/api/social/decisions', {
        municipality: direct ? null : view.municipalityCode,
        directNumber: direct ? call.line.directNumber.e164 : null,
        channel: call.line.directNumber ? 'DIRECT_NUMBER' : 'EMERGENCY_112',
        at: call.classification.at,
      });
      render(decision, link.summary);
    } catch (e) {
      shownFor = null;
      section.replaceChildren(el('p', { text: e.message, cls: 'notice notice-error' }));
    }
  }

  function renderMissing(view) {
    const retry = el('button', { text: app.t('social.retry'), testid: 'social-retry', attrs: { type: 'button' } });
    retry.addEventListener('click', async () => {
      try {
        await app.api.post(`/api/calls/${encodeURIComponent(callId)}/follow-ups`);
      } catch (e) {
        app.toast(e.message, 'error');
      }
    });
    const reason = view.municipalityCode ? '' : app.t('where.municipalityNone');
    section.replaceChildren(...[el('h2', { text: app.t('social.title') }),
      el('p', { text: app.t('social.missing', { reason }), cls: 'notice notice-warn', testid: 'social-missing' }),
      app.can('CALL_TAKER', 'SUPERVISOR') ? retry : null].filter(Boolean));
  }

  function render(d, recordedSummary) {
    const outcome = el('p', { cls: `outcome outcome-${d.outcome}`, testid: 'social-outcome', attrs: { 'data-outcome': d.outcome } },
      [el('strong', { text: app.t(`outcome.${d.outcome}`) }), el('span', { text: ` – ${d.municipalityName} (${d.municipality})`, testid: 'social-municipality' })]);
    const say = el('blockquote', { cls: 'say', testid: 'social-say', text: d.say ?? d.message ?? '' });
    section.replaceChildren(el('h2', { text: app.t('social.title') }), outcome);
    if (d.outcome === 'NOT_AVAILABLE') {
      // Nothing here may show a number: the caller is told the service is not available, and referred nowhere.
      section.append(el('p', { text: app.t('social.notAvailable'), cls: 'notice notice-error', testid: 'social-not-available' }));
    }
    section.append(el('h3', { text: app.t('social.say') }), say);
    if (d.outcome === 'FORWARD' && d.number) {
      section.append(el('h3', { text: app.t('social.connect') }),
        el('p', { cls: 'connect' }, [el('span', { text: d.numberNational ?? d.number, cls: 'number', testid: 'social-number' }),
          el('span', { text: d.targetName ? ` ${d.targetName}` : '', testid: 'social-target' })]));
      if (app.can('CALL_TAKER', 'SUPERVISOR')) {
        connectBox = el('div', { cls: 'toolbar', testid: 'social-connect' });
        section.append(connectBox);
        refreshConnection();
      }
      if (d.outsideHours) section.append(el('h3', { text: app.t('social.outsideHours') }), el('p', { text: d.outsideHours }));
    }
    if (d.outcome === 'REFER_POLICE' && d.referral) {
      section.append(el('h3', { text: app.t('social.referral') }), el('p', { text: d.referral, cls: 'number', testid: 'social-referral' }));
    }
    if (d.instructions) {
      section.append(el('h3', { text: app.t('social.instructions') }), el('p', { text: d.instructions, cls: 'instructions', testid: 'social-instructions' }));
    }
    section.append(el('h3', { text: app.t('social.explanation') }),
      el('ul', { cls: 'why', testid: 'social-explanation' }, [
        el('li', { text: d.rule ?? '' }),
        ...d.explanation.map((line) => el('li', { text: line }))]));
    if (recordedSummary && !recordedSummary.startsWith(d.outcome)) {
      section.append(el('p', { cls: 'notice notice-warn', text: app.t('social.changed', { recorded: app.t(`outcome.${recordedSummary.split(' ')[0]}`) }) }));
    }
  }

  // Koppla (blind) or Rådfråga först (attended: the operator talks to the number, the caller on hold, then Koppla nu
  // or Avbryt); the state line says ringing, talking, connected, why not, and once a connected call is over, who hung up
  async function refreshConnection() {
    if (!connectBox) return;
    let connection = null;
    try {
      connection = await app.api.get(connectPath);
    } catch (e) {
      if (e.status !== 404) return app.toast(e.message, 'error');
    }
    const state = connection?.state;
    const settled = !state || state === 'FAILED' || state === 'CANCELLED';
    const button = (text, testid, path, cls = '') => {
      const b = el('button', { text, cls, testid, attrs: { type: 'button' } });
      b.addEventListener('click', async () => {
        b.disabled = true;
        try {
          await app.api.post(`/api/calls/${encodeURIComponent(callId)}/${path}`);
        } catch (e) {
          app.toast(e.message, 'error');
        }
        refreshConnection();
      });
      return b;
    };
    const buttons = [];
    const connect = button(state === 'FAILED' ? app.t('social.connectAgain') : app.t('social.connectButton'),
      'social-connect-button', 'connect', 'primary');
    connect.disabled = !settled;
    buttons.push(connect);
    if (settled) buttons.push(button(app.t('social.consultButton'), 'social-consult-button', 'consult'));
    if (connection?.attended && state === 'CONSULTING') {
      buttons.push(button(app.t('social.consultComplete'), 'social-consult-complete', 'consult/complete', 'primary'));
    }
    if (connection?.attended && (state === 'REQUESTED' || state === 'CONSULTING')) {
      buttons.push(button(app.t('social.consultCancel'), 'social-consult-cancel', 'consult/cancel'));
    }
    const number = connection?.number ? phoneText(connection.number) : '';
    const text = () => {
      if (state === 'FAILED') return app.t('social.connectFailed', { failure: app.t(`connectFailure.${connection.failure}`), reason: connection.reason });
      if (state === 'CANCELLED') return app.t('social.consultCancelled');
      if (state === 'CONSULTING') return app.t('social.consulting', { number });
      if (state === 'COMPLETING') return app.t('social.consultCompleting', { number });
      if (state === 'REQUESTED') return app.t(connection.attended ? 'social.consultRinging' : 'social.connecting', { number });
      return app.t('social.connected', { number });
    };
    const tone = state === 'FAILED' ? 'notice-error' : state === 'CONNECTED' ? 'notice-ok' : 'notice-warn';
    const line = !state ? null : el('p', { cls: `notice ${tone}`, testid: 'social-connect-state', attrs: { 'data-state': state }, text: text() });
    // the connected call's end, as the telephony recorded it: who hung up and how long the caller was connected
    const ended = state !== 'CONNECTED' || !connection.hungUpAt ? null : el('p', {
      cls: 'notice', testid: 'social-connect-ended', attrs: { 'data-hung-up-by': connection.hungUpBy },
      text: app.t('social.connectedEnded', { party: app.t(`connectedParty.${connection.hungUpBy}`),
        duration: duration((Date.parse(connection.hungUpAt) - Date.parse(connection.endedAt)) / 1000) }),
    });
    connectBox.replaceChildren(...[...buttons, line, ended].filter(Boolean));
  }

  return { update, stop() { unsubscribers.forEach((off) => off()); } };
}

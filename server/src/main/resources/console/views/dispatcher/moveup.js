// Move-up advice (förflyttning): the configured policy's proposed moves of free ambulances to other stations, each
// with its reason; the dispatcher sends the unit with the button or leaves it. Nothing moves by itself.
import { el, isoSeconds, duration } from '../../format.js';

export function createMoveUp(box, app) {
  const mayMove = app.can('DISPATCHER'); // the supervisor and the auditor read the advice only
  let shown = null;

  function show(advice) {
    if (!advice || advice.policy === 'none') {
      box.hidden = true;
      shown = null;
      return;
    }
    box.hidden = false;
    const key = JSON.stringify([advice.policy, advice.proposals.map((p) => [p.unitId, p.toStationId, p.reason])]);
    if (key === shown) return; // the same advice again: the button stays put
    shown = key;
    const heading = el('h2', { text: app.t('moveup.title', { policy: app.t(`moveup.policy.${advice.policy}`) }) });
    if (!advice.proposals.length) {
      box.replaceChildren(heading, el('p', { cls: 'muted', testid: 'moveup-none',
        text: app.t('moveup.none', { idle: advice.idleUnits }) }));
      return;
    }
    const list = el('ul', { cls: 'moveup-list', testid: 'moveup' });
    for (const p of advice.proposals) {
      const button = el('button', { text: app.t('moveup.apply'), cls: 'primary', testid: 'moveup-apply',
        attrs: { type: 'button', 'data-unit-id': p.unitId } });
      button.addEventListener('click', () => apply(p, advice.policy, button));
      list.append(el('li', { testid: 'moveup-proposal', attrs: { 'data-unit-id': p.unitId, 'data-station-id': p.toStationId } }, [
        el('div', {}, [el('strong', { text: p.callSign, cls: 'callsign' }),
          el('span', { text: ` → ${p.toStationName} (${duration(isoSeconds(p.travelTime))})` })]),
        el('div', { text: p.reason, cls: 'small', testid: 'moveup-reason' }),
        mayMove ? button : null,
      ]));
    }
    box.replaceChildren(heading, list);
  }

  async function apply(proposal, policy, button) {
    button.disabled = true;
    try {
      await app.api.post(`/api/dispatch/units/${encodeURIComponent(proposal.unitId)}/relocate`, {
        stationId: proposal.toStationId, reason: `move-up (${policy}): ${proposal.reason}`.slice(0, 500) });
      app.toast(app.t('moveup.moved', { unit: proposal.callSign, station: proposal.toStationName }), 'ok');
    } catch (e) {
      button.disabled = false;
      app.toast(e.message, 'error');
    }
  }

  return { show };
}

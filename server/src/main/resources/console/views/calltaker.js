// The call-taker's view (#/calls, #/calls/<callId>): the queue on the left, the call in hand on the right.
import { el } from '../format.js';
import { STRINGS } from './calltaker/strings.js';
import { createQueue } from './calltaker/queue.js';
import { createCallPanel } from './calltaker/callpanel.js';
import { rememberCall, renderMine } from './calltaker/mine.js';
import { createDesk } from './calltaker/desk.js';
import { createMajorIncidentBanner } from './crisis/banner.js';

export default {
  id: 'calls',
  title: { sv: 'Samtal', en: 'Calls' },
  key: '1',
  roles: ['CALL_TAKER', 'NURSE', 'SUPERVISOR'],
  strings: STRINGS,
  mount(root, app, callId) {
    const side = el('div', { cls: 'ct-side' });
    // the queue can take focus (tabindex -1, not a tab stop): the view starts there, so A answers at once
    const queueBox = el('section', { cls: 'panel ct-queue', testid: 'call-queue', attrs: { 'aria-labelledby': 'ct-queue-title', tabindex: '-1' } });
    const mineBox = el('section', { cls: 'panel ct-mine' });
    const deskBox = el('section', { cls: 'panel ct-desk', testid: 'desk' });
    const callBox = el('div', { cls: 'ct-call', testid: 'call-panel' });
    // the operator's desk and its phone: for those who take calls at a desk (an auditor has none)
    const atDesk = app.can('CALL_TAKER', 'NURSE', 'SUPERVISOR');
    side.append(...[atDesk ? deskBox : null, queueBox, mineBox].filter(Boolean));
    const bannerBox = el('section', { cls: 'major-incident-banner', testid: 'major-incidents' });
    const layout = el('div', { cls: 'ct-layout' }, [side, callBox]);
    root.append(bannerBox, layout);
    const banner = createMajorIncidentBanner(bannerBox, app);

    const answer = async (id) => {
      try {
        await app.api.post(`/api/calls/${encodeURIComponent(id)}/answer`);
        rememberCall(id);
        app.navigate(`#/calls/${encodeURIComponent(id)}`);
      } catch (e) {
        app.toast(e.message, 'error');
      }
    };
    // answering is the call-takers' and the supervisor's; a nurse reads the queue to open a call (to give another
    // priority than the index's), the auditor reads it. The queue is the nurse's to read once the server admits
    // NURSE on GET /api/calls/queue; until then the queue says it is not for the role (a 403, handled in createQueue).
    const takesCalls = app.can('CALL_TAKER', 'SUPERVISOR');
    let queue = null;
    if (app.reads('CALL_TAKER', 'SUPERVISOR', 'NURSE')) {
      queue = createQueue(queueBox, app, { onAnswer: takesCalls ? answer : null });
      // a one-letter shortcut acts only with focus in the call-taker's view (WCAG 2.1.4), never from the top bar
      if (takesCalls) app.keys.add('a', app.t('key.answerNext'), () => queue.answerNext(), { scope: layout });
    } else {
      queueBox.append(el('h2', { text: app.t('queue.title'), attrs: { id: 'ct-queue-title' } }),
        el('p', { text: app.t('queue.notForRole'), cls: 'notice', testid: 'queue-not-for-role' }));
    }
    let panel = null;
    if (callId) {
      rememberCall(callId);
      panel = createCallPanel(callBox, app, callId);
    } else {
      callBox.append(el('p', { text: app.t('idle'), cls: 'notice', testid: 'call-idle' }));
      queueBox.focus({ preventScroll: true });
    }
    const mine = renderMine(mineBox, app, callId);
    const desk = atDesk ? createDesk(deskBox, app) : null;
    return {
      unmount() {
        banner.stop();
        mine.stop();
        desk?.stop();
        queue?.stop();
        panel?.stop();
      },
    };
  },
};

// The call-taker's view (#/calls, #/calls/<callId>): the queue on the left, the call in hand on the right.
import { el } from '../format.js';
import { STRINGS } from './calltaker/strings.js';
import { createQueue } from './calltaker/queue.js';
import { createCallPanel } from './calltaker/callpanel.js';
import { rememberCall, renderMine } from './calltaker/mine.js';

export default {
  id: 'calls',
  title: { sv: 'Samtal', en: 'Calls' },
  key: '1',
  strings: STRINGS,
  mount(root, app, callId) {
    const side = el('div', { cls: 'ct-side' });
    const queueBox = el('section', { cls: 'panel ct-queue', testid: 'call-queue', attrs: { 'aria-labelledby': 'ct-queue-title' } });
    const mineBox = el('section', { cls: 'panel ct-mine' });
    const callBox = el('div', { cls: 'ct-call', testid: 'call-panel' });
    side.append(queueBox, mineBox);
    root.append(el('div', { cls: 'ct-layout' }, [side, callBox]));

    const answer = async (id) => {
      try {
        await app.api.post(`/api/calls/${encodeURIComponent(id)}/answer`);
        rememberCall(id);
        app.navigate(`#/calls/${encodeURIComponent(id)}`);
      } catch (e) {
        app.toast(e.message, 'error');
      }
    };
    const queue = createQueue(queueBox, app, { onAnswer: answer });
    app.keys.add('a', app.t('key.answerNext'), () => queue.answerNext());
    let panel = null;
    if (callId) {
      rememberCall(callId);
      panel = createCallPanel(callBox, app, callId);
    } else {
      callBox.append(el('p', { text: app.t('idle'), cls: 'notice', testid: 'call-idle' }));
    }
    renderMine(mineBox, app, callId);
    return {
      unmount() {
        queue.stop();
        panel?.stop();
      },
    };
  },
};

// The calls this operator took in this browser and has not closed yet, to come back to after leaving the view.
import { el } from '../../format.js';

const STORAGE_KEY = 'larm.myCalls';

export function rememberCall(callId) {
  const ids = remembered().filter((id) => id !== callId);
  ids.unshift(callId);
  localStorage.setItem(STORAGE_KEY, JSON.stringify(ids.slice(0, 20)));
}

export function forgetCall(callId) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(remembered().filter((id) => id !== callId)));
}

function remembered() {
  try {
    const ids = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

// The list, drawn when the view opens and again when one of its calls changes (its live events), so each call's
// state is the server's latest; a slower answer of an earlier drawing never overwrites a later one.
export function renderMine(box, app, currentId) {
  const list = el('ul', { cls: 'mine-list', testid: 'my-calls' });
  box.replaceChildren(el('h2', { text: app.t('mine.title') }), list);
  let drawing = 0;
  let reload = null;

  async function draw() {
    const mine = ++drawing;
    const items = [];
    for (const id of remembered()) {
      try {
        const view = await app.api.get(`/api/calls/${encodeURIComponent(id)}`);
        if (view.call.state === 'CLOSED' || view.call.state === 'ABANDONED') {
          forgetCall(id);
          continue;
        }
        const link = el('a', { text: id, attrs: { href: `#/calls/${encodeURIComponent(id)}`, 'aria-current': id === currentId ? 'true' : null } });
        items.push(el('li', { testid: 'my-call', attrs: { 'data-call-id': id, 'data-state': view.call.state } },
          [link, el('span', { text: ` ${app.t(`state.${view.call.state}`)}`, cls: 'muted small', testid: 'my-call-state' })]));
      } catch (e) {
        if (e.status === 404) forgetCall(id);
      }
    }
    if (mine !== drawing) return; // a later drawing started meanwhile
    if (!items.length) items.push(el('li', { text: app.t('mine.empty'), cls: 'muted' }));
    list.replaceChildren(...items);
  }

  app.live.on('calls.', (event) => {
    if (!remembered().includes(event.payload?.callId)) return;
    clearTimeout(reload);
    reload = setTimeout(() => draw().catch((e) => app.toast(e.message, 'error')), 150);
  });
  draw().catch((e) => app.toast(e.message, 'error'));
  return { stop: () => clearTimeout(reload) };
}

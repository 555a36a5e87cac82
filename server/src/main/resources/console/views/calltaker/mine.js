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

export async function renderMine(box, app, currentId) {
  const list = el('ul', { cls: 'mine-list', testid: 'my-calls' });
  box.replaceChildren(el('h2', { text: app.t('mine.title') }), list);
  for (const id of remembered()) {
    try {
      const view = await app.api.get(`/api/calls/${encodeURIComponent(id)}`);
      if (view.call.state === 'CLOSED' || view.call.state === 'ABANDONED') {
        forgetCall(id);
        continue;
      }
      const link = el('a', { text: id, attrs: { href: `#/calls/${encodeURIComponent(id)}`, 'aria-current': id === currentId ? 'true' : null } });
      list.append(el('li', {}, [link, el('span', { text: ` ${app.t(`state.${view.call.state}`)}`, cls: 'muted small' })]));
    } catch (e) {
      if (e.status === 404) forgetCall(id);
    }
  }
  if (!list.children.length) list.append(el('li', { text: app.t('mine.empty'), cls: 'muted' }));
}

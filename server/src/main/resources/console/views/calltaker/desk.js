// The operator's desk (arbetsplats) and its phone: take a desk (its SIP phone then rings with the calls offered to
// you), leave it, and see the phone as the telephony reports it — not registered, free, ringing for a call, in a
// call — live from the desks' events.
import { el } from '../../format.js';

export function createDesk(box, app) {
  const state = el('p', { cls: 'desk-phone', testid: 'desk-phone', attrs: { 'aria-live': 'polite' } });
  let drawing = 0;
  box.replaceChildren(el('h2', { text: app.t('desk.title') }));
  const body = el('div', { cls: 'desk-body' });
  box.append(body);

  async function load() {
    const mine = ++drawing;
    let view;
    try {
      view = await app.api.get('/api/desks/mine');
    } catch (e) {
      return app.toast(e.message, 'error');
    }
    if (mine !== drawing) return; // a later drawing has begun
    if (!view.seat) return renderFree();
    renderSeat(view.seat, view.phone);
  }

  function renderFree() {
    const input = el('input', { testid: 'desk-name', attrs: { id: 'desk-name', size: 10, placeholder: 'desk-1', autocomplete: 'off' } });
    const take = el('button', { text: app.t('desk.take'), testid: 'desk-take', attrs: { type: 'button' } });
    take.addEventListener('click', () => act(() => app.api.put('/api/desks/mine', { desk: input.value.trim() })));
    input.addEventListener('keydown', (e) => { if (e.key === 'Enter') take.click(); });
    body.replaceChildren(el('p', { cls: 'muted', text: app.t('desk.none'), testid: 'desk-none' }),
      el('div', { cls: 'toolbar' }, [el('label', { text: app.t('desk.name'), attrs: { for: 'desk-name' } }), input, take]));
  }

  function renderSeat(seat, phone) {
    const leave = el('button', { text: app.t('desk.leave'), testid: 'desk-leave', attrs: { type: 'button' } });
    leave.addEventListener('click', () => act(() => app.api.del('/api/desks/mine')));
    const phoneState = phone?.state ?? 'UNREGISTERED';
    state.dataset.state = phoneState;
    state.className = `desk-phone desk-phone-${phoneState.toLowerCase()}`;
    const call = phone?.callId;
    state.replaceChildren(el('span', { text: app.t(`desk.phone.${phoneState}`) }),
      ...(call ? [el('span', { text: ' ' }), el('a', { text: call, testid: 'desk-phone-call',
        attrs: { href: `#/calls/${encodeURIComponent(call)}` } })] : []));
    body.replaceChildren(el('p', { testid: 'desk-seat' }, [el('strong', { text: seat.desk }), el('span', { text: ` ${app.t('desk.taken')}` })]),
      state, el('div', { cls: 'toolbar' }, [leave]));
  }

  async function act(action) {
    try {
      await action();
    } catch (e) {
      app.toast(e.message, 'error');
    }
    load();
  }

  const unsubscribe = app.live.on('centre.Desk', () => load());
  load();
  return { stop() { unsubscribe(); drawing++; } };
}

// Alarm receiving (larmmottagning), #/alarms: the latest signals received from alarm transmitters, newest first, each
// with what its code means, the object and customer it came from and the steps of the object's action plan for its
// class (an unknown code follows the alarm plan). Asked of GET /api/alarms/received every 5 s.
import { el, dateTime, everyMs } from '../format.js';

const REFRESH_MS = 5000;

const strings = {
  sv: {
    'heading': 'Larmmottagning – mottagna larm',
    'none': 'Inga larm mottagna.',
    'class.ALARM': 'Larm',
    'class.FAULT': 'Fel',
    'class.TEST': 'Prov',
    'class.RESTORE': 'Återställning',
    'class.INFO': 'Information',
    'class.UNKNOWN': 'Okänd kod',
    'received': 'Mottaget {time} från konto {account}{zone}',
    'zone': ', sektion {zone}',
    'object': '{object}, {address} – {customer} (avtal {contract})',
    'object.none': 'Kontot hör inte till något larmobjekt: ingen åtgärdsplan.',
    'plan': 'Åtgärdsplan ({class})',
    'plan.none': 'Objektet har ingen åtgärdsplan för {class}.',
    'step.CALL_KEY_HOLDERS': 'Ring nyckelinnehavare',
    'step.SEND_GUARD': 'Skicka väktare',
    'step.CALL_112': 'Larma 112',
    'step.NOTIFY_ON_CALL': 'Meddela kundens jour ({number})',
    'error': 'Kunde inte hämta larmen: {reason}',
  },
  en: {
    'heading': 'Alarm receiving – received alarms',
    'none': 'No alarms received.',
    'class.ALARM': 'Alarm',
    'class.FAULT': 'Fault',
    'class.TEST': 'Test',
    'class.RESTORE': 'Restore',
    'class.INFO': 'Information',
    'class.UNKNOWN': 'Unknown code',
    'received': 'Received {time} from account {account}{zone}',
    'zone': ', zone {zone}',
    'object': '{object}, {address} – {customer} (contract {contract})',
    'object.none': 'The account belongs to no alarm object: no action plan.',
    'plan': 'Action plan ({class})',
    'plan.none': 'The object has no action plan for {class}.',
    'step.CALL_KEY_HOLDERS': 'Call the key holders',
    'step.SEND_GUARD': 'Send a guard',
    'step.CALL_112': 'Alert 112',
    'step.NOTIFY_ON_CALL': "Notify the customer's on-call ({number})",
    'error': 'Could not load the alarms: {reason}',
  },
};

export default {
  id: 'alarms',
  title: { sv: 'Larm', en: 'Alarms' },
  key: 'e',
  roles: ['CALL_TAKER', 'DISPATCHER', 'SUPERVISOR'],
  strings,

  mount(root, app) {
    const t = app.t;
    const lang = app.lang === 'en' ? 'english' : 'swedish';

    const list = el('ol', { cls: 'alarm-list', testid: 'alarm-list' });
    const empty = el('p', { cls: 'muted', testid: 'alarm-none', text: t('none') });
    const error = el('p', { cls: 'error', testid: 'alarm-error', attrs: { role: 'alert' } });
    root.append(el('h1', { text: t('heading') }), error, empty, list);

    function alarm(a) {
      const meaning = a.meaning ?? {};
      const cls = t(`class.${meaning.alarmClass}`);
      const planClass = t(`class.${a.planClass}`);
      const parts = [
        el('h2', { testid: 'alarm-meaning', text: `${a.code || '–'}: ${meaning[lang] ?? ''} (${cls})` }),
        el('p', { testid: 'alarm-received', text: t('received', { time: dateTime(a.receivedAt), account: a.account,
          zone: a.zone ? t('zone', { zone: a.zone }) : '' }) }),
      ];
      if (!a.object) {
        parts.push(el('p', { cls: 'muted', testid: 'alarm-object', text: t('object.none') }));
      } else {
        parts.push(el('p', { testid: 'alarm-object', text: t('object', { object: a.object.name, address: a.object.address,
          customer: a.customer?.name ?? a.object.customerId, contract: a.customer?.contractReference ?? '–' }) }));
        if ((a.steps ?? []).length === 0) {
          parts.push(el('p', { cls: 'muted', testid: 'alarm-plan-none', text: t('plan.none', { class: planClass }) }));
        } else {
          parts.push(el('h3', { text: t('plan', { class: planClass }) }),
            el('ol', { testid: 'alarm-steps' }, a.steps.map((s) => el('li', { testid: 'alarm-step' }, [
              el('strong', { text: t(`step.${s.kind}`, { number: a.customer?.onCallNumber ?? '–' }) }),
              document.createTextNode(`: ${s.instruction}`)]))));
        }
      }
      return el('li', { cls: 'panel', testid: 'alarm-item', attrs: { 'data-account': a.account, 'data-class': meaning.alarmClass ?? '' } },
        [el('article', {}, parts)]);
    }

    const stop = everyMs(REFRESH_MS, async (isAlive) => {
      const view = await app.api.get('/api/alarms/received?limit=50');
      if (!isAlive()) return;
      error.textContent = '';
      const alarms = view.alarms ?? [];
      empty.hidden = alarms.length > 0;
      list.replaceChildren(...alarms.map(alarm));
    }, (e) => { error.textContent = t('error', { reason: e.message }); });

    return { unmount: stop };
  },
};

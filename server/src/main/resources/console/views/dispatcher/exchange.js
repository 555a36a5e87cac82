// Incident exchange with other centres (EIDO) in the dispatcher's view: hand the chosen open incident over to another
// centre (POST /api/incidents/{id}/hand-over: its EIDO is made and checked, the incident cancelled here), and receive
// an EIDO document pasted or read from a file (POST /api/incidents/eido), every problem listed when it is refused and
// the new incident with its history when it is received. The receiving form is the supervisor's too (createEidoReceive).
import { el, dateTime } from '../../format.js';

export const EXCHANGE_STRINGS = {
  sv: {
    'exchange.title': 'Utbyte med andra larmcentraler (EIDO)',
    'exchange.handOver': 'Lämna över till annan larmcentral',
    'exchange.handOver.none': 'Välj ett öppet uppdrag för att lämna över det.',
    'exchange.toCentre': 'Larmcentral som tar över',
    'exchange.reason': 'Skäl',
    'exchange.handOver.submit': 'Lämna över {incident}',
    'exchange.handedOver': 'Uppdrag {incident} är överlämnat till {centre}; det är avslutat här.',
    'exchange.receive': 'Ta emot EIDO',
    'exchange.document': 'EIDO-dokument (JSON)',
    'exchange.file': 'eller läs från fil',
    'exchange.receive.submit': 'Ta emot',
    'exchange.received': 'Mottaget som uppdrag {incident} från {agency}.',
    'exchange.refused': 'Dokumentet togs inte emot ({count} fel); inget är sparat:',
    'exchange.incident': 'Prioritet {priority} ({mapping}){place}',
    'exchange.queued': 'I kön för utlarmning.',
    'exchange.notQueued': 'Ingen position i dokumentet: registrerat, inte i kön.',
    'exchange.history': 'Historik från {agency}',
    'exchange.history.none': 'Dokumentet hade ingen historik.',
  },
  en: {
    'exchange.title': 'Exchange with other centres (EIDO)',
    'exchange.handOver': 'Hand over to another centre',
    'exchange.handOver.none': 'Choose an open incident to hand it over.',
    'exchange.toCentre': 'Centre taking over',
    'exchange.reason': 'Reason',
    'exchange.handOver.submit': 'Hand over {incident}',
    'exchange.handedOver': 'Incident {incident} is handed over to {centre}; it is closed here.',
    'exchange.receive': 'Receive EIDO',
    'exchange.document': 'EIDO document (JSON)',
    'exchange.file': 'or read from a file',
    'exchange.receive.submit': 'Receive',
    'exchange.received': 'Received as incident {incident} from {agency}.',
    'exchange.refused': 'The document was refused ({count} problems); nothing is kept:',
    'exchange.incident': 'Priority {priority} ({mapping}){place}',
    'exchange.queued': 'In the dispatch queue.',
    'exchange.notQueued': 'No position in the document: recorded, not queued.',
    'exchange.history': 'History from {agency}',
    'exchange.history.none': 'The document had no history.',
  },
};

export function createExchange(box, app, { onChanged }) {
  const t = app.t;
  let incident = null;
  const field = (id, label, control) => el('div', { cls: 'exchange-field' }, [el('label', { text: label, attrs: { for: id } }), control]);

  const toCentre = el('input', { testid: 'handover-to', attrs: { id: 'handover-to', name: 'toCentre', type: 'text', required: true } });
  const reason = el('input', { testid: 'handover-reason', attrs: { id: 'handover-reason', name: 'reason', type: 'text', required: true } });
  const handOverButton = el('button', { cls: 'primary', testid: 'handover-submit', attrs: { type: 'submit' } });
  const handOverNone = el('p', { text: t('exchange.handOver.none'), cls: 'muted', testid: 'handover-none' });
  // hidden until an incident is chosen (show): an empty hand-over button is never on the page (axe: button-name)
  const handOverFields = el('div', { attrs: { hidden: '' } }, [field('handover-to', t('exchange.toCentre'), toCentre),
    field('handover-reason', t('exchange.reason'), reason), handOverButton]);
  handOverFields.hidden = true; // until an open incident is chosen (show): no button without its text meanwhile
  const handOverMessage = el('div', { testid: 'handover-message', attrs: { role: 'status' } });
  const handOver = el('form', { testid: 'handover' }, [el('h3', { text: t('exchange.handOver') }), handOverNone,
    handOverFields, handOverMessage]);
  handOver.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!incident) return;
    const id = incident.id;
    try {
      await app.api.post(`/api/incidents/${encodeURIComponent(id)}/hand-over`, { toCentre: toCentre.value, reason: reason.value });
      handOverMessage.replaceChildren(el('p', { text: t('exchange.handedOver', { incident: id, centre: toCentre.value }), cls: 'notice' }));
      toCentre.value = '';
      reason.value = '';
      onChanged();
    } catch (e) {
      handOverMessage.replaceChildren(el('p', { text: e.message, cls: 'notice notice-error', attrs: { role: 'alert' } }));
    }
  });

  const receive = createEidoReceive(app, { onReceived: onChanged });

  box.replaceChildren(el('h2', { text: t('exchange.title') }), handOver, receive);

  return {
    // the chosen incident: an open one can be handed over
    show(chosen) {
      incident = chosen && chosen.status !== 'CLOSED' && chosen.status !== 'CANCELLED' ? chosen : null;
      handOverNone.hidden = Boolean(incident);
      handOverFields.hidden = !incident;
      if (incident) handOverButton.textContent = t('exchange.handOver.submit', { incident: incident.id });
    },
  };
}

// "Ta emot EIDO": a document pasted or read from a file, sent as it is; refused, every problem by its JSON path
// (nothing is kept); received, the new incident here with its priority, whether it is queued, and its history.
export function createEidoReceive(app, { onReceived = () => {} } = {}) {
  const t = app.t;
  const field = (id, label, control) => el('div', { cls: 'exchange-field' }, [el('label', { text: label, attrs: { for: id } }), control]);
  const documentText = el('textarea', { testid: 'eido-document', attrs: { id: 'eido-document', name: 'document', rows: '6', required: true } });
  const file = el('input', { testid: 'eido-file', attrs: { id: 'eido-file', name: 'file', type: 'file', accept: '.json,application/json' } });
  file.addEventListener('change', async () => {
    if (file.files?.[0]) documentText.value = await file.files[0].text();
  });
  const receiveMessage = el('div', { testid: 'eido-message', attrs: { role: 'status' } });
  const receive = el('form', { testid: 'eido-receive' }, [el('h3', { text: t('exchange.receive') }),
    field('eido-document', t('exchange.document'), documentText), field('eido-file', t('exchange.file'), file),
    el('button', { text: t('exchange.receive.submit'), cls: 'primary', testid: 'eido-submit', attrs: { type: 'submit' } }),
    receiveMessage]);
  receive.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const imported = await app.api.postText('/api/incidents/eido', documentText.value, 'application/json');
      const history = imported.history ?? [];
      receiveMessage.replaceChildren(el('div', { cls: 'notice', testid: 'eido-received' }, [
        el('p', { text: t('exchange.received', { incident: imported.incidentId, agency: imported.fromAgency }) }),
        el('p', { text: t('exchange.incident', { priority: imported.priority, mapping: imported.priorityMapping,
          place: imported.place ? ` · ${imported.place}` : '' }) }),
        el('p', { text: t(imported.dispatched ? 'exchange.queued' : 'exchange.notQueued') }),
        el('h4', { text: t('exchange.history', { agency: imported.fromAgency }) }),
        history.length
          ? el('ol', { testid: 'eido-history' }, history.map((note) => el('li', {
            text: `${dateTime(note.at)}${note.author ? ` ${note.author}` : ''}: ${note.text}` })))
          : el('p', { text: t('exchange.history.none'), cls: 'muted', testid: 'eido-history' }),
      ]));
      documentText.value = '';
      file.value = '';
      onReceived(imported);
    } catch (e) {
      const problems = e.problem?.problems ?? [];
      receiveMessage.replaceChildren(el('div', { cls: 'notice notice-error', attrs: { role: 'alert' } }, problems.length
        ? [el('p', { text: t('exchange.refused', { count: problems.length }) }),
          el('ul', { testid: 'eido-problems' }, problems.map((p) => el('li', { text: `${p.path}: ${p.problem}` })))]
        : [el('p', { text: e.message })]));
    }
  });
  return receive;
}

// The regional contract (avtal om ambulanssjukvård), #/contract: for the supervisor (and the dispatcher, the
// administrator, the auditor) the contract's terms, its end instant and the days left, the reminder due now and those
// to come, the extensions, who takes over, and the incidents handed over at the end. The supervisor or the
// administrator records an extension decided elsewhere (GET /api/crisis/contract, POST .../extensions).
import { el, dateTime } from '../format.js';

const strings = {
  sv: {
    'heading': 'Avtal om ambulanssjukvård',
    'none': 'Centralen är inte konfigurerad med något regionalt avtal.',
    'county': '{name} ({code})',
    'period': 'Gäller {start} – {end}',
    'ends': 'Upphör {end} ({instant})',
    'inForce': 'Gäller',
    'ended': 'Upphört',
    'notStarted': 'Har inte börjat gälla',
    'daysLeft': '{days} dagar kvar',
    'daysLeft.one': 'Sista dagen',
    'reminder': 'Påminnelse: {reason}',
    'reminders.ahead': 'Kommande påminnelser',
    'reminders.none': 'Inga fler påminnelser.',
    'receiver': 'Tas över av',
    'receiver.CENTRE': 'annan larmcentral',
    'receiver.REGION': 'regionen (egen regi)',
    'fleet': 'Fordonsflotta',
    'rules': 'Responsregler',
    'extensions': 'Förlängningar',
    'extensions.none': 'Inga förlängningar.',
    'extension': 'Till {newEnd} (beslut {decidedOn}): {reason}',
    'handedOver': 'Överlämnade ärenden',
    'handedOver.none': 'Inga ärenden överlämnade.',
    'extend': 'Registrera förlängning',
    'field.newEnd': 'Ny sista dag',
    'field.decidedOn': 'Beslutsdag',
    'field.reason': 'Skäl',
    'save': 'Registrera',
    'saved': 'Förlängningen är registrerad: avtalet gäller till {end}.',
    'error': 'Avtalet kunde inte hämtas: {reason}',
    'handOver.download': 'Hämta överlämningens EIDO-dokument',
    'handOver.ready': '{count} EIDO-dokument till {receiver}, kontrollerade mot NENA:s schema: {file}',
  },
  en: {
    'heading': 'Ambulance-care contract',
    'none': 'The centre is configured without a regional contract.',
    'county': '{name} ({code})',
    'period': 'In force {start} – {end}',
    'ends': 'Ends {end} ({instant})',
    'inForce': 'In force',
    'ended': 'Ended',
    'notStarted': 'Not yet in force',
    'daysLeft': '{days} days left',
    'daysLeft.one': 'Last day',
    'reminder': 'Reminder ({days} days before): {reason}',
    'reminders.ahead': 'Reminders to come',
    'reminders.none': 'No more reminders.',
    'receiver': 'Taken over by',
    'receiver.CENTRE': 'another centre',
    'receiver.REGION': 'the region itself',
    'fleet': 'Fleet',
    'rules': 'Response rules',
    'extensions': 'Extensions',
    'extensions.none': 'No extensions.',
    'extension': 'To {newEnd} (decided {decidedOn}): {reason}',
    'handedOver': 'Incidents handed over',
    'handedOver.none': 'No incidents handed over.',
    'extend': 'Record an extension',
    'field.newEnd': 'New last day',
    'field.decidedOn': 'Day decided',
    'field.reason': 'Reason',
    'save': 'Record',
    'saved': 'The extension is recorded: the contract is in force until {end}.',
    'error': 'The contract could not be read: {reason}',
    'handOver.download': 'Download the hand-over\'s EIDO documents',
    'handOver.ready': '{count} EIDO documents for {receiver}, checked against NENA\'s schema: {file}',
  },
};

export default {
  id: 'contract',
  title: { sv: 'Avtal', en: 'Contract' },
  key: 'b',
  roles: ['SUPERVISOR', 'DISPATCHER', 'ADMINISTRATOR'],
  strings,

  mount(root, app) {
    const t = app.t;
    let alive = true;
    const body = el('div', { testid: 'contract-body' });
    root.replaceChildren(el('section', { cls: 'panel' }, [el('h1', { text: t('heading') }), body]));

    const list = (items, empty, testid) => (items.length
      ? el('ul', { testid }, items.map((item) => el('li', { text: item })))
      : el('p', { text: t(empty), cls: 'muted', testid }));

    function extensionForm(contract) {
      const input = (name, type) => el('input', { testid: `contract-${name}`, attrs: { id: `contract-${name}`, name, type, required: true } });
      const newEnd = input('newEnd', 'date');
      const decidedOn = input('decidedOn', 'date');
      const reason = input('reason', 'text');
      const message = el('div', { testid: 'contract-message', attrs: { role: 'status' } });
      const field = (key, control) => el('div', {}, [el('label', { text: t(`field.${key}`), attrs: { for: control.id } }), control]);
      const form = el('form', { testid: 'contract-extend' }, [
        el('h2', { text: t('extend') }), field('newEnd', newEnd), field('decidedOn', decidedOn), field('reason', reason),
        el('button', { text: t('save'), cls: 'primary', testid: 'contract-save', attrs: { type: 'submit' } }), message,
      ]);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        try {
          const saved = await app.api.post(`/api/crisis/contract/${encodeURIComponent(contract.countyCode)}/extensions`,
            { newEnd: newEnd.value, decidedOn: decidedOn.value, reason: reason.value });
          if (!alive) return;
          app.toast(t('saved', { end: saved.endText }));
          await load();
        } catch (e) {
          if (alive) message.replaceChildren(el('p', { text: e.message, cls: 'notice notice-error', attrs: { role: 'alert' } }));
        }
      });
      return form;
    }

    // The EIDO documents of the incidents handed over at the end, as one JSON file to give the receiving party
    // (GET /api/crisis/contract/{countyCode}/hand-over: each checked by the server before it is sent).
    function handOverDocuments(contract) {
      const message = el('div', { testid: 'contract-hand-over-message', attrs: { role: 'status' } });
      const button = el('button', { text: t('handOver.download'), testid: 'contract-hand-over', attrs: { type: 'button' } });
      button.addEventListener('click', async () => {
        try {
          const handOver = await app.api.get(`/api/crisis/contract/${encodeURIComponent(contract.countyCode)}/hand-over`);
          if (!alive) return;
          const file = `overlamning-${contract.countyCode}-eido.json`;
          const link = el('a', { text: file, testid: 'contract-hand-over-file', attrs: { download: file,
            href: URL.createObjectURL(new Blob([JSON.stringify(handOver, null, 2)], { type: 'application/json' })) } });
          message.replaceChildren(el('p', { text: t('handOver.ready', { count: handOver.documents.length, receiver: handOver.receiver.name, file: '' }) }, [link]));
          link.click();
        } catch (e) {
          if (alive) message.replaceChildren(el('p', { text: e.message, cls: 'notice notice-error', attrs: { role: 'alert' } }));
        }
      });
      return el('div', {}, [button, message]);
    }

    function render(contract) {
      const state = contract.ended ? 'ended' : contract.inForce ? 'inForce' : 'notStarted';
      const days = contract.daysLeft === 1 ? t('daysLeft.one') : t('daysLeft', { days: contract.daysLeft });
      return el('article', { testid: `contract-${contract.countyCode}` }, [
        el('h2', { text: t('county', { name: contract.countyName, code: contract.countyCode }) }),
        el('p', { text: `${t(state)} · ${contract.ended ? '' : days}`, testid: 'contract-state' }),
        el('p', { text: t('period', { start: contract.start, end: contract.effectiveEnd }) }),
        el('p', { text: t('ends', { end: contract.endText, instant: dateTime(contract.endsAt) }), testid: 'contract-ends' }),
        contract.reminder
          ? el('p', { text: t('reminder', { days: contract.reminder.daysBefore, reason: contract.reminder.reason }), cls: 'notice', testid: 'contract-reminder', attrs: { role: 'status' } })
          : el('span'),
        el('p', { text: `${t('receiver')}: ${contract.receiver.name} – ${t(`receiver.${contract.receiver.kind}`)}, ${contract.receiver.contact}`, testid: 'contract-receiver' }),
        contract.fleet ? el('p', { text: `${t('fleet')}: ${contract.fleet}` }) : el('span'),
        contract.responseRules ? el('p', { text: `${t('rules')}: ${contract.responseRules}` }) : el('span'),
        el('h3', { text: t('extensions') }),
        list(contract.extensions.map((x) => t('extension', x)), 'extensions.none', 'contract-extensions'),
        el('h3', { text: t('reminders.ahead') }),
        list(contract.remindersAhead.map((at) => dateTime(at)), 'reminders.none', 'contract-reminders-ahead'),
        el('h3', { text: t('handedOver') }),
        list(contract.handedOver, 'handedOver.none', 'contract-handed-over'),
        app.can('SUPERVISOR') && contract.handedOver.length ? handOverDocuments(contract) : el('span'),
        app.can('SUPERVISOR', 'ADMINISTRATOR') && !contract.ended ? extensionForm(contract) : el('span'),
      ]);
    }

    async function load() {
      try {
        const view = await app.api.get('/api/crisis/contract');
        if (!alive) return;
        body.replaceChildren(...(view.contracts.length ? view.contracts.map(render) : [el('p', { text: t('none'), cls: 'muted', testid: 'contract-none' })]));
      } catch (e) {
        if (alive) body.replaceChildren(el('p', { text: t('error', { reason: e.message }), cls: 'notice notice-error', attrs: { role: 'alert' } }));
      }
    }

    // a fetch of the hand-over's documents is recorded (audit) but changes nothing shown: no redraw under its message
    app.live.on('contract.', (event) => {
      if (event?.type !== 'contract.HandOverDocumentsFetched') load();
    });
    const timer = setInterval(load, 60_000); // the days left and the reminder move with the clock
    load();
    return { unmount() { alive = false; clearInterval(timer); } };
  },
};

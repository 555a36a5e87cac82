// Audit (granskning), #/audit[/<query>]: who changed a municipality's social configuration, when, and what it said
// before. The form (municipality, subject, actor, period) is kept in the route as a query string, e.g.
// #/audit/municipality=0120&subject=roster, so a question can be linked to; GET /api/audit answers it oldest first,
// a page at a time ("more" fetches the next). Each change shows the content before and after side by side, the
// fields that differ marked on both sides.
import { el, dateTime, phoneText } from '../format.js';

const SUBJECTS = ['roster', 'agreement', 'jour', 'direct-numbers', 'no-agreement-policy'];
// A municipality administrator audits their own municipality's rows only: not the centre-wide policy.
const MUNICIPALITY_SUBJECTS = ['roster', 'agreement', 'jour', 'direct-numbers'];
const PAGE = 50;
const ZONE = 'Europe/Stockholm';

const strings = {
  sv: {
    'heading': 'Granskning – ändringar av socialjoursuppgifter',
    'hint': 'Vem ändrade vad och när, och hur det såg ut före och efter. Äldst först.',
    'municipality': 'Kommun',
    'municipality.all': 'Alla kommuner',
    'subject': 'Vad',
    'subject.all': 'Allt',
    'subject.roster': 'Jourlista',
    'subject.agreement': 'Avtal',
    'subject.jour': 'Jour',
    'subject.direct-numbers': 'Direktnummer',
    'subject.no-agreement-policy': 'Policy utan avtal',
    'actor': 'Vem (användare)',
    'from': 'Från dag',
    'to': 'Till och med dag',
    'show': 'Visa',
    'more': 'Visa fler',
    'col.when': 'När',
    'col.who': 'Vem',
    'col.what': 'Vad',
    'col.before': 'Före',
    'col.after': 'Efter',
    'count': '{count} ändringar visas',
    'count.more': '{count} ändringar visas – det finns fler',
    'empty': 'Inga ändringar matchar.',
    'none': '(fanns inte)',
    'nothing': '(inget)',
    'shift': '{person}: {from} – {to}',
    'kind.PERSON': 'person',
    'kind.SYSTEM': 'system',
    'kind.MACHINE': 'maskin',
    'concerns': 'Gäller: {list}',
    'error': 'Granskningen kunde inte hämtas: {reason}',
    'notYours': 'Kommun {code} hör inte till dig. Du granskar: {own}.',
    'event.social.RosterShiftsAdded': 'Pass tillagda i jourlistan',
    'event.social.RosterReplaced': 'Jourlistan ersatt',
    'event.social.AgreementAdded': 'Avtal tecknat',
    'event.social.AgreementEnded': 'Avtal avslutat',
    'event.social.ScheduleSet': 'Avtalade tider ändrade',
    'event.social.AgreementTextsSet': 'Avtalets texter ändrade',
    'event.social.OneOffChangeAdded': 'Tillfällig ändring tillagd',
    'event.social.OneOffChangeRemoved': 'Tillfällig ändring borttagen',
    'event.social.JourDefined': 'Jour upplagd',
    'event.social.JourChanged': 'Jour ändrad',
    'event.social.DirectNumberAssigned': 'Direktnummer tilldelat',
    'event.social.DirectNumberRemoved': 'Direktnummer borttaget',
    'event.social.NoAgreementPolicyAdded': 'Policy utan avtal tillagd',
  },
  en: {
    'heading': 'Audit – changes of the social on-call configuration',
    'hint': 'Who changed what and when, and how it looked before and after. Oldest first.',
    'municipality': 'Municipality',
    'municipality.all': 'Every municipality',
    'subject': 'What',
    'subject.all': 'Everything',
    'subject.roster': 'Roster',
    'subject.agreement': 'Agreement',
    'subject.jour': 'Jour',
    'subject.direct-numbers': 'Direct numbers',
    'subject.no-agreement-policy': 'No-agreement policy',
    'actor': 'Who (user)',
    'from': 'From day',
    'to': 'To day (inclusive)',
    'show': 'Show',
    'more': 'Show more',
    'col.when': 'When',
    'col.who': 'Who',
    'col.what': 'What',
    'col.before': 'Before',
    'col.after': 'After',
    'count': '{count} changes shown',
    'count.more': '{count} changes shown – there are more',
    'empty': 'No changes match.',
    'none': '(did not exist)',
    'nothing': '(nothing)',
    'shift': '{person}: {from} – {to}',
    'kind.PERSON': 'person',
    'kind.SYSTEM': 'system',
    'kind.MACHINE': 'machine',
    'concerns': 'Concerns: {list}',
    'error': 'The audit could not be fetched: {reason}',
    'notYours': 'Municipality {code} is not yours. You audit: {own}.',
    'event.social.RosterShiftsAdded': 'Shifts added to the roster',
    'event.social.RosterReplaced': 'Roster replaced',
    'event.social.AgreementAdded': 'Agreement signed',
    'event.social.AgreementEnded': 'Agreement ended',
    'event.social.ScheduleSet': 'Set times changed',
    'event.social.AgreementTextsSet': 'Agreement texts changed',
    'event.social.OneOffChangeAdded': 'One-off change added',
    'event.social.OneOffChangeRemoved': 'One-off change removed',
    'event.social.JourDefined': 'Jour defined',
    'event.social.JourChanged': 'Jour changed',
    'event.social.DirectNumberAssigned': 'Direct number assigned',
    'event.social.DirectNumberRemoved': 'Direct number removed',
    'event.social.NoAgreementPolicyAdded': 'No-agreement policy added',
  },
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export default {
  id: 'audit',
  title: { sv: 'Granskning', en: 'Audit' },
  key: '6',
  // and the auditor, who reads every view; the social administrators read their part (the server filters)
  roles: ['SUPERVISOR', 'AGREEMENTS_ADMIN', 'MUNICIPALITY_ADMIN'],
  strings,
  css: 'views/audit.css',

  mount(root, app, param) {
    const t = app.t;
    const query = new URLSearchParams(param ?? '');
    // Every municipality for the supervisor, the agreements administrator and the auditor; else (a municipality
    // administrator) one of their own must be named, and only its own subjects are offered.
    const auditsAll = app.reads('SUPERVISOR', 'AGREEMENTS_ADMIN');
    const own = app.session?.municipalities ?? [];
    if (!auditsAll && !query.get('municipality') && own.length) {
      query.set('municipality', own[0]);
      location.replace(`#/audit/${query}`); // routed again with their municipality (and no history entry to go back to)
      return { unmount() {} };
    }
    const subjects = auditsAll ? SUBJECTS : MUNICIPALITY_SUBJECTS;
    const mayAsk = auditsAll || own.includes(query.get('municipality'));
    const pageSize = Number(query.get('limit')) || PAGE; // a route may ask for smaller pages
    let alive = true;
    let next = 0;
    const rows = [];

    // ---- the form, filled from the route
    const municipality = el('select', { testid: 'audit-municipality', attrs: { id: 'audit-municipality', name: 'municipality' } },
      auditsAll ? [el('option', { text: t('municipality.all'), attrs: { value: '' } })] : []);
    const subject = el('select', { testid: 'audit-subject', attrs: { id: 'audit-subject', name: 'subject' } },
      [el('option', { text: t('subject.all'), attrs: { value: '' } }),
        ...subjects.map((s) => el('option', { text: t(`subject.${s}`), attrs: { value: s } }))]);
    const actor = el('input', { testid: 'audit-actor', attrs: { id: 'audit-actor', name: 'actor', size: 18, autocomplete: 'off' } });
    const from = el('input', { testid: 'audit-from', attrs: { id: 'audit-from', name: 'from', type: 'date' } });
    const to = el('input', { testid: 'audit-to', attrs: { id: 'audit-to', name: 'to', type: 'date' } });
    subject.value = query.get('subject') ?? '';
    actor.value = query.get('actor') ?? '';
    from.value = query.get('from') ?? '';
    to.value = query.get('to') ?? '';
    const field = (label, input) => el('div', { cls: 'audit-field' }, [el('label', { text: t(label), attrs: { for: input.id } }), input]);
    const form = el('form', { cls: 'panel audit-form', testid: 'audit-form' }, [
      field('municipality', municipality), field('subject', subject), field('actor', actor), field('from', from), field('to', to),
      el('button', { text: t('show'), cls: 'primary', testid: 'audit-show', attrs: { type: 'submit' } }),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const asked = new URLSearchParams();
      for (const input of [municipality, subject, actor, from, to]) if (input.value.trim()) asked.set(input.name, input.value.trim());
      app.navigate(`#/audit/${asked.toString()}`);
    });

    const status = el('p', { cls: 'muted', testid: 'audit-count', attrs: { role: 'status' } });
    const errors = el('div', { testid: 'audit-errors' });
    const body = el('tbody', { testid: 'audit-entries' });
    const table = el('table', { cls: 'audit-table', testid: 'audit-table' }, [
      el('thead', {}, [el('tr', {}, ['col.when', 'col.who', 'col.what', 'col.before', 'col.after']
        .map((k) => el('th', { text: t(k), attrs: { scope: 'col' } })))]),
      body,
    ]);
    const more = el('button', { text: t('more'), testid: 'audit-more', attrs: { type: 'button', hidden: true } });
    more.addEventListener('click', () => load());
    root.append(el('h1', { text: t('heading') }), el('p', { text: t('hint'), cls: 'muted' }), form, errors, status, table, more);

    // ---- the municipality list: every one for those who may list them, else the session's own
    async function loadMunicipalities() {
      const chosen = query.get('municipality') ?? '';
      let list;
      if (auditsAll) {
        list = (await app.api.get('/api/social/municipalities')).municipalities;
      } else { // their own, by name (they may not list every municipality)
        list = await Promise.all(own.map((code) => app.api.get(`/api/social/municipalities/${encodeURIComponent(code)}`)
          .then((m) => ({ code: m.code, name: m.name }), () => ({ code, name: code }))));
      }
      if (!alive) return;
      municipality.append(...[...list].sort((a, b) => a.name.localeCompare(b.name, 'sv'))
        .map((m) => el('option', { text: `${m.name} (${m.code})`, attrs: { value: m.code } })));
      if (chosen && auditsAll && ![...municipality.options].some((o) => o.value === chosen)) {
        municipality.append(el('option', { text: chosen, attrs: { value: chosen } }));
      }
      municipality.value = mayAsk ? chosen : (own[0] ?? '');
    }

    // ---- the content before and after, in words: shifts as lines, numbers as dialled, instants as Swedish time
    function isShift(value) {
      return value && typeof value === 'object' && 'start' in value && 'end' in value && 'person' in value;
    }

    function scalar(value) {
      if (value === null || value === undefined) return '–';
      if (typeof value === 'object' && typeof value.e164 === 'string') return phoneText(value);
      if (typeof value === 'string' && INSTANT.test(value)) return dateTime(value);
      return String(value);
    }

    function shiftText(shift) {
      return t('shift', {
        person: shift.person,
        from: dateTime(shift.start),
        to: new Date(shift.end).toLocaleString('sv-SE', { timeZone: ZONE, dateStyle: 'short', timeStyle: 'short' }),
      }) + (shift.number ? ` · ${scalar(shift.number)}` : '');
    }

    // The top-level fields whose content differs between before and after (both objects), marked on each side.
    function changedKeys(before, after) {
      const plain = (v) => v && typeof v === 'object' && !Array.isArray(v) && typeof v.e164 !== 'string';
      if (!plain(before) || !plain(after)) return new Set();
      const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
      return new Set([...keys].filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)));
    }

    function content(value, depth = 0, changed = new Set()) {
      if (value === null || value === undefined) return el('span', { text: t('none'), cls: 'muted' });
      if (Array.isArray(value)) {
        if (!value.length) return el('span', { text: t('nothing'), cls: 'muted' });
        return el('ul', { cls: 'audit-list' }, value.map((item) => el('li', {},
          [isShift(item) ? el('span', { text: shiftText(item) }) : content(item, depth + 1)])));
      }
      if (typeof value === 'object' && typeof value.e164 !== 'string') {
        const entries = Object.entries(value).filter(([, v]) => v !== null && !(Array.isArray(v) && !v.length)
          && !(typeof v === 'object' && !Array.isArray(v) && v && !Object.keys(v).length));
        if (!entries.length) return el('span', { text: t('nothing'), cls: 'muted' });
        if (depth > 3) return el('code', { text: JSON.stringify(value) });
        return el('dl', { cls: 'audit-dl' }, entries.flatMap(([k, v]) => {
          const mark = changed.has(k) ? { cls: 'audit-changed', attrs: { 'data-changed': k } } : {};
          return [el('dt', { text: k, cls: mark.cls }), el('dd', mark, [content(v, depth + 1)])];
        }));
      }
      return el('span', { text: scalar(value) });
    }

    function row(entry) {
      const changed = changedKeys(entry.before, entry.after);
      const what = el('td', {}, [
        el('strong', { text: t(`event.${entry.event}`) === `event.${entry.event}` ? entry.event : t(`event.${entry.event}`) }),
        el('div', { text: `${t(`subject.${entry.subject}`)}: ${entry.subjectId}`, testid: 'audit-subject-id' }),
        entry.municipalities?.length ? el('div', { cls: 'muted small', text: t('concerns', { list: entry.municipalities.join(', ') }) }) : null,
        el('div', { cls: 'muted small audit-summary', text: entry.summary }),
      ]);
      return el('tr', { testid: 'audit-entry', attrs: { 'data-sequence': entry.sequence, 'data-event': entry.event } }, [
        el('td', { text: dateTime(entry.at), testid: 'audit-when', attrs: { title: entry.at } }),
        el('td', {}, [el('strong', { text: entry.actor, testid: 'audit-who' }),
          el('div', { cls: 'muted small', text: t(`kind.${entry.actorKind}`) })]),
        what,
        el('td', { cls: 'audit-before', testid: 'audit-before' }, [content(entry.before, 0, changed)]),
        el('td', { cls: 'audit-after', testid: 'audit-after' }, [content(entry.after, 0, changed)]),
      ]);
    }

    async function load() {
      const asked = new URLSearchParams(query);
      asked.set('after', String(next));
      asked.set('limit', String(pageSize));
      more.disabled = true;
      try {
        const page = await app.api.get(`/api/audit?${asked.toString()}`);
        if (!alive) return;
        errors.replaceChildren();
        page.entries.forEach((entry) => rows.push(entry));
        body.append(...page.entries.map(row));
        next = page.next;
        more.hidden = !page.more;
        status.textContent = rows.length ? t(page.more ? 'count.more' : 'count', { count: rows.length }) : t('empty');
        root.dataset.loaded = 'true';
      } catch (e) {
        if (alive) errors.replaceChildren(el('p', { text: t('error', { reason: e.message }), cls: 'notice notice-error', attrs: { role: 'alert' } }));
      } finally {
        more.disabled = false;
      }
    }

    loadMunicipalities().catch((e) => errors.replaceChildren(el('p', { text: t('error', { reason: e.message }), cls: 'notice notice-error' })));
    if (mayAsk) {
      load();
    } else { // another's municipality is not asked for at all (the server would refuse it)
      errors.replaceChildren(el('p', { text: t('notYours', { code: query.get('municipality') ?? '', own: own.join(', ') }),
        cls: 'notice notice-error', testid: 'audit-not-yours', attrs: { role: 'alert' } }));
    }
    return {
      unmount() {
        alive = false;
      },
    };
  },
};

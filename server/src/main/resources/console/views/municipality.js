// Municipality (kommun): the social on-call agreement in force, the forwarding plan of the coming 7 days hour by hour,
// the holidays and eves of the coming weeks with what applies on each, the coverage gaps ahead and the jour's roster.
// "Now" is the centre's clock (the `at` of its answer), so the view agrees with the routing decisions.
import { el, swedishDate, addDays } from '../format.js';

const ZONE = 'Europe/Stockholm';
const WEEK_DAYS = 7;
const HOLIDAY_DAYS = 56; // the coming eight weeks
const AHEAD_DAYS = 14; // gaps and roster
const OUTCOMES = ['FORWARD', 'MESSAGE', 'NOT_AVAILABLE', 'REFER_POLICE'];

const strings = {
  sv: {
    'heading': 'Kommun: {name} ({code})',
    'heading.none': 'Kommun',
    'picker': 'Välj kommun',
    'notYours': 'Kommun {code} hör inte till dig. Du administrerar: {own}.',
    'asOf': 'Enligt centralens klocka {time}',
    'agreement': 'Avtal',
    'agreement.none': 'Inget avtal i kraft',
    'agreement.none.say': 'Den som ringer får höra:',
    'agreement.none.history': 'Tidigare avtal: {list}',
    'kind.BASIC': 'Grundtjänst',
    'kind.EXTENDED': 'Tilläggsavtal',
    'validity': 'Giltigt',
    'validity.open': 'från {from}, tills vidare',
    'validity.closed': 'från {from} till {until}',
    'jour': 'Socialjour',
    'jour.hours': 'Öppettider',
    'jour.serves': 'Betjänar',
    'jour.roundTheClock': 'Numret svaras dygnet runt',
    'forwardingNumber': 'Kopplingsnummer',
    'directNumbers': 'Direktnummer till centralen',
    'instructions': 'Instruktioner till operatören',
    'message': 'Utanför avtalade tider får den som ringer höra',
    'outsideHours': 'Numret utanför jourens tider',
    'usesRoster': 'Kopplas enligt jourlista',
    'schedule': 'Avtalade tider',
    'schedule.weekly': 'Veckomönster',
    'schedule.allTimes': 'Alla tider',
    'oneOff': 'Tillfälliga ändringar',
    'oneOff.connect': '{from} – {to}: kopplas till {number}',
    'oneOff.close': '{from} – {to}: stängt',
    'history': 'Avtalshistorik',
    'none': '–',
    'yes': 'Ja',
    'no': 'Nej',
    'week': 'Veckan i korthet',
    'week.hint': 'Vad ett socialt 112-samtal leder till, timme för timme de kommande 7 dagarna.',
    'week.day': 'Dag',
    'week.details': 'Dag för dag',
    'holidays': 'Helgdagar och aftnar',
    'holidays.hint': 'De kommande 8 veckorna och vad som gäller då.',
    'holidays.empty': 'Inga helgdagar eller aftnar de kommande 8 veckorna.',
    'gaps': 'Luckor de kommande 14 dagarna',
    'gaps.hint': 'Tider då ingen från jouren nås, och vad den som ringer får i stället.',
    'gaps.empty': 'Inga luckor: jouren nås hela tiden.',
    'gaps.col.when': 'När',
    'gaps.col.why': 'Varför',
    'gaps.col.instead': 'I stället',
    'instead.FORWARD': 'Kopplas till {target} ({number})',
    'instead.MESSAGE': 'Meddelande: {message}',
    'instead.NOT_AVAILABLE': 'Socialjour finns inte: {message}',
    'instead.REFER_POLICE': 'Hänvisas till polisen {referral}: {message}',
    'roster': 'Jourlista de kommande 14 dagarna',
    'roster.none': 'Ingen jourlista: samtalen kopplas till jourens nummer.',
    'roster.noJour': 'Ingen jour: kommunen har inget avtal.',
    'roster.col.when': 'När',
    'roster.col.who': 'Vem',
    'roster.col.number': 'Nummer',
    'roster.now': 'I tjänst nu',
    'outcome.FORWARD': 'Kopplas',
    'outcome.MESSAGE': 'Stängt – meddelande',
    'outcome.NOT_AVAILABLE': 'Socialjour finns inte',
    'outcome.REFER_POLICE': 'Hänvisas till polisen',
    'segment.FORWARD': '{from}–{to} kopplas till {target} ({number})',
    'segment.MESSAGE': '{from}–{to} stängt: {message}',
    'segment.NOT_AVAILABLE': '{from}–{to} socialjour finns inte: {message}',
    'segment.REFER_POLICE': '{from}–{to} hänvisas till polisen {referral}',
    'basis.BASIC_SERVICE': 'grundtjänst',
    'basis.ALL_TIMES': 'alla tider',
    'basis.WINDOW': 'inom avtalad tid',
    'basis.OUTSIDE_WINDOWS': 'utanför avtalad tid',
    'basis.ONE_OFF_CONNECT': 'tillfällig ändring',
    'basis.ONE_OFF_CLOSED': 'tillfälligt stängt',
    'basis.ROSTER_SHIFT': 'enligt jourlista',
    'basis.ROSTER_GAP': 'lucka i jourlistan',
    'basis.NO_AGREEMENT': 'inget avtal',
    'dayType.PUBLIC_HOLIDAY': 'helgdag',
    'dayType.EVE': 'afton',
    'dayType.DAY_BEFORE_PUBLIC_HOLIDAY': 'dag före helgdag',
    'dayBefore': 'Dag före helgdag',
    'error': 'Kunde inte hämta {what}: {reason}',
    'texts.edit': 'Ändra texterna',
    'texts.legend': 'Avtalets texter',
    'texts.message': 'Meddelande utanför avtalade tider (högst 1 000 tecken)',
    'texts.instructions': 'Instruktioner till operatören (högst 4 000 tecken)',
    'texts.save': 'Spara',
    'texts.cancel': 'Avbryt',
    'texts.saved': 'Avtalets texter är sparade.',
    'texts.unchanged': 'Inget ändrat.',
    'field.message': 'Meddelandet',
    'field.instructions': 'Instruktionerna',
    'audit.link': 'Vem har ändrat avtalet? (granskning)',
    'day.Mon': 'mån', 'day.Tue': 'tis', 'day.Wed': 'ons', 'day.Thu': 'tor', 'day.Fri': 'fre', 'day.Sat': 'lör', 'day.Sun': 'sön',
  },
  en: {
    'heading': 'Municipality: {name} ({code})',
    'heading.none': 'Municipality',
    'picker': 'Choose a municipality',
    'notYours': 'Municipality {code} is not yours. You administer: {own}.',
    'asOf': 'By the centre\'s clock {time}',
    'agreement': 'Agreement',
    'agreement.none': 'No agreement in force',
    'agreement.none.say': 'The caller is told:',
    'agreement.none.history': 'Earlier agreements: {list}',
    'kind.BASIC': 'Basic service',
    'kind.EXTENDED': 'Extended agreement',
    'validity': 'Valid',
    'validity.open': 'from {from}, until further notice',
    'validity.closed': 'from {from} until {until}',
    'jour': 'Social on-call service',
    'jour.hours': 'Hours',
    'jour.serves': 'Serves',
    'jour.roundTheClock': 'The number is answered round the clock',
    'forwardingNumber': 'Forwarding number',
    'directNumbers': 'Direct numbers into the centre',
    'instructions': 'Instructions to the operator',
    'message': 'Outside the set times the caller is told',
    'outsideHours': 'The number outside the jour\'s hours',
    'usesRoster': 'Connected by roster',
    'schedule': 'Set times',
    'schedule.weekly': 'Weekly pattern',
    'schedule.allTimes': 'At all times',
    'oneOff': 'One-off changes',
    'oneOff.connect': '{from} – {to}: connected to {number}',
    'oneOff.close': '{from} – {to}: closed',
    'history': 'Agreement history',
    'none': '–',
    'yes': 'Yes',
    'no': 'No',
    'week': 'The week at a glance',
    'week.hint': 'Where a social 112 call goes, hour by hour, in the coming 7 days.',
    'week.day': 'Day',
    'week.details': 'Day by day',
    'holidays': 'Holidays and eves',
    'holidays.hint': 'The coming 8 weeks and what applies on them.',
    'holidays.empty': 'No holidays or eves in the coming 8 weeks.',
    'gaps': 'Gaps in the coming 14 days',
    'gaps.hint': 'When nobody from the jour is reached, and what the caller gets instead.',
    'gaps.empty': 'No gaps: the jour is reached at all times.',
    'gaps.col.when': 'When',
    'gaps.col.why': 'Why',
    'gaps.col.instead': 'Instead',
    'instead.FORWARD': 'Connected to {target} ({number})',
    'instead.MESSAGE': 'Message: {message}',
    'instead.NOT_AVAILABLE': 'No social on-call service: {message}',
    'instead.REFER_POLICE': 'Referred to the police {referral}: {message}',
    'roster': 'Roster for the coming 14 days',
    'roster.none': 'No roster: calls are connected to the jour\'s number.',
    'roster.noJour': 'No jour: the municipality has no agreement.',
    'roster.col.when': 'When',
    'roster.col.who': 'Who',
    'roster.col.number': 'Number',
    'roster.now': 'On duty now',
    'outcome.FORWARD': 'Connected',
    'outcome.MESSAGE': 'Closed – message',
    'outcome.NOT_AVAILABLE': 'No social on-call service',
    'outcome.REFER_POLICE': 'Referred to the police',
    'segment.FORWARD': '{from}–{to} connected to {target} ({number})',
    'segment.MESSAGE': '{from}–{to} closed: {message}',
    'segment.NOT_AVAILABLE': '{from}–{to} no social on-call service: {message}',
    'segment.REFER_POLICE': '{from}–{to} referred to the police {referral}',
    'basis.BASIC_SERVICE': 'basic service',
    'basis.ALL_TIMES': 'at all times',
    'basis.WINDOW': 'inside the set times',
    'basis.OUTSIDE_WINDOWS': 'outside the set times',
    'basis.ONE_OFF_CONNECT': 'one-off change',
    'basis.ONE_OFF_CLOSED': 'closed by a one-off change',
    'basis.ROSTER_SHIFT': 'by roster',
    'basis.ROSTER_GAP': 'gap in the roster',
    'basis.NO_AGREEMENT': 'no agreement',
    'dayType.PUBLIC_HOLIDAY': 'public holiday',
    'dayType.EVE': 'eve',
    'dayType.DAY_BEFORE_PUBLIC_HOLIDAY': 'day before a public holiday',
    'dayBefore': 'Day before a public holiday',
    'error': 'Could not load {what}: {reason}',
    'texts.edit': 'Edit the texts',
    'texts.legend': 'The agreement\'s texts',
    'texts.message': 'Message outside the set times (at most 1,000 characters)',
    'texts.instructions': 'Instructions to the operator (at most 4,000 characters)',
    'texts.save': 'Save',
    'texts.cancel': 'Cancel',
    'texts.saved': 'The agreement\'s texts are saved.',
    'texts.unchanged': 'Nothing changed.',
    'field.message': 'The message',
    'field.instructions': 'The instructions',
    'audit.link': 'Who changed the agreement? (audit)',
    'day.Mon': 'Mon', 'day.Tue': 'Tue', 'day.Wed': 'Wed', 'day.Thu': 'Thu', 'day.Fri': 'Fri', 'day.Sat': 'Sat', 'day.Sun': 'Sun',
  },
};

// ---- dates in Swedish local time, as plain "YYYY-MM-DD" and "YYYY-MM-DDTHH:MM" strings

const minuteOf = (local) => local.slice(0, 16); // "2025-12-22T16:00:00" -> "2025-12-22T16:00"
const hhmm = (local) => local.slice(11, 16);

// The part of a segment on one local day, in minutes from that day's midnight (wall clock; 24:00 is 1440).
function partOnDay(segment, day) {
  const dayStart = `${day}T00:00`;
  const dayEnd = `${addDays(day, 1)}T00:00`;
  const from = minuteOf(segment.localStart);
  const to = minuteOf(segment.localEnd);
  if (to <= dayStart || from >= dayEnd) return null;
  const start = from <= dayStart ? 0 : Number(from.slice(11, 13)) * 60 + Number(from.slice(14, 16));
  const end = to >= dayEnd ? 1440 : Number(to.slice(11, 13)) * 60 + Number(to.slice(14, 16));
  if (end <= start) return null; // the repeated hour of an autumn night
  return { start, end };
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

// The weekly pattern as the API gives it ("Mon 16:00-08:00", one line per day and window), with consecutive days
// of the same windows put together: "Mon–Fri 16:00-08:00", "Sat–Sun 00:00-24:00". Day names through `dayLabel`.
function compactWeekly(lines, dayLabel) {
  const windows = new Map(WEEKDAYS.map((d) => [d, []]));
  for (const line of lines) {
    const [day, window] = line.split(' ');
    windows.get(day)?.push(window);
  }
  const groups = [];
  for (const day of WEEKDAYS) {
    const key = windows.get(day).join(', ');
    const last = groups[groups.length - 1];
    if (key && last && last.key === key && WEEKDAYS.indexOf(last.to) === WEEKDAYS.indexOf(day) - 1) last.to = day;
    else if (key) groups.push({ key, from: day, to: day });
  }
  return groups.map((g) => `${dayLabel(g.from)}${g.to === g.from ? '' : `–${dayLabel(g.to)}`} ${g.key}`);
}

// replaceChildren without the parts that do not apply (null), which it would otherwise show as "null".
// A panel is named by its heading (data-heading: the heading's id) only while the heading is in it: axe-core counts
// aria-labelledby on an unnamed <section> as a prohibited attribute (the panels are drawn before their data comes).
const put = (node, ...children) => {
  node.replaceChildren(...children.filter(Boolean));
  const heading = node.dataset.heading;
  if (heading && node.querySelector(`#${heading}`)) node.setAttribute('aria-labelledby', heading);
  else node.removeAttribute('aria-labelledby');
};

const clockText = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export default {
  id: 'municipality',
  title: { sv: 'Kommun', en: 'Municipality' },
  key: '5',
  roles: ['AGREEMENTS_ADMIN', 'MUNICIPALITY_ADMIN', 'SUPERVISOR', 'CALL_TAKER'],
  strings,
  css: 'views/municipality.css',

  mount(root, app, param) {
    const t = app.t;
    const locale = app.lang === 'en' ? 'en-GB' : 'sv-SE';
    const dayName = (isoDate) => new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
    const localTime = (instant) => new Date(instant).toLocaleString(locale, { timeZone: ZONE, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    const fallbackCode = app.session?.municipalities?.[0] ?? '0180';
    if (!param) {
      app.navigate(`#/municipality/${fallbackCode}`);
      return { unmount() {} };
    }
    const code = param;
    // A municipality administrator reads only their own municipalities (and may not list every one): the picker
    // offers those, and another code is not asked for at all.
    const listsAll = app.reads('CALL_TAKER', 'SUPERVISOR', 'AGREEMENTS_ADMIN');
    const own = app.session?.municipalities ?? [];
    const mayOpen = listsAll || own.includes(code);
    // The agreement's texts (PUT .../texts) are changed by the agreements administrator and this municipality's own
    // administrator; its audit is read by the supervisor, the agreements administrator, the auditor and them.
    const ownAdmin = app.can('MUNICIPALITY_ADMIN') && own.includes(code);
    const mayEditTexts = app.can('AGREEMENTS_ADMIN') || ownAdmin;
    const mayAudit = app.reads('SUPERVISOR', 'AGREEMENTS_ADMIN') || ownAdmin;
    let alive = true;
    let reloadTimer = null;
    let editing = null; // { id, form, focus() } while the texts' form is open: kept when the view is drawn again
    let focusEdit = false; // after the form closes, the edit button takes the focus back
    let shown = null; // { detail, plan } last loaded: the agreement is drawn from it again when the form closes

    const picker = el('select', { testid: 'municipality-picker', attrs: { id: 'municipality-picker' } });
    picker.addEventListener('change', () => app.navigate(`#/municipality/${picker.value}`));
    const heading = el('h1', { text: t('heading.none'), testid: 'municipality-name' });
    const asOf = el('p', { cls: 'muted', testid: 'municipality-as-of' });
    const errors = el('div', { testid: 'municipality-errors' });
    const agreement = el('section', { cls: 'panel mun-agreement', testid: 'agreement', attrs: { 'data-heading': 'mun-agreement-h' } });
    const week = el('section', { cls: 'panel mun-week', testid: 'week', attrs: { 'data-heading': 'mun-week-h' } });
    const holidays = el('section', { cls: 'panel', testid: 'holidays', attrs: { 'data-heading': 'mun-holidays-h' } });
    const gaps = el('section', { cls: 'panel', testid: 'gaps', attrs: { 'data-heading': 'mun-gaps-h' } });
    const roster = el('section', { cls: 'panel', testid: 'roster', attrs: { 'data-heading': 'mun-roster-h' } });
    root.append(
      el('div', { cls: 'mun-head' }, [
        heading,
        el('div', { cls: 'mun-picker' }, [el('label', { text: t('picker'), attrs: { for: 'municipality-picker' } }), picker]),
        asOf,
      ]),
      errors,
      el('div', { cls: 'mun-top' }, [agreement, roster]),
      week,
      el('div', { cls: 'mun-bottom' }, [holidays, gaps]),
    );

    const sectionTitle = (id, key, hintKey) => [
      el('h2', { text: t(key), attrs: { id } }),
      hintKey ? el('p', { text: t(hintKey), cls: 'muted mun-hint' }) : null,
    ];

    const field = (labelKey, value, testid) => (value === null || value === undefined || value === ''
      ? [] : [el('dt', { text: t(labelKey) }), el('dd', { text: value, testid })]);

    const segmentParams = (s) => ({
      target: s.targetName ?? t('none'),
      number: s.numberNational ?? s.number ?? t('none'),
      message: s.message ?? t('none'),
      referral: s.referral ?? '',
    });
    const segmentText = (s, from, to) => t(`segment.${s.outcome}`, { from, to, ...segmentParams(s) });

    // ---- the agreement
    function renderAgreement(detail, plan) {
      const inForce = detail.agreements.find((a) => a.id === detail.agreementInForce);
      if (!inForce) {
        const notAvailable = plan.segments.find((s) => s.outcome !== 'FORWARD');
        const history = detail.agreements.map((a) => `${t(`kind.${a.kind}`)} ${a.validFrom}–${a.validUntil ?? ''}`);
        put(agreement,
          ...sectionTitle('mun-agreement-h', 'agreement'),
          el('div', { cls: 'notice notice-error mun-none', testid: 'no-agreement' }, [
            el('strong', { text: t('agreement.none') }),
            notAvailable?.message ? el('p', { text: t('agreement.none.say') }) : null,
            notAvailable?.message ? el('blockquote', { text: notAvailable.message, cls: 'mun-say', testid: 'no-agreement-say' }) : null,
          ]),
          history.length ? el('p', { text: t('agreement.none.history', { list: history.join('; ') }), cls: 'muted' }) : null,
        );
        return;
      }
      const jour = detail.jour;
      const list = el('dl', { cls: 'mun-facts' }, [
        ...field('validity', inForce.validUntil
          ? t('validity.closed', { from: inForce.validFrom, until: inForce.validUntil })
          : t('validity.open', { from: inForce.validFrom }), 'agreement-validity'),
        ...field('jour', jour ? `${jour.name} · ${jour.numberNational ?? jour.number ?? ''}` : null, 'agreement-jour'),
        ...field('jour.hours', jour?.hours, 'agreement-hours'),
        ...field('jour.serves', jour?.municipalities?.join(', '), 'agreement-serves'),
        ...field('forwardingNumber', inForce.forwardingNumber, 'agreement-forwarding'),
        ...field('directNumbers', detail.directNumbers.join(', '), 'agreement-direct'),
        ...field('outsideHours', inForce.outsideHours ?? jour?.outsideHours, 'agreement-outside-hours'),
        ...field('usesRoster', inForce.usesRoster ? t('yes') : null, 'agreement-roster'),
      ]);
      const schedule = [];
      if (inForce.weekly.length) {
        const weekly = compactWeekly(inForce.weekly, (day) => t(`day.${day}`));
        schedule.push(el('li', { text: `${t('schedule.weekly')}: ${weekly.join(', ')}` }));
      }
      for (const [type, windows] of Object.entries(inForce.dayTypes)) schedule.push(el('li', { text: `${t(`dayType.${type}`)}: ${windows.join(', ')}` }));
      for (const [date, windows] of Object.entries(inForce.dates)) schedule.push(el('li', { text: `${date}: ${windows.join(', ')}` }));
      if (inForce.kind === 'EXTENDED' && schedule.length === 0) schedule.push(el('li', { text: t('schedule.allTimes') }));
      const changes = inForce.oneOffChanges.map((c) => el('li', {
        text: `${c.action === 'CONNECT'
          ? t('oneOff.connect', { from: c.from.replace('T', ' '), to: c.to.replace('T', ' '), number: c.number })
          : t('oneOff.close', { from: c.from.replace('T', ' '), to: c.to.replace('T', ' ') })}${c.note ? ` (${c.note})` : ''}`,
      }));
      const earlier = detail.agreements.filter((a) => a.id !== inForce.id);
      // a basic agreement has no texts of its own to change (the server refuses them)
      const editable = mayEditTexts && inForce.kind === 'EXTENDED';
      if (editing && (!editable || editing.id !== inForce.id)) editing = null;
      const edit = editable && !editing
        ? el('button', { text: t('texts.edit'), testid: 'agreement-texts-edit', attrs: { type: 'button' } }) : null;
      edit?.addEventListener('click', () => {
        editing = textsEditor(inForce);
        renderAgreement(detail, plan);
        editing.focus();
      });
      // a redraw (a live event after a save, say) must not take the focus away from the edit button
      const editHadFocus = document.activeElement?.dataset?.testid === 'agreement-texts-edit';
      const auditLink = mayAudit ? el('a', {
        text: t('audit.link'), testid: 'agreement-audit-link',
        attrs: { href: `#/audit/${new URLSearchParams({ municipality: code, subject: 'agreement' })}` },
      }) : null;
      put(agreement,
        ...sectionTitle('mun-agreement-h', 'agreement'),
        el('p', { cls: 'mun-kind', testid: 'agreement-kind' }, [el('strong', { text: t(`kind.${inForce.kind}`) })]),
        edit || auditLink ? el('p', { cls: 'mun-actions' }, [edit, auditLink]) : null,
        editing ? editing.form : null,
        !editing && inForce.instructions ? el('div', { cls: 'notice mun-instructions', testid: 'agreement-instructions' }, [
          el('strong', { text: t('instructions') }), el('p', { text: inForce.instructions }),
        ]) : null,
        list,
        schedule.length ? el('h3', { text: t('schedule') }) : null,
        schedule.length ? el('ul', { testid: 'agreement-schedule' }, schedule) : null,
        !editing && inForce.message ? el('h3', { text: t('message') }) : null,
        !editing && inForce.message ? el('blockquote', { text: inForce.message, cls: 'mun-say', testid: 'agreement-message' }) : null,
        changes.length ? el('h3', { text: t('oneOff') }) : null,
        changes.length ? el('ul', { testid: 'agreement-one-off' }, changes) : null,
        earlier.length ? el('p', {
          cls: 'muted', testid: 'agreement-history',
          text: `${t('history')}: ${earlier.map((a) => `${t(`kind.${a.kind}`)} ${a.validFrom}–${a.validUntil ?? ''}`).join('; ')}`,
        }) : null,
      );
      if ((focusEdit || editHadFocus) && edit) edit.focus();
      focusEdit = false;
    }

    // ---- the agreement's texts: the message callers hear outside the set times and the operator's instructions.
    // Only what was changed is sent (a text left out stays); a 400 is shown under the field it names.
    function textsEditor(inForce) {
      const message = el('textarea', { testid: 'texts-message', attrs: { id: 'mun-texts-message', name: 'message', rows: 3 } });
      const instructions = el('textarea', { testid: 'texts-instructions', attrs: { id: 'mun-texts-instructions', name: 'instructions', rows: 4 } });
      message.value = inForce.message ?? '';
      instructions.value = inForce.instructions ?? '';
      const inputs = { message, instructions };
      const slots = Object.fromEntries(Object.keys(inputs).map((name) => [name,
        el('p', { cls: 'field-error', testid: `texts-error-${name}`, attrs: { id: `mun-texts-err-${name}`, role: 'alert', hidden: true } })]));
      const general = el('p', { cls: 'notice notice-error', testid: 'texts-error', attrs: { role: 'alert', hidden: true } });
      const save = el('button', { text: t('texts.save'), cls: 'primary', testid: 'texts-save', attrs: { type: 'submit' } });
      const cancel = el('button', { text: t('texts.cancel'), testid: 'texts-cancel', attrs: { type: 'button' } });
      const form = el('form', { cls: 'mun-texts', testid: 'texts-form', attrs: { 'aria-labelledby': 'mun-texts-h' } }, [
        el('h3', { text: t('texts.legend'), attrs: { id: 'mun-texts-h' } }),
        el('label', { text: t('texts.message'), attrs: { for: message.id } }), message, slots.message,
        el('label', { text: t('texts.instructions'), attrs: { for: instructions.id } }), instructions, slots.instructions,
        el('div', { cls: 'mun-texts-buttons' }, [save, cancel]),
        general,
      ]);
      const clear = () => {
        for (const [name, slot] of Object.entries(slots)) {
          slot.hidden = true;
          slot.textContent = '';
          inputs[name].removeAttribute('aria-invalid');
          inputs[name].removeAttribute('aria-describedby');
        }
        general.hidden = true;
      };
      const refused = (error) => {
        const input = inputs[error.field];
        if (error.status === 400 && input) {
          let detail = error.detail ?? error.message;
          if (detail.startsWith(`${error.field}: `)) detail = detail.slice(error.field.length + 2);
          slots[error.field].textContent = `${t(`field.${error.field}`)}: ${detail}`;
          slots[error.field].hidden = false;
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', slots[error.field].id);
          input.focus();
        } else {
          general.textContent = error.message;
          general.hidden = false;
        }
      };
      // the agreement as last loaded (a reload while the form was open left the form alone)
      const close = () => {
        editing = null;
        focusEdit = true;
        if (shown) renderAgreement(shown.detail, shown.plan);
      };
      cancel.addEventListener('click', close);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        clear();
        const body = {};
        if (message.value.trim() !== (inForce.message ?? '')) body.message = message.value;
        if (instructions.value.trim() !== (inForce.instructions ?? '')) body.instructions = instructions.value;
        if (!Object.keys(body).length) {
          app.toast(t('texts.unchanged'));
          close();
          return;
        }
        save.disabled = true;
        try {
          const municipality = encodeURIComponent(inForce.municipality ?? code);
          await app.api.put(`/api/social/agreements/${municipality}/${encodeURIComponent(inForce.validFrom)}/texts`, body);
          if (!alive) return;
          app.toast(t('texts.saved'), 'ok');
          editing = null;
          focusEdit = true;
          await load();
        } catch (e) {
          if (alive) refused(e);
        } finally {
          save.disabled = false;
        }
      });
      return { id: inForce.id, form, focus: () => message.focus() };
    }

    // ---- the week: one row per day, the day's parts drawn to scale over 24 hour columns, and the same in words
    function bar(s, part, label) {
      const node = el('span', {
        cls: `mun-bar mun-${s.outcome}`,
        attrs: { title: label, 'aria-label': label, role: 'img', 'data-outcome': s.outcome },
      });
      node.style.left = `${(part.start / 1440) * 100}%`;
      node.style.width = `${((part.end - part.start) / 1440) * 100}%`;
      if (part.end - part.start >= 150) {
        node.textContent = s.outcome === 'FORWARD' ? (s.targetName ?? t('outcome.FORWARD')) : t(`outcome.${s.outcome}`);
      }
      return node;
    }

    function dayParts(segments, day) {
      return segments.map((s) => ({ s, part: partOnDay(s, day) })).filter((x) => x.part);
    }

    function renderWeek(plan, today, holidayByDate) {
      const hours = el('div', { cls: 'mun-hours', attrs: { 'aria-hidden': 'true' } },
        Array.from({ length: 24 }, (_, h) => el('span', { text: h % 3 === 0 ? String(h).padStart(2, '0') : '' })));
      const rows = [];
      const words = [];
      for (let i = 0; i < WEEK_DAYS; i++) {
        const day = addDays(today, i);
        const special = holidayByDate.get(day);
        const name = special ? (special.name ?? t('dayBefore')) : null;
        const parts = dayParts(plan.segments, day);
        const texts = parts.map(({ s, part }) => segmentText(s, clockText(part.start), clockText(part.end)));
        const label = el('div', { cls: 'mun-day' }, [
          el('strong', { text: dayName(day) }),
          name ? el('span', { text: name, cls: 'mun-day-special' }) : null,
        ]);
        const track = el('div', { cls: 'mun-track' }, parts.map(({ s, part }, k) => bar(s, part, texts[k])));
        rows.push(el('div', { cls: 'mun-row', testid: `week-${day}`, attrs: { 'data-date': day } }, [label, track]));
        words.push(el('li', { testid: `week-text-${day}` }, [
          el('strong', { text: `${dayName(day)}${name ? ` (${name})` : ''}: ` }),
          el('span', { text: texts.join(' · ') }),
        ]));
      }
      const legend = el('ul', { cls: 'mun-legend' }, OUTCOMES.map((o) => el('li', {}, [
        el('span', { cls: `mun-swatch mun-${o}`, attrs: { 'aria-hidden': 'true' } }), el('span', { text: t(`outcome.${o}`) }),
      ])));
      const details = el('details', { cls: 'mun-words', attrs: { open: true } }, [
        el('summary', { text: t('week.details') }), el('ul', { testid: 'week-text' }, words),
      ]);
      put(week, 
        ...sectionTitle('mun-week-h', 'week', 'week.hint'),
        legend,
        el('div', { cls: 'mun-grid', testid: 'week-grid' }, [
          el('div', { cls: 'mun-row mun-row-head' }, [el('div', { text: t('week.day'), cls: 'mun-day' }), hours]),
          ...rows,
        ]),
        details,
      );
    }

    // ---- holidays: each day with its name, kinds and the plan on it
    function renderHolidays(data) {
      const items = data.days.map((d) => {
        const kinds = d.dayTypes.map((k) => t(`dayType.${k}`)).join(', ');
        const plan = d.plan.map((s) => segmentText(s, hhmm(s.localStart), s.localEnd.slice(0, 10) > d.date ? '24:00' : hhmm(s.localEnd)));
        return el('li', { cls: 'mun-holiday', testid: `holiday-${d.date}` }, [
          el('div', { cls: 'mun-holiday-head' }, [
            el('strong', { text: `${dayName(d.date)} – ${d.name ?? t('dayBefore')}` }),
            el('span', { text: kinds, cls: 'muted' }),
          ]),
          el('ul', {}, plan.map((text) => el('li', { text }))),
        ]);
      });
      put(holidays, 
        ...sectionTitle('mun-holidays-h', 'holidays', 'holidays.hint'),
        items.length ? el('ul', { cls: 'mun-holidays' }, items) : el('p', { text: t('holidays.empty'), cls: 'muted' }),
      );
    }

    // ---- coverage gaps ahead
    // What the caller gets in a gap, in words: from the plan's segment at the gap's start (a gap is a plan interval).
    function insteadText(gap, plan) {
      const at = Date.parse(gap.start);
      const s = plan.segments.find((x) => Date.parse(x.start) <= at && at < Date.parse(x.end));
      return s ? t(`instead.${s.outcome}`, segmentParams(s)) : gap.fallback;
    }

    function renderGaps(data, plan) {
      if (data.gaps.length === 0) {
        put(gaps, ...sectionTitle('mun-gaps-h', 'gaps', 'gaps.hint'), el('p', { text: t('gaps.empty'), testid: 'gaps-empty' }));
        return;
      }
      const rows = data.gaps.map((g, i) => el('tr', { testid: `gap-${i}`, attrs: { 'data-basis': g.basis } }, [
        el('td', { text: `${localTime(g.start)} – ${localTime(g.end)}` }),
        el('td', { text: t(`basis.${g.basis}`) }),
        el('td', { text: insteadText(g, plan) }),
      ]));
      put(gaps, 
        ...sectionTitle('mun-gaps-h', 'gaps', 'gaps.hint'),
        el('table', { cls: 'mun-table' }, [
          el('thead', {}, [el('tr', {}, ['gaps.col.when', 'gaps.col.why', 'gaps.col.instead'].map((k) => el('th', { text: t(k), attrs: { scope: 'col' } })))]),
          el('tbody', {}, rows),
        ]),
      );
    }

    // ---- the jour's roster ahead
    function renderRoster(detail, data) {
      const title = sectionTitle('mun-roster-h', 'roster');
      if (!detail.jour) {
        put(roster, ...title, el('p', { text: t('roster.noJour'), cls: 'muted', testid: 'roster-none' }));
        return;
      }
      if (!data || data.shifts.length === 0) {
        put(roster, ...title, el('p', { text: t('roster.none'), cls: 'muted', testid: 'roster-none' }));
        return;
      }
      const now = Date.parse(detail.at);
      const rows = data.shifts.map((s, i) => {
        const onDuty = Date.parse(s.start) <= now && now < Date.parse(s.end);
        return el('tr', { testid: `roster-${i}`, cls: onDuty ? 'mun-on-duty' : '' }, [
          el('td', { text: `${localTime(s.start)} – ${localTime(s.end)}` }),
          el('td', {}, [el('span', { text: s.person }), onDuty ? el('strong', { text: ` (${t('roster.now')})`, testid: 'roster-now' }) : null]),
          el('td', { text: s.numberNational ?? s.number }),
        ]);
      });
      put(roster, ...title, el('table', { cls: 'mun-table' }, [
        el('thead', {}, [el('tr', {}, ['roster.col.when', 'roster.col.who', 'roster.col.number'].map((k) => el('th', { text: t(k), attrs: { scope: 'col' } })))]),
        el('tbody', {}, rows),
      ]));
    }

    // ---- the picker: every municipality, by name
    async function loadPicker() {
      const list = listsAll ? (await app.api.get('/api/social/municipalities')).municipalities
        : await Promise.all(own.map((c) => app.api.get(`/api/social/municipalities/${encodeURIComponent(c)}`)
          .then((m) => ({ code: m.code, name: m.name }), () => ({ code: c, name: c }))));
      if (!alive) return;
      if (!mayOpen) picker.append(el('option', { text: t('picker'), attrs: { value: '' } }));
      const sorted = [...list].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
      picker.append(...sorted.map((m) => el('option', { text: `${m.name} (${m.code})`, attrs: { value: m.code } })));
      picker.value = mayOpen ? code : '';
    }

    async function load() {
      try {
        const detail = await app.api.get(`/api/social/municipalities/${encodeURIComponent(code)}`);
        if (!alive) return;
        const today = swedishDate(detail.at);
        const base = `/api/social/municipalities/${encodeURIComponent(code)}`;
        const [plan, special, ahead, shifts] = await Promise.all([
          app.api.get(`${base}/plan?from=${today}&to=${addDays(today, AHEAD_DAYS)}`), // the week, and the gaps' words
          app.api.get(`${base}/holidays?from=${today}&to=${addDays(today, HOLIDAY_DAYS)}`),
          app.api.get(`${base}/coverage-gaps?from=${today}&to=${addDays(today, AHEAD_DAYS)}`),
          detail.jour ? app.api.get(`/api/social/jours/${encodeURIComponent(detail.jour.id)}/roster?from=${today}&to=${addDays(today, AHEAD_DAYS)}`) : null,
        ]);
        if (!alive) return;
        heading.textContent = t('heading', { name: detail.name, code: detail.code });
        asOf.textContent = t('asOf', { time: localTime(detail.at) });
        put(errors, );
        shown = { detail, plan };
        if (!editing) renderAgreement(detail, plan); // not under the hands of someone typing: drawn when the form closes
        renderWeek(plan, today, new Map(special.days.map((d) => [d.date, d])));
        renderHolidays(special);
        renderGaps(ahead, plan);
        renderRoster(detail, shifts);
        root.dataset.loaded = 'true';
      } catch (e) {
        if (alive) put(errors, el('p', { text: t('error', { what: code, reason: e.message }), cls: 'notice notice-error', attrs: { role: 'alert' } }));
      }
    }

    // Agreements, schedules, rosters and policies change through social events: draw again after a burst of them.
    app.live.on('social.', () => {
      clearTimeout(reloadTimer);
      reloadTimer = setTimeout(load, 150);
    });
    loadPicker().catch((e) => put(errors, el('p', { text: t('error', { what: t('picker'), reason: e.message }), cls: 'notice notice-error' })));
    if (mayOpen) {
      load();
    } else {
      put(errors, el('p', { text: t('notYours', { code, own: own.join(', ') }), cls: 'notice notice-error', testid: 'municipality-not-yours', attrs: { role: 'alert' } }));
    }

    return {
      unmount() {
        alive = false;
        clearTimeout(reloadTimer);
      },
    };
  },
};

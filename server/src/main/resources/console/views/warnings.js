// Public warnings (VMA, Viktigt meddelande till allmänheten) and 113 13 information, #/warnings: every message with
// its stage and who took each step; for supervisors a draft form and the steps of the lifecycle: approve (by another
// supervisor than the one who drafted it: the two-person rule, the server refuses it too), publish, cancel with a
// reason. Call-takers read the current messages here to answer 113 13 callers; the imported messages of other
// authorities (CAP) are listed read-only. Published messages reach the public as CAP 1.2 in /api/public/cap/feed.atom.
// The area is municipality codes and/or a polygon, typed or drawn on the map (checked here, the region by the server);
// an English text (en-US) may go beside the Swedish, one CAP info each. The map shows the current messages' polygons.
import { el, dateTime } from '../format.js';
import { L, createMap, isRemoved } from './mapkit.js';
import { checkPolygon, closed, latLngs, withPoint, POLYGON_STRINGS } from './crisis/polygon.js';

const KINDS = ['INFORMATION_113_13', 'VMA'];
const CATEGORIES = ['Safety', 'Fire', 'Met', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Rescue', 'Security', 'Geo', 'Other'];
const URGENCIES = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'];
const SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'];
const CERTAINTIES = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'];

const strings = {
  sv: {
    'heading': 'VMA och information (113 13)',
    'hint': 'Meddelanden till allmänheten. Ett utkast blir offentligt först när en annan arbetsledare har godkänt det och det har publicerats.',
    'draft.heading': 'Nytt utkast',
    'kind': 'Typ',
    'kind.INFORMATION_113_13': 'Information (113 13)',
    'kind.VMA': 'VMA',
    'category': 'Kategori',
    'urgency': 'Brådska',
    'severity': 'Allvar',
    'certainty': 'Säkerhet',
    'event': 'Händelse',
    'headline': 'Rubrik',
    'description': 'Beskrivning',
    'instruction': 'Uppmaning',
    'areaDesc': 'Område',
    'codes': 'Kommunkoder (SCB, kommaseparerade)',
    'hours': 'Gäller i timmar',
    'save': 'Spara utkast',
    'saved': 'Utkastet är sparat. En annan arbetsledare ska godkänna det.',
    'col.kind': 'Typ',
    'col.headline': 'Rubrik',
    'col.area': 'Område',
    'col.stage': 'Läge',
    'col.steps': 'Vem och när',
    'col.actions': 'Åtgärd',
    'stage.DRAFT': 'Utkast',
    'stage.APPROVED': 'Godkänt',
    'stage.PUBLISHED': 'Publicerat',
    'stage.UPDATED': 'Ersatt',
    'stage.CANCELLED': 'Återkallat',
    'step.drafted': 'Skrivet av {by} {at}',
    'step.approved': 'Godkänt av {by} {at}',
    'step.published': 'Publicerat av {by} {at}',
    'step.updated': 'Ersatt {at}',
    'step.cancelled': 'Återkallat av {by} {at}: {reason}',
    'approve': 'Godkänn',
    'approve.own': 'Du skrev utkastet – en annan arbetsledare ska godkänna det',
    'publish': 'Publicera',
    'update': 'Uppdatera',
    'updating': 'Uppdatering av "{headline}": sparas som ett nytt utkast som ersätter det när det publiceras.',
    'cancel': 'Återkalla',
    'reason': 'Skäl',
    'reason.missing': 'Skriv ett skäl för att återkalla.',
    'approved': 'Godkänt.',
    'published': 'Publicerat.',
    'cancelled': 'Återkallat.',
    'empty': 'Inga meddelanden.',
    'imported.heading': 'Från andra myndigheter (CAP, endast läsning)',
    'imported.empty': 'Inga importerade meddelanden.',
    'feed': 'Offentligt flöde (Atom)',
    'failed': 'Det gick inte: {reason}',
    'english': 'Engelsk text (en-US, valfri)',
    'en.event': 'Händelse (engelska)',
    'en.headline': 'Rubrik (engelska)',
    'en.description': 'Beskrivning (engelska)',
    'en.instruction': 'Uppmaning (engelska)',
    'english.incomplete': 'Engelsk text: fyll i händelse, rubrik och beskrivning på engelska, eller lämna alla tomma.',
    'polygon': 'Polygon (en punkt per rad: lat,lon; första punkten upprepas sist)',
    'polygon.hint': 'Skriv punkterna eller klicka i kartan för att lägga till dem.',
    'polygon.close': 'Stäng polygonen',
    'polygon.clear': 'Rensa polygonen',
    'map': 'Aktuella meddelanden på kartan',
    'map.none': 'Inga publicerade meddelanden med polygon.',
    'map.count': '{count} publicerade meddelanden med polygon.',
    'map.count.one': 'Ett publicerat meddelande med polygon.',
  },
  en: {
    'heading': 'Public warnings and information (113 13)',
    'hint': 'Messages to the public. A draft becomes public only when another supervisor has approved it and it is published.',
    'draft.heading': 'New draft',
    'kind': 'Kind',
    'kind.INFORMATION_113_13': 'Information (113 13)',
    'kind.VMA': 'VMA',
    'category': 'Category',
    'urgency': 'Urgency',
    'severity': 'Severity',
    'certainty': 'Certainty',
    'event': 'Event',
    'headline': 'Headline',
    'description': 'Description',
    'instruction': 'Instruction',
    'areaDesc': 'Area',
    'codes': 'Municipality codes (SCB, comma-separated)',
    'hours': 'Valid for hours',
    'save': 'Save draft',
    'saved': 'The draft is saved. Another supervisor must approve it.',
    'col.kind': 'Kind',
    'col.headline': 'Headline',
    'col.area': 'Area',
    'col.stage': 'Stage',
    'col.steps': 'Who and when',
    'col.actions': 'Action',
    'stage.DRAFT': 'Draft',
    'stage.APPROVED': 'Approved',
    'stage.PUBLISHED': 'Published',
    'stage.UPDATED': 'Replaced',
    'stage.CANCELLED': 'Cancelled',
    'step.drafted': 'Drafted by {by} {at}',
    'step.approved': 'Approved by {by} {at}',
    'step.published': 'Published by {by} {at}',
    'step.updated': 'Replaced {at}',
    'step.cancelled': 'Cancelled by {by} {at}: {reason}',
    'approve': 'Approve',
    'approve.own': 'You drafted it – another supervisor must approve it',
    'publish': 'Publish',
    'update': 'Update',
    'updating': 'Update of "{headline}": saved as a new draft that replaces it when published.',
    'cancel': 'Cancel',
    'reason': 'Reason',
    'reason.missing': 'Give a reason to cancel.',
    'approved': 'Approved.',
    'published': 'Published.',
    'cancelled': 'Cancelled.',
    'empty': 'No messages.',
    'imported.heading': 'From other authorities (CAP, read-only)',
    'imported.empty': 'No imported messages.',
    'feed': 'Public feed (Atom)',
    'failed': 'It failed: {reason}',
    'english': 'English text (en-US, optional)',
    'en.event': 'Event (English)',
    'en.headline': 'Headline (English)',
    'en.description': 'Description (English)',
    'en.instruction': 'Instruction (English)',
    'english.incomplete': 'English text: fill in event, headline and description in English, or leave them all empty.',
    'polygon': 'Polygon (one point a line: lat,lon; the first point repeated last)',
    'polygon.hint': 'Type the points or click the map to add them.',
    'polygon.close': 'Close the polygon',
    'polygon.clear': 'Clear the polygon',
    'map': 'Current messages on the map',
    'map.none': 'No published messages with a polygon.',
    'map.count': '{count} published messages with a polygon.',
    'map.count.one': 'One published message with a polygon.',
  },
};

export default {
  id: 'warnings',
  title: { sv: 'VMA', en: 'Warnings' },
  key: 'v',
  roles: ['SUPERVISOR', 'CALL_TAKER'],
  strings: { sv: { ...strings.sv, ...POLYGON_STRINGS.sv }, en: { ...strings.en, ...POLYGON_STRINGS.en } },

  mount(root, app) {
    const t = app.t;
    const me = app.session?.username ?? null;
    const supervises = app.can('SUPERVISOR');
    let alive = true;

    const errors = el('div', { testid: 'warnings-errors', attrs: { role: 'alert' } });
    const body = el('tbody', { testid: 'warnings-list' });
    const table = el('table', { cls: 'audit-table', testid: 'warnings-table' }, [
      el('thead', {}, [el('tr', {}, ['col.kind', 'col.headline', 'col.area', 'col.stage', 'col.steps', 'col.actions']
        .map((k) => el('th', { text: t(k), attrs: { scope: 'col' } })))]),
      body,
    ]);
    const imported = el('ul', { testid: 'warnings-imported' });
    root.append(el('h1', { text: t('heading') }), el('p', { text: t('hint'), cls: 'muted' }),
      el('p', {}, [el('a', { text: t('feed'), testid: 'warnings-feed', attrs: { href: '/api/public/cap/feed.atom' } })]));
    // one map: the current messages' polygons, and the draft's polygon while it is typed or clicked in
    const mapEl = el('div', { cls: 'warnings-map', testid: 'warnings-map', attrs: { role: 'region', 'aria-label': t('map') } });
    mapEl.style.height = '22rem'; // CSSOM, which the content security policy allows
    const mapCount = el('p', { cls: 'muted small', testid: 'warnings-map-count', attrs: { 'aria-live': 'polite' } });
    const map = createMap(mapEl, app.settings, { zoom: 9, api: app.api });
    const svg = L.svg(); // the polygons as SVG paths over the canvas, each one an element
    const current = L.layerGroup().addTo(map);
    const draftLayer = L.layerGroup().addTo(map);
    setTimeout(() => map.invalidateSize(), 0);
    const drafting = supervises ? draftForm() : null;
    if (drafting) root.append(drafting.form);
    root.append(errors, el('h2', { text: t('map') }), mapEl, mapCount, table, el('h2', { text: t('imported.heading') }), imported);

    function failed(e) {
      // a polygon corner outside the region: named by its number, as the supervisor counts them
      const corner = /^areas\[\d+\]\.polygons\[\d+\]\[(\d+)\]$/.exec(e.field ?? '');
      const reason = corner ? t('polygon.outside', { n: Number(corner[1]) + 1, detail: e.detail.replace(/^[^:]*: /, '') }) : e.message;
      errors.replaceChildren(el('p', { text: t('failed', { reason }), cls: 'notice notice-error', testid: 'warnings-error' }));
    }

    function refuse(key, params, control) {
      errors.replaceChildren(el('p', { text: t(key, params), cls: 'notice notice-error', testid: 'warnings-error' }));
      control?.focus();
    }

    function select(name, values, label = (v) => v) {
      return el('select', { testid: `warning-${name}`, attrs: { id: `warning-${name}`, name } },
        values.map((v) => el('option', { text: label(v), attrs: { value: v } })));
    }

    function input(name, attrs = {}) {
      return el(attrs.rows ? 'textarea' : 'input', { testid: `warning-${name}`, attrs: { id: `warning-${name}`, name, ...attrs } });
    }

    function draftForm() {
      const fields = {
        kind: select('kind', KINDS, (k) => t(`kind.${k}`)),
        category: select('category', CATEGORIES),
        urgency: select('urgency', URGENCIES),
        severity: select('severity', SEVERITIES),
        certainty: select('certainty', CERTAINTIES),
        event: input('event', { size: 30, required: true }),
        headline: input('headline', { size: 60, maxlength: 160, required: true }),
        description: input('description', { rows: 3, cols: 60, required: true }),
        instruction: input('instruction', { rows: 2, cols: 60 }),
        areaDesc: input('areaDesc', { size: 30, required: true }),
        codes: input('codes', { size: 30, placeholder: '0180, 0184' }),
        polygon: input('polygon', { rows: 4, cols: 40, placeholder: '59.36,17.98', spellcheck: 'false' }),
        hours: input('hours', { type: 'number', min: 1, max: 720, value: 6 }),
      };
      const english = {
        event: input('en-event', { size: 30, lang: 'en' }),
        headline: input('en-headline', { size: 60, maxlength: 160, lang: 'en' }),
        description: input('en-description', { rows: 3, cols: 60, lang: 'en' }),
        instruction: input('en-instruction', { rows: 2, cols: 60, lang: 'en' }),
      };
      const drawPolygon = () => {
        draftLayer.clearLayers();
        const points = latLngs(fields.polygon.value);
        if (points.length > 1) L.polygon(points, { renderer: svg, className: 'warning-draft-polygon', color: '#1d4ed8', dashArray: '4 4' }).addTo(draftLayer);
      };
      fields.polygon.addEventListener('input', drawPolygon);
      map.on('click', (event) => {
        fields.polygon.value = withPoint(fields.polygon.value, event.latlng.lat, event.latlng.lng);
        drawPolygon();
      });
      const closeRing = el('button', { text: t('polygon.close'), testid: 'warning-polygon-close', attrs: { type: 'button' } });
      closeRing.addEventListener('click', () => {
        fields.polygon.value = closed(fields.polygon.value);
        drawPolygon();
      });
      const clearRing = el('button', { text: t('polygon.clear'), testid: 'warning-polygon-clear', attrs: { type: 'button' } });
      clearRing.addEventListener('click', () => {
        fields.polygon.value = '';
        drawPolygon();
      });
      let references = null; // the published message an update replaces
      const updating = el('p', { cls: 'muted', testid: 'warning-updating', attrs: { hidden: true } });
      const field = (name) => el('div', { cls: 'audit-field' }, [el('label', { text: t(name), attrs: { for: fields[name].id } }), fields[name],
        ...(name === 'polygon' ? [el('p', { text: t('polygon.hint'), cls: 'muted small' }), closeRing, clearRing] : [])]);
      const englishField = (name) => el('div', { cls: 'audit-field' }, [el('label', { text: t(`en.${name}`), attrs: { for: english[name].id } }), english[name]]);
      const form = el('form', { cls: 'panel audit-form', testid: 'warning-form' }, [
        el('h2', { text: t('draft.heading') }), updating, ...Object.keys(fields).map(field),
        el('fieldset', { testid: 'warning-english' }, [el('legend', { text: t('english') }), ...Object.keys(english).map(englishField)]),
        el('button', { text: t('save'), cls: 'primary', testid: 'warning-save', attrs: { type: 'submit' } }),
      ]);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const hours = Math.round(Number(fields.hours.value)) || 6;
        const polygon = checkPolygon(fields.polygon.value);
        if (polygon.error) {
          refuse(polygon.error, polygon.params, fields.polygon);
          return;
        }
        const en = Object.fromEntries(Object.entries(english).map(([name, control]) => [name, control.value.trim()]));
        const anyEnglish = Object.values(en).some(Boolean);
        if (anyEnglish && !(en.event && en.headline && en.description)) {
          refuse('english.incomplete', {}, [english.event, english.headline, english.description].find((c) => !c.value.trim()));
          return;
        }
        const texts = [{ language: 'sv-SE', event: fields.event.value, headline: fields.headline.value,
          description: fields.description.value, instruction: fields.instruction.value || null }];
        if (anyEnglish) texts.push({ language: 'en-US', ...en, instruction: en.instruction || null });
        const draft = {
          references,
          kind: fields.kind.value, category: fields.category.value, urgency: fields.urgency.value,
          severity: fields.severity.value, certainty: fields.certainty.value,
          validHours: hours,
          texts,
          areas: [{ description: fields.areaDesc.value,
            municipalityCodes: fields.codes.value.split(',').map((c) => c.trim()).filter(Boolean),
            polygons: polygon.ring ? [polygon.ring] : [] }],
        };
        try {
          await app.api.post('/api/warnings', draft);
          errors.replaceChildren();
          app.toast(t('saved'));
          form.reset();
          drawPolygon();
          references = null;
          updating.hidden = true;
          await load();
        } catch (e) {
          failed(e);
        }
      });
      // an update: the form filled with the published message, saved as a new draft that references it
      function fillFrom(w) {
        const c = w.content;
        const sv = c.texts[0];
        references = w.identifier;
        fields.kind.value = c.kind;
        for (const name of ['category', 'urgency', 'severity', 'certainty']) {
          fields[name].value = [...fields[name].options].find((o) => o.value.toUpperCase() === String(c[name]))?.value ?? fields[name].value;
        }
        fields.event.value = sv.event;
        fields.headline.value = sv.headline;
        fields.description.value = sv.description;
        fields.instruction.value = sv.instruction ?? '';
        fields.areaDesc.value = c.areas[0]?.description ?? '';
        fields.codes.value = c.areas.flatMap((a) => a.municipalityCodes).join(', ');
        const ring = c.areas.flatMap((a) => a.polygons)[0];
        fields.polygon.value = ring ? ring.points.map((p) => `${p.lat},${p.lon}`).join('\n') : '';
        drawPolygon();
        const inEnglish = c.texts.find((x) => x.language === 'en-US');
        for (const name of Object.keys(english)) english[name].value = inEnglish?.[name] ?? '';
        updating.textContent = t('updating', { headline: sv.headline });
        updating.hidden = false;
        fields.headline.focus();
      }
      return { form, fillFrom };
    }

    function steps(w) {
      const at = (step) => dateTime(step.at);
      const lines = [t('step.drafted', { by: w.drafted.by, at: at(w.drafted) })];
      if (w.approved) lines.push(t('step.approved', { by: w.approved.by, at: at(w.approved) }));
      if (w.published) lines.push(t('step.published', { by: w.published.by, at: at(w.published) }));
      if (w.updated) lines.push(t('step.updated', { at: at(w.updated) }));
      if (w.cancelled) lines.push(t('step.cancelled', { by: w.cancelled.by, at: at(w.cancelled), reason: w.cancelReason }));
      return el('td', { testid: 'warning-steps' }, lines.map((line) => el('div', { text: line })));
    }

    async function act(path, bodyOf, done) {
      try {
        await app.api.post(path, bodyOf);
        errors.replaceChildren();
        app.toast(t(done));
        await load();
      } catch (e) {
        failed(e);
      }
    }

    function actions(w) {
      const cell = el('td', { testid: 'warning-actions' });
      if (!supervises) return cell;
      const id = encodeURIComponent(w.identifier);
      if (w.stage === 'DRAFT') {
        const own = w.drafted.by === me;
        const approve = el('button', { text: t('approve'), testid: 'warning-approve',
          attrs: { type: 'button', disabled: own, title: own ? t('approve.own') : null } });
        approve.addEventListener('click', () => act(`/api/warnings/${id}/approve`, {}, 'approved'));
        cell.append(approve);
        if (own) cell.append(el('div', { text: t('approve.own'), cls: 'muted', testid: 'warning-own' }));
      }
      if (w.stage === 'APPROVED') {
        const publish = el('button', { text: t('publish'), cls: 'primary', testid: 'warning-publish', attrs: { type: 'button' } });
        publish.addEventListener('click', () => act(`/api/warnings/${id}/publish`, {}, 'published'));
        cell.append(publish);
      }
      if (w.stage === 'PUBLISHED') {
        const update = el('button', { text: t('update'), testid: 'warning-update', attrs: { type: 'button' } });
        update.addEventListener('click', () => drafting.fillFrom(w));
        cell.append(update);
      }
      if (['DRAFT', 'APPROVED', 'PUBLISHED'].includes(w.stage)) {
        const reason = el('input', { testid: 'warning-reason', attrs: { 'aria-label': t('reason'), placeholder: t('reason'), size: 16 } });
        const cancel = el('button', { text: t('cancel'), testid: 'warning-cancel', attrs: { type: 'button' } });
        cancel.addEventListener('click', () => {
          if (!reason.value.trim()) {
            errors.replaceChildren(el('p', { text: t('reason.missing'), cls: 'notice notice-error' }));
            reason.focus();
            return;
          }
          act(`/api/warnings/${id}/cancel`, { reason: reason.value.trim() }, 'cancelled');
        });
        cell.append(reason, cancel);
      }
      return cell;
    }

    // the published messages' polygons, each with its headline
    function drawCurrent(warnings) {
      if (isRemoved(map)) return;
      current.clearLayers();
      const shown = warnings.filter((w) => w.stage === 'PUBLISHED' && w.content.areas.some((a) => a.polygons.length));
      for (const w of shown) {
        for (const ring of w.content.areas.flatMap((a) => a.polygons)) {
          L.polygon(ring.points.map((p) => [p.lat, p.lon]), { renderer: svg, className: 'warning-polygon', color: '#b91c1c' })
            .bindTooltip(`${t(`kind.${w.content.kind}`)}: ${w.content.texts[0].headline}`, { sticky: true }).addTo(current);
        }
      }
      mapCount.textContent = shown.length === 1 ? t('map.count.one')
        : shown.length ? t('map.count', { count: shown.length }) : t('map.none');
    }

    async function load() {
      try {
        const [{ warnings }, { imported: others }] = await Promise.all([
          app.api.get('/api/warnings'), app.api.get('/api/warnings/imported')]);
        if (!alive) return;
        body.replaceChildren(...(warnings.length ? warnings.map((w) => el('tr', { testid: 'warning-row', attrs: { 'data-identifier': w.identifier } }, [
          el('td', { text: t(`kind.${w.content.kind}`) }),
          el('td', { text: w.content.texts[0].headline, testid: 'warning-title' }),
          el('td', { text: w.content.areas.map((a) => a.description).join(', ') }),
          el('td', { text: t(`stage.${w.stage}`), testid: 'warning-stage' }),
          steps(w),
          actions(w),
        ])) : [el('tr', {}, [el('td', { text: t('empty'), attrs: { colspan: 6 } })])]));
        drawCurrent(warnings);
        imported.replaceChildren(...(others.length ? others.map((i) => el('li', { testid: 'warning-imported',
          text: `${i.warning.sender}: ${i.warning.infos[0]?.headline ?? i.warning.infos[0]?.event ?? i.warning.identifier}` }))
          : [el('li', { text: t('imported.empty'), cls: 'muted' })]));
      } catch (e) {
        if (alive) failed(e);
      }
    }

    app.live.on('crisis.Warning', () => load());
    load();
    return { unmount() { alive = false; map.remove(); } };
  },
};

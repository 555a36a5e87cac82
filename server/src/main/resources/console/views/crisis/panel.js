// The supervisor's major incidents (särskilda händelser): declare one (type, municipalities and/or a polygon typed as
// "lat,lon" lines, closed, checked as a warning's is; expected end, the texts
// for call-takers and callers), amend its expected end and texts, end it. Follows the event stream.
import { el, dateTime } from '../../format.js';
import { checkPolygon } from './polygon.js';

const TYPES = [['FIRE', 'Brand'], ['TRAFFIC_ACCIDENT', 'Trafikolycka med många skadade'], ['CBRN', 'CBRN-händelse'],
  ['STORM', 'Storm eller oväder'], ['OUTAGE', 'IT- eller teleavbrott'], ['OTHER', 'Annan allvarlig händelse']];

// a datetime-local value (Swedish wall time as the browser shows it) as an instant with this browser's offset
function instant(local) {
  return local ? new Date(local).toISOString() : null;
}

function field(label, input) {
  return el('label', { cls: 'field' }, [el('span', { text: label }), input]);
}

export function createMajorIncidentPanel(box, app) {
  const list = el('ul', { cls: 'major-incident-list', testid: 'major-incident-list' });
  const type = el('select', { testid: 'mi-type' }, TYPES.map(([value, name]) => el('option', { text: name, attrs: { value } })));
  const municipalities = el('input', { testid: 'mi-municipalities', attrs: { placeholder: '0180, 0184' } });
  const polygon = el('textarea', { testid: 'mi-polygon', attrs: { rows: 3, placeholder: '59.31,18.03', spellcheck: 'false' } });
  const expectedEnd = el('input', { testid: 'mi-expected-end', attrs: { type: 'datetime-local', required: true } });
  const staffText = el('textarea', { testid: 'mi-calltaker-text', attrs: { rows: 2, maxlength: 1000, required: true } });
  const callerText = el('input', { testid: 'mi-caller-text', attrs: { maxlength: 300, required: true } });
  const declare = el('button', { text: 'Utlys särskild händelse', cls: 'primary', testid: 'mi-declare', attrs: { type: 'submit' } });
  const form = el('form', { cls: 'major-incident-form', testid: 'mi-form' }, [
    field('Typ', type), field('Kommuner (SCB-koder, kommaseparerade)', municipalities),
    field('och/eller polygon (en punkt per rad: lat,lon; första punkten upprepas sist)', polygon),
    field('Beräknas pågå till', expectedEnd), field('Text till larmoperatörer', staffText),
    field('Text till den som ringer (läses upp i kön)', callerText), declare]);
  box.append(el('h2', { text: 'Särskilda händelser' }), list, form);

  // the expected end offered: four hours from now, in this browser's wall time (the supervisor changes it)
  const offerEnd = () => {
    if (expectedEnd.value) return;
    const at = new Date(Date.now() + 4 * 3600_000);
    at.setMinutes(at.getMinutes() - at.getTimezoneOffset(), 0, 0);
    expectedEnd.value = at.toISOString().slice(0, 16);
  };
  offerEnd();

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (declare.disabled) return; // one declaration per press, not two on a double click
    const ring = checkPolygon(polygon.value);
    if (ring.error) {
      app.toast(app.t(ring.error, ring.params), 'error');
      polygon.focus();
      return;
    }
    const codes = municipalities.value.split(',').map((c) => c.trim()).filter(Boolean);
    // the same kind of incident already going on in one of these municipalities: a second is declared on purpose only
    const same = current.find((m) => !m.endedAt && m.type === type.value && m.municipalities.some((c) => codes.includes(c)));
    if (same && !window.confirm(`${same.typeName} (${same.id}) pågår redan i ${same.municipalities.join(', ')}. Utlys en till?`)) return;
    declare.disabled = true;
    try {
      await app.api.post('/api/major-incidents', {
        type: type.value,
        municipalities: codes,
        // the incident's area is the ring's corners: the first point is not repeated
        polygon: ring.ring ? ring.ring.slice(0, -1).map((p) => ({ lat: Number(p.split(',')[0]), lon: Number(p.split(',')[1]) })) : null,
        expectedEnd: instant(expectedEnd.value),
        callTakerText: staffText.value,
        callerText: callerText.value,
      });
      form.reset();
      offerEnd();
      await load();
    } catch (err) {
      app.toast(err.message, 'error');
    } finally {
      declare.disabled = false;
    }
  });

  async function amend(m) {
    const text = window.prompt('Ny text till larmoperatörer', m.callTakerText);
    if (text === null || text === m.callTakerText) return;
    await act(`/api/major-incidents/${encodeURIComponent(m.id)}/amend`, { callTakerText: text });
  }

  async function end(m) {
    const reason = window.prompt(`Avsluta ${m.typeName} (${m.id})? Skäl:`, '');
    if (reason === null) return;
    await act(`/api/major-incidents/${encodeURIComponent(m.id)}/end`, { reason });
  }

  async function act(path, body) {
    try {
      await app.api.post(path, body);
      await load();
    } catch (err) {
      app.toast(err.message, 'error');
    }
  }

  function row(m) {
    const amendButton = el('button', { text: 'Ändra text', testid: 'mi-amend', attrs: { type: 'button' } });
    const endButton = el('button', { text: 'Avsluta', testid: 'mi-end', attrs: { type: 'button' } });
    amendButton.addEventListener('click', () => amend(m));
    endButton.addEventListener('click', () => end(m));
    return el('li', { testid: 'mi-item', attrs: { 'data-incident-id': m.id } }, [
      el('strong', { text: `${m.typeName} (${m.id})` }),
      el('span', { text: ` · ${m.active ? 'pågår' : 'har inte börjat'} · till ${dateTime(m.expectedEnd)} · ${m.markedCalls} samtal från området`, cls: 'small' }),
      el('p', { text: m.callTakerText }),
      ...(app.can('SUPERVISOR') ? [amendButton, endButton] : []),
    ]);
  }

  let current = []; // the incidents as last read
  async function load() {
    const answer = await app.api.get('/api/major-incidents');
    current = answer.incidents;
    list.replaceChildren(...(answer.incidents.length ? answer.incidents.map(row)
      : [el('li', { text: 'Ingen särskild händelse pågår.', cls: 'muted', testid: 'mi-none' })]));
  }

  if (!app.can('SUPERVISOR')) form.hidden = true; // the auditor reads
  // the calls counted from the area follow their marks too, one reload for a burst of them
  let marked = null;
  app.live.on('crisis.MajorIncident', (event) => {
    if (event.type !== 'crisis.MajorIncidentCallMarked') {
      load().catch((err) => app.toast(err.message, 'error'));
    } else if (!marked) {
      marked = setTimeout(() => {
        marked = null;
        load().catch(() => {});
      }, 1000);
    }
  });
  load().catch((err) => app.toast(err.message, 'error'));
  return { stop() {} };
}

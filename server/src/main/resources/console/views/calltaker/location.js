// Where the caller is: the reported and corrected positions on a small map with the streets of the centre's extract,
// the address of the position, the municipality and the operator's corrections (search an address or place, or click
// the map, to move the position; choose the municipality from the register).
import { el } from '../../format.js';
import { L, createMap, addBoundaries, isRemoved } from '../mapkit.js';

let municipalities = null; // the register, fetched once per page

// Typed coordinates, latitude first: "59.3345, 18.0632", "59,3345 18,0632" or "59.3345;18.0632" (WGS 84 degrees);
// null when the text is not a pair of numbers (then it is searched as an address).
export function parseCoordinates(text) {
  const number = '(-?\\d{1,3}(?:[.,]\\d+)?)';
  const match = text.trim().match(new RegExp(`^${number}\\s*(?:[;\\s]|,\\s)\\s*${number}$`))
    ?? text.trim().match(/^(-?\d{1,3}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/);
  if (!match) return null;
  const [lat, lon] = [match[1], match[2]].map((n) => Number(n.replace(',', '.')));
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

function loadMunicipalities(api) {
  municipalities ??= api.get('/api/social/municipalities').then((r) => r.municipalities).catch(() => (municipalities = null, []));
  return municipalities;
}

// The caller's position (reported, or corrected by the operator) as a marker the page can find by its test id.
function callerIcon(testid, point) {
  const shape = el('span', { cls: `caller-symbol ${testid}`, testid, attrs: { 'data-lat': point.lat, 'data-lon': point.lon } });
  return L.divIcon({ html: shape, className: 'map-icon', iconSize: [20, 20], iconAnchor: [10, 10] });
}

export function createLocation(box, app, callId, reloadCall, { mayCorrect = true } = {}) {
  const path = `/api/calls/${encodeURIComponent(callId)}`;
  const mapEl = el('div', { cls: 'mini-map', testid: 'call-map', attrs: { role: 'region', 'aria-label': app.t('where.map') } });
  // takes focus (not a tab stop) after a correction is saved: the form goes, focus stays on the new position
  const info = el('div', { cls: 'where-info', testid: 'call-position', attrs: { tabindex: '-1' } });
  const address = el('p', { cls: 'where-address', testid: 'call-address', attrs: { 'aria-live': 'polite' } });
  const search = el('div', { testid: 'map-search' });
  const correction = el('div', { cls: 'toolbar', testid: 'position-correction', attrs: { hidden: true } });
  const municipalityBox = el('div', { cls: 'where-municipality' });
  box.append(el('h2', { text: app.t('where.title') }), mapEl, info, address, search, correction, municipalityBox);

  const map = createMap(mapEl, app.settings, { zoom: 9, api: app.api });
  let addressOf = null; // the position whose address is shown (or asked for)
  const layer = L.layerGroup().addTo(map);
  let pending = null;
  let centred = false;
  setTimeout(() => map.invalidateSize(), 0);
  addBoundaries(map, app.api, { fleet: app.reads('DISPATCHER', 'SUPERVISOR') }).then((result) => {
    if (result?.unavailable) box.append(el('p', { cls: 'muted small', text: app.t('where.noBoundaries', { reason: result.unavailable }) }));
  });

  if (mayCorrect) map.on('click', (event) => propose(event.latlng));
  if (mayCorrect) renderSearch();

  // A new position the operator is about to save: marked on the map, the correction form opened (with a reason).
  function propose(latlng, reasonText = '') {
    pending?.remove();
    pending = L.circleMarker(latlng, { radius: 8, color: '#7a00b0', weight: 3, fillOpacity: 0.3 }).addTo(map);
    showCorrection(latlng, reasonText);
  }

  // Address and place search in the centre's extract; a chosen hit proposes its position, the reason filled in.
  // Typed coordinates propose themselves; "marker at the map's centre" proposes the centre, the map moved with the
  // arrow keys (Leaflet's keyboard: the map is a tab stop and a named region). No correction needs a mouse.
  function renderSearch() {
    const input = el('input', { testid: 'map-search-input', attrs: { id: `map-search-${callId}`, type: 'search', size: 24, autocomplete: 'off' } });
    const go = el('button', { text: app.t('where.searchButton'), testid: 'map-search-button', attrs: { type: 'button' } });
    const hits = el('ul', { cls: 'map-search-hits', testid: 'map-search-hits', attrs: { 'aria-label': app.t('where.searchHits') } });
    const note = el('p', { cls: 'muted small', testid: 'map-search-note', attrs: { 'aria-live': 'polite' } });
    async function run() {
      const q = input.value.trim();
      hits.replaceChildren();
      note.textContent = '';
      if (!q) return;
      const typed = parseCoordinates(q);
      if (typed) {
        const latlng = L.latLng(typed.lat, typed.lon);
        map.setView(latlng, Math.max(map.getZoom(), 15), { animate: false });
        propose(latlng, app.t('where.coordinatesReason', { lat: typed.lat, lon: typed.lon }));
        return;
      }
      try {
        const answer = await app.api.get(`/api/geo/search?q=${encodeURIComponent(q)}&limit=8`);
        if (!answer.hits.length) note.textContent = app.t('where.searchNone', { q });
        for (const hit of answer.hits) {
          const choose = el('button', { testid: 'map-search-hit', attrs: { type: 'button', 'data-kind': hit.kind },
            text: `${hit.label} (${app.t(`where.kind.${hit.kind}`)})` });
          choose.addEventListener('click', () => {
            const latlng = L.latLng(hit.lat, hit.lon);
            map.setView(latlng, 16, { animate: false });
            propose(latlng, app.t('where.searchReason', { label: hit.label }));
          });
          hits.append(el('li', {}, [choose]));
        }
        hits.querySelector('button')?.focus();
      } catch (e) {
        note.textContent = e.status === 404 ? app.t('where.searchUnavailable', { reason: e.message }) : e.message;
      }
    }
    go.addEventListener('click', run);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        run();
      }
    });
    const centre = el('button', { text: app.t('where.markCentre'), testid: 'map-mark-centre', attrs: { type: 'button' } });
    centre.addEventListener('click', () => propose(map.getCenter(), app.t('where.centreReason')));
    search.replaceChildren(el('div', { cls: 'map-search' }, [
      el('label', { text: app.t('where.search'), attrs: { for: `map-search-${callId}` } }), input, go, centre]), hits, note);
  }

  // What the position is called in the extract: the address, else the street, and the district or square.
  async function showAddress(point) {
    const key = `${point.lat},${point.lon}`;
    if (key === addressOf) return;
    addressOf = key;
    try {
      const at = await app.api.get(`/api/geo/address?at=${point.lat},${point.lon}`);
      if (key !== addressOf || isRemoved(map)) return;
      const place = at.place ? ` ${app.t('where.inPlace', { place: at.place.name })}` : '';
      if (at.address) address.textContent = app.t('where.address', { label: at.address.label, metres: at.address.metres }) + place;
      else if (at.street) address.textContent = app.t('where.nearStreet', { street: at.street.name, metres: at.street.metres }) + place;
      else address.textContent = app.t('where.noAddress') + place;
    } catch (e) {
      address.textContent = ''; // no extract configured, or not for this role: the map says nothing of addresses
    }
  }

  function showCorrection(latlng, reasonText = '') {
    const reason = el('input', { testid: 'position-reason', attrs: { id: 'position-reason', placeholder: app.t('where.reason'), size: 28, value: reasonText } });
    const save = el('button', { text: app.t('where.correct'), cls: 'primary', testid: 'position-save', attrs: { type: 'button' } });
    const cancel = el('button', { text: app.t('where.correctCancel'), attrs: { type: 'button' } });
    save.addEventListener('click', async () => {
      try {
        await app.api.post(`${path}/position`, { point: { lat: latlng.lat, lon: latlng.lng }, reason: reason.value.trim() || null });
        clearPending();
        info.focus();
      } catch (e) {
        app.toast(e.message, 'error');
      }
      reloadCall();
    });
    cancel.addEventListener('click', () => {
      clearPending();
      search.querySelector('input')?.focus(); // where a keyboard correction starts
    });
    correction.replaceChildren(el('label', { text: app.t('where.reason'), attrs: { for: 'position-reason' } }), reason, save, cancel);
    correction.hidden = false;
    reason.focus();
  }

  function clearPending() {
    pending?.remove();
    pending = null;
    correction.hidden = true;
    correction.replaceChildren();
  }

  function update(view) {
    if (isRemoved(map)) return; // the call's answer came after the view was left
    const position = view.call.position;
    const reported = position.reported.at(-1);
    layer.clearLayers();
    info.replaceChildren();
    let best = null;
    if (reported) {
      const p = reported.position;
      const at = [p.point.lat, p.point.lon];
      if (p.uncertaintyMetres) L.circle(at, { radius: p.uncertaintyMetres, color: '#1d4ed8', weight: 1, fillOpacity: 0.15 }).addTo(layer);
      L.marker(at, { icon: callerIcon('caller-marker', p.point), keyboard: false, title: app.t('where.title') }).addTo(layer);
      info.append(el('p', { text: app.t('where.reported', { source: p.source, metres: Math.round(p.uncertaintyMetres ?? 0) }) }));
      best = at;
    }
    if (position.corrected) {
      const at = [position.corrected.point.lat, position.corrected.point.lon];
      L.marker(at, { icon: callerIcon('caller-corrected-marker', position.corrected.point), keyboard: false, zIndexOffset: 100 }).addTo(layer);
      info.append(el('p', { testid: 'position-corrected', text: app.t('where.corrected', { reason: position.corrected.reason ?? '' }) }));
      best = at;
    }
    if (!best) info.append(el('p', { text: app.t('where.none'), cls: 'muted' }));
    if (best) showAddress({ lat: best[0], lon: best[1] });
    else address.textContent = '';
    if (best && !centred) {
      map.invalidateSize();
      map.setView(best, 15, { animate: false }); // streets in sight; no zoom animation left running when the view is left
      centred = true;
    }
    renderMunicipality(view);
  }

  async function renderMunicipality(view) {
    const position = view.call.position;
    const located = position.corrected?.located ?? position.reported.at(-1)?.located;
    const code = view.municipalityCode;
    const name = position.chosen?.name ?? (located?.code === code ? located?.name : null);
    const current = el('p', { cls: 'municipality' }, [
      el('strong', { text: `${app.t('where.municipality')}: ` }),
      el('span', { testid: 'call-municipality', text: code ? `${name ?? ''} (${code})`.trim() : app.t('where.municipalityNone') }),
      el('span', { cls: 'muted small', text: code ? ` – ${app.t(position.chosen ? 'where.chosenBy' : 'where.locatedBy')}` : '' }),
    ]);
    // outside every generalised boundary: the nearest municipality, said plainly so the operator checks it
    if (!position.chosen && located?.code === code && located?.outsideMetres != null) {
      current.append(el('span', { cls: 'notice-warn small', testid: 'municipality-nearest',
        text: ` ${app.t('where.nearest', { metres: located.outsideMetres })}` }));
    }
    if (!position.chosen && located?.explanation) current.title = located.explanation;
    if (!mayCorrect) {
      municipalityBox.replaceChildren(current);
      return;
    }
    const select = el('select', { testid: 'municipality-select', attrs: { id: `muni-${callId}` } });
    const reason = el('input', { testid: 'municipality-reason', attrs: { placeholder: app.t('where.reason'), size: 18, 'aria-label': app.t('where.reason') } });
    const save = el('button', { text: app.t('where.chooseButton'), testid: 'municipality-save', attrs: { type: 'button' } });
    save.addEventListener('click', async () => {
      if (!select.value) {
        app.toast(app.t('where.chooseFirst'), 'error');
        select.focus();
        return;
      }
      try {
        await app.api.post(`${path}/municipality`, { code: select.value, reason: reason.value.trim() || null });
      } catch (e) {
        app.toast(e.message, 'error');
      }
      reloadCall();
    });
    municipalityBox.replaceChildren(current, el('div', { cls: 'toolbar' }, [
      el('label', { text: app.t('where.choose'), attrs: { for: `muni-${callId}` } }), select, reason, save]),
    el('p', { text: app.t('where.clickToCorrect'), cls: 'muted small' }));
    const register = await loadMunicipalities(app.api);
    // no default: an unknown municipality stays unknown until the operator picks one
    select.append(el('option', { text: app.t('where.choosePlaceholder'), attrs: { value: '', selected: !code } }));
    for (const m of [...register].sort((a, b) => a.name.localeCompare(b.name, 'sv'))) {
      select.append(el('option', { text: `${m.name} (${m.code})`, attrs: { value: m.code, selected: m.code === code } }));
    }
  }

  return { update, stop: () => map.remove() };
}

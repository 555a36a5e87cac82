// The map (#/map): municipality boundaries, stations, hospitals, units coloured by status and open incidents by
// priority, all following the event stream. No tile server by default; the configured one (console.tileUrl) beneath.
// Each kind has its own shape (station: dark square "S"; hospital: white square "H"; unit: circle with its status
// letter; incident: diamond with its priority), so nothing is told by colour alone. Units at a station are set on a
// ring around it (offset in screen pixels, the same at every zoom), so the station stays in sight.
import { el } from '../format.js';
import { L, createMap, addBoundaries, isRemoved } from './mapkit.js';
import { STATUS_STRINGS, STATUS_COLOURS } from './dispatcher/strings.js';

const PRIORITY_COLOURS = { 1: '#b00020', 2: '#c2410c', 3: '#7a5d00', 4: '#1f5f8b' };
const UNIT_SIZE = 22;
const RING = 10; // units per ring around a station

const STRINGS = {
  sv: {
    ...STATUS_STRINGS.sv,
    title: 'Karta', legend: 'Teckenförklaring', boundaries: 'Kommungränser', stations: 'Stationer', hospitals: 'Sjukhus',
    units: 'Enheter', incidents: 'Uppdrag', priority: 'Prio {priority}', noBoundaries: 'Inga kommungränser: {reason}',
    noTiles: 'Ingen kartserver är inställd (console.tileUrl): kartan visar gator och ortnamn ur centralens OpenStreetMap-utdrag (geo.osmExtract), annars bara gränser och enheter.',
    counts: '{units} enheter, {incidents} öppna uppdrag', incident: 'Uppdrag {id}, prio {priority}', unit: '{callSign}: {status}',
    station: 'Ambulansstation', hospital: 'Sjukhus', unitsByStatus: 'Enheter (bokstav = status)', incidentsByPriority: 'Uppdrag (siffra = prio)',
  },
  en: {
    ...STATUS_STRINGS.en,
    title: 'Map', legend: 'Legend', boundaries: 'Municipality boundaries', stations: 'Stations', hospitals: 'Hospitals',
    units: 'Units', incidents: 'Incidents', priority: 'Priority {priority}', noBoundaries: 'No municipality boundaries: {reason}',
    noTiles: 'No tile server is configured (console.tileUrl): the map shows the streets and place names of the centre\'s OpenStreetMap extract (geo.osmExtract), else only boundaries and units.',
    counts: '{units} units, {incidents} open incidents', incident: 'Incident {id}, priority {priority}', unit: '{callSign}: {status}',
    station: 'Ambulance station', hospital: 'Hospital', unitsByStatus: 'Units (letter = status)', incidentsByPriority: 'Incidents (number = priority)',
  },
};

export default {
  id: 'map',
  title: { sv: 'Karta', en: 'Map' },
  key: '3',
  // the units and incidents it shows are the dispatcher's and the supervisor's to read (GET /api/dispatch/...)
  roles: ['DISPATCHER', 'SUPERVISOR'],
  strings: STRINGS,
  mount(root, app) {
    const mapEl = el('div', { cls: 'map-full', testid: 'map', attrs: { role: 'region', 'aria-label': app.t('title') } });
    const notes = el('div', { cls: 'map-notes' });
    const counts = el('p', { cls: 'map-counts', testid: 'map-counts', attrs: { 'aria-live': 'polite' } });
    root.append(el('div', { cls: 'map-layout' }, [mapEl, el('aside', { cls: 'panel map-side' }, [counts, legend(app), notes])]));
    if (!app.settings?.tileUrl) notes.append(el('p', { text: app.t('noTiles'), cls: 'muted small', testid: 'map-no-tiles' }));

    const map = createMap(mapEl, app.settings, { zoom: 9, api: app.api });
    const layers = { stations: L.layerGroup(), hospitals: L.layerGroup(), units: L.layerGroup(), incidents: L.layerGroup() };
    Object.values(layers).forEach((layer) => layer.addTo(map));
    const control = L.control.layers(null, {
      [app.t('stations')]: layers.stations, [app.t('hospitals')]: layers.hospitals,
      [app.t('units')]: layers.units, [app.t('incidents')]: layers.incidents,
    }, { collapsed: false }).addTo(map);
    setTimeout(() => map.invalidateSize(), 0);
    addBoundaries(map, app.api, { onName: null }).then((result) => {
      if (result?.unavailable) notes.append(el('p', { text: app.t('noBoundaries', { reason: result.unavailable }), cls: 'notice notice-warn', testid: 'map-no-boundaries' }));
      else if (result) control.addOverlay(result, app.t('boundaries'));
    });

    let reload = null;
    let fitted = false;
    async function load() {
      const [fleet, open] = await Promise.all([app.api.get('/api/dispatch/fleet'), app.api.get('/api/dispatch/incidents?open=true')]);
      if (!isRemoved(map)) draw(fleet, open.incidents); // the view may have been left meanwhile
    }

    function draw(fleet, incidents) {
      Object.values(layers).forEach((layer) => layer.clearLayers());
      const stations = new Map(fleet.stations.map((s) => [s.id, s]));
      for (const s of fleet.stations) {
        L.marker([s.position.lat, s.position.lon], { icon: icon(symbol('station', s.id), 16), keyboard: false, zIndexOffset: -100 })
          .bindTooltip(s.name).addTo(layers.stations);
      }
      for (const h of fleet.hospitals) {
        L.marker([h.position.lat, h.position.lon], { icon: icon(symbol('hospital', h.id), 18), keyboard: false, zIndexOffset: -100 })
          .bindTooltip(h.name).addTo(layers.hospitals);
      }
      const atStation = new Map();
      for (const u of fleet.units) {
        const home = stations.get(u.stationId)?.position;
        const where = u.reportedPosition ?? home;
        if (!where) continue;
        let offset = [0, 0];
        if (!u.reportedPosition) {
          const k = atStation.get(u.stationId) ?? 0;
          atStation.set(u.stationId, k + 1);
          const ring = Math.floor(k / RING);
          const radius = 20 + ring * (UNIT_SIZE - 4);
          const angle = -Math.PI / 2 + ((k % RING) + ring / 2) * (2 * Math.PI / RING);
          offset = [radius * Math.cos(angle), radius * Math.sin(angle)];
        }
        const shape = symbol('unit', u.id, app.t(`status.letter.${u.status}`), STATUS_COLOURS[u.status] ?? '#444');
        shape.dataset.status = u.status;
        shape.dataset.station = u.stationId ?? '';
        L.marker([where.lat, where.lon], { icon: icon(shape, UNIT_SIZE, offset), keyboard: false })
          .bindTooltip(app.t('unit', { callSign: u.callSign, status: app.t(`status.${u.status}`) })).addTo(layers.units);
      }
      for (const i of incidents) {
        const shape = symbol('incident', i.id, String(i.priority), PRIORITY_COLOURS[i.priority] ?? '#444');
        shape.dataset.priority = String(i.priority);
        L.marker([i.position.lat, i.position.lon], { icon: icon(shape, 26), keyboard: false, zIndexOffset: 1000 })
          .bindTooltip(app.t('incident', { id: i.id, priority: i.priority }), { permanent: i.status === 'QUEUED' }).addTo(layers.incidents);
      }
      counts.textContent = app.t('counts', { units: fleet.units.length, incidents: incidents.length });
      mapEl.dataset.units = String(fleet.units.length);
      mapEl.dataset.incidents = String(incidents.length);
      // every station and every open incident in sight, an incident made outside the region too
      const places = [...fleet.stations.map((s) => s.position), ...incidents.map((i) => i.position)];
      if (!fitted && places.length) {
        map.fitBounds(L.latLngBounds(places.map((p) => [p.lat, p.lon])).pad(0.05), { animate: false });
        fitted = true;
      }
    }

    app.live.on('dispatch.', () => {
      clearTimeout(reload);
      reload = setTimeout(() => load().catch((e) => app.toast(e.message, 'error')), 200);
    });
    load().catch((e) => app.toast(e.message, 'error'));
    return {
      unmount() {
        clearTimeout(reload);
        map.remove();
      },
    };
  },
};

// One map symbol: a station, hospital, unit or incident (map-<kind> in console.css), with its text and colour.
function symbol(kind, id, text = null, colour = null) {
  const shape = el('span', { cls: `map-symbol map-${kind}`, testid: `map-${kind}`, attrs: { 'data-id': id } },
    [el('span', { text: text ?? (kind === 'station' ? 'S' : kind === 'hospital' ? 'H' : ''), cls: 'map-symbol-text' })]);
  if (colour) shape.style.backgroundColor = colour;
  return shape;
}

// A marker icon of `size` pixels, centred on its point moved by `offset` screen pixels.
function icon(shape, size, [dx, dy] = [0, 0]) {
  return L.divIcon({ html: shape, className: 'map-icon', iconSize: [size, size], iconAnchor: [size / 2 - dx, size / 2 - dy] });
}

function legend(app) {
  const list = el('ul', { cls: 'legend', testid: 'map-legend' });
  const entry = (shape, text, testid) => {
    shape.removeAttribute('data-testid');
    shape.setAttribute('aria-hidden', 'true');
    list.append(el('li', { testid }, [el('span', { cls: 'legend-symbol' }, [shape]), el('span', { text })]));
  };
  const heading = (text) => list.append(el('li', { text, cls: 'legend-heading' }));
  entry(symbol('station', ''), app.t('station'), 'legend-station');
  entry(symbol('hospital', ''), app.t('hospital'), 'legend-hospital');
  heading(app.t('unitsByStatus'));
  Object.entries(STATUS_COLOURS).forEach(([status, colour]) => {
    const shape = symbol('unit', '', app.t(`status.letter.${status}`), colour);
    entry(shape, app.t(`status.${status}`), `legend-status-${status}`);
  });
  heading(app.t('incidentsByPriority'));
  Object.entries(PRIORITY_COLOURS).forEach(([priority, colour]) => entry(symbol('incident', '', priority, colour),
    app.t('priority', { priority }), `legend-priority-${priority}`));
  return el('div', {}, [el('h2', { text: app.t('legend') }), list]);
}

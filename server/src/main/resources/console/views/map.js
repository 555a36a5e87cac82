// The map (#/map): municipality boundaries, stations, hospitals, units coloured by status and open incidents by
// priority, all following the event stream. No tile server by default; the configured one (console.tileUrl) beneath.
import { el } from '../format.js';
import { L, createMap, addBoundaries, isRemoved } from './mapkit.js';
import { STATUS_STRINGS, STATUS_COLOURS } from './dispatcher/strings.js';

const PRIORITY_COLOURS = { 1: '#b00020', 2: '#c2410c', 3: '#7a5d00', 4: '#1f5f8b' };

const STRINGS = {
  sv: {
    ...STATUS_STRINGS.sv,
    title: 'Karta', legend: 'Teckenförklaring', boundaries: 'Kommungränser', stations: 'Stationer', hospitals: 'Sjukhus',
    units: 'Enheter', incidents: 'Uppdrag', priority: 'Prio {priority}', noBoundaries: 'Inga kommungränser: {reason}',
    noTiles: 'Ingen kartbakgrund är inställd (console.tileUrl): kartan visar gränser och enheter utan bakgrund.',
    counts: '{units} enheter, {incidents} öppna uppdrag', incident: 'Uppdrag {id}, prio {priority}', unit: '{callSign}: {status}',
  },
  en: {
    ...STATUS_STRINGS.en,
    title: 'Map', legend: 'Legend', boundaries: 'Municipality boundaries', stations: 'Stations', hospitals: 'Hospitals',
    units: 'Units', incidents: 'Incidents', priority: 'Priority {priority}', noBoundaries: 'No municipality boundaries: {reason}',
    noTiles: 'No map background is configured (console.tileUrl): the map shows boundaries and units on a plain background.',
    counts: '{units} units, {incidents} open incidents', incident: 'Incident {id}, priority {priority}', unit: '{callSign}: {status}',
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

    const map = createMap(mapEl, app.settings, { zoom: 9 });
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
        L.circleMarker([s.position.lat, s.position.lon], { radius: 5, color: '#343a40', weight: 2, fillColor: '#ffffff', fillOpacity: 1 })
          .bindTooltip(s.name).addTo(layers.stations);
      }
      for (const h of fleet.hospitals) {
        L.circleMarker([h.position.lat, h.position.lon], { radius: 8, color: '#0b2545', weight: 3, fillColor: '#ffffff', fillOpacity: 1 })
          .bindTooltip(`H ${h.name}`).addTo(layers.hospitals);
      }
      // units at a station share its point: spread them a little so each stays visible and clickable
      const atStation = new Map();
      for (const u of fleet.units) {
        const home = stations.get(u.stationId)?.position;
        const where = u.reportedPosition ?? home;
        if (!where) continue;
        const n = u.reportedPosition ? 0 : (atStation.get(u.stationId) ?? 0);
        if (!u.reportedPosition) atStation.set(u.stationId, n + 1);
        const at = [where.lat + 0.0012 * Math.sin(n * 1.3) * Math.min(n, 1), where.lon + 0.0022 * Math.cos(n * 1.3) * Math.min(n, 1)];
        L.circleMarker(at, { radius: 6, color: '#000', weight: 1, fillColor: STATUS_COLOURS[u.status] ?? '#888', fillOpacity: 0.95 })
          .bindTooltip(app.t('unit', { callSign: u.callSign, status: app.t(`status.${u.status}`) })).addTo(layers.units);
      }
      for (const i of incidents) {
        L.circleMarker([i.position.lat, i.position.lon], { radius: 11, color: '#000', weight: 2, fillColor: PRIORITY_COLOURS[i.priority] ?? '#888', fillOpacity: 0.9 })
          .bindTooltip(app.t('incident', { id: i.id, priority: i.priority }), { permanent: i.status === 'QUEUED' }).addTo(layers.incidents);
      }
      counts.textContent = app.t('counts', { units: fleet.units.length, incidents: incidents.length });
      mapEl.dataset.units = String(fleet.units.length);
      mapEl.dataset.incidents = String(incidents.length);
      if (!fitted && fleet.stations.length) {
        map.fitBounds(L.latLngBounds(fleet.stations.map((s) => [s.position.lat, s.position.lon])).pad(0.05), { animate: false });
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

function legend(app) {
  const list = el('ul', { cls: 'legend', testid: 'map-legend' });
  const swatch = (colour, text) => {
    const dot = el('span', { cls: 'swatch', attrs: { 'aria-hidden': 'true' } });
    dot.style.backgroundColor = colour;
    list.append(el('li', {}, [dot, el('span', { text })]));
  };
  Object.entries(STATUS_COLOURS).forEach(([status, colour]) => swatch(colour, app.t(`status.${status}`)));
  Object.entries(PRIORITY_COLOURS).forEach(([priority, colour]) => swatch(colour, `${app.t('incidents')}: ${app.t('priority', { priority })}`));
  return el('div', {}, [el('h2', { text: app.t('legend') }), list]);
}

// Leaflet for the console's maps: the configured tile layer when there is one; without, the streets and place names
// of the centre's OpenStreetMap extract (addStreets) on a plain background; and the municipality boundaries
// (fetched once).
import * as L from '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';

export { L };

// Leaflet 1.9.4: a canvas redraw already scheduled when its map is removed (an operator leaving a call while the
// streets redraw) runs on the destroyed context and throws "reading 'clearRect'". Nothing is left to draw then.
const redrawCanvas = L.Canvas.prototype._redraw;
L.Canvas.prototype._redraw = function redrawUnlessRemoved() {
  if (this._ctx) {
    redrawCanvas.call(this);
  } else {
    this._redrawRequest = null;
  }
};

export const STOCKHOLM = [59.33, 18.07];
let boundaries = null; // one fetch per page: Promise of GeoJSON, or of null without a boundaries file
const removed = new WeakSet(); // maps whose view was left: late answers draw nothing on them

// True once the map was removed (its view left): a fetch answered later must not add layers to it.
export function isRemoved(map) {
  return removed.has(map);
}

// With `api`, a map without a tile server draws the extract's streets (addStreets).
export function createMap(container, settings, { center = STOCKHOLM, zoom = 9, api = null } = {}) {
  const map = L.map(container, { center, zoom, zoomControl: true, attributionControl: true, preferCanvas: true });
  map.on('unload', () => removed.add(map));
  // Leaflet's own credit, its title in English inside a Swedish page: said so (lang)
  map.attributionControl.setPrefix('<a href="https://leafletjs.com" lang="en" title="A JavaScript library for interactive maps">Leaflet</a>');
  if (settings?.tileUrl) {
    L.tileLayer(settings.tileUrl, { attribution: settings.tileAttribution ?? '', maxZoom: 19 }).addTo(map);
  } else {
    container.classList.add('map-plain');
    if (api) addStreets(map, api);
  }
  return map;
}

// The boundaries of the counties the centre's fleet serves (from its stations' municipalities), else all.
// Without `fleet` (the roles do not read it) every county's boundaries.
export function loadBoundaries(api, { fleet = true } = {}) {
  if (!boundaries) {
    boundaries = (fleet ? api.get('/api/dispatch/fleet') : Promise.reject(new Error('no fleet')))
      .then((fleet) => [...new Set(fleet.stations.map((s) => s.municipalityCode?.slice(0, 2)).filter(Boolean))].join(','))
      .catch(() => '')
      .then((counties) => api.get(`/api/geo/municipalities${counties ? `?county=${counties}` : ''}`))
      .catch((e) => {
      boundaries = null; // try again next time (the file may be configured on a restart)
      return { unavailable: e.message };
    });
  }
  return boundaries;
}

// Adds the municipality boundaries to a map; resolves to the layer, or to {unavailable: reason}.
export async function addBoundaries(map, api, { onName, fleet } = {}) {
  const geojson = await loadBoundaries(api, { fleet });
  if (removed.has(map)) return null;
  if (!geojson || geojson.unavailable) return geojson ?? { unavailable: 'no boundaries' };
  const layer = L.geoJSON(geojson, {
    style: { color: '#3d4f63', weight: 1, fill: true, fillColor: '#dfe6ee', fillOpacity: 0.35 },
    onEachFeature: (feature, shape) => {
      const name = feature.properties?.name;
      if (name) shape.bindTooltip(`${name} (${feature.properties.code})`, { sticky: true });
      if (onName) shape.on('click', () => onName(feature.properties));
    },
  });
  layer.addTo(map);
  layer.bringToBack();
  return layer;
}

// The streets and place names of the centre's OpenStreetMap extract (GET /api/geo/streets), for a map without a tile
// server: fetched for the view on every move, simplified by the server for the zoom. Road classes by width and
// colour; place names as labels, and street names along the larger zooms. Without an extract (404) or for a role that
// may not read it (403) the map stays as it was. Resolves to true once streets were drawn.
const ROAD_STYLES = {
  motorway: ['#c2410c', 4.5], trunk: ['#c2410c', 4], primary: ['#d97706', 3.5], secondary: ['#e0a526', 3],
  tertiary: ['#8b96a3', 2.5], motorway_link: ['#c2410c', 2.5], trunk_link: ['#c2410c', 2.5], primary_link: ['#d97706', 2],
};
const MINOR_ROAD = ['#9aa5b1', 1.8];
const PATH_ROAD = ['#b9c2cc', 1];
const PATHS = new Set(['footway', 'path', 'cycleway', 'steps', 'track', 'bridleway', 'service', 'corridor']);

export function addStreets(map, api, { onDrawn } = {}) {
  if (!map.getPane('streets')) {
    map.createPane('streets').style.zIndex = 410; // above the boundaries' fill, beneath markers
    map.createPane('streetLabels').style.zIndex = 420;
    map.getPane('streetLabels').style.pointerEvents = 'none';
  }
  const renderer = L.canvas({ pane: 'streets' });
  const lines = L.layerGroup().addTo(map);
  const labels = L.layerGroup().addTo(map);
  let asked = 0;
  let unavailable = false;
  let timer = null;

  async function load() {
    if (unavailable || isRemoved(map)) return;
    const ask = ++asked;
    const zoom = Math.round(map.getZoom());
    let doc;
    try {
      doc = await api.get(`/api/geo/streets?bbox=${map.getBounds().toBBoxString()}&zoom=${zoom}`);
    } catch (e) {
      if (e.status === 404 || e.status === 403) unavailable = true;
      return;
    }
    if (ask !== asked || isRemoved(map)) return; // a newer view was asked for meanwhile
    draw(doc, zoom);
    map.getContainer().dataset.streets = String(doc.features.length); // what the view holds, for tests and support
    onDrawn?.(doc);
  }

  function draw(doc, zoom) {
    lines.clearLayers();
    labels.clearLayers();
    const named = new Set();
    for (const feature of doc.features) {
      const props = feature.properties;
      const coords = feature.geometry.coordinates;
      if (feature.geometry.type === 'Point') {
        const kind = ['city', 'town', 'borough', 'suburb'].includes(props.place) ? 'major' : 'minor';
        labels.addLayer(L.marker([coords[1], coords[0]], {
          pane: 'streetLabels', interactive: false, keyboard: false,
          icon: L.divIcon({ className: `map-place map-place-${kind}`, html: `<span>${escapeText(props.name)}</span>`, iconSize: null }),
        }));
        continue;
      }
      const [color, weight] = ROAD_STYLES[props.highway] ?? (PATHS.has(props.highway) ? PATH_ROAD : MINOR_ROAD);
      const line = L.polyline(coords.map(([lon, lat]) => [lat, lon]), { renderer, color, weight, opacity: 0.95, interactive: true });
      line.bindTooltip(props.name, { sticky: true });
      lines.addLayer(line);
      if (zoom >= 16 && !named.has(props.name) && coords.length >= 2) {
        named.add(props.name); // one label per street and view
        const [lon, lat] = coords[Math.floor(coords.length / 2)];
        labels.addLayer(L.marker([lat, lon], {
          pane: 'streetLabels', interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'map-street-name', html: `<span>${escapeText(props.name)}</span>`, iconSize: null }),
        }));
      }
    }
  }

  const schedule = () => { clearTimeout(timer); timer = setTimeout(load, 120); };
  map.on('moveend', schedule);
  map.on('unload', () => clearTimeout(timer));
  schedule();
  return { reload: schedule };
}

function escapeText(text) {
  const span = document.createElement('span');
  span.textContent = text ?? '';
  return span.innerHTML;
}

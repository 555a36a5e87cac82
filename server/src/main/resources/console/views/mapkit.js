// Leaflet for the console's maps: a map with no tile server by default (boundaries and markers on a plain
// background), the configured tile layer when there is one, and the municipality boundaries (fetched once).
import * as L from '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';

export { L };

export const STOCKHOLM = [59.33, 18.07];
let boundaries = null; // one fetch per page: Promise of GeoJSON, or of null without a boundaries file
const removed = new WeakSet(); // maps whose view was left: late answers draw nothing on them

// True once the map was removed (its view left): a fetch answered later must not add layers to it.
export function isRemoved(map) {
  return removed.has(map);
}

export function createMap(container, settings, { center = STOCKHOLM, zoom = 9 } = {}) {
  const map = L.map(container, { center, zoom, zoomControl: true, attributionControl: true, preferCanvas: true });
  map.on('unload', () => removed.add(map));
  if (settings?.tileUrl) {
    L.tileLayer(settings.tileUrl, { attribution: settings.tileAttribution ?? '', maxZoom: 19 }).addTo(map);
  } else {
    container.classList.add('map-plain');
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

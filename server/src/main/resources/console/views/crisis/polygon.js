// A warning's area as a polygon typed or drawn by the supervisor: one "lat,lon" per line (or separated by spaces, as
// CAP writes it), checked here before it is sent, each fault named in words: a point that is no coordinate, fewer than
// four points, a ring that is not closed. Whether it lies inside the centre's region the server says (it has the
// boundaries); the console then names the point.

const NUMBER = /^[-+]?\d+(\.\d+)?$/;

// What is wrong with a polygon, in words (merged into the strings of the views that take one).
export const POLYGON_STRINGS = {
  sv: {
    'polygon.bad': 'Polygon: punkt {n} ("{text}") är ingen koordinat; skriv lat,lon, t.ex. 59.36,17.98.',
    'polygon.range': 'Polygon: punkt {n} har latitud {lat} och longitud {lon}; latitud ska vara −90–90 och longitud −180–180.',
    'polygon.few': 'Polygon: {count} punkter; en sluten polygon behöver minst 4 (första punkten upprepad sist).',
    'polygon.open': 'Polygon: inte sluten – sista punkten ska vara densamma som första ({first}).',
    'polygon.outside': 'Polygon: punkt {n} ligger utanför centralens region ({detail}).',
  },
  en: {
    'polygon.bad': 'Polygon: point {n} ("{text}") is no coordinate; write lat,lon, e.g. 59.36,17.98.',
    'polygon.range': 'Polygon: point {n} has latitude {lat} and longitude {lon}; latitude must be −90–90, longitude −180–180.',
    'polygon.few': 'Polygon: {count} points; a closed polygon needs at least 4 (the first point repeated last).',
    'polygon.open': 'Polygon: not closed – the last point must be the first ({first}).',
    'polygon.outside': 'Polygon: point {n} lies outside the centre\'s region ({detail}).',
  },
};

// The points typed: [{ lat, lon, line, text }], in order; blank lines skipped.
export function pointsOf(text) {
  return String(text ?? '').split(/\n|(?<!,)\s+(?=[-+]?\d)/).map((part, i) => ({ text: part.trim(), line: i + 1 }))
    .filter((p) => p.text)
    .map((p) => {
      const [lat, lon, extra] = p.text.split(',').map((s) => s.trim());
      return { ...p, lat: NUMBER.test(lat ?? '') ? Number(lat) : NaN, lon: NUMBER.test(lon ?? '') ? Number(lon) : NaN, extra };
    });
}

// The polygon as the API takes it (["lat,lon", ...]), or { error, params } naming what is wrong; empty text: null.
export function checkPolygon(text) {
  const points = pointsOf(text);
  if (!points.length) return { ring: null };
  for (const [n, p] of points.entries()) {
    if (Number.isNaN(p.lat) || Number.isNaN(p.lon) || p.extra !== undefined) {
      return { error: 'polygon.bad', params: { n: n + 1, text: p.text } };
    }
    if (Math.abs(p.lat) > 90 || Math.abs(p.lon) > 180) {
      return { error: 'polygon.range', params: { n: n + 1, lat: p.lat, lon: p.lon } };
    }
  }
  if (points.length < 4) return { error: 'polygon.few', params: { count: points.length } };
  const first = points[0];
  const last = points[points.length - 1];
  if (first.lat !== last.lat || first.lon !== last.lon) {
    return { error: 'polygon.open', params: { first: `${first.lat},${first.lon}` } };
  }
  return { ring: points.map((p) => `${p.lat},${p.lon}`) };
}

// A point added by a click on the map, to the text (five decimals: about a metre).
export function withPoint(text, lat, lon) {
  const line = `${lat.toFixed(5)},${lon.toFixed(5)}`;
  const trimmed = String(text ?? '').trim();
  return trimmed ? `${trimmed}\n${line}` : line;
}

// The text with its first point repeated last, unless it is closed already or holds no point.
export function closed(text) {
  const points = pointsOf(text).filter((p) => !Number.isNaN(p.lat) && !Number.isNaN(p.lon));
  if (points.length < 3) return text;
  const first = points[0];
  const last = points[points.length - 1];
  return first.lat === last.lat && first.lon === last.lon ? text : `${String(text).trim()}\n${first.text}`;
}

// [[lat, lon], ...] of the points that parse (for drawing while typing).
export function latLngs(text) {
  return pointsOf(text).filter((p) => !Number.isNaN(p.lat) && !Number.isNaN(p.lon)).map((p) => [p.lat, p.lon]);
}

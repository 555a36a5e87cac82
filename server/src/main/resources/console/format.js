// Small shared formatting: durations as m:ss or h:mm:ss, instants as Swedish local time.
const ZONE = 'Europe/Stockholm';

export function duration(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

export function since(instant, now = Date.now()) {
  return duration((now - Date.parse(instant)) / 1000);
}

export function clock(instant) {
  if (!instant) return '';
  return new Date(instant).toLocaleTimeString('sv-SE', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function dateTime(instant) {
  if (!instant) return '';
  return new Date(instant).toLocaleString('sv-SE', { timeZone: ZONE, dateStyle: 'short', timeStyle: 'short' });
}

// One element with text and optional class and data-testid: the console's small building block.
export function el(tag, { text, cls, testid, attrs } = {}, children = []) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  if (testid) node.dataset.testid = testid;
  if (attrs) for (const [name, value] of Object.entries(attrs)) if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : value);
  for (const child of children) if (child) node.append(child);
  return node;
}

// A 1-second clock for "waiting since" timers: calls fn every second until stopped.
export function everySecond(fn) {
  const timer = setInterval(fn, 1000);
  return () => clearInterval(timer);
}

// Asks the server again and again: ask(isAlive) now, then every ms after each answer (never two at once), until the
// returned stop is called; a failure goes to failed. ask checks isAlive() after each await (the view may be gone).
export function everyMs(ms, ask, failed) {
  let alive = true;
  let timer = null;
  const isAlive = () => alive;
  const run = async () => {
    try {
      await ask(isAlive);
    } catch (e) {
      if (alive) failed(e);
    } finally {
      if (alive) timer = setTimeout(run, ms);
    }
  };
  run();
  return () => {
    alive = false;
    clearTimeout(timer);
  };
}

// An ISO-8601 duration as the API gives it (PT4M40.165S, PT1H2M) in seconds; null for null.
export function isoSeconds(text) {
  if (!text) return null;
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(text);
  if (!match) return null;
  const [, d, h, m, s] = match;
  return (Number(d ?? 0) * 86400) + (Number(h ?? 0) * 3600) + (Number(m ?? 0) * 60) + Number(s ?? 0);
}

// A Swedish number in the national form operators read (+46701234567 -> 070-123 45 67, +4681234567 -> 08-123 45 67);
// other numbers as given.
export function phoneText(number) {
  const e164 = number?.e164 ?? number;
  if (typeof e164 !== 'string') return null;
  const match = /^\+46(7\d|8)(\d+)$/.exec(e164);
  if (!match) return e164.startsWith('+46') ? `0${e164.slice(3)}` : e164;
  const [, area, rest] = match;
  const groups = rest.length === 7 ? [3, 2, 2] : rest.length === 8 ? [3, 3, 2] : rest.length === 6 ? [2, 2, 2] : [rest.length];
  let at = 0;
  const parts = groups.map((n) => rest.slice(at, (at += n)));
  return `0${area}-${parts.join(' ')}`;
}

/** The Swedish calendar day of an instant, as YYYY-MM-DD. */
export function swedishDate(instant) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** A YYYY-MM-DD day moved by whole days (noon UTC, so no daylight-saving change shifts the date). */
export function addDays(isoDate, days) {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

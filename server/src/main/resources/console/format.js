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

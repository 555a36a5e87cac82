// The vehicle's position while on an assignment: the browser's geolocation, watched, and the latest fix sent to the
// centre's position API every `seconds`. A position is worth sending only while fresh, so one that fails to go is
// not kept; the next interval sends a newer one. Never later than the device's clock reads now (the centre refuses
// positions from the future).
export function createPositionReporter(app, unitId, seconds, onReport = () => {}) {
  let watch = null;
  let timer = null;
  let latest = null;
  let sentStamp = null;

  async function send() {
    if (!latest || latest.timestamp === sentStamp) return;
    const fix = latest;
    const observedAt = new Date(Math.min(fix.timestamp, Date.now())).toISOString();
    try {
      await app.api.post(`/api/dispatch/units/${encodeURIComponent(unitId)}/position`, {
        position: { lat: fix.coords.latitude, lon: fix.coords.longitude }, observedAt });
      sentStamp = fix.timestamp;
      onReport({ ok: true, at: observedAt });
    } catch (e) {
      onReport({ ok: false, error: e });
    }
  }

  return {
    // true when the device gives positions at all
    start() {
      if (watch !== null) return true;
      if (!navigator.geolocation) return false;
      watch = navigator.geolocation.watchPosition((fix) => {
        const first = latest === null;
        latest = fix;
        if (first) send();
      }, () => onReport({ ok: false }), { enableHighAccuracy: true, maximumAge: 5000 });
      timer = setInterval(send, seconds * 1000);
      return true;
    },
    stop() {
      if (watch !== null) navigator.geolocation.clearWatch(watch);
      clearInterval(timer);
      watch = null;
      timer = null;
      latest = null;
    },
  };
}

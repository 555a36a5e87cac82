// The crew's status reports not yet received by the centre, kept on the device (localStorage, per unit) so that a
// tunnel, a dead zone or a reload loses none. Each press gets its own report id and the instant it was pressed; the
// reports are sent one at a time in the order pressed, and a report the centre has recorded already is answered with
// its first outcome (the server's ReportStatusOnce), so sending one again after a lost answer records nothing twice.
const ALLOWED = /[^A-Za-z0-9._:-]/g;

// A report id the centre accepts (1-64 of A-Za-z0-9._:-): the unit, the press's instant and 48 random bits.
export function newReportId(unitId) {
  const random = new Uint8Array(6);
  crypto.getRandomValues(random);
  const hex = [...random].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${String(unitId).replace(ALLOWED, '').slice(0, 24)}-${Date.now().toString(36)}-${hex}`;
}

// Worth sending again later: no answer at all (offline), the server or a proxy failing, a throttle, a session to
// renew. Anything else (409 an illegal change, 400, 403) is the centre's answer to this report: it is not sent again.
export function retryable(error) {
  return error?.status === undefined || error.status === null || error.status >= 500 || error.status === 429
    || error.status === 408 || error.status === 401;
}

// send(item) -> Promise of the receipt; onChange(items) after every change; onResult(item, receipt, refusal) once per
// report the centre answered.
export function createOutbox(unitId, send, { onChange = () => {}, onResult = () => {} } = {}) {
  const key = `larm.crew.outbox.${unitId}`;
  let items = read();
  let flushing = null;
  let offline = false;

  function read() {
    try {
      const stored = JSON.parse(localStorage.getItem(key) ?? '[]');
      return Array.isArray(stored) ? stored.filter((i) => i && i.reportId && i.status && i.pressedAt) : [];
    } catch {
      return [];
    }
  }

  function changed() {
    localStorage.setItem(key, JSON.stringify(items));
    onChange(items.slice(), offline);
  }

  async function sendAll() {
    while (items.length) {
      const item = items[0];
      let receipt = null;
      let refusal = null;
      try {
        receipt = await send(item);
      } catch (e) {
        if (retryable(e)) {
          offline = true;
          onChange(items.slice(), offline);
          return;
        }
        refusal = e;
      }
      offline = false;
      items = items.filter((i) => i.reportId !== item.reportId);
      changed();
      onResult(item, receipt, refusal);
    }
  }

  return {
    // A press: kept at once, then sent (with whatever waits before it).
    add(status) {
      const item = { reportId: newReportId(unitId), status, pressedAt: new Date().toISOString() };
      items.push(item);
      changed();
      this.flush();
      return item;
    },
    // Sends what waits, in order; one run at a time.
    flush() {
      if (!flushing && items.length) {
        flushing = sendAll().finally(() => { flushing = null; });
      }
      return flushing ?? Promise.resolve();
    },
    items: () => items.slice(),
    offline: () => offline,
  };
}

// One EventSource on the journal's stream; events are handed to the handlers whose prefix their type starts with
// (e.g. 'calls.' or 'dispatch.UnitStatusChanged'). After a drop it resumes after the last event it saw.
const RETRY_MS = 2000;

// onClosed() is asked, when the browser gave up on the stream (refused: the session may have ended), whether to try
// again; it answers a Promise of true (retry) or false (stay stopped until start() is called again).
export function createLive(onStatus, onClosed = async () => true) {
  const handlers = new Set();
  let source = null;
  let lastSequence = null;
  let retryTimer = null;

  function connect() {
    onStatus('connecting');
    const url = lastSequence === null ? '/api/events/stream' : `/api/events/stream?after=${lastSequence}`;
    const es = new EventSource(url);
    source = es;
    es.onopen = () => onStatus('live');
    es.onmessage = (message) => deliver(message.data);
    es.onerror = () => {
      if (source !== es) return;
      onStatus('offline');
      if (es.readyState === EventSource.CLOSED) {
        es.close();
        clearTimeout(retryTimer);
        const again = () => { if (source === es) retryTimer = setTimeout(connect, RETRY_MS); };
        onClosed().then((retry) => { if (retry) again(); }, again);
      } // else the browser reconnects by itself, sending Last-Event-ID
    };
  }

  function deliver(data) {
    let event;
    try {
      event = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof event.sequence === 'number') lastSequence = event.sequence;
    for (const entry of [...handlers]) {
      if (event.type && event.type.startsWith(entry.prefix)) {
        try {
          entry.handler(event);
        } catch (e) {
          console.error('live handler failed for', event.type, e);
        }
      }
    }
  }

  function stop() {
    clearTimeout(retryTimer);
    if (source) {
      source.onerror = null;
      source.close();
      source = null;
    }
  }

  return {
    // (again) connects, resuming after the last event seen, so views get what they missed
    start() {
      stop();
      connect();
    },
    stop,
    on(prefix, handler) {
      const entry = { prefix, handler };
      handlers.add(entry);
      return () => handlers.delete(entry);
    },
  };
}

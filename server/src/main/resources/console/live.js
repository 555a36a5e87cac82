// One EventSource on the journal's stream; events are handed to the handlers whose prefix their type starts with
// (e.g. 'calls.' or 'dispatch.UnitStatusChanged'). After a drop it resumes after the last event it saw.
const RETRY_MS = 2000;

export function createLive(onStatus) {
  const handlers = new Set();
  let source = null;
  let lastSequence = null;
  let retryTimer = null;

  function connect() {
    onStatus('connecting');
    const url = lastSequence === null ? '/api/events/stream' : `/api/events/stream?after=${lastSequence}`;
    source = new EventSource(url);
    source.onopen = () => onStatus('live');
    source.onmessage = (message) => deliver(message.data);
    source.onerror = () => {
      onStatus('offline');
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        clearTimeout(retryTimer);
        retryTimer = setTimeout(connect, RETRY_MS);
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

  return {
    start: connect,
    on(prefix, handler) {
      const entry = { prefix, handler };
      handlers.add(entry);
      return () => handlers.delete(entry);
    },
  };
}

// The API over fetch: JSON in and out; an RFC 9457 problem becomes an ApiError whose message names the field.

export class ApiError extends Error {
  constructor(status, problem, { method, path, retryAfter, message } = {}) {
    const detail = problem?.detail || problem?.title || `HTTP ${status}`;
    // the field named once: most details already begin with it
    super(message ?? (problem?.field && !detail.startsWith(`${problem.field}:`) ? `${problem.field}: ${detail}` : detail));
    this.status = status;
    this.field = problem?.field ?? null;
    this.problem = problem ?? null;
    this.detail = detail;
    this.method = method ?? null;
    this.path = path ?? null;
    this.retryAfter = retryAfter ?? null; // seconds, from a 429's Retry-After
  }
}

// A random key (crypto.randomUUID needs a secure context; getRandomValues does not).
function newKey() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

// hooks: onUnauthorized(error) when a request other than the session's own answers 401 (the session ended);
// describe(status, facts) -> a readable message for a status (403, 429), or null to keep the server's words;
// language() -> the console's language, sent as Accept-Language.
export function createApi(getSession, hooks = {}) {
  // contentType: a body sent as it is (a YAML document), else the body is sent as JSON
  async function request(method, path, body, contentType) {
    const headers = { Accept: 'application/json, application/problem+json' };
    // the server's explanations and refusals in the console's language (not the browser's)
    const lang = hooks.language?.();
    if (lang) headers['Accept-Language'] = lang;
    if (body !== undefined) headers['Content-Type'] = contentType ?? 'application/json';
    const csrf = getSession()?.csrfToken;
    if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
    // one key per user action: a change retried after a lost answer gets the first answer, not a second change
    if (method !== 'GET') headers['Idempotency-Key'] = newKey();
    const send = () => fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : contentType ? body : JSON.stringify(body),
      credentials: 'same-origin',
    });
    let response;
    try {
      response = await send();
    } catch (lost) {
      if (method === 'GET') throw lost;
      response = await send(); // the network failed (the answer may be lost): once more, with the same key
    }
    // A standby node (503 with Retry-After) while the active one is taken over: retry with the same key for up to
    // 15 s; a command the old node had already recorded is answered as such, not recorded twice.
    for (let waited = 0; method !== 'GET' && response.status === 503 && response.headers.get('Retry-After') && waited < 15;) {
      const seconds = Math.min(Math.max(Number(response.headers.get('Retry-After')) || 1, 1), 5);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      waited += seconds;
      try {
        response = await send();
      } catch (lost) {
        // the node went away meanwhile: keep waiting for one that answers
      }
    }
    const type = response.headers.get('Content-Type') || '';
    const parsed = type.includes('json') ? await response.json().catch(() => null) : null;
    if (!response.ok) {
      const retry = Number(response.headers.get('Retry-After'));
      const facts = { method, path, retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null };
      const detail = parsed?.detail || parsed?.title || `HTTP ${response.status}`;
      const message = hooks.describe?.(response.status, { ...facts, detail }) ?? undefined;
      const error = new ApiError(response.status, parsed, { ...facts, message });
      if (response.status === 401 && !path.startsWith('/api/session')) hooks.onUnauthorized?.(error);
      throw error;
    }
    return parsed;
  }
  return {
    get: (path) => request('GET', path),
    post: (path, body = {}) => request('POST', path, body),
    put: (path, body = {}) => request('PUT', path, body),
    del: (path) => request('DELETE', path),
    // a document as it is, e.g. postText(path, yaml, 'application/yaml'); the answer and refusals as for JSON
    postText: (path, text, contentType) => request('POST', path, text, contentType),
  };
}

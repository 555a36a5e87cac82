// The API over fetch: JSON in and out; an RFC 9457 problem becomes an ApiError whose message names the field.

export class ApiError extends Error {
  constructor(status, problem) {
    const detail = problem?.detail || problem?.title || `HTTP ${status}`;
    super(problem?.field ? `${problem.field}: ${detail}` : detail);
    this.status = status;
    this.field = problem?.field ?? null;
    this.problem = problem ?? null;
  }
}

export function createApi(getSession) {
  async function request(method, path, body) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const csrf = getSession()?.csrfToken;
    if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
    const type = response.headers.get('Content-Type') || '';
    const parsed = type.includes('json') ? await response.json().catch(() => null) : null;
    if (!response.ok) throw new ApiError(response.status, parsed);
    return parsed;
  }
  return {
    get: (path) => request('GET', path),
    post: (path, body = {}) => request('POST', path, body),
    put: (path, body = {}) => request('PUT', path, body),
    del: (path) => request('DELETE', path),
  };
}

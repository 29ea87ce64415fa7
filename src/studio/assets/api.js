/* Studio page: the JSON API (same origin; the access cookie, when needed, travels by itself). */

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function call(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, data?.error?.message ?? `HTTP ${response.status}`);
  return data;
}

export const api = {
  schema: () => call('GET', '/api/schema'),
  counts: () => call('GET', '/api/counts'),
  rows: (query) => call('POST', '/api/rows', query),
  save: (changes) => call('POST', '/api/save', { changes }),
};

import createClient, { type Middleware } from 'openapi-fetch';
import i18next from 'i18next';
import type { paths } from './schema.gen';
import { ApiProblem, problemOf } from './problem';
import { currentIdentity, headerOf } from '../auth/identity';
import { credentials } from '../signin/credentials';

/**
 * The one way the application reaches the server: the REST API under /api/v1, typed from the
 * OpenAPI snapshot. Every request carries the reader's language (for display names) and the
 * caller's credentials: the bearer token once signed in through the network's provider, or in
 * local mode the chosen identity.
 */
const identityAndLanguage: Middleware = {
  onRequest({ request }) {
    credentials(request.headers, headerOf(currentIdentity()));
    if (!request.headers.has('Accept-Language')) {
      request.headers.set('Accept-Language', `${i18next.language || 'en'},en;q=0.5`);
    }
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? 'http://localhost' });
api.use(identityAndLanguage);

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer, or the server's problem thrown as an ApiProblem. */
export async function ok<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) {
    if (error && typeof error === 'object') throw new ApiProblem(response.status, error as Record<string, unknown>);
    throw await problemOf(response.clone());
  }
  return data as T;
}

/** Like ok(), keeping the ETag, which names the version If-Match must send back. */
export async function withVersion<T>(call: Promise<Result<T>>): Promise<{ body: T; etag: string }> {
  const result = await call;
  const body = await ok(Promise.resolve(result));
  return { body, etag: result.response.headers.get('ETag') ?? '' };
}

/** A raw request for what the typed client does not describe well (files, CSV). */
export async function rawFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  credentials(headers, headerOf(currentIdentity()));
  headers.set('Accept-Language', `${i18next.language || 'en'},en;q=0.5`);
  const response = await fetch(path, { ...init, headers });
  if (!response.ok) throw await problemOf(response);
  return response;
}

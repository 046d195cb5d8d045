import { bearer, signInMode } from './session';

/**
 * Sets the credentials of one request: the access token as a bearer token when the network
 * signs people in through its OpenID provider (never the local-mode header, which such a
 * server refuses), else local mode's identity header.
 */
export function credentials(headers: Headers, localIdentity: string | undefined) {
  if (signInMode() === 'oidc') {
    const token = bearer();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return;
  }
  if (localIdentity) headers.set('Local-Identity', localIdentity);
}

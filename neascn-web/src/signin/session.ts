import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { setIdentity, type Identity } from '../auth/identity';

/**
 * Production sign-in: the authorization code flow with PKCE against the network's OpenID
 * provider, through oidc-client-ts. The server says how to sign in (GET /api/v1/sign-in: issuer,
 * client id, scopes, from its environment); the access token goes to the API as a bearer token
 * and the server alone decides what its holder may do. Tokens live in this tab's sessionStorage
 * (oidc-client-ts' user store), never in localStorage, and are gone when the tab closes.
 */
export type SignInMode = 'oidc' | 'local' | 'none';

interface SignInOptions {
  mode: SignInMode;
  oidc?: { issuer: string; clientId: string; scopes: string };
}

interface CallerView {
  role: string;
  member?: string;
  partner?: string;
  principal?: string;
}

let mode: SignInMode = 'local';
let manager: UserManager | undefined;
let user: User | null = null;
let principal: string | undefined;
let notice: 'expired' | 'no-role' | undefined;
const listeners = new Set<() => void>();

function changed() {
  listeners.forEach((l) => l());
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function signInMode(): SignInMode {
  return mode;
}

/** The access token to send, while it has not lapsed. */
export function bearer(): string | undefined {
  return user && !user.expired ? user.access_token : undefined;
}

export function signedInAs(): string | undefined {
  return user ? principal ?? user.profile.preferred_username ?? user.profile.sub : undefined;
}

export function sessionNotice(): typeof notice {
  return notice;
}

export function dismissNotice() {
  notice = undefined;
  changed();
}

function identityOf(caller: CallerView): Identity {
  if (caller.role === 'secretariat') return { kind: 'secretariat' };
  if (caller.role === 'member-editor' && caller.member) return { kind: 'member-editor', member: caller.member };
  if (caller.role === 'partner' && caller.partner) return { kind: 'partner', partner: caller.partner };
  return { kind: 'public' };
}

/** Asks the server who the token makes the user (role and binding come from the token's claims). */
async function adoptCaller(): Promise<void> {
  const token = bearer();
  if (!token) return;
  const response = await fetch('/api/v1/sign-in/caller', { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  if (!response.ok) {
    await ended('expired');
    return;
  }
  const caller = (await response.json()) as CallerView;
  principal = caller.principal;
  const identity = identityOf(caller);
  notice = identity.kind === 'public' ? 'no-role' : undefined;
  setIdentity(identity);
  changed();
}

/** The session is over (lapsed, refused or renewal failed): back to the public, and say so. */
async function ended(why: 'expired') {
  user = null;
  principal = undefined;
  notice = why;
  await manager?.removeUser();
  setIdentity({ kind: 'public' });
  changed();
}

/** Reads the server's sign-in options and, in OpenID Connect mode, the tab's session. */
export async function startSession(): Promise<void> {
  try {
    const response = await fetch('/api/v1/sign-in', { headers: { Accept: 'application/json' } });
    const options = response.ok ? ((await response.json()) as SignInOptions) : { mode: 'local' as const };
    mode = options.mode;
    if (mode !== 'oidc' || !options.oidc) return;
    const origin = window.location.origin;
    manager = new UserManager({
      authority: options.oidc.issuer,
      client_id: options.oidc.clientId,
      scope: options.oidc.scopes,
      response_type: 'code',
      redirect_uri: `${origin}/signed-in`,
      post_logout_redirect_uri: `${origin}/`,
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
      automaticSilentRenew: true,
      loadUserInfo: false,
      monitorSession: false,
    });
    manager.events.addAccessTokenExpired(() => void ended('expired'));
    // A renewal can fail while the token is still good (a provider that gives no refresh token):
    // the session ends when the token lapses, not before.
    manager.events.addSilentRenewError(() => {
      if (!user || user.expired) void ended('expired');
    });
    manager.events.addUserLoaded((loaded) => {
      user = loaded;
      changed();
    });
    user = await manager.getUser();
    if (user?.expired) {
      await ended('expired');
    } else if (user) {
      await adoptCaller();
    } else {
      // A local-mode identity left in this tab means nothing to an OpenID Connect server.
      setIdentity({ kind: 'public' });
    }
  } catch {
    mode = 'none';
  }
}

/** Goes to the provider's login page; the browser comes back to /signed-in, then to returnTo. */
export async function signIn(returnTo: string): Promise<void> {
  if (!manager) throw new Error('sign-in is not configured on this server');
  notice = undefined;
  await manager.signinRedirect({ state: { returnTo } });
}

/** Completes the sign-in on /signed-in: exchanges the code (with the PKCE verifier) for tokens. */
export async function completeSignIn(): Promise<string> {
  if (!manager) throw new Error('sign-in is not configured on this server');
  user = await manager.signinRedirectCallback();
  await adoptCaller();
  const state = user?.state as { returnTo?: string } | undefined;
  return state?.returnTo && state.returnTo.startsWith('/') ? state.returnTo : '/';
}

/** Signs out here and at the provider (RP-initiated logout), then comes back to the start page. */
export async function signOut(): Promise<void> {
  const idToken = user?.id_token;
  user = null;
  principal = undefined;
  notice = undefined;
  setIdentity({ kind: 'public' });
  changed();
  if (!manager) return;
  await manager.removeUser();
  await manager.signoutRedirect({ id_token_hint: idToken });
}

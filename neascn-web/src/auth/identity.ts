/**
 * Who the user acts as. In local mode (a server without an identity provider) the user picks a
 * role and the app sends it as the Local-Identity header; nothing here decides what a role may
 * do beyond hiding what the server would refuse anyway: the server decides.
 */
export type Identity =
  | { kind: 'public' }
  | { kind: 'secretariat' }
  | { kind: 'member-editor'; member: string }
  | { kind: 'partner'; partner: string };

const KEY = 'neascn.identity';

export function headerOf(identity: Identity): string | undefined {
  switch (identity.kind) {
    case 'public':
      return undefined;
    case 'secretariat':
      return 'secretariat';
    case 'member-editor':
      return `member-editor:${identity.member}`;
    case 'partner':
      return `partner:${identity.partner}`;
  }
}

export function parseIdentity(value: string | null | undefined): Identity {
  if (!value) return { kind: 'public' };
  const [role, binding] = value.split(':', 2);
  if (role === 'secretariat') return { kind: 'secretariat' };
  if (role === 'member-editor' && binding) return { kind: 'member-editor', member: binding };
  if (role === 'partner' && binding) return { kind: 'partner', partner: binding };
  return { kind: 'public' };
}

// The tab's session only: closing the tab signs out, and no identity outlives it.
export function loadIdentity(): Identity {
  try {
    return parseIdentity(sessionStorage.getItem(KEY));
  } catch {
    return { kind: 'public' };
  }
}

export function saveIdentity(identity: Identity) {
  const header = headerOf(identity);
  if (header) sessionStorage.setItem(KEY, header);
  else sessionStorage.removeItem(KEY);
}

let current: Identity = typeof sessionStorage === 'undefined' ? { kind: 'public' } : loadIdentity();
const listeners = new Set<() => void>();

export function currentIdentity(): Identity {
  return current;
}

export function setIdentity(identity: Identity) {
  current = identity;
  saveIdentity(identity);
  listeners.forEach((l) => l());
}

export function subscribeIdentity(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What the interface offers a role: the server checks every request again. */
export const may = {
  administer: (i: Identity) => i.kind === 'secretariat',
  editMember: (i: Identity, member: string) =>
    i.kind === 'secretariat' || (i.kind === 'member-editor' && i.member === member),
  editPartner: (i: Identity, partner: string) =>
    i.kind === 'secretariat' || (i.kind === 'partner' && i.partner === partner),
  write: (i: Identity) => i.kind !== 'public',
};

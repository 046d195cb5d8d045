import { useSyncExternalStore } from 'react';
import { sessionNotice, signedInAs, signInMode, subscribeSession } from './session';

/** The sign-in session as screens show it: the mode, who is signed in, and any notice. */
export function useSession() {
  const who = useSyncExternalStore(subscribeSession, signedInAs, signedInAs);
  const notice = useSyncExternalStore(subscribeSession, sessionNotice, sessionNotice);
  return { mode: signInMode(), who, notice };
}

import { useSyncExternalStore } from 'react';
import { currentIdentity, subscribeIdentity, type Identity } from './identity';

export function useIdentity(): Identity {
  return useSyncExternalStore(subscribeIdentity, currentIdentity, currentIdentity);
}

import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * A workflow command given from a screen: runs it, keeps its refusal to show where it was
 * given, and refreshes the network's cooperation reads when it is done.
 */
export function useCommand<A>(network: string, run: (args: A) => Promise<unknown>) {
  const queries = useQueryClient();
  const [error, setError] = useState<unknown>();
  const mutation = useMutation({
    mutationFn: run,
    onMutate: () => setError(undefined),
    onError: (e) => setError(e),
    onSettled: () => queries.invalidateQueries({ queryKey: [network] }),
  });
  return { run: mutation.mutate, runAsync: mutation.mutateAsync, busy: mutation.isPending, error, clear: () => setError(undefined) };
}

import { useQuery } from '@tanstack/react-query';
import { api, withVersion } from '../../api/client';
import type { Plan, RecordView } from '../../api/types';

/** A plan with the ETag that a change must send back in If-Match. */
export function usePlan(network: string, id: string, enabled = true) {
  return useQuery({
    queryKey: [network, 'plans', id],
    queryFn: () => withVersion(api.GET('/api/v1/networks/{network}/plans/{id}', { params: { path: { network, id } } })) as Promise<{ body: RecordView<Plan>; etag: string }>,
    enabled: enabled && id !== '',
  });
}

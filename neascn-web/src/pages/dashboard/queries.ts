import { api, ok } from '../../api/client';
import type { components } from '../../api/schema.gen';

type DashboardView = components['schemas']['DashboardView'];
type OwnerOverdue = components['schemas']['OwnerOverdue'];

/** The dashboard's figures in one read; shared by the screen and the start-up preload. */
export function dashboardQuery(network: string) {
  return {
    queryKey: [network, 'dashboard'],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/dashboard', { params: { path: { network } } })) as Promise<DashboardView>,
  };
}

export function overdueQuery(network: string) {
  return {
    queryKey: [network, 'overdue'],
    queryFn: () => ok(api.GET('/api/v1/networks/{network}/action-items/overdue', { params: { path: { network } } })) as Promise<OwnerOverdue[]>,
  };
}

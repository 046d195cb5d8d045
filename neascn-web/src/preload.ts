import type { QueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { networkQuery } from './api/queries';
import { dashboardQuery, overdueQuery } from './pages/dashboard/queries';

const DASHBOARD = /^\/networks\/([^/]+)\/?$/;

/**
 * The first screen's code and texts are asked for while the application starts, and its data as
 * soon as the caller is known, rather than one after another once the screen has rendered: on a
 * loaded machine each round of loads cost hundreds of milliseconds (README, "Web application").
 * Only the dashboard, the screen most people open first, is preloaded.
 */
export function preloadCode(path: string) {
  if (DASHBOARD.test(path)) void import('./pages/dashboard/Dashboard');
}

export function preloadTexts(path: string) {
  if (DASHBOARD.test(path)) void i18next.loadNamespaces(['dashboard', 'codes']);
}

/** After the sign-in session is known: what the caller reads depends on who it is. */
export function preloadData(path: string, queries: QueryClient) {
  const network = DASHBOARD.exec(path)?.[1];
  if (!network) return;
  void queries.prefetchQuery(networkQuery(network));
  void queries.prefetchQuery(dashboardQuery(network));
  void queries.prefetchQuery(overdueQuery(network));
}

import './cooperation.css';
import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RouteProblem } from '../ui/RouteProblem';

/** The cooperation screens, the public pages and the sign-in callback, each loaded on demand. */
const Board = lazy(() => import('./initiatives/Board'));
const InitiativePage = lazy(() => import('./initiatives/InitiativePage'));
const MeetingList = lazy(() => import('./meetings/MeetingList'));
const MeetingPage = lazy(() => import('./meetings/MeetingPage'));
const ActionItems = lazy(() => import('./actions/ActionItems'));
const Monitoring = lazy(() => import('./monitoring/Monitoring'));
const Consultation = lazy(() => import('./consultation/Consultation'));
const MemberTimeline = lazy(() => import('./timeline/MemberTimeline'));
const PublicShell = lazy(() => import('./public/PublicShell'));
const PublicDashboard = lazy(() => import('./public/PublicDashboard'));
const PublicCity = lazy(() => import('./public/PublicCity'));
export const SignedIn = lazy(() => import('../signin/SignedIn'));

export const cooperationRoutes: RouteObject[] = [
  { path: 'initiatives', element: <Board /> },
  { path: 'initiatives/:id', element: <InitiativePage /> },
  { path: 'meetings', element: <MeetingList /> },
  { path: 'meetings/:id', element: <MeetingPage /> },
  { path: 'action-items', element: <ActionItems /> },
  { path: 'monitoring', element: <Monitoring /> },
  { path: 'plans/:id/monitoring', element: <Monitoring /> },
  { path: 'consultation', element: <Consultation /> },
  { path: 'members/:id/timeline', element: <MemberTimeline /> },
];

/** Pages for anonymous visitors: published data only, no editing chrome, shareable links. */
export const publicRoutes: RouteObject[] = [
  {
    path: '/public/networks/:network',
    element: <PublicShell />,
    errorElement: <RouteProblem />,
    children: [
      { index: true, element: <PublicDashboard /> },
      { path: 'members/:id', element: <PublicCity /> },
    ],
  },
];

import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';
import { Shell } from './ui/Shell';
import { RouteProblem } from './ui/RouteProblem';
import { cooperationRoutes, publicRoutes, SignedIn } from './cooperation/routes';

/**
 * Every screen is a deep link; the server answers any path outside /api with index.html, and
 * this table decides what it shows. Screens load on demand, so the first page carries only
 * what it needs. Other parts of the application add their routes to `extraNetworkRoutes`.
 */
const NetworkList = lazy(() => import('./pages/NetworkList'));
const SignIn = lazy(() => import('./pages/SignIn'));
const NotFound = lazy(() => import('./pages/NotFound'));
const Dashboard = lazy(() => import('./pages/dashboard/Dashboard'));
const NetworkMap = lazy(() => import('./pages/map/NetworkMap'));
const MemberList = lazy(() => import('./pages/members/MemberList'));
const CityProfile = lazy(() => import('./pages/members/CityProfile'));
const MemberForm = lazy(() => import('./pages/members/MemberForm'));
const PartnerList = lazy(() => import('./pages/partners/PartnerList'));
const PartnerProfile = lazy(() => import('./pages/partners/PartnerProfile'));
const PlanList = lazy(() => import('./pages/plans/PlanList'));
const PlanView = lazy(() => import('./pages/plans/PlanView'));
const PlanEditor = lazy(() => import('./pages/plans/editor/PlanEditor'));
const ProjectList = lazy(() => import('./pages/projects/ProjectList'));
const ProjectPage = lazy(() => import('./pages/projects/ProjectPage'));
const OverlapExplorer = lazy(() => import('./pages/overlaps/OverlapExplorer'));

export const extraNetworkRoutes: RouteObject[] = cooperationRoutes;

export const routes: RouteObject[] = [
  {
    element: <Shell />,
    errorElement: <RouteProblem />,
    children: [
      { path: '/', element: <NetworkList /> },
      { path: '/sign-in', element: <SignIn /> },
      { path: '/signed-in', element: <SignedIn /> },
      {
        path: '/networks/:network',
        children: [
          { index: true, element: <Dashboard /> },
          { path: 'sign-in', element: <SignIn /> },
          { path: 'map', element: <NetworkMap /> },
          { path: 'members', element: <MemberList /> },
          { path: 'members/new', element: <MemberForm /> },
          { path: 'members/:id', element: <CityProfile /> },
          { path: 'partners', element: <PartnerList /> },
          { path: 'partners/:id', element: <PartnerProfile /> },
          { path: 'plans', element: <PlanList /> },
          { path: 'plans/new', element: <PlanEditor key="new" /> },
          { path: 'plans/:id', element: <PlanView /> },
          { path: 'plans/:id/edit', element: <PlanEditor /> },
          { path: 'projects', element: <ProjectList /> },
          { path: 'projects/:id', element: <ProjectPage /> },
          { path: 'overlaps', element: <OverlapExplorer /> },
          ...extraNetworkRoutes,
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
  ...publicRoutes,
];

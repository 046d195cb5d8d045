import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { startI18n } from './i18n';
import { startSession } from './signin/session';
import { routes } from './routes';
import { ApiProblem } from './api/problem';
import { subscribeIdentity } from './auth/identity';
import { preloadCode, preloadData, preloadTexts } from './preload';
import './ui/app.css';

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A client's mistake (4xx) does not get better by asking again.
      retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});
// Another identity may read other records (drafts): forget what the previous one read.
subscribeIdentity(() => queries.clear());

// The interface texts and the sign-in session (which may hold a token for this tab) before the first screen.
const path = window.location.pathname;
preloadCode(path);
void Promise.all([
  startI18n().then(() => preloadTexts(path)),
  startSession().then(() => preloadData(path, queries)),
]).then(() => {
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    // Display names come from the server in the reader's language.
    void queries.invalidateQueries();
  });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queries}>
        <RouterProvider router={createBrowserRouter(routes)} />
      </QueryClientProvider>
    </StrictMode>,
  );
});

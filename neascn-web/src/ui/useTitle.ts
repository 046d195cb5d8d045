import { useEffect } from 'react';

/** The document title follows the screen, so that tabs, history and screen readers name it. */
export function useTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} · NEASCN`;
  }, [title]);
}

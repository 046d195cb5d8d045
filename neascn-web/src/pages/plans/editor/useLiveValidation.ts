import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import { ApiProblem } from '../../../api/problem';
import type { Plan } from '../../../api/types';

/**
 * Validation while the user types, by the server's own rules: the draft is checked (never
 * stored) a moment after the last keystroke, and the problem's errors come back by JSON path.
 */
export function useLiveValidation(network: string, body: Plan, enabled: boolean) {
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [problem, setProblem] = useState<ApiProblem>();
  const serialised = JSON.stringify(body);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const { response, error } = await api.POST('/api/v1/networks/{network}/plans/validation', {
          params: { path: { network } },
          body: JSON.parse(serialised) as Plan,
          signal: controller.signal,
        });
        if (response.ok) {
          setErrors(new Map());
          setProblem(undefined);
        } else if (error && typeof error === 'object') {
          const p = new ApiProblem(response.status, error as Record<string, unknown>);
          setProblem(p);
          setErrors(p.byField());
        }
      } catch {
        // An aborted check (the user typed again) or an unreachable server: the save will say.
      }
    }, 450);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [network, serialised, enabled]);
  return { errors, problem };
}

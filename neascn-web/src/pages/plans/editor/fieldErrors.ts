import { createContext, use } from 'react';

/**
 * The server's errors of the body being edited, by JSON path (targets[2].indicators[0].unit).
 * A field shows the errors of its own path and of any path beneath it.
 */
export const FieldErrors = createContext<Map<string, string[]>>(new Map());

export function fieldErrorsOf(errors: Map<string, string[]>, path: string): string[] {
  const out: string[] = [];
  errors.forEach((messages, key) => {
    if (key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`)) out.push(...messages);
  });
  return out;
}

/** React's use() may be called in loops, which the targets' and indicators' fields need. */
export function useFieldErrors(path: string): string[] {
  return fieldErrorsOf(use(FieldErrors), path);
}

/** A stable id for the element that shows a field's errors. */
export function errorId(path: string): string {
  return `err-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

import type { InitiativeStatus } from '../api';

/**
 * The board's columns and the workflow command that leads into each: the buttons and drops
 * name commands, and the server's workflow decides whether they may run (who, from where,
 * sanctions). Suspended and cancelled initiatives stand apart, off the main line.
 */
export const COLUMNS: InitiativeStatus[] = ['PROPOSED', 'ENDORSED', 'IN_PREPARATION', 'SEEKING_FINANCING', 'IN_IMPLEMENTATION', 'COMPLETED'];
export const APART: InitiativeStatus[] = ['SUSPENDED', 'CANCELLED'];

const INTO: Partial<Record<InitiativeStatus, string>> = {
  ENDORSED: 'endorse',
  IN_PREPARATION: 'start-preparation',
  SEEKING_FINANCING: 'seek-financing',
  IN_IMPLEMENTATION: 'start-implementation',
  COMPLETED: 'complete',
};

/** The command that moves an initiative from one column to the next one, if the two are neighbours. */
export function commandBetween(from: InitiativeStatus, to: InitiativeStatus): string | undefined {
  const i = COLUMNS.indexOf(from);
  return i >= 0 && COLUMNS[i + 1] === to ? INTO[to] : undefined;
}

/** The next column of the main line, if there is one. */
export function nextColumn(from: InitiativeStatus): InitiativeStatus | undefined {
  const i = COLUMNS.indexOf(from);
  return i >= 0 ? COLUMNS[i + 1] : undefined;
}

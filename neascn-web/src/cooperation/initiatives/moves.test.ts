import { describe, expect, it } from 'vitest';
import { commandBetween, nextColumn } from './moves';

describe('board moves', () => {
  it('names the workflow command that leads into the next column', () => {
    expect(commandBetween('PROPOSED', 'ENDORSED')).toBe('endorse');
    expect(commandBetween('IN_PREPARATION', 'SEEKING_FINANCING')).toBe('seek-financing');
    expect(commandBetween('IN_IMPLEMENTATION', 'COMPLETED')).toBe('complete');
  });

  it('offers no command for a jump, a move back or a move off the main line', () => {
    expect(commandBetween('PROPOSED', 'IN_PREPARATION')).toBeUndefined();
    expect(commandBetween('ENDORSED', 'PROPOSED')).toBeUndefined();
    expect(commandBetween('SUSPENDED', 'ENDORSED')).toBeUndefined();
    expect(nextColumn('COMPLETED')).toBeUndefined();
    expect(nextColumn('CANCELLED')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { ApiProblem, normalisePath } from './problem';

describe('problem+json', () => {
  it('keeps kind, rule and field errors', () => {
    const problem = new ApiProblem(422, {
      type: 'urn:neascn:problem:validation',
      title: 'The request holds an invalid value',
      status: 422,
      errors: [{ field: 'targets[2].indicators[0].unit', message: 'is required' }],
    });
    expect(problem.kind).toBe('validation');
    expect(problem.byField().get('targets[2].indicators[0].unit')).toEqual(['is required']);
  });

  it('reads a workflow rule', () => {
    const problem = new ApiProblem(409, { type: 'urn:neascn:problem:workflow-conflict', rule: 'scap.edit.under-review', state: 'SUBMITTED' });
    expect(problem.rule).toBe('scap.edit.under-review');
    expect(problem.state).toBe('SUBMITTED');
  });

  it('spells JSON pointers and dotted paths alike', () => {
    expect(normalisePath('/targets/2/indicators/0/unit')).toBe('targets[2].indicators[0].unit');
    expect(normalisePath('$.vision')).toBe('vision');
    expect(normalisePath('vision.texts.ko')).toBe('vision.texts.ko');
  });
});

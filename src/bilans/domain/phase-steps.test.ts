import { describe, expect, it } from 'vitest';
import { abandonedFrom, phaseSteps } from './phase-steps.ts';

const states = (steps: ReturnType<typeof phaseSteps>) => steps.map((s) => `${s.phase}:${s.state}`);

describe('the phase bar', () => {
  it('walks the phases of a running bilan', () => {
    expect(states(phaseSteps('investigation', null))).toEqual([
      'preliminaire:done',
      'investigation:current',
      'conclusion:upcoming',
      'cloture:upcoming',
    ]);
  });

  it('shows an abandoned bilan’s phases reached, the phase it stopped in and the abandonment', () => {
    expect(states(phaseSteps('abandonne', 'investigation'))).toEqual([
      'preliminaire:done',
      'investigation:interrupted',
      'conclusion:not_reached',
      'abandonne:current',
    ]);
    expect(phaseSteps('abandonne', 'preliminaire').some((s) => s.state === 'upcoming')).toBe(false);
  });

  it('finds the phase an abandoned bilan stopped in', () => {
    const history = [
      { from: 'preliminaire' as const, to: 'investigation' as const },
      { from: 'investigation' as const, to: 'abandonne' as const },
    ];
    expect(abandonedFrom('abandonne', history)).toBe('investigation');
    expect(abandonedFrom('investigation', history.slice(0, 1))).toBeNull();
  });
});

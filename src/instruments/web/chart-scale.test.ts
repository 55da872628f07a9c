import { describe, expect, it } from 'vitest';
import { axisTicks, wrapLabel } from './chart-scale.ts';

describe('chart layout helpers', () => {
  it('keeps short labels on one line and wraps long ones on a word, shortening a long rest', () => {
    expect(wrapLabel('Stimulation')).toEqual(['Stimulation']);
    expect(wrapLabel('Autonomie de pensée et d’action')).toEqual(['Autonomie de pensée et', 'd’action']);
    expect(wrapLabel('Capacité à prendre des initiatives et à mobiliser les autres autour de soi', 26)).toEqual([
      'Capacité à prendre des',
      'initiatives et à mobilise…',
    ]);
  });

  it('gives whole-number ticks inside the range, including zero when the range crosses it', () => {
    expect(axisTicks(-1.22, 3.78)).toEqual([-1, 0, 1, 2, 3]);
    expect(axisTicks(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(axisTicks(0, 40)).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40]);
  });
});

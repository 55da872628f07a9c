import { describe, expect, it } from 'vitest';
import { splitPriceTtc } from './vat.ts';

describe('splitPriceTtc', () => {
  it('splits a price TTC into its net and VAT parts, which add up to the price', () => {
    expect(splitPriceTtc(180_000, 2000)).toEqual({ netCents: 150_000, vatCents: 30_000 });
    const odd = splitPriceTtc(159_999, 550);
    expect(odd.netCents + odd.vatCents).toBe(159_999);
    expect(odd.netCents).toBe(151_658);
  });
});

/**
 * The organisation's VAT regime, printed with the price on quotes, contracts and conventions.
 * Vocational training, bilans included, is exempt under article 261-4-4° a du CGI when the
 * provider holds a declaration of activity (and has not opted for VAT); a micro-enterprise may be
 * under the franchise en base (article 293 B du CGI); otherwise VAT is charged at the stored rate.
 * Prices in Sillage are all-taxes-included (TTC).
 */
export const VAT_REGIMES = ['exempt', 'franchise', 'subject'] as const;
export type VatRegime = (typeof VAT_REGIMES)[number];

/** The mention printed under the price when no VAT is charged. */
export const VAT_MENTIONS: Record<Exclude<VatRegime, 'subject'>, string> = {
  exempt: 'TVA non applicable, article 261-4-4° a du CGI',
  franchise: 'TVA non applicable, article 293 B du CGI',
};

/** The net (HT) and VAT parts of a price TTC at a rate in basis points (2000 = 20 %). */
export function splitPriceTtc(priceCents: number, rateBasisPoints: number): { netCents: number; vatCents: number } {
  const netCents = Math.round((priceCents * 10_000) / (10_000 + rateBasisPoints));
  return { netCents, vatCents: priceCents - netCents };
}

/**
 * The BPF's figures for one financial year (Cerfa 10443*17, legal.md BPF-02; decision 051), computed
 * from facts read in one statement (src/bpf/data/bpf-facts.ts). Pure: the year and the facts come in.
 *
 * Definitions (also printed on the page):
 * - **Hours** are accompaniment hours done: séances held in person or remotely and signed by both
 *   the beneficiary and the consultant (the bilan's `accompaniment_done_minutes`), each counted for
 *   its attested time (actual start to actual end, else its planned time). Personal work is not
 *   counted. A séance belongs to the year of its start in France (Europe/Paris).
 * - A bilan spanning two years counts in each year for the hours done in that year; its
 *   beneficiary counts **once per year** in which they had hours (even with two bilans that year,
 *   under the category of the later bilan).
 * - **Frame C**: the bilan's price (TTC, less the VAT when the organisation charges it) spread over
 *   the years in proportion to the hours done in each: hours of the year ÷ hours done in all when
 *   the bilan was completed, ÷ the larger of the hours sold and done otherwise (open or abandoned:
 *   only what was done is income). Sillage holds no invoices: these are estimates to check against
 *   the accounts.
 * - **Frame E**: the consultants who led the counted séances, internal or external as recorded for
 *   the year, with the hours they delivered.
 * - **F-3 line e** and **F-4 NSF 415**: every trainee and hour (Sillage delivers only bilans).
 * - **F-2** and **G** (subcontracting out and in): not modelled, 0.
 * - **Consistency**: F-1 (a–e) = F-3 = F-4 in trainees and hours; a trainee without a category
 *   breaks it, and the BPF cannot be marked filed until it holds.
 */
import type { Financing } from '../../financing/domain/catalog.ts';
import { splitPriceTtc, type VatRegime } from '../../organisation/domain/vat.ts';
import type { Phase } from '../../bilans/domain/phases.ts';
import { BENEFICIARY_CATEGORIES, type BeneficiaryCategory } from './categories.ts';
import { inFiscalYear, type FiscalYear } from './fiscal-year.ts';
import { PAYER_LINES, PAYER_LINE_OF, UNPAID_FINANCING_STATUSES, type PayerLine } from './payer-lines.ts';

export const NSF_CODE = '415';
export const NSF_LABEL =
  'Développement des capacités d’orientation, d’insertion ou de réinsertion sociales et professionnelles';

export interface BilanFact {
  id: string;
  beneficiaryId: string;
  beneficiaryName: string;
  phase: Phase;
  financing: Financing;
  category: BeneficiaryCategory | null;
  createdAt: Date;
  plannedMinutes: number;
  /** The financing record, when there is one. */
  financingStatus: string | null;
  priceCents: number | null;
}

/** A held synchronous séance (any year) of a bilan above. */
export interface SeanceFact {
  bilanId: string;
  consultantId: string;
  /** Its actual start, else its planned start. */
  startedAt: Date;
  minutes: number;
  signedByBoth: boolean;
}

export interface ConsultantFact {
  id: string;
  name: string;
  external: boolean;
}

export interface BpfFacts {
  bilans: readonly BilanFact[];
  seances: readonly SeanceFact[];
  consultants: readonly ConsultantFact[];
  vat: { regime: VatRegime | null; rateBasisPoints: number | null };
}

export interface Count {
  trainees: number;
  minutes: number;
}

export type RevenueGapReason = 'price_missing' | 'not_paid' | 'no_line';

export interface BpfFigures {
  year: FiscalYear;
  frameC: {
    lines: { line: PayerLine; amountCents: number; bilans: number }[];
    totalCents: number;
    /** The organisation's VAT regime is not recorded: amounts are taken as they are (TTC). */
    vatUnknown: boolean;
  };
  frameE: {
    internal: { people: number; minutes: number };
    external: { people: number; minutes: number };
    consultants: { id: string; name: string; external: boolean; minutes: number }[];
  };
  frameF1: { lines: ({ category: BeneficiaryCategory } & Count)[]; missing: Count; total: Count };
  frameF2: Count;
  frameF3e: Count;
  frameF4: { nsf: string } & Count;
  frameG: Count;
  consistent: boolean;
  gaps: {
    missingCategory: { bilanId: string; beneficiaryName: string; financing: Financing; minutes: number }[];
    revenue: { bilanId: string; beneficiaryName: string; financing: Financing; reason: RevenueGapReason }[];
  };
}

const zero = (): Count => ({ trainees: 0, minutes: 0 });

/** The séances that count as accompaniment done (see the definitions above). */
export function countedSeances(seances: readonly SeanceFact[]): SeanceFact[] {
  return seances.filter((s) => s.signedByBoth && s.minutes > 0);
}

/** The share of a bilan's price that is income of the year, in cents TTC. */
export function revenueShareCents(
  bilan: Pick<BilanFact, 'phase' | 'plannedMinutes'> & { priceCents: number },
  minutesInYear: number,
  minutesInAll: number,
): number {
  if (minutesInYear <= 0) return 0;
  const denominator = bilan.phase === 'cloture' ? minutesInAll : Math.max(bilan.plannedMinutes, minutesInAll);
  if (denominator <= 0) return 0;
  return Math.round((bilan.priceCents * minutesInYear) / denominator);
}

function netOfVat(cents: number, vat: BpfFacts['vat']): number {
  if (vat.regime !== 'subject' || vat.rateBasisPoints === null) return cents;
  return splitPriceTtc(cents, vat.rateBasisPoints).netCents;
}

export function computeBpf(year: FiscalYear, facts: BpfFacts): BpfFigures {
  const counted = countedSeances(facts.seances);
  const inYear = counted.filter((s) => inFiscalYear(s.startedAt, year));
  const minutesAll = new Map<string, number>();
  for (const s of counted) minutesAll.set(s.bilanId, (minutesAll.get(s.bilanId) ?? 0) + s.minutes);
  const minutesYear = new Map<string, number>();
  for (const s of inYear) minutesYear.set(s.bilanId, (minutesYear.get(s.bilanId) ?? 0) + s.minutes);
  const bilansInYear = facts.bilans.filter((b) => (minutesYear.get(b.id) ?? 0) > 0);

  // Frame C.
  const amounts = new Map<PayerLine, { amountCents: number; bilans: number }>();
  const revenueGaps: BpfFigures['gaps']['revenue'] = [];
  for (const b of bilansInYear) {
    const gap = (reason: RevenueGapReason) =>
      revenueGaps.push({ bilanId: b.id, beneficiaryName: b.beneficiaryName, financing: b.financing, reason });
    const line = PAYER_LINE_OF[b.financing] ?? null;
    if (line === null) gap('no_line');
    else if (b.financingStatus !== null && UNPAID_FINANCING_STATUSES.includes(b.financingStatus)) gap('not_paid');
    else if (b.priceCents === null) gap('price_missing');
    else {
      const ttc = revenueShareCents({ ...b, priceCents: b.priceCents }, minutesYear.get(b.id)!, minutesAll.get(b.id)!);
      const entry = amounts.get(line) ?? { amountCents: 0, bilans: 0 };
      entry.amountCents += netOfVat(ttc, facts.vat);
      entry.bilans += 1;
      amounts.set(line, entry);
    }
  }
  const cLines = PAYER_LINES.map((line) => ({ line, ...(amounts.get(line) ?? { amountCents: 0, bilans: 0 }) }));

  // Frame E.
  const byConsultant = new Map<string, number>();
  for (const s of inYear) byConsultant.set(s.consultantId, (byConsultant.get(s.consultantId) ?? 0) + s.minutes);
  const consultantFacts = new Map(facts.consultants.map((c) => [c.id, c]));
  const consultants = [...byConsultant]
    .map(([id, minutes]) => {
      const c = consultantFacts.get(id);
      return { id, name: c?.name ?? 'Consultant·e', external: c?.external ?? false, minutes };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const side = (external: boolean) => {
    const them = consultants.filter((c) => c.external === external);
    return { people: them.length, minutes: them.reduce((n, c) => n + c.minutes, 0) };
  };

  // Frames F: one trainee per beneficiary and year, under the category of their later bilan.
  const trainees = new Map<string, { bilan: BilanFact; minutes: number }>();
  for (const b of bilansInYear) {
    const minutes = minutesYear.get(b.id)!;
    const seen = trainees.get(b.beneficiaryId);
    if (!seen) trainees.set(b.beneficiaryId, { bilan: b, minutes });
    else
      trainees.set(b.beneficiaryId, {
        bilan: b.createdAt > seen.bilan.createdAt ? b : seen.bilan,
        minutes: seen.minutes + minutes,
      });
  }
  const f1 = new Map<BeneficiaryCategory, Count>(BENEFICIARY_CATEGORIES.map((c) => [c, zero()]));
  const missing = zero();
  const all = zero();
  for (const { bilan, minutes } of trainees.values()) {
    const count = bilan.category ? f1.get(bilan.category)! : missing;
    count.trainees += 1;
    count.minutes += minutes;
    all.trainees += 1;
    all.minutes += minutes;
  }
  const f1Lines = BENEFICIARY_CATEGORIES.map((category) => ({ category, ...f1.get(category)! }));
  const f1Total = f1Lines.reduce(
    (t, l) => ({ trainees: t.trainees + l.trainees, minutes: t.minutes + l.minutes }),
    zero(),
  );
  const missingCategory = bilansInYear
    .filter((b) => b.category === null)
    .map((b) => ({
      bilanId: b.id,
      beneficiaryName: b.beneficiaryName,
      financing: b.financing,
      minutes: minutesYear.get(b.id)!,
    }));

  return {
    year,
    frameC: {
      lines: cLines,
      totalCents: cLines.reduce((n, l) => n + l.amountCents, 0),
      vatUnknown: facts.vat.regime === null,
    },
    frameE: { internal: side(false), external: side(true), consultants },
    frameF1: { lines: f1Lines, missing, total: f1Total },
    frameF2: zero(),
    frameF3e: { ...all },
    frameF4: { nsf: NSF_CODE, ...all },
    frameG: zero(),
    consistent: totalsAgree(f1Total, all, all),
    gaps: { missingCategory, revenue: revenueGaps },
  };
}

/** BPF-02's consistency check: F-1 = F-3 = F-4, in trainees and in hours. */
export function totalsAgree(f1: Count, f3: Count, f4: Count): boolean {
  return (
    f1.trainees === f3.trainees && f3.trainees === f4.trainees && f1.minutes === f3.minutes && f3.minutes === f4.minutes
  );
}

/** Hours with two decimals, French comma: 90 minutes → « 1,50 ». */
export function hoursFr(minutes: number): string {
  return (minutes / 60).toFixed(2).replace('.', ',');
}

/** Euros with two decimals, French comma, no thousands separator (for the CSV): « 1234,56 ». */
export function eurosPlainFr(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

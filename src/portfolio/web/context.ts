/**
 * What every part of the portfolio workspace shares: the bilan, whether changes are still
 * possible, who looks (the beneficiary or the consultant: the words change), the portfolio as
 * last read, and the way to read it again after a change.
 */
import { createContext, useContext } from 'react';
import type { PortfolioView } from '../contracts/schemas.ts';

export type Viewer = 'beneficiary' | 'consultant';

export interface PortfolioContextValue {
  bilanId: string;
  /** False once the bilan has ended: everything reads, nothing changes. */
  editable: boolean;
  viewer: Viewer;
  portfolio: PortfolioView;
  /** Reads the portfolio again (after a change). */
  refresh: () => Promise<unknown>;
}

export const PortfolioContext = createContext<PortfolioContextValue | null>(null);

export function usePortfolio(): PortfolioContextValue {
  const value = useContext(PortfolioContext);
  if (!value) throw new Error('usePortfolio outside PortfolioWorkspace');
  return value;
}

export { focusLater } from '../../ui/Page.tsx';

/** « Ajouté par Claire Dubois le 6 décembre 2026 à 17:45 », or « Modifié par … ». */
export function authorship(
  item: {
    revision: number;
    createdBy: { name: string };
    updatedBy: { name: string };
    updatedAt: string;
  },
  format: (iso: string) => string,
): string {
  return `${item.revision > 1 ? 'Modifié' : 'Ajouté'} par ${item.updatedBy.name} le ${format(item.updatedAt)}`;
}

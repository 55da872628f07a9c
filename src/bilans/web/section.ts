import type { BilanDetail } from '../contracts/schemas.ts';

/**
 * Every section of the consultant's bilan page gets the bilan and reports a change with a message.
 * The page only shows the message: the section invalidates the queries its change affects.
 */
export interface BilanSectionProps {
  bilan: BilanDetail;
  onChanged: (message: string) => void;
}

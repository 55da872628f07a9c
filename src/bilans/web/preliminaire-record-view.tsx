/**
 * The préliminaire record, read-only: on the beneficiary's home (it is written with them and is
 * part of their bilan) and on the consultant's page once the bilan has left the préliminaire.
 */
import type { ChecklistView } from '../contracts/checklists.ts';

export function PreliminaireRecordView({
  record,
  own = false,
}: {
  record: ChecklistView['record'];
  /** On the beneficiary's home: a section of its own, addressed to them. */
  own?: boolean;
}) {
  const Heading = own ? 'h2' : 'h3';
  const rows: [string, string][] = [
    ['Analyse de la demande et du besoin', record.needAnalysis],
    ['Format retenu', record.format],
    ['Modalités de déroulement convenues', record.modalities],
  ];
  return (
    <section aria-labelledby="compte-rendu-preliminaire">
      <Heading id="compte-rendu-preliminaire">Compte rendu de la phase préliminaire</Heading>
      {own ? <p>Ce que vous avez défini avec votre consultant·e au début du bilan.</p> : null}
      <dl className="facts">
        {rows.map(([label, text]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="message-body">{text.trim() ? text : 'Non renseigné'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

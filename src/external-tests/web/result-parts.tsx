/** Pieces of an external test result shown to the consultant and to the beneficiary: code and scores, the report's link. */
import type { ExternalTestView } from '../contracts/schemas.ts';
import { formatFileSize, formatScoreValue } from '../contracts/schemas.ts';

export function ScoreSummary({ result }: { result: ExternalTestView }) {
  return (
    <>
      {result.code ? (
        <p className="result-code">
          Code{'\u00a0'}: <strong>{result.code}</strong>
        </p>
      ) : null}
      {result.scores.length > 0 ? (
        <ul className="score-list">
          {result.scores.map((s, i) => (
            <li key={i}>
              {s.label}
              {'\u00a0'}: <strong>{formatScoreValue(s.value)}</strong>
              {s.unit ? ` ${s.unit}` : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** A download link that says what it gives (format and size) and for which test. */
export function ReportLink({ result, text = 'Rapport de l’éditeur' }: { result: ExternalTestView; text?: string }) {
  if (!result.report) return <span className="muted">Aucun rapport joint</span>;
  return (
    <a href={result.report.url} download={result.report.fileName}>
      {text}
      <span className="visually-hidden"> : {result.testName}</span> (PDF, {formatFileSize(result.report.size)})
    </a>
  );
}

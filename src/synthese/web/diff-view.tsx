/**
 * The visible difference between a version and the one before it (decision 043), section by
 * section: words added in <ins>, words removed in <del>, each announced by a visually hidden
 * « ajouté : » / « supprimé : » and its end, so that the change is not said by colour (nor
 * strike-through) alone. Unchanged sections are listed by name only.
 */
import type { DiffPart, SyntheseSectionDiff } from '../contracts/schemas.ts';
import { changeSummary, changedSections } from './view-model.ts';

export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <p className="synthese-diff-text">
      {parts.map((part, index) =>
        part.op === 'equal' ? (
          <span key={index}>{part.text}</span>
        ) : part.op === 'insert' ? (
          <ins key={index}>
            <span className="visually-hidden">[ajouté : </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={index}>
            <span className="visually-hidden">[supprimé : </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </del>
        ),
      )}
    </p>
  );
}

export function VersionDiff({
  diff,
  fromNumber,
  toNumber,
  headingLevel,
}: {
  diff: readonly SyntheseSectionDiff[];
  fromNumber: number;
  toNumber: number;
  headingLevel: 3 | 4;
}) {
  const changed = changedSections(diff);
  const unchanged = diff.filter((s) => !s.changed);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const Sub = headingLevel === 3 ? 'h4' : 'h5';
  return (
    <div className="synthese-diff">
      <Heading>
        Ce qui a changé de la version {fromNumber} à la version {toNumber}
      </Heading>
      <p className="muted">
        {changeSummary(diff)}. <span className="synthese-legend-ins">Texte ajouté</span> (souligné),{' '}
        <span className="synthese-legend-del">texte supprimé</span> (barré).
      </p>
      {changed.map((section) => (
        <div key={section.key} className="synthese-diff-section">
          <Sub>{section.heading}</Sub>
          <DiffText parts={section.parts} />
        </div>
      ))}
      {unchanged.length > 0 ? (
        <p className="muted">Sans changement : {unchanged.map((s) => s.heading).join(' ; ')}.</p>
      ) : null}
    </div>
  );
}

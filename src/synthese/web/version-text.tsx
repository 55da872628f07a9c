/**
 * A published version as read: its sections in the document's order, each as paragraphs, with
 * what the caller adds under each section (the comments, « Commenter cette partie »).
 */
import type { ReactNode } from 'react';
import type { SyntheseSectionKey, SyntheseVersionView } from '../contracts/schemas.ts';
import { paragraphs } from './view-model.ts';

export function VersionText({
  version,
  headingLevel,
  after,
  hideEmpty = false,
}: {
  version: SyntheseVersionView;
  /** Leaves out the parts not written (as the PDF does): the beneficiary's reading. */
  hideEmpty?: boolean;
  headingLevel: 3 | 4;
  after?: (key: SyntheseSectionKey, heading: string, written: boolean) => ReactNode;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="synthese-version-text">
      {version.sections.map((section) => {
        const paras = paragraphs(section.text);
        if (hideEmpty && paras.length === 0) return null;
        return (
          <section key={section.key} className="synthese-read" aria-labelledby={`v${version.number}-${section.key}`}>
            <Heading id={`v${version.number}-${section.key}`}>{section.heading}</Heading>
            {paras.length === 0 ? (
              <p className="muted">Cette partie n’est pas encore rédigée.</p>
            ) : (
              paras.map((p, index) => (
                <p key={index} className="synthese-prose">
                  {p}
                </p>
              ))
            )}
            {after?.(section.key, section.heading, paras.length > 0)}
          </section>
        );
      })}
    </div>
  );
}

/**
 * What the synthesis's screens compute from the view, pure (tested in view-model.test.ts): the
 * paragraphs of a text, the comments waiting for an answer, the number of the next version, the
 * sections a version changed, and the French counts shown in badges and headings.
 */
import type {
  SyntheseCommentView,
  SyntheseDraftSectionView,
  SyntheseSectionDiff,
  SyntheseSectionKey,
  SyntheseVersionView,
} from '../contracts/schemas.ts';

/** The paragraphs of a written text: split on blank lines, each trimmed, empty ones dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** « 1 commentaire », « 2 commentaires », « aucun commentaire ». */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  if (n === 0) return `aucun ${singular}`;
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The comments of every version not answered yet, oldest first. */
export function unansweredComments(versions: readonly SyntheseVersionView[]): SyntheseCommentView[] {
  return versions
    .flatMap((v) => v.comments)
    .filter((c) => c.answer === null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The comments of a version on one section, oldest first. */
export function commentsOn(version: SyntheseVersionView, key: SyntheseSectionKey): SyntheseCommentView[] {
  return version.comments.filter((c) => c.sectionKey === key).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The comments on one section across every version, oldest first (answers stay under their comment). */
export function commentsOnEveryVersion(
  versions: readonly SyntheseVersionView[],
  key: SyntheseSectionKey,
): SyntheseCommentView[] {
  return versions
    .flatMap((v) => v.comments)
    .filter((c) => c.sectionKey === key)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The number the next published version will carry (versions are newest first). */
export function nextVersionNumber(versions: readonly SyntheseVersionView[]): number {
  return versions.reduce((max, v) => Math.max(max, v.number), 0) + 1;
}

/** The revisions the consultant sees, sent with « Publier » so that what is published is what was read. */
export function revisionsOf(draft: readonly SyntheseDraftSectionView[]): Partial<Record<SyntheseSectionKey, number>> {
  return Object.fromEntries(draft.map((s) => [s.key, s.revision]));
}

/** True when some section of the draft differs from the latest published version. */
export function hasUnpublishedChanges(draft: readonly SyntheseDraftSectionView[]): boolean {
  return draft.some((s) => s.changedSincePublished);
}

/** The pre-filled passages still waiting for the consultant's decision. */
export function pendingProposals(section: SyntheseDraftSectionView) {
  return section.proposals.filter((p) => p.status === 'pending');
}

/** The sections a version changed from the one before it (all of them for the first version). */
export function changedSections(diff: readonly SyntheseSectionDiff[]): SyntheseSectionDiff[] {
  return diff.filter((s) => s.changed);
}

/** « 2 parties modifiées sur 7 », « Aucune partie modifiée ». */
export function changeSummary(diff: readonly SyntheseSectionDiff[]): string {
  const changed = changedSections(diff).length;
  if (changed === 0) return 'Aucune partie modifiée';
  return `${changed} ${changed === 1 ? 'partie modifiée' : 'parties modifiées'} sur ${diff.length}`;
}

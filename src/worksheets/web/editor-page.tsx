/**
 * The worksheet editor (`/consultant/cahiers/:id`): title and introduction, sections, questions of
 * every type with their settings, all keyboard-operable. Every change is kept at once in this
 * browser (worksheet-editor/storage.ts), so a reload or another page loses nothing; saving sends
 * `{ version, definition }` and makes the next version, or puts the engine's French messages next
 * to their fields; a version saved elsewhere in the meantime (409) offers to reload or overwrite.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { QUESTION_TYPE_LABELS, type QuestionType } from '../../questionnaires/contracts/schemas.ts';
import { type LibraryWorksheet } from '../contracts/schemas.ts';
import { ApiError, call } from '../../ui/api.ts';
import { worksheetEndpoints } from '../contracts/endpoints.ts';
import { worksheetKeys } from './query-keys.ts';
import { ErrorSummary, fieldId } from '../../ui/Form.tsx';
import { Loading, Notice } from '../../ui/Feedback.tsx';
import { Page, useReportPageErrors } from '../../ui/Page.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { EditorContext, TextBox, TextInput, type EditorTools } from './editor/controls.tsx';
import {
  adoptIds,
  definitionOf,
  draftFrom,
  moved,
  newQuestion,
  newSection,
  numbered,
  withIds,
  type Draft,
  type DraftQuestion,
  type DraftSection,
} from './editor/draft.ts';
import { TOP_FIELDS, errorsForDraft, names } from './editor/fields.ts';
import { SectionEditor, addTypeName } from './editor/SectionEditor.tsx';
import { useWorksheetDrafts } from './editor/storage.ts';
import { useLibraryWorksheet, WorksheetNotFound } from './load-worksheet.tsx';
import './editor/editor.css';

const canonical = (draft: Draft) => JSON.stringify(definitionOf(draft));

interface EditorErrors {
  message: string;
  fields: Record<string, string>;
  labels: Record<string, string>;
}

type Status = 'idle' | 'saving' | 'saved' | 'nochange';

/** Tells the page (title « Erreur – … ») whether the form shows errors; must sit inside <Page>. */
function ReportErrors({ shown }: { shown: boolean }) {
  const report = useReportPageErrors();
  useEffect(() => {
    report(shown);
    return () => report(false);
  }, [shown, report]);
  return null;
}

function Editor({ worksheet, reload }: { worksheet: LibraryWorksheet; reload: () => Promise<void> }) {
  const id = worksheet.id;
  const { readDraft, writeDraft, forgetDraft } = useWorksheetDrafts();
  const location = useLocation();
  const client = useQueryClient();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [savedDraft] = useState(() => draftFrom(worksheet.definition));
  const [restored] = useState(() => {
    const stored = readDraft(id);
    if (stored && canonical(stored.draft) !== canonical(savedDraft)) return stored;
    if (stored) forgetDraft(id);
    return null;
  });
  const [draft, setDraft] = useState<Draft>(restored?.draft ?? savedDraft);
  const latest = useRef(draft);
  const [baseVersion, setBaseVersion] = useState(restored?.baseVersion ?? worksheet.version);
  const [saved, setSaved] = useState({
    version: worksheet.version,
    title: worksheet.definition.title,
    updatedAt: worksheet.updatedAt,
  });
  const [pristine, setPristine] = useState(() => canonical(savedDraft));
  const [errors, setErrors] = useState<EditorErrors | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [conflict, setConflict] = useState<number | null>(null);
  const [storageFailed, setStorageFailed] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const dirty = useMemo(() => canonical(draft) !== pristine, [draft, pristine]);
  // One object per answer of the server: the summary takes focus each time it receives a new one.
  const summary = useMemo(() => (errors ? { message: errors.message, fields: errors.fields } : null), [errors]);

  /** Every change: on screen, and kept in this browser until it is saved. */
  const update = useCallback(
    (next: Draft) => {
      latest.current = next;
      setDraft(next);
      if (status !== 'idle' && status !== 'saving') setStatus('idle');
      if (canonical(next) === pristine) forgetDraft(id);
      else setStorageFailed(!writeDraft(id, { baseVersion, draft: next, editedAt: new Date().toISOString() }));
    },
    [id, baseVersion, pristine, status],
  );

  const tools = useMemo<EditorTools>(
    () => ({
      errorOf: (name) => errors?.fields[name],
      focusLater: (domId) => requestAnimationFrame(() => document.getElementById(domId)?.focus()),
      announce: (text) => setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text)),
    }),
    [errors],
  );

  const save = async (version = baseVersion) => {
    if (status === 'saving') return;
    if (!dirty && version === saved.version) {
      setStatus('nochange');
      return;
    }
    const sent = latest.current;
    setStatus('saving');
    setConflict(null);
    try {
      const result = await call(worksheetEndpoints.update, {
        params: { id },
        body: { version, definition: definitionOf(sent) },
      });
      const named = withIds(sent);
      const nowPristine = canonical(named);
      const next = adoptIds(latest.current, named);
      latest.current = next;
      setDraft(next);
      setPristine(nowPristine);
      setBaseVersion(result.version);
      setSaved({ version: result.version, title: named.title, updatedAt: new Date().toISOString() });
      if (canonical(next) === nowPristine) forgetDraft(id);
      else writeDraft(id, { baseVersion: result.version, draft: next, editedAt: new Date().toISOString() });
      setErrors(null);
      setStatus('saved');
      void client.invalidateQueries({ queryKey: worksheetKeys.library });
      void client.invalidateQueries({ queryKey: worksheetKeys.worksheet(id) });
    } catch (error) {
      setStatus('idle');
      if (error instanceof ApiError && error.code === 'validation_failed') {
        setErrors({ message: error.message, ...errorsForDraft(error.fields, sent) });
      } else if (error instanceof ApiError && error.code === 'questionnaire_changed') {
        const current = await call(worksheetEndpoints.show, { params: { id } }).catch(() => null);
        setErrors(null);
        setConflict(current?.version ?? saved.version + 1);
      } else {
        setErrors({
          message:
            error instanceof ApiError
              ? error.message
              : 'L’enregistrement n’a pas abouti. Vos modifications restent sur cet appareil ; réessayez dans un instant.',
          fields: {},
          labels: {},
        });
      }
    }
  };

  // ——— Sections and questions ———
  const sections = draft.sections;
  const setSections = (next: DraftSection[]) => update({ ...draft, sections: next });
  const all = numbered(draft);
  const numberOf = (key: string) => all.find((e) => e.question.key === key)?.number ?? 0;
  const others = all.map((e) => ({ id: e.question.id, number: e.number, question: e.question }));

  const addSection = () => {
    const s = newSection();
    tools.focusLater(fieldId(names.section(s, 'title')));
    setSections([...sections, s]);
    tools.announce(`Section ${sections.length + 1} ajoutée.`);
  };

  const sectionActions = (si: number) => {
    const section = sections[si]!;
    const setQuestions = (questions: DraftQuestion[]) =>
      setSections(sections.map((s, i) => (i === si ? { ...s, questions } : s)));
    return {
      change: (next: DraftSection) => setSections(sections.map((s, i) => (i === si ? next : s))),
      move: (delta: -1 | 1) => {
        const headingId = fieldId(names.section(section, 'heading'));
        const target = si + delta;
        const again = delta === -1 ? target > 0 : target < sections.length - 1;
        tools.focusLater(`${headingId}-${(delta === -1) === again ? 'monter' : 'descendre'}`);
        setSections(moved(sections, si, delta));
        tools.announce(`Section déplacée : elle est maintenant la section ${target + 1}.`);
      },
      remove: () => {
        const next = sections.filter((_, i) => i !== si);
        const focus = next[si] ?? next[si - 1];
        tools.focusLater(focus ? fieldId(names.section(focus, 'heading')) : 'ajouter-section');
        setSections(next);
        tools.announce(`Section ${si + 1} supprimée.`);
      },
      addQuestion: (type: QuestionType) => {
        const q = newQuestion(type);
        tools.focusLater(fieldId(names.field(q, 'label')));
        setQuestions([...section.questions, q]);
        const number = all.filter((e) => e.sectionIndex <= si).length + 1;
        tools.announce(`Question ${number} ajoutée : ${QUESTION_TYPE_LABELS[type]}.`);
      },
      changeQuestion: (index: number, q: DraftQuestion) =>
        setQuestions(section.questions.map((x, i) => (i === index ? q : x))),
      moveQuestion: (index: number, delta: -1 | 1) => {
        const q = section.questions[index]!;
        let next: DraftSection[];
        let place: { si: number; index: number };
        if ((delta === -1 && index > 0) || (delta === 1 && index < section.questions.length - 1)) {
          next = sections.map((s, i) => (i === si ? { ...s, questions: moved(s.questions, index, delta) } : s));
          place = { si, index: index + delta };
        } else {
          // Across sections: to the end of the section above, or the start of the one below.
          const ti = si + delta;
          const target = sections[ti];
          if (!target) return;
          next = sections.map((s, i) => {
            if (i === si) return { ...s, questions: s.questions.filter((x) => x.key !== q.key) };
            if (i === ti) return { ...s, questions: delta === -1 ? [...s.questions, q] : [q, ...s.questions] };
            return s;
          });
          place = { si: ti, index: delta === -1 ? target.questions.length : 0 };
        }
        const canUp = place.si > 0 || place.index > 0;
        const canDown = place.si < next.length - 1 || place.index < next[place.si]!.questions.length - 1;
        const again = delta === -1 ? canUp : canDown;
        tools.focusLater(`${fieldId(names.question(q))}-${(delta === -1) === again ? 'monter' : 'descendre'}`);
        setSections(next);
        const number = numbered({ ...draft, sections: next }).find((e) => e.question.key === q.key)?.number ?? 0;
        tools.announce(
          `Question déplacée : elle est maintenant la question ${number}${place.si !== si ? `, dans la section ${place.si + 1}` : ''}.`,
        );
      },
      removeQuestion: (index: number) => {
        const number = numberOf(section.questions[index]!.key);
        const rest = section.questions.filter((_, i) => i !== index);
        const focus = rest[index] ?? rest[index - 1];
        tools.focusLater(fieldId(focus ? names.question(focus) : addTypeName(section)));
        setQuestions(rest);
        tools.announce(`Question ${number} supprimée.`);
      },
    };
  };

  const statusText =
    status === 'saving'
      ? 'Enregistrement en cours…'
      : dirty
        ? 'Modifications non enregistrées : elles restent sur cet appareil jusqu’à l’enregistrement.'
        : status === 'saved'
          ? `Version ${saved.version} enregistrée. Les cahiers déjà proposés gardent la version qu’ils ont reçue ; la version ${saved.version} sera celle des prochains envois.`
          : status === 'nochange'
            ? `Aucune modification à enregistrer : la version ${saved.version} est à jour.`
            : `Version ${saved.version} enregistrée le ${formatDateTime(saved.updatedAt)}.`;
  const saveLabel = `Enregistrer la version ${saved.version + 1}`;
  const preview = `/consultant/cahiers/${id}/apercu`;

  return (
    <Page
      title={`Modifier le cahier « ${saved.title} »`}
      intro={
        <p>
          {worksheet.basedOnTitle ? <>D’après le modèle « {worksheet.basedOnTitle} ». </> : null}
          Chaque enregistrement crée une nouvelle version ; les cahiers déjà proposés à des bénéficiaires gardent la
          version qu’ils ont reçue.
        </p>
      }
    >
      <ReportErrors shown={errors !== null} />
      <EditorContext.Provider value={tools}>
        {created && saved.version === 1 ? (
          <Notice tone="success">
            <p>
              Votre copie est créée (version 1). Adaptez-la, puis enregistrez : elle sera proposée telle quelle aux
              bénéficiaires.
            </p>
          </Notice>
        ) : null}
        {restored ? (
          <Notice tone="warning">
            <p>
              Vos modifications non enregistrées du {formatDateTime(restored.editedAt)} ont été retrouvées sur cet
              appareil.
            </p>
            <p>
              <button type="button" className="button secondary small" onClick={() => void reload()}>
                Abandonner ces modifications
              </button>
            </p>
          </Notice>
        ) : null}
        {storageFailed ? (
          <div role="alert" className="notice notice-warning">
            <p>Ce navigateur ne peut pas garder vos modifications : enregistrez avant de quitter la page.</p>
          </div>
        ) : null}
        {conflict !== null ? (
          <div role="alert" className="notice notice-error conflict">
            <p>
              <strong>Ce cahier a été modifié ailleurs</strong> (dans un autre onglet, par exemple) : la version
              enregistrée est maintenant la version {conflict}. Vos modifications n’ont pas été enregistrées ; elles
              restent sur cet appareil.
            </p>
            <div className="button-row">
              <button type="button" className="button secondary" onClick={() => void reload()}>
                Recharger la version {conflict} (mes modifications seront perdues)
              </button>
              <button type="button" className="button primary" onClick={() => void save(conflict)}>
                Enregistrer mes modifications par-dessus
              </button>
            </div>
          </div>
        ) : null}
        <div className="editor-bar">
          <p
            role="status"
            className={`save-status${dirty ? ' save-pending' : status === 'saved' ? ' save-saved' : ''}`}
          >
            {statusText}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              aria-disabled={status === 'saving' || undefined}
              onClick={() => void save()}
            >
              {saveLabel}
            </button>
            <Link className="button secondary" to={preview}>
              Aperçu
            </Link>
            <Link className="button secondary" to="/consultant/cahiers">
              Retour aux cahiers
            </Link>
          </div>
        </div>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        <form className="worksheet-editor" noValidate onSubmit={(e) => e.preventDefault()}>
          {errors && summary ? <ErrorSummary errors={summary} labels={errors.labels} /> : null}
          <p className="form-note">Tous les champs sont obligatoires, sauf mention contraire.</p>
          <section aria-labelledby="presentation" className="editor-section">
            <h2 id="presentation">Présentation</h2>
            <TextInput
              name="title"
              label={TOP_FIELDS.title}
              value={draft.title}
              onChange={(title) => update({ ...draft, title })}
            />
            <TextBox
              name="intro"
              label={TOP_FIELDS.intro}
              hint="Ce que la ou le bénéficiaire lit avant de commencer."
              rows={4}
              value={draft.intro}
              onChange={(intro) => update({ ...draft, intro })}
            />
            <TextInput
              name="estimatedMinutes"
              label={TOP_FIELDS.estimatedMinutes}
              optional
              numeric
              value={draft.estimatedMinutes}
              onChange={(estimatedMinutes) => update({ ...draft, estimatedMinutes })}
            />
          </section>
          {errors?.fields.sections ? (
            <p className="field-error" id={fieldId('sections')} tabIndex={-1}>
              <span className="visually-hidden">Erreur : </span>
              {errors.fields.sections}
            </p>
          ) : null}
          {sections.map((section, si) => (
            <SectionEditor
              key={section.key}
              section={section}
              index={si}
              count={sections.length}
              firstNumber={all.filter((e) => e.sectionIndex < si).length + 1}
              isFirst={si === 0}
              isLast={si === sections.length - 1}
              others={others}
              actions={sectionActions(si)}
            />
          ))}
          <p>
            <button type="button" id="ajouter-section" className="button secondary" onClick={addSection}>
              Ajouter une section
            </button>
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button primary"
              aria-disabled={status === 'saving' || undefined}
              onClick={() => void save()}
            >
              {saveLabel}
            </button>
            <Link to={preview}>Voir l’aperçu</Link>
            <span className="hint" aria-hidden="true">
              {status === 'saving'
                ? 'Enregistrement en cours…'
                : dirty
                  ? 'Modifications non enregistrées.'
                  : `Version ${saved.version} enregistrée.`}
            </span>
          </div>
        </form>
      </EditorContext.Provider>
    </Page>
  );
}

export function WorksheetEditorPage() {
  const { id = '' } = useParams();
  const { forgetDraft } = useWorksheetDrafts();
  const [generation, setGeneration] = useState(0);
  const worksheet = useLibraryWorksheet(id);
  if (worksheet.isPending)
    return (
      <Page title="Cahier d’étape">
        <Loading />
      </Page>
    );
  if (worksheet.isError) return <WorksheetNotFound error={worksheet.error} />;
  const reload = async () => {
    forgetDraft(id);
    await worksheet.refetch();
    setGeneration((g) => g + 1);
  };
  return <Editor key={`${id}:${generation}`} worksheet={worksheet.data} reload={reload} />;
}

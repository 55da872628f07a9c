/**
 * The beneficiary answers an assigned worksheet or instrument, one part (section) per screen:
 * « Partie 2 sur 5 » with a progress bar, « Précédent » / « Suivant », the part in the address
 * (?partie=2, so a reload or the back button keeps it; the focus goes to the part's heading).
 * Runs of statements on one scale show as a grid on a wide screen (LikertGrid.tsx); card sorts as
 * cards (CardSort.tsx). Autosave says « Enregistré à 10 h 42 » and never loses a character
 * (autosave.ts). A last screen lists what is still to answer, with links, then « Envoyer mes
 * réponses » asks for confirmation in a dialog (SendDialog.tsx). Once submitted: the answers, the
 * consultant's comments and, for an instrument, the report. Once the bilan has ended: read only.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { z } from 'zod';
import { visibleQuestionIds, computeProgress, type AssignmentDetail } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { questionnaireEndpoints } from '../contracts/endpoints.ts';
import { questionnaireKeys } from './query-keys.ts';
import { formatDate, formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { useSubmit } from '../../ui/Form.tsx';
import { validateSubmission } from '../domain/validate-submission.ts';
import { QuestionField, answerText, questionDomId, type Answers } from './QuestionField.tsx';
import { saveStatusText, useAutosave } from './autosave.ts';
import { LikertGrid, blocksOf, useWideScreen } from './LikertGrid.tsx';
import { SendDialog } from './SendDialog.tsx';
import './questionnaire.css';
import { ReportView } from '../../instruments/web/Report.tsx';
import { FeedbackSection } from '../../feedback/web/beneficiary-feedback.tsx';

const SOFT_SKILLS_ID = 'savoir-etre';

function Comments({ detail, questionId }: { detail: AssignmentDetail; questionId: string }) {
  const comments = detail.comments.filter((c) => c.questionId === questionId);
  if (comments.length === 0) return null;
  return (
    <div className="comments">
      <p className="comments-title">Commentaire de votre consultant·e :</p>
      <ul>
        {comments.map((c) => (
          <li key={c.id}>
            <span className="answer-text">{c.body}</span>{' '}
            <span className="hint">
              ({c.authorName}, {formatDateTime(c.createdAt)})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The sections the person sees (a section whose questions are all hidden is skipped). */
function partsOf(definition: AssignmentDetail['definition'], answers: Answers) {
  const visible = visibleQuestionIds(definition, answers);
  return definition.sections
    .map((section) => ({ section, questions: section.questions.filter((q) => visible.has(q.id)) }))
    .filter((part) => part.questions.length > 0);
}

const REVIEW = 'envoi';
const partSearch = (target: number | typeof REVIEW) => `?partie=${target}`;

function Answering({ detail }: { detail: AssignmentDetail }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const wide = useWideScreen();
  const { answers, setAnswer, status, savedAt, fieldErrors, message, flush, current, forget } = useAutosave(
    detail.id,
    detail.version,
    detail.answers,
    true,
  );
  const definition = detail.definition;
  const parts = partsOf(definition, answers);
  const progress = computeProgress(definition, answers);
  const raw = params.get('partie');
  const asked = Number(raw);
  const review = raw === REVIEW;
  const index = review ? parts.length : Number.isInteger(asked) && asked >= 1 && asked <= parts.length ? asked - 1 : 0;
  const part = review ? undefined : parts[index];
  const labels: Record<string, string> = {};
  const partOfQuestion: Record<string, number> = {};
  parts.forEach((p, k) => {
    for (const q of p.questions) {
      labels[q.id] = q.label.replace(/[\s\u00a0\u202f]*[.?!:]$/u, '');
      partOfQuestion[q.id] = k;
    }
  });

  const { errors, setErrors, pending, submit } = useSubmit(
    z.object({ answers: z.record(z.string(), z.unknown()) }),
    (data) =>
      call(questionnaireEndpoints.submit, {
        params: { id: detail.id },
        body: { version: detail.version, answers: data.answers },
      }),
    () => {
      forget();
      void client.invalidateQueries({ queryKey: questionnaireKeys.assignment(detail.id) });
      void client.invalidateQueries({ queryKey: questionnaireKeys.ofBilan(detail.bilanId) });
    },
  );
  const questionErrors: Record<string, string | undefined> = { ...fieldErrors, ...errors?.fields };

  // Changing part (Suivant, Précédent, a link of the review, the browser's back button) moves the
  // focus to the new part's heading, or to the question a review link points at.
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(location.key);
  useEffect(() => {
    if (shown.current === location.key) return;
    shown.current = location.key;
    const focus = (location.state as { focus?: string } | null)?.focus;
    const target = focus ? document.getElementById(questionDomId(focus)) : heading.current;
    (target ?? heading.current)?.focus();
  }, [location.key, location.state]);

  // Sending is final: a dialog confirms it first.
  const [confirming, setConfirming] = useState(false);
  const sendButton = useRef<HTMLButtonElement>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  const returnFocus = useCallback(() => sendButton.current, []);
  const pause = async () => {
    await flush();
    void navigate('/mon-bilan', { state: { paused: detail.title } });
  };
  const go = (target: number | typeof REVIEW) => {
    setErrors(null);
    void navigate({ search: partSearch(target) });
  };

  // What still stands in the way of sending, by question, with the engine's French messages.
  const check = validateSubmission(definition, {
    questionnaireId: definition.id,
    version: definition.version,
    answers,
  });
  const problems = new Map<string, string>();
  if (!check.ok)
    for (const e of check.errors)
      if (e.questionId && !problems.has(e.questionId)) problems.set(e.questionId, e.message);
  for (const [id, text] of Object.entries(errors?.fields ?? {})) if (!problems.has(id)) problems.set(id, text);
  const problemList = [...problems.entries()]
    .filter(([id]) => partOfQuestion[id] !== undefined)
    .sort(([a], [b]) => partOfQuestion[a]! - partOfQuestion[b]!);

  const position = review ? 'Relecture et envoi' : `Partie ${index + 1} sur ${parts.length}`;
  const answeredText = `${progress.answered} réponse${progress.answered > 1 ? 's' : ''} sur ${progress.total} question${progress.total > 1 ? 's' : ''}`;
  return (
    <Page
      title={definition.title}
      intro={
        index === 0 && !review ? (
          <>
            <p>{definition.intro}</p>
            <p>
              {definition.estimatedMinutes ? `Environ ${definition.estimatedMinutes} minutes. ` : null}
              {detail.dueOn ? `À rendre au plus tard le ${formatDate(detail.dueOn)}. ` : null}
              Vos réponses sont enregistrées au fur et à mesure : vous pouvez vous arrêter et reprendre plus tard.
            </p>
          </>
        ) : null
      }
    >
      <div className="save-bar questionnaire-bar">
        <div className="part-position">
          <p id="partie-position" className="part-label">
            {position}
          </p>
          <progress
            className="part-progress"
            max={parts.length + 1}
            value={index + 1}
            aria-labelledby="partie-position"
            aria-valuetext={`${position}. ${answeredText}.`}
          />
          <p className="hint">{answeredText}</p>
        </div>
        <p role="status" aria-live="polite" className={`save-status save-${status}`}>
          {saveStatusText(status, savedAt, message)}
        </p>
      </div>

      {part ? (
        <section className="questionnaire-part" aria-labelledby={`section-${part.section.id}`}>
          <h2 id={`section-${part.section.id}`} ref={heading} tabIndex={-1}>
            {part.section.title}
          </h2>
          {part.section.intro ? <p>{part.section.intro}</p> : null}
          <p className="form-note">Les questions sont obligatoires, sauf mention contraire.</p>
          {blocksOf(part.questions).map((block) =>
            block.kind === 'grid' && wide ? (
              <div key={block.questions[0]!.id}>
                <LikertGrid
                  questions={block.questions}
                  answers={answers}
                  onChange={setAnswer}
                  errors={questionErrors}
                />
                {block.questions.map((q) => (
                  <Comments key={q.id} detail={detail} questionId={q.id} />
                ))}
              </div>
            ) : (
              (block.kind === 'grid' ? block.questions : [block.question]).map((q) => (
                <div key={q.id} className="question-block">
                  <QuestionField
                    q={q}
                    value={answers[q.id]}
                    onChange={(v) => setAnswer(q.id, v)}
                    error={questionErrors[q.id]}
                  />
                  <Comments detail={detail} questionId={q.id} />
                </div>
              ))
            ),
          )}
          <nav className="part-nav" aria-label="Parties du questionnaire">
            {index > 0 ? (
              <button type="button" className="button secondary" onClick={() => go(index)}>
                <span aria-hidden="true">←</span> Précédent
              </button>
            ) : null}
            <button
              type="button"
              className="button primary"
              onClick={() => go(index + 1 < parts.length ? index + 2 : REVIEW)}
            >
              {index + 1 < parts.length ? 'Suivant' : 'Relire et envoyer'} <span aria-hidden="true">→</span>
            </button>
          </nav>
        </section>
      ) : (
        <section className="questionnaire-part" aria-labelledby="relecture">
          <h2 id="relecture" ref={heading} tabIndex={-1}>
            Relire et envoyer
          </h2>
          {problemList.length > 0 ? (
            <div className="review-problems" tabIndex={-1} ref={problemsRef} aria-labelledby="a-completer">
              <h3 id="a-completer">
                {problemList.length > 1
                  ? `${problemList.length} questions sont encore à compléter`
                  : 'Une question est encore à compléter'}
              </h3>
              <p>Choisissez une question pour y revenir :</p>
              <ul>
                {problemList.map(([id, text]) => (
                  <li key={id}>
                    <Link to={{ search: partSearch(partOfQuestion[id]! + 1) }} state={{ focus: id }}>
                      Partie {partOfQuestion[id]! + 1} : {labels[id]}
                    </Link>{' '}
                    — {text}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <Notice tone="success">
              <p>Toutes les questions obligatoires ont une réponse. {answeredText}.</p>
            </Notice>
          )}
          {errors && Object.keys(errors.fields).length === 0 ? (
            <div role="alert" className="notice notice-error">
              <p>{errors.message}</p>
            </div>
          ) : null}
          <p>
            Quand vous êtes prêt·e, envoyez vos réponses à votre consultant·e. Une fois envoyées, elles ne pourront plus
            être modifiées.
          </p>
          <div className="part-nav">
            <button type="button" className="button secondary" onClick={() => go(parts.length)}>
              <span aria-hidden="true">←</span> Précédent
            </button>
            <button
              ref={sendButton}
              type="button"
              className="button primary"
              aria-disabled={pending || undefined}
              onClick={() => {
                if (pending) return;
                if (problemList.length > 0) problemsRef.current?.focus();
                else setConfirming(true);
              }}
            >
              Envoyer mes réponses
            </button>
          </div>
        </section>
      )}
      <SendDialog
        open={confirming}
        pending={pending}
        returnFocus={returnFocus}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          if (pending) return;
          void flush();
          void submit({ answers: current() }).then(() => setConfirming(false));
        }}
      />
      <p className="pause-line">
        <button type="button" className="button secondary" onClick={() => void pause()}>
          Enregistrer et reprendre plus tard
        </button>
      </p>
    </Page>
  );
}

/** Every answer given, by section (what was sent, or what was saved when the bilan ended). */
function AnswersRead({ detail, headingLevel }: { detail: AssignmentDetail; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {detail.definition.sections.map((section) => {
        const answered = section.questions.filter((q) => detail.answers[q.id] !== undefined);
        if (answered.length === 0) return null;
        return (
          <section key={section.id} aria-labelledby={`section-${section.id}`}>
            <Heading id={`section-${section.id}`}>{section.title}</Heading>
            <dl className="answers">
              {answered.map((q) => (
                <div key={q.id}>
                  <dt>{q.label}</dt>
                  <dd>
                    {answerText(q, detail.answers[q.id])}
                    <Comments detail={detail} questionId={q.id} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </>
  );
}

/** The bilan is closed or abandoned before this was sent: the answers saved, nothing to fill in. */
function Ended({ detail }: { detail: AssignmentDetail }) {
  const any = Object.keys(detail.answers).length > 0;
  return (
    <Page title={detail.definition.title}>
      <Notice tone="warning">
        <p>
          Votre bilan est terminé : ce questionnaire ne reçoit plus de réponses.{' '}
          {any
            ? 'Voici les réponses que vous aviez enregistrées ; seuls vous et votre consultant·e pouvez les lire.'
            : 'Vous n’aviez pas encore répondu.'}
        </p>
      </Notice>
      {any ? (
        <section aria-labelledby="mes-reponses">
          <h2 id="mes-reponses">Mes réponses enregistrées</h2>
          <AnswersRead detail={detail} headingLevel={3} />
        </section>
      ) : null}
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}

function Submitted({ detail }: { detail: AssignmentDetail }) {
  const definition = detail.definition;
  return (
    <Page title={detail.report ? detail.report.title : definition.title}>
      <Notice tone="success">
        <p>
          Vous avez envoyé ce questionnaire le {formatDateTime(detail.submittedAt ?? detail.assignedAt)}. Seuls vous et
          votre consultant·e pouvez lire vos réponses et vos résultats.
        </p>
      </Notice>
      {detail.report ? <ReportView report={detail.report} debrief={detail.debrief} audience="beneficiary" /> : null}
      {detail.questionnaireId === SOFT_SKILLS_ID ? <FeedbackSection assignmentId={detail.id} /> : null}
      {detail.kind === 'worksheet' ? (
        <section aria-labelledby="mes-reponses">
          <h2 id="mes-reponses">Mes réponses</h2>
          <AnswersRead detail={detail} headingLevel={3} />
        </section>
      ) : null}
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}

export function BeneficiaryQuestionnairePage() {
  const { id = '' } = useParams();
  const detail = useQuery({
    queryKey: questionnaireKeys.assignment(id),
    queryFn: () => call(questionnaireEndpoints.show, { params: { id } }),
    retry: false,
  });
  if (detail.isPending)
    return (
      <Page title="Questionnaire">
        <Loading />
      </Page>
    );
  if (detail.isError)
    return (
      <Page title="Questionnaire indisponible">
        <LoadError error={detail.error} />
        <p>
          <Link to="/mon-bilan">Retour à mon bilan</Link>
        </p>
      </Page>
    );
  if (detail.data.status === 'submitted') return <Submitted detail={detail.data} />;
  if (detail.data.bilanEnded && detail.data.status !== 'withdrawn') return <Ended detail={detail.data} />;
  if (detail.data.status === 'withdrawn') {
    return (
      <Page title={detail.data.title}>
        <Notice tone="warning">
          <p>Votre consultant·e a retiré ce questionnaire : il n’attend plus de réponse.</p>
        </Notice>
        <p>
          <Link to="/mon-bilan">Retour à mon bilan</Link>
        </p>
      </Page>
    );
  }
  return <Answering key={detail.data.id} detail={detail.data} />;
}

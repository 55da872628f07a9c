/**
 * A worksheet as the beneficiary will see it, with the answering page's own question fields
 * (questionnaire/QuestionField.tsx). Answers typed here stay in this page: they let the consultant
 * try the display conditions, and are never sent.
 */
import { useState } from 'react';
import { visibleQuestionIds, type QuestionnaireDefinition } from '../../../questionnaires/contracts/schemas.ts';
import { QuestionField, type Answers } from '../../../questionnaires/web/QuestionField.tsx';

export function WorksheetPreview({ definition }: { definition: QuestionnaireDefinition }) {
  const [answers, setAnswers] = useState<Answers>({});
  const visible = visibleQuestionIds(definition, answers);
  return (
    <div className="preview-frame">
      <p>{definition.intro}</p>
      <p>
        {definition.estimatedMinutes ? `Environ ${definition.estimatedMinutes} minutes. ` : null}
        Vos réponses sont enregistrées au fur et à mesure : vous pourrez vous arrêter et reprendre plus tard.
      </p>
      {definition.sections.map((section) => {
        const questions = section.questions.filter((q) => visible.has(q.id));
        if (questions.length === 0) return null;
        return (
          <section key={section.id} aria-labelledby={`apercu-${section.id}`}>
            <h2 id={`apercu-${section.id}`}>{section.title}</h2>
            {section.intro ? <p>{section.intro}</p> : null}
            {questions.map((q) => (
              <QuestionField
                key={q.id}
                q={q}
                value={answers[q.id]}
                onChange={(value) => setAnswers((a) => ({ ...a, [q.id]: value }))}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}

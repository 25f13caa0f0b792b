import type { LabExplanation } from './trace-view.ts';

/** The concept a failing run demonstrates, what happened, and the way out. */
export function ExplanationCard({ explanation, level = 3 }: { readonly explanation: LabExplanation; readonly level?: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="lab-explanation">
      <p className="lab-concept-kicker">The concept</p>
      <Heading className="lab-concept-title">{explanation.title}</Heading>
      <p>{explanation.text}</p>
      <p className="lab-lesson">
        <strong>What fixes it: </strong>
        {explanation.lesson}
      </p>
    </div>
  );
}

import type { InterviewView } from '../api/interview.ts';

type Items = NonNullable<InterviewView['faq']>;

/** The hiring team's answers about the role, as plain text (BRIEF §10). */
export function RoleFaq({ items }: { readonly items: Items }) {
  return (
    <dl className="faq">
      {items.map((f, i) => (
        <div key={i}>
          <dt>{f.question}</dt>
          <dd>{f.answer}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Before the start: the answers folded away, one click to open. */
export function RoleFaqDisclosure({ items }: { readonly items: Items }) {
  if (items.length === 0) return null;
  return (
    <details className="faq-disclosure">
      <summary>Questions you may have about the role ({items.length})</summary>
      <p className="muted">Answered by the hiring team. You will see them again at the end.</p>
      <RoleFaq items={items} />
    </details>
  );
}

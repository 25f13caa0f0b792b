import type { Question } from '../api/types.ts';

const ANCHOR_LABELS = { '5': 'Strong (5)', '3': 'Average (3)', '1': 'Weak (1)' } as const;

/** What a strong (5), an average (3) and a weak (1) answer look like. */
export function RubricAnchors({ anchors }: { readonly anchors: Question['anchors'] }) {
  return (
    <dl className="anchors">
      {(['5', '3', '1'] as const).map((k) => (
        <div key={k} className={`anchor anchor-${k}`}>
          <dt>{ANCHOR_LABELS[k]}</dt>
          <dd>{anchors[k]}</dd>
        </div>
      ))}
    </dl>
  );
}

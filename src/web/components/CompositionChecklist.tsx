import type { RuleCheck } from '../../core/screens/composition.ts';

const RULE_TITLES: Record<string, string> = {
  'question-count': 'Number of questions',
  'known-questions': 'Questions exist in the bank',
  'distinct-questions': 'No question repeated',
  'experience-question': 'Background and track record',
  'behavioral-questions': 'Behavioral questions',
  'situational-or-motivation': 'Situational or motivation question',
  'time-budget': 'Time budget',
  'pass-threshold': 'Pass threshold',
};

/**
 * The live checklist of the composition rules, computed by the same pure
 * function the server runs on save. Each rule says whether it holds and why.
 */
export function CompositionChecklist({ checks }: { readonly checks: readonly RuleCheck[] }) {
  const broken = checks.filter((c) => !c.ok).length;
  return (
    <section className="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Composition rules</h2>
      <p className={broken === 0 ? 'checklist-summary ok' : 'checklist-summary'} role="status" aria-live="polite">
        {broken === 0 ? 'All rules hold.' : `${broken} of ${checks.length} rules not yet met.`}
      </p>
      <ul className="checklist-items">
        {checks.map((c) => (
          <li key={c.rule} className={c.ok ? 'rule rule-ok' : 'rule rule-broken'} data-rule={c.rule} data-ok={c.ok}>
            <span className="rule-icon" aria-hidden="true">
              {c.ok ? '✓' : '!'}
            </span>
            <span className="rule-body">
              <span className="rule-title">
                {RULE_TITLES[c.rule] ?? c.rule}
                <span className="visually-hidden">{c.ok ? ': holds' : ': broken'}</span>
              </span>
              <span className="rule-message">{c.message}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

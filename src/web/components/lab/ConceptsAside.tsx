const CONCEPTS: readonly { readonly title: string; readonly text: string }[] = [
  {
    title: 'Lost update',
    text: 'Two requests read the same value, each computes its change from what it read, and the second save silently replaces the first. No error, no crash — every call reported success, yet one change is gone.',
  },
  {
    title: 'Arrival ≠ order',
    text: 'The order in which requests reach the server is not the order in which people acted. Retries, load balancers, flaky mobile links and reconnecting phones let an older action land after a newer one.',
  },
  {
    title: 'Read-then-write is a critical section',
    text: 'Between reading a value and writing the result, anything can happen. Without a lock, a version check or a single atomic statement, that gap is where other writers slip in.',
  },
  {
    title: 'What a database makes atomic',
    text: 'One statement at a time. UPDATE … SET n = n + 1 is safe; SELECT, then compute in the app, then UPDATE is not — even inside a transaction at the usual READ COMMITTED level.',
  },
  {
    title: 'Why timestamps fail',
    text: 'Each machine stamps with its own clock, and clocks drift. A phone that was offline, or a resend that gets a fresh stamp, can make an old action look newest. Order by sequence numbers or versions instead.',
  },
];

/** A short primer beside the lab: the ideas its runs demonstrate. */
export function ConceptsAside() {
  return (
    <aside className="lab-concepts" aria-labelledby="lab-concepts-heading">
      <h2 id="lab-concepts-heading">Concepts</h2>
      <p className="lab-motto">Assume everything happens at once, out of order, and at least once.</p>
      <dl>
        {CONCEPTS.map((c) => (
          <div key={c.title} className="lab-concept">
            <dt>{c.title}</dt>
            <dd>{c.text}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}

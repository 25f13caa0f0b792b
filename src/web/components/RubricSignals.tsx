interface Props {
  readonly signals: readonly string[];
  readonly redFlags: readonly string[];
  /** The two columns' class and headings, worded for who reads them. */
  readonly className: string;
  readonly heading: 'h3' | 'h4';
  readonly titles: { readonly signals: string; readonly redFlags: string };
}

/** A rubric's signals (what earns points) and red flags (what costs points), side by side. */
export function RubricSignals({ signals, redFlags, className, heading: Heading, titles }: Props) {
  return (
    <div className={className}>
      <section>
        <Heading>{titles.signals}</Heading>
        <ul>
          {signals.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      </section>
      <section>
        <Heading>{titles.redFlags}</Heading>
        <ul>
          {redFlags.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}

import { useEffect, useState } from 'react';
import type { TimeReport } from '../api/interview.ts';
import { calmDuration } from '../lib/labels.ts';

/**
 * Time left, said calmly: rounded to minutes, refreshed twice a minute, no
 * colour change and no countdown. Based on the server's report at `readAt`.
 * Short enough for one line beside the brand on a phone.
 */
export function TimeLeft({ time, readAt }: { readonly time: TimeReport; readonly readAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(t);
  }, []);
  const left = Math.max(0, time.leftSeconds * 1000 - Math.max(0, now - readAt));
  const total = Math.round(time.budgetSeconds / 60);
  if (time.inGrace || left === 0) {
    return <p className="time-left">The planned time is over. You can still send this answer.</p>;
  }
  return (
    <p className="time-left">
      <span className="visually-hidden">Time: </span>
      {calmDuration(left / 1000)} left <span className="time-total">of {total}</span>
    </p>
  );
}

import { DECISION_NAMES } from '../core/scoring/interview.ts';
import type { MailMessage } from './mailer.ts';

export interface ReportReadyMailInput {
  readonly to: string;
  readonly candidateName: string;
  readonly screenTitle: string;
  readonly overall: number;
  readonly decision: keyof typeof DECISION_NAMES;
  readonly passThreshold: number;
  readonly link: string;
}

/**
 * To the person who sent the invitation, when the candidate finishes. The
 * score and decision are a pointer, not the verdict: the email sends them to
 * the report, where every point has its rule and the candidate's words.
 */
export function reportReadyMail(input: ReportReadyMailInput): MailMessage {
  const decision = DECISION_NAMES[input.decision];
  const text = [
    'Hello,',
    '',
    `${input.candidateName} has finished "${input.screenTitle}". The report is ready:`,
    `${input.overall} out of 100 · ${decision} (the screen's pass threshold is ${input.passThreshold}).`,
    '',
    input.decision === 'needs_review'
      ? 'The scorer could not decide alone: a person should read the answers before any decision.'
      : 'Read the answers and the evidence behind each score before deciding on the next step.',
    '',
    `Open the report: ${input.link}`,
  ].join('\n');
  return { to: input.to, subject: `Report ready: ${input.candidateName} · ${input.screenTitle} · ${decision}`, text };
}

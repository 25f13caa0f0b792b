import type { MailMessage } from './mailer.ts';

export interface FeedbackMailInput {
  readonly candidateName: string;
  readonly email: string;
  readonly role: string;
  readonly strengths: readonly string[];
  readonly gaps: readonly string[];
}

/**
 * The feedback a screen can promise its candidates (BRIEF §10): what went
 * well and what to work on, in the rubric's plain words. Plain text only:
 * no score, no threshold, no decision.
 */
export function feedbackMail(input: FeedbackMailInput): MailMessage {
  const text = [
    `Hello ${input.candidateName},`,
    '',
    `Thank you for taking the screening interview for the ${input.role} role. As promised, here is short feedback on your answers, from the written rubric every candidate is judged by.`,
    '',
    'What went well:',
    ...input.strengths.map((s) => `- ${s}`),
    '',
    'What to work on:',
    ...input.gaps.map((g) => `- ${g}`),
    '',
    'A person on the hiring team reads your full answers and will contact you about the next step, whatever the outcome.',
  ].join('\n');
  return { to: input.email, subject: `Feedback on your screening interview for ${input.role}`, text };
}

import type { MailMessage } from './mailer.ts';

export interface InvitationMailInput {
  readonly candidateName: string;
  readonly email: string;
  readonly role: string;
  readonly organisation?: string | null;
  readonly timeBudgetMinutes: number;
  readonly extraTimeFactor: number;
  readonly questionCount: number;
  readonly link: string;
  readonly expiresAt: Date;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

function minutesLine(input: InvitationMailInput): string {
  const total = Math.round(input.timeBudgetMinutes * input.extraTimeFactor);
  return input.extraTimeFactor > 1
    ? `It takes up to ${total} minutes (the usual ${input.timeBudgetMinutes}, extended for you as agreed).`
    : `It takes up to ${total} minutes.`;
}

/** States the role, the time budget and what to expect (BRIEF §2, §10). */
export function invitationMail(input: InvitationMailInput): MailMessage {
  const who = input.organisation ? ` at ${input.organisation}` : '';
  const text = [
    `Hello ${input.candidateName},`,
    '',
    `You are invited to a written screening interview for the ${input.role} role${who}.`,
    '',
    `What to expect: ${input.questionCount} questions about your experience and how you work, asked one at a time in your browser. ` +
      `Some answers get a short follow-up question. ${minutesLine(input)} The clock is shown calmly and an answer you are writing when time runs out is still kept.`,
    'Before you start, you can read how answers are judged and how your data is used.',
    'Take it whenever it suits you; if you lose your connection, open the same link again to continue where you were.',
    '',
    `Start here: ${input.link}`,
    `The link is valid until ${day(input.expiresAt)}.`,
  ].join('\n');
  return { to: input.email, subject: `Your screening interview for ${input.role}`, text };
}

/** Sent once, about a day before the invitation expires, to a candidate who has not finished. */
export function reminderMail(input: InvitationMailInput): MailMessage {
  const text = [
    `Hello ${input.candidateName},`,
    '',
    `A reminder: your screening interview for the ${input.role} role is open until ${day(input.expiresAt)}.`,
    `${minutesLine(input)} You can continue where you left off.`,
    '',
    `Continue here: ${input.link}`,
  ].join('\n');
  return { to: input.email, subject: `Reminder: your screening interview for ${input.role}`, text };
}

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { readBankDir } from '../../bank/index.ts';
import { QuestionTypeSchema, type Question } from '../../core/bank/question.ts';
import type { ScoreInput, ScoredQuestion } from '../../core/scoring/index.ts';

/** One line of a `score --batch` or `calibrate --set` file. */
export const ScoreLineSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    type: QuestionTypeSchema.optional(),
    question: z.string().min(1).optional(),
    questionId: z.string().min(1).optional(),
    answer: z.string(),
    parent: z
      .object({ question: z.string().min(1).optional(), questionId: z.string().optional(), answer: z.string() })
      .optional(),
    label: z.union([z.number().int().min(1).max(5), z.null()]).optional(),
    group: z.union([z.string(), z.null()]).optional(),
    case: z.string().optional(),
    expectFlags: z.array(z.string()).optional(),
  })
  .passthrough();
export type ScoreLine = z.infer<typeof ScoreLineSchema>;

export interface LineError {
  readonly line: number;
  readonly id?: string | number;
  readonly error: { readonly field: string; readonly rule: string; readonly message: string };
}

export type ParsedLine = { ok: true; line: number; value: ScoreLine; input: ScoreInput } | { ok: false; error: LineError };

export function loadQuestions(dir: string | undefined): readonly Question[] {
  return dir === undefined ? readBankDir().questions : readBankDir(dir).questions;
}

function resolveQuestion(
  q: { question?: string; questionId?: string },
  type: ScoreLine['type'],
  bank: readonly Question[],
): ScoredQuestion | { field: string; rule: string; message: string } {
  if (q.questionId !== undefined) {
    const found = bank.find((b) => b.id === q.questionId);
    if (found === undefined) return { field: 'questionId', rule: 'known-question', message: `no bank question "${q.questionId}"` };
    return found;
  }
  if (q.question === undefined) return { field: 'question', rule: 'required', message: 'give "question" or "questionId"' };
  if (type === undefined) return { field: 'type', rule: 'required', message: 'a free-text question needs its "type"' };
  return { text: q.question, type };
}

/** Parses and validates one JSON line; a bad line becomes an error value, never an exception. */
export function parseLine(raw: string, line: number, bank: readonly Question[]): ParsedLine {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: { line, error: { field: '(line)', rule: 'json', message: 'not valid JSON' } } };
  }
  const parsed = ScoreLineSchema.safeParse(data);
  const id = typeof data === 'object' && data !== null ? (data as { id?: string | number }).id : undefined;
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(line)';
    return { ok: false, error: { line, ...(id !== undefined ? { id } : {}), error: { field, rule: issue?.code ?? 'invalid', message: issue?.message ?? 'invalid' } } };
  }
  const v = parsed.data;
  const question = resolveQuestion(v, v.type, bank);
  if ('field' in question) return { ok: false, error: { line, ...(v.id !== undefined ? { id: v.id } : {}), error: question } };
  let parent: ScoreInput['parent'];
  if (v.parent !== undefined) {
    const pq = resolveQuestion(v.parent, v.type, bank);
    if ('field' in pq) return { ok: false, error: { line, ...(v.id !== undefined ? { id: v.id } : {}), error: { ...pq, field: `parent.${pq.field}` } } };
    parent = { question: pq, answer: v.parent.answer };
  }
  return { ok: true, line, value: v, input: { question, answer: v.answer, bank, ...(parent ? { parent } : {}) } };
}

/** The non-empty lines of a JSON Lines file (or stdin for "-"), with their 1-based numbers. */
export function readJsonLines(file: string): { raw: string; line: number }[] {
  const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  return text
    .split('\n')
    .map((raw, i) => ({ raw: raw.trim(), line: i + 1 }))
    .filter((l) => l.raw.length > 0);
}

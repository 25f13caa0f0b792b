import { QuestionSchema, type Question } from './question.ts';

/** One problem in one bank file, named by file and field for `prescreen bank lint`. */
export interface BankProblem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

export interface BankSource {
  readonly file: string;
  readonly data: unknown;
}

export type BankResult =
  | { readonly ok: true; readonly questions: readonly Question[] }
  | { readonly ok: false; readonly problems: readonly BankProblem[]; readonly questions: readonly Question[] };

/** Validates every bank file and the links between them (unique ids, known parents). */
export function validateBank(sources: readonly BankSource[]): BankResult {
  const problems: BankProblem[] = [];
  const questions: Question[] = [];
  const fileOf = new Map<string, string>();
  for (const source of sources) {
    const parsed = QuestionSchema.safeParse(source.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: source.file, field: issue.path.join('.') || '(root)', message: issue.message });
      }
      continue;
    }
    const earlier = fileOf.get(parsed.data.id);
    if (earlier !== undefined) {
      problems.push({ file: source.file, field: 'id', message: `"${parsed.data.id}" is also the id in ${earlier}` });
      continue;
    }
    fileOf.set(parsed.data.id, source.file);
    questions.push(parsed.data);
  }
  for (const q of questions) {
    if (q.parentId !== undefined && !fileOf.has(q.parentId)) {
      problems.push({ file: fileOf.get(q.id) ?? '?', field: 'parentId', message: `names "${q.parentId}", which is not in the bank` });
    }
  }
  questions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return problems.length === 0 ? { ok: true, questions } : { ok: false, problems, questions };
}

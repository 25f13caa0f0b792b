import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { validateBank, type BankResult, type BankSource } from '../core/bank/index.ts';

/** The bank shipped in the repository. */
export const DEFAULT_BANK_DIR = fileURLToPath(new URL('../../data/bank', import.meta.url));

/** Reads every `*.yaml` under `dir` and validates it; YAML syntax errors are problems too. */
export function readBankDir(dir: string = DEFAULT_BANK_DIR): BankResult {
  const sources: BankSource[] = [];
  const syntaxProblems = [];
  for (const path of listYamlFiles(dir)) {
    const file = relative(process.cwd(), path);
    try {
      sources.push({ file, data: parse(readFileSync(path, 'utf8')) });
    } catch (error) {
      syntaxProblems.push({ file, field: '(yaml)', message: (error as Error).message.split('\n')[0] ?? 'invalid YAML' });
    }
  }
  const result = validateBank(sources);
  if (syntaxProblems.length === 0) return result;
  const problems = [...syntaxProblems, ...(result.ok ? [] : result.problems)];
  return { ok: false, problems, questions: result.questions };
}

/** Loads the bank or throws with every problem listed: a broken bank must stop the start. */
export function loadBank(dir: string = DEFAULT_BANK_DIR) {
  const result = readBankDir(dir);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`);
    throw new Error(`the question bank has ${result.problems.length} problem(s):\n${lines.join('\n')}`);
  }
  return result.questions;
}

function listYamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

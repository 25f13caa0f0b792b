import { readJsonLines } from '../../src/cli/commands/score-io.ts';

/** One labelled answer of the dev set (data/eval/dev.jsonl), written by a candidate. */
export interface DevAnswer {
  readonly id: string;
  readonly questionId?: string;
  readonly answer: string;
}

export const devAnswers = (): DevAnswer[] => readJsonLines('data/eval/dev.jsonl').map(({ raw }) => JSON.parse(raw) as DevAnswer);

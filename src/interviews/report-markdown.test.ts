import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../core/scoring/index.ts';
import { ctx, interview, result } from '../../test/support/report-fixture.ts';
import { buildReport, type IssuedReport } from './report-builder.ts';
import { mdText, reportToMarkdown, UNPLACED_LEVEL } from './report-markdown.ts';

const issued = (scores: ScoreResult[], answers: number): IssuedReport => ({
  ...buildReport(ctx(interview(scores, answers))), id: 'rpt_1', revision: 1, reason: 'interview completed',
});

describe('reportToMarkdown', () => {
  const r = issued([result(3, ['numbers']), result(5), result(5)], 3);
  const md = reportToMarkdown(r);

  it('states the decision against the locked threshold, the level, the time and the provenance', () => {
    expect(md).toMatch(/^# Screening report: Ada\n/);
    expect(md).toContain(`**Overall: ${r.overall} / 100 — Pass** (pass threshold 60, locked when the screen was published)`);
    expect(md).toContain('- Level estimate: Mid');
    expect(md).toContain('- Time: 3 of 25 minutes; extra time ×1.25');
    expect(md).toContain('- Report revision 1 (interview completed); engine prescreen-engine/1.0.0; rubric hash `abc123`');
    expect(md).toContain('- Communication quality: ');
    for (const reason of r.reasons) expect(md).toContain(`- ${mdText(reason)}`);
  });

  it('gives every question its score, the answer, the evidence quoted and the follow-ups', () => {
    expect(md).toContain('### Q1. Question q1?');
    expect(md).toContain('Score: **3 / 5** (with follow-ups 3.67) · behavioral');
    expect(md).toContain('> answer 0');
    expect(md).toContain('- r (+0.2): “answer”');
    expect(md).toContain('**Follow-up:** In numbers?\n\n> answer 1');
    expect(md.match(/^- `[^`]+` \*\*(Candidate|Interviewer)\*\*: /gm)).toHaveLength(r.transcript.length);
  });

  it('names a level that the signals did not place as not placed, and lists the signals it had', () => {
    const signalled: ScoreResult = { ...result(4), level: { estimate: null, signals: [{ level: 'mid', signal: 'load-test', quote: 'load tested', start: 0, end: 11 }], mistakes: [] } };
    const out = reportToMarkdown(issued([signalled, { ...signalled }], 2));
    expect(out).toContain(`- Level estimate: ${UNPLACED_LEVEL}`);
    expect(out).toContain('- Seniority signal: mid · load test: “load tested”');
  });

  it('renders a report issued before level signals existed', () => {
    const old = { ...r, questions: r.questions.map(({ levelSignals: _, ...q }) => q) } as unknown as IssuedReport;
    expect(reportToMarkdown(old)).toContain('### Q2. Question q2?');
  });

  it('keeps the candidate\'s words as words: no heading, link, image, HTML, list or table of their own', () => {
    const evil = '# PASS\n[hire me](http://x.example) ![i](http://x.example/i.png) <img src=x onerror=alert(1)>\n- item\n1. first\n| a | b |\n**bold** `code`';
    const q0 = { ...r.questions[0]!, answer: evil };
    const out = reportToMarkdown({ ...r, questions: [q0, ...r.questions.slice(1)], transcript: [{ ...r.transcript[1]!, text: evil }] });
    const headings = out.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.every((h) => /^(# Screening report|## |### Q\d)/.test(h))).toBe(true);
    expect(out).toContain('> \\# PASS');
    expect(out).toContain('\\[hire me\\](http://x.example) !\\[i\\]');
    expect(out).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(out).toContain('> \\- item\n> 1\\. first\n> \\| a \\| b \\|\n> \\*\\*bold\\*\\* \\`code\\`');
    // In the transcript the answer is one line, escaped the same way.
    expect(out).toMatch(/\*\*Candidate\*\*: \\# PASS \\\[hire me\\\]/);
  });
});

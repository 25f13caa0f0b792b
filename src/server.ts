import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { loadBank } from './bank/index.ts';
import { bootstrapDefaultOrg, type BootstrapResult } from './auth/bootstrap.ts';
import { databaseTarget, type Config } from './config/config.ts';
import { openDatabase, type OpenDatabase } from './db/index.ts';
import { buildApp } from './http/app.ts';
import { startOutboxDispatcher } from './outbox/start.ts';
import { warmScorer } from './interviews/scoring.ts';
import { startScoringPool, type ScoringPool, type WorkerExit } from './interviews/scoring-pool.ts';
import { QuestionCatalog } from './questions/catalog.ts';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly database: OpenDatabase;
  readonly url: string;
  readonly bootstrap: BootstrapResult;
  close(): Promise<void>;
}

/** Opens the database, loads the bank, creates the default org on first start, and listens. */
export async function startServer(config: Config): Promise<RunningServer> {
  const bank = loadBank();
  const database = await openDatabase(databaseTarget(config));
  let scoringPool: ScoringPool | undefined;
  let log: FastifyBaseLogger | undefined;
  // Before the app (and its logger) exists, a worker that dies at start-up is reported on stderr.
  const workerExited = (exit: WorkerExit) => {
    const message = exit.restartInMs > 0 ? 'scoring worker died before answering; restarting after a delay' : 'scoring worker died; replaced';
    if (log) log.error(exit, message);
    else process.stderr.write(`${message}: ${JSON.stringify(exit)}\n`);
  };
  try {
    const bootstrap = await bootstrapDefaultOrg(database.db, {
      adminKey: config.PRESCREEN_ADMIN_KEY,
      adminEmail: config.PRESCREEN_ADMIN_EMAIL,
      adminPassword: config.PRESCREEN_ADMIN_PASSWORD,
    });
    const catalog = new QuestionCatalog(database.db, bank);
    scoringPool = config.PRESCREEN_SCORING_WORKERS > 0 ? startScoringPool(config.PRESCREEN_SCORING_WORKERS, { onExit: workerExited }) : undefined;
    // With workers, every score is computed there (interview answers, practice, re-scoring), so only
    // they load the language model; without, the main thread warms its own engine.
    if (scoringPool) await scoringPool.warm(bank);
    else warmScorer(bank);
    const app = await buildApp({
      ...(scoringPool ? { scoringPool } : {}),
      db: database.db,
      backend: database.backend,
      catalog,
      publicUrl: config.publicUrl,
      logger: { level: config.LOG_LEVEL },
      validateResponses: false,
    });
    log = app.log;
    const address = await app.listen({ port: config.PORT, host: config.HOST });
    let closing: Promise<void> | null = null;
    // Background delivery (emails, webhooks) and sweeps (time-outs, reminders): issue 5.
    const workers = startOutboxDispatcher(database.db, {
      smtpUrl: config.SMTP_URL, publicUrl: config.publicUrl,
      allowPrivateWebhookTargets: config.PRESCREEN_WEBHOOKS_ALLOW_PRIVATE === 'true', log: (m, e) => app.log.error({ err: e }, m),
      onMailboxed: (m) => process.stdout.write(`mailbox: to ${m.to}: ${m.subject} (see: prescreen mail list)\n`),
    });
    const close = () => (closing ??= app.close().then(() => workers.stop()).then(() => scoringPool?.close()).then(() => database.close()));
    return { app, database, url: address, bootstrap, close };
  } catch (error) {
    await scoringPool?.close();
    await database.close();
    throw error;
  }
}

// A stand-in scoring worker for scoring-pool.test.ts that dies as it starts,
// before answering anything, like a worker whose engine cannot load.
process.exit(4);

import type pg from 'pg';

/**
 * Prepares the process's statements on each PostgreSQL connection: every
 * parameterised statement gets a name (one per distinct text), so a
 * connection parses it once and PostgreSQL can keep its plan instead of
 * planning it on every call. Kysely sends every statement unnamed; on the
 * answer path planning was ≈ 40 % of PostgreSQL's time (pg_stat_statements,
 * bench/RESULTS.md).
 *
 * Two limits keep it safe:
 * - At most `limit` texts are named; the rest go unnamed as before, so a
 *   statement built with literals inlined cannot grow every connection's
 *   cache without bound.
 * - A schema change under a running process (another instance migrating)
 *   can make PostgreSQL refuse a prepared plan whose result columns changed
 *   ("cached plan must not change result type"). That text then gets a new
 *   name, so the next call prepares it afresh; outside a transaction the
 *   call itself is retried once, since the refused statement did nothing.
 *   So does a statement a failed call left half-prepared (lostStatement).
 */
export function prepareStatements(pool: pg.Pool, limit = 500): void {
  const names = new Map<string, string>();
  let issued = 0;
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < limit) names.set(text, (name = `prescreen_${issued++}`));
    return name;
  };
  /** A new name for the text, unless another call has just given it one. */
  const rename = (text: string, from: string) => {
    if (names.get(text) !== from) return;
    names.delete(text);
    nameOf(text);
  };
  pool.on('connect', (client) => {
    const original = client.query;
    const plain = (config: unknown, values?: unknown) => (original as (c: unknown, v?: unknown) => Promise<pg.QueryResult>).call(client, config, values);
    const named = async (text: string, values: unknown[]): Promise<pg.QueryResult> => {
      const name = nameOf(text);
      if (name === undefined) return plain(text, values);
      const idle = client.getTransactionStatus() === 'I';
      try {
        return await plain({ name, text, values });
      } catch (error) {
        const lost = lostStatement(error);
        if (!lost) throw error;
        rename(text, name);
        if (lost === 'values' || !idle) throw error;
        return plain({ name: nameOf(text), text, values });
      }
    };
    // Only the (text, values) form Kysely uses is named; every other form passes through untouched.
    client.query = function (...args: unknown[]) {
      const [text, values, callback] = args;
      if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && callback === undefined) return named(text, values);
      return (original as (...a: unknown[]) => unknown).apply(client, args);
    } as typeof client.query;
  });
}

/**
 * Why a named statement cannot be trusted on its connection any more:
 * - 'stale': PostgreSQL refused its plan, a schema change altered the result (0A000);
 * - 'missing': the server does not have it (26000), though pg believes it does;
 * - 'values': pg could not send the values (no SQLSTATE: a client-side error)
 *   after it had sent Parse; the server then closes the statement, pg keeps
 *   it as prepared, and every later call on that connection would get 26000.
 */
function lostStatement(error: unknown): 'stale' | 'missing' | 'values' | null {
  const code = (error as { code?: unknown }).code;
  if (code === '0A000' && /cached plan must not change result type/.test((error as Error).message)) return 'stale';
  if (code === '26000') return 'missing';
  return typeof code === 'string' ? null : 'values';
}

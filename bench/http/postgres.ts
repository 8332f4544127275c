// Scratch PostgreSQL databases for the benches that run the app as separate processes (the soak
// and the scale-out), made on a server the bench can reach and dropped afterwards.
import pg from "pg";

export interface ScratchPostgres {
  url: string;
  /** Connections to this database now, as PostgreSQL counts them. */
  connections(): Promise<number>;
  drop(): Promise<void>;
}

/** A new, empty database on BENCH_POSTGRES_URL's server (default: the local one), for one run. */
export async function freshPostgresDatabase(purpose: string): Promise<ScratchPostgres> {
  const adminUrl = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `inspraak_${purpose}_${Date.now()}`;
  const query = async (text: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      return await c.query(text);
    } finally {
      await c.end();
    }
  };
  await query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async connections() {
      const r = await query(`select count(*)::int as n from pg_stat_activity where datname = '${name}'`);
      return r.rows[0].n as number;
    },
    async drop() {
      await query(`drop database if exists ${name} with (force)`);
    },
  };
}

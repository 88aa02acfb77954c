// A throw-away PostgreSQL 15 server for tests and benchmarks: initdb in a temp folder, pg_ctl start on a free
// loopback port, one database per caller; stopped (and its folder removed) by stop() or when the process exits.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const POSTGRES_BIN = process.env['STORYLINE_PG_BIN'] ?? '/usr/lib/postgresql/15/bin';

export interface TestPostgres {
  /** URL of the server's first database. */
  url: string;
  port: number;
  /** Creates a fresh empty database and returns its URL. */
  createDatabase(): Promise<string>;
  /** Stops the server (fast shutdown) and starts it again on the same port and data. */
  restart(options?: { downMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

/** True when tests that need PostgreSQL should be skipped (STORYLINE_SKIP_PG=1). */
export function skipPostgres(): boolean {
  return process.env['STORYLINE_SKIP_PG'] === '1';
}

/** Throws a clear error when the PostgreSQL 15 binaries are missing. */
export function requirePostgresBinaries(): void {
  if (!existsSync(join(POSTGRES_BIN, 'initdb')) || !existsSync(join(POSTGRES_BIN, 'pg_ctl')))
    throw new Error(
      `PostgreSQL 15 binaries not found in ${POSTGRES_BIN}: install them with 'apt-get install -y postgresql' ` +
        `(or set STORYLINE_PG_BIN), or set STORYLINE_SKIP_PG=1 to skip the PostgreSQL tests`,
    );
}

export async function startTestPostgres(): Promise<TestPostgres> {
  requirePostgresBinaries();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'storyline-pg-'));
  const data = join(dir, 'data');
  const user = asRoot ? 'postgres' : undefined;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (bin: string, args: string[]): void => {
    const command = user ? 'runuser' : join(POSTGRES_BIN, bin);
    const argv = user ? ['-u', user, '--', join(POSTGRES_BIN, bin), ...args] : args;
    const r = spawnSync(command, argv, { encoding: 'utf8', cwd: dir });
    if (r.status !== 0)
      throw new Error(`${bin} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout || r.error}`);
  };
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const serverOptions = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`;
  const start = (): void =>
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', serverOptions, 'start']);
  const stopServer = (mode: string): void => {
    const command = user ? 'runuser' : join(POSTGRES_BIN, 'pg_ctl');
    const args = ['-D', data, '-m', mode, '-w', 'stop'];
    spawnSync(command, user ? ['-u', user, '--', join(POSTGRES_BIN, 'pg_ctl'), ...args] : args);
  };
  start();
  let stopped = false;
  const onExit = (): void => {
    if (stopped) return;
    stopped = true;
    stopServer('immediate');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  const base = `postgres://postgres@127.0.0.1:${port}`;
  let next = 0;
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: `${base}/postgres` });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const createDatabase = async (): Promise<string> => {
    const name = `storyline_${process.pid}_${next++}`;
    await admin(`CREATE DATABASE ${name}`);
    return `${base}/${name}`;
  };
  const url = await createDatabase();
  return {
    url,
    port,
    createDatabase,
    async restart(options = {}) {
      stopServer('fast');
      await new Promise((r) => setTimeout(r, options.downMs ?? 0));
      start();
    },
    async stop() {
      process.removeListener('exit', onExit);
      onExit();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

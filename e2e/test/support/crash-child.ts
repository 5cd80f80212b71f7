import { type ChildProcess, spawn } from 'node:child_process';
import { XLOOP_BIN } from '@xloop/sandbox';

/** The `xloop` command, run as its own process so that SIGKILL stops it wherever it is. */
export const XLOOP = XLOOP_BIN;

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Milliseconds from spawning to exit. */
  readonly ms: number;
}

export interface Child {
  readonly process: ChildProcess;
  readonly exited: Promise<Exit>;
  /** Resolves with stdout's first line, once the command prints one. */
  readonly firstLine: Promise<string | undefined>;
}

const running = new Set<ChildProcess>();

/** Starts `xloop …args`; the process is remembered so a failing test still leaves none behind. */
export function xloop(args: readonly string[]): Child {
  const started = Date.now();
  const child = spawn(process.execPath, [XLOOP, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let stdout = '';
  let stderr = '';
  let lineSeen: (line: string | undefined) => void = () => {};
  const firstLine = new Promise<string | undefined>((done) => {
    lineSeen = done;
  });
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk);
    if (stdout.includes('\n')) lineSeen(stdout.split('\n')[0]);
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<Exit>((done) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      lineSeen(undefined);
      done({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
  return { process: child, exited, firstLine };
}

/** SIGKILLs the child `ms` after now unless it has exited by then; resolves with how it ended. */
export async function killAfter(child: Child, ms: number): Promise<Exit & { killed: boolean }> {
  let killed = false;
  const timer = setTimeout(() => {
    killed = child.process.kill('SIGKILL');
  }, ms);
  const exit = await child.exited;
  clearTimeout(timer);
  return { ...exit, killed: killed && exit.signal === 'SIGKILL' };
}

/**
 * Kills the child `ms` after `started()` first holds (checked every 20 ms: its first piece of work seen), so the kill
 * lands in the middle of the work however slowly a loaded machine starts the process; a child that exits first is
 * not killed.
 */
export async function killAfterProgress(
  child: Child,
  started: () => boolean,
  ms: number,
): Promise<Exit & { killed: boolean }> {
  let killed = false;
  let exited = false;
  const watch = (async () => {
    while (!exited && !started()) await pause(20);
    if (!exited) await pause(ms);
    if (!exited) killed = child.process.kill('SIGKILL');
  })();
  const exit = await child.exited;
  exited = true;
  await watch;
  return { ...exit, killed: killed && exit.signal === 'SIGKILL' };
}

/** Resolves after `ms`. */
export const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Kills every child still running: for afterAll, so no process outlives the suite. */
export async function killRemaining(): Promise<number> {
  const left = [...running];
  for (const child of left) child.kill('SIGKILL');
  await Promise.all(
    left.map(
      (child) =>
        new Promise<void>((done) =>
          child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done()),
        ),
    ),
  );
  return left.length;
}

import { SingleBar } from 'cli-progress';

/** A progress bar on stderr for work longer than a second; silent when not on a terminal or when output is JSON. */
export function progressBar(
  label: string,
  total: number,
  quiet: boolean,
): { update(done: number): void; stop(): void } {
  if (quiet || !process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`,
    stream: process.stderr,
    hideCursor: true,
  });
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

import { describe, expect, it } from 'vitest';
import { schemaKeeper } from './forge-migrations';
import { MIGRATIONS } from './schema';

/** A `migrationRunner` that counts its runs; `fail` makes the next run fail. */
function fakeRunner() {
  const state = { runs: 0, enqueued: 0, fail: false };
  const runner = {
    enqueue(_name: string, _statement: string) {
      state.enqueued++;
      return runner;
    },
    async run() {
      state.runs++;
      if (state.fail) {
        state.fail = false;
        throw new Error('DDL limit');
      }
      return [];
    },
  };
  return { runner, state };
}

describe('schemaKeeper', () => {
  it('migrates each installation once per instance, however many installations the instance serves', async () => {
    const { runner, state } = fakeRunner();
    const keeper = schemaKeeper(runner as never);
    await keeper.ensure('site-a');
    await keeper.ensure('site-a');
    expect(state.runs).toBe(1);
    // A second site on the same warm instance gets its own migrations, not site A's memo.
    await keeper.ensure('site-b');
    expect(state.runs).toBe(2);
    expect(state.enqueued).toBe(2 * MIGRATIONS.length);
  });

  it('tries again on the next invocation after a failed run', async () => {
    const { runner, state } = fakeRunner();
    const keeper = schemaKeeper(runner as never);
    state.fail = true;
    await expect(keeper.ensure('site-a')).rejects.toThrow('DDL limit');
    await keeper.ensure('site-a');
    expect(state.runs).toBe(2);
  });
});

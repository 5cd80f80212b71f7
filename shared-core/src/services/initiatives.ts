import { conservativeImpact, resolveReference } from '../identify/opportunities';
import { type ImpactReport, impactReport } from '../improve/impact';
import {
  draftInitiative,
  INITIATIVE_STATUSES,
  type Initiative,
  type InitiativeChanges,
  type InitiativeError,
  orderingScore,
  reviseInitiative,
} from '../improve/initiative';
import type { Segment } from '../model/segment';
import type { Ports } from '../ports';
import { err, ok, type Result } from '../result';
import { addDays, dayNumber } from '../share/calendar';
import { rollupDay } from '../share/rollup-day';
import { rollupFor } from '../share/rollup-query';
import { parseSegmentKey, segmentKey } from '../share/segment-key';
import { lastDays, today } from '../share/today';
import { all, andThen, type Step } from '../step';
import { checkQuery } from './queries';

const DAYS_PER_MONTH = 30.4375;
/** The baseline window: the 90 days before the initiative is created. */
export const BASELINE_DAYS = 90;

export type InitiativeServiceError =
  | { readonly code: 'invalid'; readonly message: string; readonly errors: readonly InitiativeError[] }
  | { readonly code: 'invalid-segment' | 'unknown-initiative' | 'conflict'; readonly message: string };

export interface InitiativeRequest {
  /** Chosen by the caller (a UUID), so a retried request creates one initiative. */
  readonly id: string;
  readonly title: string;
  readonly hypothesis?: string;
  readonly effort?: number;
  readonly owner?: string;
  /** Either the opportunity's segment key or a hand-picked segment. */
  readonly opportunityKey?: string;
  readonly segment?: Segment;
}

/**
 * Creates an initiative from an opportunity or a hand-picked segment, freezing its baseline (the segment's
 * rollup over the 90 days before today) and the impact expected from it. Creating the same id again returns the
 * first one unchanged.
 * @example await createInitiative(ports, { id: uuid, title: 'VPN self-service', opportunityKey: 'service=VPN' }, 'csi')
 */
export function createInitiative(
  ports: Ports,
  request: InitiativeRequest,
  by?: string,
): Step<Result<Initiative, InitiativeServiceError>> {
  const segment =
    request.opportunityKey !== undefined ? parseSegmentKey(request.opportunityKey) : request.segment;
  return andThen(
    all([() => ports.initiatives.get(request.id), () => ports.settings.settings()] as const),
    ([existing, settings]) => {
      if (existing) return ok(existing);
      const window = lastDays(addDays(today(ports, settings.policy.timeZone), -1), BASELINE_DAYS);
      const problem =
        segment === undefined ? { message: 'Unknown opportunity.' } : checkQuery(window, segment);
      if (segment === undefined || problem || Object.keys(segment).length === 0) {
        return err({
          code: 'invalid-segment' as const,
          message: problem?.message ?? 'Pick a segment to improve.',
        });
      }
      const key = segmentKey(segment);
      return andThen(ports.rollups.read(window, [key, '']), (entries) => {
        const rollup = rollupFor(entries, window, segment);
        const organisation = rollupFor(entries, window);
        const months = BASELINE_DAYS / DAYS_PER_MONTH;
        const expected = conservativeImpact(
          rollup,
          months,
          resolveReference(organisation, settings.reference),
          settings.minimumSample,
        );
        const now = ports.clock.now();
        const created = draftInitiative(
          {
            id: request.id,
            title: request.title,
            ...(request.hypothesis !== undefined ? { hypothesis: request.hypothesis } : {}),
            ...(request.effort !== undefined ? { effort: request.effort } : {}),
            ...(request.owner !== undefined ? { owner: request.owner } : {}),
            ...(request.opportunityKey !== undefined ? { opportunityKey: key } : {}),
            segment,
            baseline: { window, months, rollup, frozenAt: now },
            expected,
          },
          now,
          by,
        );
        if (!created.ok)
          return err({
            code: 'invalid' as const,
            message: 'The initiative has problems.',
            errors: created.error,
          });
        return andThen(ports.initiatives.save(created.value, 0), (saved) =>
          saved
            ? ok(created.value)
            : andThen(ports.initiatives.get(request.id), (winner) =>
                winner ? ok(winner) : ok(created.value),
              ),
        );
      });
    },
  );
}

/**
 * Applies a CSI manager's changes (a board move, a go-live date, an edit) if nobody changed the initiative since
 * `expectedVersion`; a stale version is a `conflict` so the board can reload instead of overwriting.
 * @example await updateInitiative(ports, id, { status: 'in-progress' }, 3, 'csi')
 */
export function updateInitiative(
  ports: Ports,
  id: string,
  changes: InitiativeChanges,
  expectedVersion: number,
  by?: string,
): Step<Result<Initiative, InitiativeServiceError>> {
  return andThen(ports.initiatives.get(id), (current) => {
    if (!current)
      return err({ code: 'unknown-initiative' as const, message: 'There is no such initiative.' });
    if (current.version !== expectedVersion) {
      return err({
        code: 'conflict' as const,
        message: 'Someone else changed this initiative; reload it and try again.',
      });
    }
    const next = reviseInitiative(current, changes, ports.clock.now(), by);
    if (!next.ok)
      return err({ code: 'invalid' as const, message: 'The change has problems.', errors: next.error });
    return andThen(ports.initiatives.save(next.value, current.version), (saved) =>
      saved
        ? ok(next.value)
        : err({
            code: 'conflict' as const,
            message: 'Someone else changed this initiative; reload it and try again.',
          }),
    );
  });
}

/**
 * Before against after for an initiative: its frozen baseline against its segment since go-live.
 * @example (await initiativeImpact(ports, id)).value.verdict // 'improved'
 */
export function initiativeImpact(
  ports: Ports,
  id: string,
): Step<Result<ImpactReport, InitiativeServiceError>> {
  return andThen(
    all([() => ports.initiatives.get(id), () => ports.settings.settings()] as const),
    ([initiative, settings]) => {
      if (!initiative)
        return err({ code: 'unknown-initiative' as const, message: 'There is no such initiative.' });
      const now = ports.clock.now();
      const before = { rollup: initiative.baseline.rollup, months: initiative.baseline.months };
      const goLiveAt = initiative.goLiveAt ?? Number.POSITIVE_INFINITY;
      const last = today(ports, settings.policy.timeZone);
      const first = Number.isFinite(goLiveAt)
        ? rollupDay(goLiveAt, settings.policy.timeZone, ports.zoned)
        : last;
      const range = first <= last ? { from: first, to: last } : { from: last, to: last };
      return andThen(ports.rollups.read(range, [segmentKey(initiative.segment)]), (entries) => {
        const after = {
          rollup: rollupFor(entries, range, initiative.segment),
          months: Math.max(1, dayNumber(range.to) - dayNumber(range.from) + 1) / DAYS_PER_MONTH,
        };
        return ok(impactReport(before, after, goLiveAt, now, { minimumSample: settings.minimumSample }));
      });
    },
  );
}

/**
 * The board: every initiative with its ordering score, by column and then by score.
 * @example (await listInitiatives(ports))[0] // { initiative, score: 12.4 }
 */
export function listInitiatives(
  ports: Ports,
): Step<ReadonlyArray<{ readonly initiative: Initiative; readonly score: number }>> {
  return andThen(ports.initiatives.list(), (initiatives) =>
    initiatives
      .map((initiative) => ({ initiative, score: orderingScore(initiative.expected, initiative.effort) }))
      .sort(
        (a, b) =>
          INITIATIVE_STATUSES.indexOf(a.initiative.status) -
            INITIATIVE_STATUSES.indexOf(b.initiative.status) ||
          b.score - a.score ||
          (a.initiative.id < b.initiative.id ? -1 : 1),
      ),
  );
}

import type { Baseline, ExpectedImpact, Initiative, InitiativeStatus } from '../model/initiative';
import type { Segment } from '../model/segment';
import type { Instant } from '../model/time';
import { err, ok, type Result } from '../result';
import { isHidden } from '../share/export-text';

export type { Baseline, ExpectedImpact, Initiative, InitiativeStatus };

export const INITIATIVE_STATUSES: readonly InitiativeStatus[] = [
  'identified',
  'prioritised',
  'in-progress',
  'measuring',
  'done',
  'dropped',
];

export interface InitiativeError {
  readonly field: string;
  readonly code: 'required' | 'too-long' | 'out-of-range' | 'invalid-status' | 'needs-go-live' | 'wrong-type';
  readonly message: string;
}

/**
 * Hours of value one detractor turned promoter is counted as, when ordering the board: happiness and lost time
 * are added into one cost of delay. Configurable per call; one hour by default.
 */
export const DEFAULT_HOURS_PER_HAPPINESS_POINT_TICKET = 1;

/**
 * The board's ordering score, WSJF-style: cost of delay per month divided by effort. Cost of delay is the
 * recoverable lost hours per month plus the happiness gap (points / 100) × tickets per month × the hours one such
 * ticket is worth. Higher goes first.
 *
 *     score = (recoverableHoursPerMonth + max(0, happinessGap) / 100 × ticketsPerMonth × hoursPerTicket) / effort
 *
 * @example orderingScore({ recoverableHoursPerMonth: 40, happinessGap: 20, ticketsPerMonth: 100 }, 5) // (40 + 20) / 5 = 12
 */
export function orderingScore(
  expected: ExpectedImpact,
  effort: number,
  hoursPerTicket = DEFAULT_HOURS_PER_HAPPINESS_POINT_TICKET,
): number {
  const costOfDelay =
    Math.max(0, expected.recoverableHoursPerMonth) +
    (Math.max(0, expected.happinessGap) / 100) * expected.ticketsPerMonth * hoursPerTicket;
  return costOfDelay / Math.max(effort, 1);
}

/** What a CSI manager may change on an initiative. */
export interface InitiativeChanges {
  readonly title?: string;
  readonly hypothesis?: string;
  readonly status?: InitiativeStatus;
  readonly effort?: number;
  readonly goLiveAt?: Instant | null;
  readonly owner?: string | null;
  readonly externalKey?: string;
}

const TITLE_MAX = 200;
const HYPOTHESIS_MAX = 4000;
const OWNER_MAX = 200;
/** An issue or record key in the platform's own register: `CSI-12`, `CIM0001001`, a record's sys_id. */
const EXTERNAL_KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/**
 * Checks the fields a person types, collecting every problem.
 * @example validateInitiativeFields({ title: '', effort: 0 }) // [{ field: 'title', code: 'required' }, { field: 'effort', … }]
 */
export function validateInitiativeFields(fields: InitiativeChanges): readonly InitiativeError[] {
  const errors: InitiativeError[] = [];
  if (fields.title !== undefined) {
    if (typeof fields.title !== 'string' || fields.title.trim() === '') {
      errors.push({ field: 'title', code: 'required', message: 'A title is required.' });
    } else if (fields.title.length > TITLE_MAX) {
      errors.push({
        field: 'title',
        code: 'too-long',
        message: `The title is longer than ${TITLE_MAX} characters.`,
      });
    }
  }
  if (fields.hypothesis !== undefined) {
    if (typeof fields.hypothesis !== 'string') {
      errors.push({ field: 'hypothesis', code: 'wrong-type', message: 'The hypothesis must be text.' });
    } else if (fields.hypothesis.length > HYPOTHESIS_MAX) {
      errors.push({
        field: 'hypothesis',
        code: 'too-long',
        message: `The hypothesis is longer than ${HYPOTHESIS_MAX} characters.`,
      });
    }
  }
  if (
    fields.effort !== undefined &&
    (typeof fields.effort !== 'number' || !(fields.effort >= 0.5 && fields.effort <= 1000))
  ) {
    errors.push({
      field: 'effort',
      code: 'out-of-range',
      message: 'Effort must be a number from 0.5 to 1000.',
    });
  }
  if (fields.status !== undefined && INITIATIVE_STATUSES.indexOf(fields.status) < 0) {
    errors.push({
      field: 'status',
      code: 'invalid-status',
      message: `Unknown status ${typeof fields.status === 'string' ? `"${fields.status.slice(0, 40)}"` : typeof fields.status}; one of ${INITIATIVE_STATUSES.join(', ')}.`,
    });
  }
  if (
    fields.owner !== undefined &&
    fields.owner !== null &&
    (typeof fields.owner !== 'string' ||
      fields.owner.length === 0 ||
      fields.owner.length > OWNER_MAX ||
      Array.from(fields.owner).some((c) => isHidden(c.charCodeAt(0))))
  ) {
    errors.push({
      field: 'owner',
      code: 'wrong-type',
      message: `The owner must be an account id of 1 to ${OWNER_MAX} characters, or null.`,
    });
  }
  if (
    fields.externalKey !== undefined &&
    (typeof fields.externalKey !== 'string' || !EXTERNAL_KEY.test(fields.externalKey))
  ) {
    errors.push({
      field: 'externalKey',
      code: 'wrong-type',
      message: 'The external key must be an issue or record key such as CSI-12 (letters, digits, _ . -).',
    });
  }
  if (fields.goLiveAt !== undefined && fields.goLiveAt !== null && !Number.isFinite(fields.goLiveAt)) {
    errors.push({ field: 'goLiveAt', code: 'wrong-type', message: 'The go-live date must be a time.' });
  }
  return errors;
}

/**
 * An initiative with changes applied: validated, history kept, version bumped. The baseline is frozen and cannot
 * be changed. Any board move is allowed, except that `measuring` and `done` need a go-live date, since impact is
 * measured from it.
 * @example reviseInitiative(initiative, { status: 'measuring', goLiveAt }, now, 'csi-manager') // { ok: true, value: { status: 'measuring', version: 2, … } }
 */
export function reviseInitiative(
  initiative: Initiative,
  changes: InitiativeChanges,
  now: Instant,
  by?: string,
): Result<Initiative, readonly InitiativeError[]> {
  const errors = [...validateInitiativeFields(changes)];
  const goLiveAt = changes.goLiveAt === null ? undefined : (changes.goLiveAt ?? initiative.goLiveAt);
  const status = changes.status ?? initiative.status;
  if ((status === 'measuring' || status === 'done') && goLiveAt === undefined) {
    errors.push({
      field: 'goLiveAt',
      code: 'needs-go-live',
      message: `Set the go-live date before moving to ${status}: impact is measured from it.`,
    });
  }
  if (errors.length > 0) return err(errors);
  const { goLiveAt: _g, owner: _o, ...rest } = initiative;
  const owner = changes.owner === null ? undefined : (changes.owner ?? initiative.owner);
  return ok({
    ...rest,
    ...(changes.title !== undefined ? { title: changes.title.trim() } : {}),
    ...(changes.hypothesis !== undefined ? { hypothesis: changes.hypothesis } : {}),
    ...(changes.effort !== undefined ? { effort: changes.effort } : {}),
    ...(changes.externalKey !== undefined ? { externalKey: changes.externalKey } : {}),
    ...(goLiveAt !== undefined ? { goLiveAt } : {}),
    ...(owner !== undefined ? { owner } : {}),
    status,
    updatedAt: now,
    version: initiative.version + 1,
    history:
      status !== initiative.status
        ? [...initiative.history, { status, at: now, ...(by !== undefined ? { by } : {}) }]
        : initiative.history,
  });
}

/** What creating an initiative takes; the baseline is computed by the caller from the window before `now`. */
export interface NewInitiative {
  readonly id: string;
  readonly title: string;
  readonly hypothesis?: string;
  readonly segment: Segment;
  readonly baseline: Baseline;
  readonly expected: ExpectedImpact;
  readonly effort?: number;
  readonly opportunityKey?: string;
  readonly owner?: string;
}

/**
 * A new initiative in `identified`, its baseline frozen as given.
 * @example draftInitiative({ id: 'i1', title: 'Fix VPN onboarding', segment: { service: 'VPN' }, baseline, expected }, now)
 */
export function draftInitiative(
  fields: NewInitiative,
  now: Instant,
  by?: string,
): Result<Initiative, readonly InitiativeError[]> {
  const effort = fields.effort ?? 3;
  const errors = validateInitiativeFields({
    title: fields.title,
    hypothesis: fields.hypothesis ?? '',
    effort,
    ...(fields.owner !== undefined ? { owner: fields.owner } : {}),
  });
  if (errors.length > 0) return err(errors);
  return ok({
    id: fields.id,
    title: fields.title.trim(),
    hypothesis: fields.hypothesis ?? '',
    segment: fields.segment,
    status: 'identified',
    baseline: fields.baseline,
    expected: fields.expected,
    effort,
    ...(fields.opportunityKey !== undefined ? { opportunityKey: fields.opportunityKey } : {}),
    ...(fields.owner !== undefined ? { owner: fields.owner } : {}),
    createdAt: now,
    updatedAt: now,
    version: 1,
    history: [{ status: 'identified', at: now, ...(by !== undefined ? { by } : {}) }],
  });
}

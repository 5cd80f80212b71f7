import type { Instant } from '../model/time';

/**
 * What decides, for surveying, whether a Jira issue is resolved: its resolution field and its status category.
 * Jira sets the resolution on transitions with a resolution screen or post function; many workflows (team-managed
 * projects, simple service workflows) only move the issue into a status of the Done category.
 */
export interface JiraResolutionState {
  /** The resolution field holds a value. */
  readonly resolution: boolean;
  /** The status is in the Done category (`statusCategory.key` is `done`). */
  readonly done: boolean;
}

/** What one change to an issue means for surveying. */
export type JiraResolutionChange = 'resolved' | 'reopened' | 'unchanged';

/**
 * The rule, once for every Jira adapter: an issue is resolved while its resolution field is set or, with no
 * resolution, while its status is in the Done category.
 * @example jiraResolved({ resolution: false, done: true }) // true
 */
export function jiraResolved(state: JiraResolutionState): boolean {
  return state.resolution || state.done;
}

/**
 * What a change from one state to another is: a resolution when it makes the issue resolved (the resolution set,
 * or a move into the Done category while the resolution stays empty), a reopening when it makes it unresolved (the
 * resolution cleared outside the Done category, or a move out of the Done category without a resolution). A change
 * that does both parts at once counts once; setting a resolution on an issue already counted resolved by its Done
 * status is not a second resolution, and clearing it while the issue stays in Done is no reopening. The same
 * change delivered twice is classified the same, and a state compared with itself is unchanged.
 * @example jiraResolutionChange({ resolution: false, done: true }, { resolution: false, done: false }) // 'reopened'
 */
export function jiraResolutionChange(
  before: JiraResolutionState,
  after: JiraResolutionState,
): JiraResolutionChange {
  const was = jiraResolved(before);
  const is = jiraResolved(after);
  if (was === is) return 'unchanged';
  return is ? 'resolved' : 'reopened';
}

/** A status as Jira returns it in an issue's `fields.status` (`StatusDetails`), the parts read here. */
export interface JiraStatus {
  readonly id?: string;
  readonly name?: string;
  readonly statusCategory?: { readonly key?: string } | null;
}

/** Status categories known by status id (`id:3`) and by name in lower case (`name:resolved`). */
export type JiraStatusCategories = ReadonlyMap<string, string>;

/**
 * The categories of the statuses given, for reading a changelog, whose status items carry only the status id and
 * name: an export's issues between them usually show every status of the workflow as someone's current status.
 * @example jiraStatusCategories([{ id: '3', name: 'Resolved', statusCategory: { key: 'done' } }]).get('id:3') // 'done'
 */
export function jiraStatusCategories(
  statuses: Iterable<JiraStatus | null | undefined>,
  known: JiraStatusCategories = new Map(),
): JiraStatusCategories {
  const categories = new Map(known);
  for (const status of statuses) {
    const key = status?.statusCategory?.key;
    if (typeof key !== 'string') continue;
    if (typeof status?.id === 'string') categories.set(`id:${status.id}`, key);
    if (typeof status?.name === 'string') categories.set(`name:${status.name.toLowerCase()}`, key);
  }
  return categories;
}

/** One item of a changelog history (`ChangeDetails`), or of the changelog a Forge issue event carries. */
export interface JiraChangeItem {
  readonly field?: string;
  readonly fieldId?: string;
  readonly fieldtype?: string;
  readonly from?: string | null;
  readonly fromString?: string | null;
  readonly to?: string | null;
  /**
   * The new value as shown. Typed loosely because every object inherits a `toString` function: only an own string
   * is read, and an item without one stays assignable here.
   */
  readonly toString?: unknown;
}

// `toString` is read as an own property: every object inherits a function by that name.
const own = (item: JiraChangeItem, key: 'fromString' | 'toString'): string | undefined => {
  const value: unknown = Object.prototype.hasOwnProperty.call(item, key) ? item[key] : undefined;
  return typeof value === 'string' ? value : undefined;
};

const isField = (item: JiraChangeItem, field: string) => item.fieldId === field || item.field === field;

const categoryOf = (categories: JiraStatusCategories, id: unknown, name: unknown): string | undefined =>
  (typeof id === 'string' ? categories.get(`id:${id}`) : undefined) ??
  (typeof name === 'string' ? categories.get(`name:${name.toLowerCase()}`) : undefined);

/** What a change's items tell about the resolution state before and after it; a part they do not name is absent. */
export interface JiraChangeStates {
  readonly before: Partial<JiraResolutionState>;
  readonly after: Partial<JiraResolutionState>;
  /** The resolution the change set, by name when Jira gave one, else by id. */
  readonly resolutionCode?: string;
}

/**
 * Reads one change's items: a `resolution` item says whether a resolution was set before and after; a `status`
 * item says whether the issue was in the Done category before and after. A status counts as Done when `categories`
 * say so: issues end in Done statuses, so an export shows those as someone's current status, while a status it
 * never shows (often a passing one such as "Reopened") counts as not Done. Other items (users, other fields) say
 * nothing here.
 * @example jiraChangeStates([{ field: 'status', from: '3', to: '10001' }], categories).after // { done: true }
 */
export function jiraChangeStates(
  items: readonly JiraChangeItem[] | null | undefined,
  categories: JiraStatusCategories,
): JiraChangeStates {
  const before: { resolution?: boolean; done?: boolean } = {};
  const after: { resolution?: boolean; done?: boolean } = {};
  let resolutionCode: string | undefined;
  for (const item of Array.isArray(items) ? items : []) {
    if (typeof item !== 'object' || item === null) continue;
    // Of several items for one field, the first tells the state before and the last the state after.
    if (isField(item, 'resolution')) {
      const shown = own(item, 'toString');
      if (before.resolution === undefined) before.resolution = Boolean(item.from || own(item, 'fromString'));
      after.resolution = Boolean(item.to || shown);
      resolutionCode = after.resolution ? (shown ?? item.to ?? undefined) : undefined;
    } else if (isField(item, 'status')) {
      if (before.done === undefined)
        before.done = categoryOf(categories, item.from, own(item, 'fromString')) === 'done';
      after.done = categoryOf(categories, item.to, own(item, 'toString')) === 'done';
    }
  }
  return { before, after, ...(resolutionCode !== undefined ? { resolutionCode } : {}) };
}

/**
 * A Jira time (`2026-11-02T09:00:00.000+0200`) as an instant; undefined when absent or not a time.
 * @example jiraInstant('2026-11-02T09:00:00.000+0200') // Date.UTC(2026, 10, 2, 7)
 */
export function jiraInstant(value: unknown): Instant | undefined {
  const parsed = typeof value === 'string' && value !== '' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** The fields of an issue (`IssueBean.fields`) that say whether and since when it is resolved. */
export interface JiraResolutionFields {
  readonly resolution?: { readonly name?: string } | null;
  readonly resolutiondate?: string | null;
  readonly status?: JiraStatus | null;
  /** "Status Category Changed": when the issue last moved into another status category. */
  readonly statuscategorychangedate?: string | null;
}

/**
 * The resolution state an issue's fields show now. A file that left the resolution field out but gives a
 * resolution date is read as resolved, as Jira sets the one with the other.
 * @example jiraResolutionState({ resolution: null, status: { statusCategory: { key: 'done' } } }) // { resolution: false, done: true }
 */
export function jiraResolutionState(fields: JiraResolutionFields | null | undefined): JiraResolutionState {
  const resolution = fields?.resolution;
  return {
    resolution:
      resolution === undefined
        ? jiraInstant(fields?.resolutiondate) !== undefined
        : typeof resolution === 'object' && resolution !== null,
    done: fields?.status?.statusCategory?.key === 'done',
  };
}

/**
 * Since when an issue that is resolved now has been resolved, from its fields alone, so that a live event, an
 * import and a changelog name the same resolution: the earlier of the resolution date (while a resolution is set)
 * and the time it last changed status category (while it is in Done). Undefined for an unresolved issue or when
 * Jira gave neither time.
 * @example jiraResolvedAt({ resolution: null, statuscategorychangedate: '2026-11-02T10:00:00Z', status: done }) // Date.UTC(2026, 10, 2, 10)
 */
export function jiraResolvedAt(fields: JiraResolutionFields | null | undefined): Instant | undefined {
  const state = jiraResolutionState(fields);
  const byResolution = state.resolution ? jiraInstant(fields?.resolutiondate) : undefined;
  const byStatus = state.done ? jiraInstant(fields?.statuscategorychangedate) : undefined;
  if (byResolution === undefined) return byStatus;
  return byStatus === undefined ? byResolution : Math.min(byResolution, byStatus);
}

/**
 * The JQL clause for the issues resolved since a day by the same rule: a resolution set since then or, with none
 * set, a move into a Done-category status since then (Jira's "Status Category Changed"). In parentheses, for
 * adapters to order it or narrow it further. The day is `YYYY-MM-DD` in the site's time zone.
 * @example jiraResolvedSinceJql('2026-10-01') // '(resolutiondate >= "2026-10-01" OR (resolution is EMPTY AND …))'
 */
export function jiraResolvedSinceJql(day: string): string {
  return `(resolutiondate >= "${day}" OR (resolution is EMPTY AND statusCategory = Done AND statusCategoryChangedDate >= "${day}"))`;
}

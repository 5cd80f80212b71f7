import { DEFAULT_ROLE_GROUPS, type RoleGroups } from './roles';
import type { SqlExecutor } from './storage/sql-executor';

/** What the Jira admin configures beyond the core settings. */
export interface ForgeConfig {
  /** How surveys reach customers: a public comment on the request (default) or Jira's notify API. */
  readonly delivery: 'comment' | 'notify';
  readonly roleGroups: RoleGroups;
  /** The project initiatives are created in as Jira issues, and their issue type; none keeps them in XLoop only. */
  readonly csiProject?: { readonly key: string; readonly issueType: string };
  /** The service projects whose requests are surveyed, by key; empty or absent: every service project. */
  readonly serviceProjects?: readonly string[];
}

export const DEFAULT_FORGE_CONFIG: ForgeConfig = { delivery: 'comment', roleGroups: DEFAULT_ROLE_GROUPS };

const strings = (value: unknown) =>
  Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length > 0 && v.length <= 255);

/**
 * Reads an admin's Forge settings, every problem listed: `{ delivery, roleGroups: { agent, csiManager, admin },
 * csiProject: { key, issueType } }`, each key optional.
 */
export function validateForgeConfig(
  raw: unknown,
  base: ForgeConfig = DEFAULT_FORGE_CONFIG,
): { ok: true; value: ForgeConfig } | { ok: false; errors: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, errors: ['The settings must be an object.'] };
  const input = raw as Record<string, unknown>;
  const errors: string[] = [];
  for (const key of Object.keys(input))
    if (!['delivery', 'roleGroups', 'csiProject', 'serviceProjects'].includes(key))
      errors.push(`Unknown setting "${key}".`);
  if (input.delivery !== undefined && input.delivery !== 'comment' && input.delivery !== 'notify')
    errors.push('delivery must be "comment" or "notify".');
  const groups = input.roleGroups as Record<string, unknown> | undefined;
  if (
    groups !== undefined &&
    (typeof groups !== 'object' ||
      groups === null ||
      !['agent', 'csiManager', 'admin'].every((k) => groups[k] === undefined || strings(groups[k])))
  ) {
    errors.push('roleGroups.agent, .csiManager and .admin must be lists of group names.');
  }
  const project = input.csiProject as Record<string, unknown> | null | undefined;
  if (
    project !== undefined &&
    project !== null &&
    (typeof project !== 'object' ||
      !/^[A-Z][A-Z0-9_]{1,9}$/.test(String(project.key)) ||
      typeof project.issueType !== 'string' ||
      project.issueType === '')
  ) {
    errors.push('csiProject needs a project key such as "CSI" and an issue type such as "Task".');
  }
  const projects = input.serviceProjects;
  if (
    projects !== undefined &&
    (!Array.isArray(projects) ||
      projects.length > 100 ||
      !projects.every((key) => typeof key === 'string' && /^[A-Z][A-Z0-9_]{1,9}$/.test(key)))
  )
    errors.push('serviceProjects must be a list of at most 100 project keys such as "HELP".');
  if (errors.length > 0) return { ok: false, errors };
  const roleGroups =
    groups === undefined ? base.roleGroups : { ...base.roleGroups, ...(groups as Partial<RoleGroups>) };
  const csiProject =
    project === undefined
      ? base.csiProject
      : project === null
        ? undefined
        : { key: String(project.key), issueType: String(project.issueType) };
  return {
    ok: true,
    value: {
      delivery: (input.delivery as ForgeConfig['delivery'] | undefined) ?? base.delivery,
      roleGroups,
      ...(csiProject ? { csiProject } : {}),
      ...(projects !== undefined
        ? (projects as string[]).length > 0
          ? { serviceProjects: [...new Set(projects as string[])] }
          : {}
        : base.serviceProjects
          ? { serviceProjects: base.serviceProjects }
          : {}),
    },
  };
}

/** The Forge settings, kept beside the core's in `xl_settings`. */
export class ForgeConfigStore {
  constructor(private readonly db: SqlExecutor) {}

  async read(): Promise<ForgeConfig> {
    const [row] = await this.db.query<{ value: string }>(
      "SELECT value FROM xl_settings WHERE name = 'forge'",
    );
    return row
      ? { ...DEFAULT_FORGE_CONFIG, ...(JSON.parse(row.value) as Partial<ForgeConfig>) }
      : DEFAULT_FORGE_CONFIG;
  }

  async save(config: ForgeConfig): Promise<void> {
    await this.db.update(
      "INSERT INTO xl_settings (name, value) VALUES ('forge', ?) ON DUPLICATE KEY UPDATE value = VALUES(value)",
      [JSON.stringify(config)],
    );
  }
}

/** One JSON value kept in `xl_settings` under its own name, e.g. the cached Jira field ids. */
export class SettingsRow<T> {
  constructor(
    private readonly db: SqlExecutor,
    private readonly name: string,
  ) {}

  async read(): Promise<T | undefined> {
    const [row] = await this.db.query<{ value: string }>('SELECT value FROM xl_settings WHERE name = ?', [
      this.name,
    ]);
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  async save(value: T): Promise<void> {
    await this.db.update(
      'INSERT INTO xl_settings (name, value) VALUES (?, ?) ON DUPLICATE KEY UPDATE value = VALUES(value)',
      [this.name, JSON.stringify(value)],
    );
  }

  async delete(): Promise<void> {
    await this.db.update('DELETE FROM xl_settings WHERE name = ?', [this.name]);
  }
}

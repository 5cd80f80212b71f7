import { DEFAULT_ROLE_GROUPS, type RoleGroups } from './roles';
import type { SqlExecutor } from './storage/sql-executor';

/** What the Jira admin configures beyond the core settings. */
export interface ForgeConfig {
  /** How surveys reach customers: a public comment on the request (default) or Jira's notify API. */
  readonly delivery: 'comment' | 'notify';
  readonly roleGroups: RoleGroups;
  /** The project initiatives are created in as Jira issues, and their issue type; none keeps them in XLoop only. */
  readonly csiProject?: { readonly key: string; readonly issueType: string };
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
    if (!['delivery', 'roleGroups', 'csiProject'].includes(key)) errors.push(`Unknown setting "${key}".`);
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

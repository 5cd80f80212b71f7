import { DAY } from '@xloop/shared-core';
import { type ServiceDeskFields, serviceDeskFields } from '@xloop/shared-core/jira';
import type { JiraClient } from './jira-client';

/** JSM's field ids as last read from the site, and when. */
export interface CachedFields {
  readonly at: number;
  readonly fields: ServiceDeskFields;
}

/** Where the cached field ids are kept between invocations (Forge SQL on Forge). */
export interface FieldCacheStore {
  read(): Promise<CachedFields | undefined>;
  save(value: CachedFields): Promise<void>;
}

/** How long field ids are trusted: a site rarely renames JSM's fields, and a day-old id is still found by type. */
export const FIELD_CACHE_MS = DAY;

/**
 * JSM's field ids (request type, organisations) read from `GET /rest/api/3/field` at most once a day (`maxAgeMs`),
 * not on every issue event: that operation lists every field of the site. A failed refresh keeps the last ids. The
 * issue trigger reads them with no age limit, so it asks Jira only before anything has read them; the hourly sweep
 * keeps them a day fresh.
 * @example const fields = await cachedServiceDeskFields(appJira, store)() // { requestType: 'customfield_10010' }
 */
export function cachedServiceDeskFields(
  jira: JiraClient,
  store: FieldCacheStore,
  now: () => number = Date.now,
  maxAgeMs: number = FIELD_CACHE_MS,
): () => Promise<ServiceDeskFields> {
  return async () => {
    const cached = await store.read();
    if (cached && now() - cached.at < maxAgeMs) return cached.fields;
    try {
      const fields = serviceDeskFields(
        await jira.get<{ id?: string; schema?: { custom?: string } }[]>('/rest/api/3/field'),
      );
      await store.save({ at: now(), fields });
      return fields;
    } catch (error) {
      if (cached) return cached.fields;
      throw error;
    }
  };
}

/** A cache in memory, for tests and for callers that keep no store. */
export function memoryFieldCache(): FieldCacheStore & { value?: CachedFields } {
  const cache: FieldCacheStore & { value?: CachedFields } = {
    async read() {
      return cache.value;
    },
    async save(value) {
      cache.value = value;
    },
  };
  return cache;
}

/** A service project as XLoop keeps it: Jira's numeric id and its key. */
export interface ServiceProject {
  readonly id: number;
  readonly key: string;
}

interface ProjectPage {
  readonly values?: readonly { readonly id?: string; readonly key?: string }[];
  readonly isLast?: boolean;
}

/** Service projects read at most this many pages of 50 (500 projects). */
const PROJECT_PAGES = 10;

/**
 * The site's service projects (`GET /rest/api/3/project/search?typeKey=service_desk`), read at most once a day like
 * the field ids: the permission check asks for JSM's agent permission on these.
 * @example await cachedServiceProjects(appJira, store)() // [{ id: 10000, key: 'HELP' }]
 */
export function cachedServiceProjects(
  jira: JiraClient,
  store: {
    read(): Promise<{ at: number; projects: ServiceProject[] } | undefined>;
    save(value: { at: number; projects: ServiceProject[] }): Promise<void>;
  },
  now: () => number = Date.now,
): () => Promise<readonly ServiceProject[]> {
  return async () => {
    const cached = await store.read();
    if (cached && now() - cached.at < FIELD_CACHE_MS) return cached.projects;
    try {
      const projects: ServiceProject[] = [];
      for (let page = 0; page < PROJECT_PAGES; page++) {
        const found = await jira.get<ProjectPage>(
          `/rest/api/3/project/search?typeKey=service_desk&startAt=${page * 50}&maxResults=50`,
        );
        for (const p of found.values ?? [])
          if (p.id !== undefined && p.key !== undefined) projects.push({ id: Number(p.id), key: p.key });
        if (found.isLast !== false) break;
      }
      await store.save({ at: now(), projects });
      return projects;
    } catch (error) {
      if (cached) return cached.projects;
      throw error;
    }
  };
}

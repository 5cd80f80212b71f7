// What `src/server/core/xloop-core.js` holds: the core and its ServiceNow mapping, never the Jira one.
// `bundle-core.mjs` bundles this file for the instance; on Node the tests import it in the bundle's place.
export * from '@xloop/shared-core';
export * from '@xloop/shared-core/servicenow';

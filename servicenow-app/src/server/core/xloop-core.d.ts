// The core as the app bundles it (`scripts/bundle-core.mjs` writes `xloop-core.js` beside this file before
// `now-sdk build`): one ES2021 module with no generators, async functions or Unicode regular expressions, which the
// build uploads as a `sys_module` record. Its types are the core's own: the core and its ServiceNow mapping.
export * from '@xloop/shared-core';
export * from '@xloop/shared-core/servicenow';

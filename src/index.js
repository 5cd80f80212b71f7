// The Forge app's handlers, for Forge's default packaging: `forge deploy` bundles src/ beside manifest.yml and the
// manifest's `index.<name>` handlers resolve here. The functions are built from forge-app/ by esbuild
// (npm run build -w @xloop/forge-app); this file only re-exports them, and forge-app/build.mjs checks it names
// every one.
export {
  dispatchBatch,
  migrateSchema,
  oneClick,
  onIssueEvent,
  reportPersonalData,
  resolver,
  startDispatch,
  sweepResolutions,
} from '../forge-app/dist/functions/index.js';

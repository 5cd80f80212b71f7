// `now-sdk build` runs this task before it builds (the SDK's `prebuild` script, `now.prebuild.mjs` beside
// now.config.json), but after it has read the server modules. So it cannot supply the core to the build it runs in;
// it refuses a build whose core module is missing or older than the core: without the module every `require` of
// the app's modules throws on the instance, and a missing one would even be uploaded as a deletion. It writes the
// current bundle, so the next build goes through. `npm run build` and `npm run deploy` bundle first and pass.
import { bundleCore, CORE_MODULE, coreBundle, coreState } from './scripts/bundle-core.mjs';

/** Why a build with the core module in this state must not go on; `undefined` when it may. */
export function refusal(state) {
  if (state === 'current') return undefined;
  return (
    `The bundled core (${CORE_MODULE}) was ${state} when the build started, so this build would deploy ` +
    `${state === 'missing' ? 'no core' : 'an old core'}. It is written now: build again, or use \`npm run build\`, which bundles first.`
  );
}

export default async function prebuild({ logger }) {
  const { text, ms } = coreBundle();
  const reason = refusal(coreState(text));
  if (reason === undefined) {
    logger.info(`the bundled core is current (checked in ${ms} ms)`);
    return;
  }
  bundleCore();
  throw new Error(reason);
}

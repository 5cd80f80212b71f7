import { storeContract } from '@xloop/shared-core/testing';
import { freshInstance } from '../../../test/app-instance';
import { zonedTime } from '../glide-zoned-time';
import { GlideInitiativeStore } from './glide-initiative-store';
import { GlideResponseStore } from './glide-response-store';
import { GlideRollupStore } from './glide-rollup-store';
import { GlideSurveyStore } from './glide-survey-store';
import { ensureKeyring, PropertySettingsStore } from './property-settings-store';

storeContract('GlideRecord', () => {
  freshInstance();
  // The app as installed, after the job's first run made the one-click keyring.
  ensureKeyring();
  return {
    surveys: new GlideSurveyStore(),
    responses: new GlideResponseStore(),
    rollups: new GlideRollupStore(),
    initiatives: new GlideInitiativeStore(),
    settings: new PropertySettingsStore(zonedTime()),
  };
});

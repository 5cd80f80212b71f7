import { GlideDateTime, gs } from '@servicenow/glide';
import { type Ports, scriptCrypto } from './core/xloop-core.js';
import { eventDelivery } from './delivery/event-delivery';
import { zonedTime } from './glide-zoned-time';
import { GlideInitiativeStore } from './stores/glide-initiative-store';
import { GlideResponseStore } from './stores/glide-response-store';
import { GlideRollupStore } from './stores/glide-rollup-store';
import { GlideSurveyStore } from './stores/glide-survey-store';
import { PropertySettingsStore } from './stores/property-settings-store';
import { PROPERTY } from './tables';
import { glideTicketHistory } from './ticket-events/ticket-history';

/** The public one-click route on this instance. */
export function oneClickUrl(): string {
  const base = gs.getProperty(PROPERTY.instanceUrl, '/');
  return `${base.endsWith('/') ? base : `${base}/`}api/x_xloop/xloop/respond`;
}

/** Every port on ServiceNow: synchronous GlideRecord stores, so the core's services run synchronously. */
export function glidePorts(): Ports & { readonly rollups: GlideRollupStore } {
  const zoned = zonedTime();
  const settings = new PropertySettingsStore(zoned);
  return {
    surveys: new GlideSurveyStore(),
    responses: new GlideResponseStore(),
    rollups: new GlideRollupStore(),
    initiatives: new GlideInitiativeStore(),
    settings,
    delivery: eventDelivery(oneClickUrl, () => settings.keyring()),
    clock: { now: () => new GlideDateTime().getNumericValue() },
    zoned,
    crypto: scriptCrypto,
    // The policy preview replays what the business rules recorded.
    history: glideTicketHistory,
  };
}

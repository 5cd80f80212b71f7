import '@servicenow/sdk/global';
import { Property } from '@servicenow/sdk/core';
import { experienceAdmin } from './roles.now';

// Configuration as system properties. Settings change a few times a year; the platform flushes caches on every
// property write, so nothing here is written per request.

Property({
  $id: Now.ID['property-settings'],
  name: 'x_xloop.settings',
  type: 'string',
  value: '',
  description:
    'XLoop settings as JSON (timing policy, minimum sample, …), validated by the core; empty means the defaults. Saved from the admin API (saveSettings).',
  roles: { read: [experienceAdmin], write: [experienceAdmin] },
});

Property({
  $id: Now.ID['property-token-keyring'],
  name: 'x_xloop.token_keyring',
  type: 'string',
  value: '',
  isPrivate: true,
  description:
    'The one-click token keys as JSON ({ currentKeyId, keys }), made on first use. Private: left out of update sets. Add a key and make it current to rotate; keep the old one until its links have expired.',
  roles: { read: [experienceAdmin], write: [experienceAdmin] },
});

Property({
  $id: Now.ID['property-initiative-register'],
  name: 'x_xloop.initiative_register',
  type: 'choicelist',
  choices: ['xloop', 'cim'],
  value: 'xloop',
  description:
    'Where new initiatives are registered: xloop (the XLoop register only) or cim (also as an improvement in Continual Improvement Management, sn_cim_register, when that plugin is active).',
  roles: { read: [experienceAdmin], write: [experienceAdmin] },
});

import '@servicenow/sdk/global';
import { Property } from '@servicenow/sdk/core';
import { experienceAdmin } from './roles.now';

// Configuration as system properties. Settings change a few times a year; a property write flushes caches, so
// nothing here is written per request, and the settings property flushes only its own value (ignoreCache).
// Properties written at run time load on the first install only (`installMethod: 'first install'`): an upgrade
// leaves the admins' values as they are.

Property({
  $id: Now.ID['property-settings'],
  $meta: { installMethod: 'first install' },
  name: 'x_xloop.settings',
  type: 'string',
  value: '',
  ignoreCache: true,
  description:
    'XLoop settings as JSON (timing policy, minimum sample, …), validated by the core; empty means the defaults. Saved from the admin API (saveSettings).',
  roles: { read: [experienceAdmin], write: [experienceAdmin] },
});

// Where installs before 0.2 kept the one-click keyring in clear. The app moves a keyring found here into the
// encrypted x_xloop_secret table on the job's first run and empties this property; it is kept (first install only, empty)
// so that an upgrade neither deletes a keyring not yet moved nor writes over it.
Property({
  $id: Now.ID['property-token-keyring'],
  $meta: { installMethod: 'first install' },
  name: 'x_xloop.token_keyring',
  type: 'string',
  value: '',
  isPrivate: true,
  description:
    'Retired: the one-click keyring is kept encrypted in x_xloop_secret. A keyring left here by an older install is moved there by the XLoop job on its first run, and this property is emptied.',
  roles: { read: [experienceAdmin], write: [experienceAdmin] },
});

// An admin's choice: first install only, so an upgrade keeps it.
Property({
  $id: Now.ID['property-initiative-register'],
  $meta: { installMethod: 'first install' },
  name: 'x_xloop.initiative_register',
  type: 'choicelist',
  choices: ['xloop', 'cim'],
  value: 'xloop',
  description:
    'Where new initiatives are registered: xloop (the XLoop register only) or cim (also as an improvement in Continual Improvement Management, sn_cim_register, when that plugin is active).',
  roles: { read: [experienceAdmin], write: [experienceAdmin] },
});

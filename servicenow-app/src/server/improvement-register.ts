import { GlideRecord, gs } from '@servicenow/glide';
import { type Initiative, type Ports, settled, updateInitiative } from './core/xloop-core.js';
import { PROPERTY } from './tables';

/** Continual Improvement Management's register, when its plugin is active. */
export const CIM_TABLE = 'sn_cim_register';

/** The resolvers after which an initiative without an improvement is registered (again). */
export const CIM_TRACKED_CALLS = ['createInitiative', 'updateInitiative'] as const;

/**
 * With `x_xloop.initiative_register` = `cim` and the CIM plugin present, a new initiative also becomes an
 * improvement in `sn_cim_register` (title, hypothesis and target segment), its number kept on the initiative as
 * `externalKey`. Our register stays the source of the baseline and the measured impact. A failure here never loses
 * the initiative: it is logged as an error naming the initiative, the diagnostics page counts initiatives still
 * without an improvement, and the registration is tried again each time the initiative is updated.
 */
export function trackInCim(ports: Ports, initiative: Initiative, by: string): Initiative {
  if (gs.getProperty(PROPERTY.initiativeRegister, 'xloop') !== 'cim' || initiative.externalKey)
    return initiative;
  if (!gs.tableExists(CIM_TABLE)) {
    gs.error(
      `XLoop: initiative ${initiative.id} is not in Continual Improvement Management: ${CIM_TABLE} does not exist. Activate the plugin or set ${PROPERTY.initiativeRegister} to xloop.`,
    );
    return initiative;
  }
  const improvement = new GlideRecord(CIM_TABLE);
  improvement.initialize();
  improvement.setValue('short_description', initiative.title);
  improvement.setValue(
    'description',
    `${initiative.hypothesis}\n\nXLoop initiative ${initiative.id}, segment ${JSON.stringify(initiative.segment)}`,
  );
  if (!improvement.insert()) {
    gs.error(
      `XLoop: initiative ${initiative.id} could not be registered in ${CIM_TABLE}; it is tried again when next updated.`,
    );
    return initiative;
  }
  const key = improvement.getValue('number') ?? improvement.getUniqueValue();
  const updated = settled(
    updateInitiative(ports, initiative.id, { externalKey: key }, initiative.version, by),
  );
  if (!updated.ok)
    gs.error(`XLoop: initiative ${initiative.id} is improvement ${key}, but keeping its number failed.`);
  return updated.ok ? updated.value : initiative;
}

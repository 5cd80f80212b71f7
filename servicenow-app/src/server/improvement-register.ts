import { GlideRecord, gs } from '@servicenow/glide';
import { type Initiative, type Ports, settled, updateInitiative } from './core/xloop-core.js';
import { PROPERTY } from './tables';

/** Continual Improvement Management's register, when its plugin is active. */
export const CIM_TABLE = 'sn_cim_register';

/**
 * With `x_xloop.initiative_register` = `cim` and the CIM plugin present, a new initiative also becomes an
 * improvement in `sn_cim_register` (title, hypothesis and target segment), its number kept on the initiative as
 * `externalKey`. Our register stays the source of the baseline and the measured impact. A failure here never loses
 * the initiative; one without a key is tried again when it is next updated through the API.
 */
export function trackInCim(ports: Ports, initiative: Initiative, by: string): Initiative {
  if (gs.getProperty(PROPERTY.initiativeRegister, 'xloop') !== 'cim') return initiative;
  if (initiative.externalKey || !gs.tableExists(CIM_TABLE)) return initiative;
  const improvement = new GlideRecord(CIM_TABLE);
  improvement.initialize();
  improvement.setValue('short_description', initiative.title);
  improvement.setValue(
    'description',
    `${initiative.hypothesis}\n\nXLoop initiative ${initiative.id}, segment ${JSON.stringify(initiative.segment)}`,
  );
  if (!improvement.insert()) return initiative;
  const key = improvement.getValue('number') ?? improvement.getUniqueValue();
  const updated = settled(
    updateInitiative(ports, initiative.id, { externalKey: key }, initiative.version, by),
  );
  return updated.ok ? updated.value : initiative;
}

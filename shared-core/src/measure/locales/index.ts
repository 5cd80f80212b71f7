import { de } from './de';
import { en, type Messages } from './en';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';

export type { MessageKey, Messages } from './en';

/** The instrument's translations, by locale. */
export const MESSAGES: Readonly<Record<string, Messages>> = { en, de, fr, es, fi, sv, nl, pt, ja, pl };

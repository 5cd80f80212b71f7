import { de } from './de';
import { en, type UiTexts } from './en';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';

export type { UiKey, UiTexts } from './en';

/** The app's screen texts by locale: the same ten locales as the core's instrument. */
export const UI_TEXTS: Readonly<Record<string, UiTexts>> = { en, de, fr, es, fi, sv, nl, pt, ja, pl };

import { builtin, type BuiltinTemplate } from './build-template';
import { omnichannelJourneyStructure } from './omnichannel-journey/structure';
import { omnichannelJourneyEn } from './omnichannel-journey/en';
import { omnichannelJourneyAr } from './omnichannel-journey/ar';
import { omnichannelJourneyRo } from './omnichannel-journey/ro';
import { lifecycleSixStepStructure } from './lifecycle-six-step/structure';
import { lifecycleSixStepEn } from './lifecycle-six-step/en';
import { lifecycleSixStepAr } from './lifecycle-six-step/ar';
import { lifecycleSixStepRo } from './lifecycle-six-step/ro';
import { mysteryShopBranchStructure } from './mystery-shop-branch/structure';
import { mysteryShopBranchEn } from './mystery-shop-branch/en';
import { mysteryShopBranchAr } from './mystery-shop-branch/ar';
import { mysteryShopBranchRo } from './mystery-shop-branch/ro';
import { omnichannelConsistencyStructure } from './omnichannel-consistency/structure';
import { omnichannelConsistencyEn } from './omnichannel-consistency/en';
import { omnichannelConsistencyAr } from './omnichannel-consistency/ar';
import { omnichannelConsistencyRo } from './omnichannel-consistency/ro';

export type { BuiltinTemplate };

/** The four shipped templates, each in English, Arabic and Romanian. */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  builtin(omnichannelJourneyStructure, {
    en: omnichannelJourneyEn,
    ar: omnichannelJourneyAr,
    ro: omnichannelJourneyRo,
  }),
  builtin(lifecycleSixStepStructure, { en: lifecycleSixStepEn, ar: lifecycleSixStepAr, ro: lifecycleSixStepRo }),
  builtin(mysteryShopBranchStructure, { en: mysteryShopBranchEn, ar: mysteryShopBranchAr, ro: mysteryShopBranchRo }),
  builtin(omnichannelConsistencyStructure, {
    en: omnichannelConsistencyEn,
    ar: omnichannelConsistencyAr,
    ro: omnichannelConsistencyRo,
  }),
];

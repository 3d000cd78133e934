import type { CriterionStructure, ScaleStructure, TemplateStructure } from '../build-template';

const yesno: ScaleStructure = { type: 'yesno' };
const scale5: ScaleStructure = { type: 'scale5' };
const scale10: ScaleStructure = { type: 'scale10' };
const options = (...points: [string, number][]): ScaleStructure => ({
  type: 'options',
  options: points.map(([id, p]) => ({ id, points: p })),
});

function c(
  id: string,
  family: CriterionStructure['family'],
  scale: ScaleStructure,
  weight: number,
  flags: { critical?: boolean; allowNa?: boolean } = {},
): CriterionStructure {
  return { id, family, scale, weight, ...flags };
}

export const mysteryShopBranchStructure: TemplateStructure = {
  key: 'mystery-shop-branch',
  rollup: 'pooled',
  momentOfTruthMultiplier: 1.5,
  failRequiresComment: true,
  stageIds: ['arrival', 'waiting', 'greeting', 'needs', 'offer', 'closing', 'after-visit'],
  touchpoints: [
    // Arrival & exterior
    {
      id: 'exterior',
      stageId: 'arrival',
      kind: 'physical',
      criteria: [
        c('exterior-clean-signage-lit', 'best-practice', yesno, 2),
        c('opening-hours-displayed', 'consistency', yesno, 2),
        c('accessible-entrance', 'best-practice', yesno, 2),
        c('easy-to-find', 'general', scale5, 1),
      ],
    },
    {
      id: 'window-display',
      stageId: 'arrival',
      kind: 'physical',
      criteria: [
        c('display-tidy', 'best-practice', scale5, 1),
        c('promotions-current', 'bad-practice', yesno, 2),
        c('offer-conditions-visible', 'bad-practice', yesno, 2),
      ],
    },
    // Entrance & waiting
    {
      id: 'waiting-area',
      stageId: 'waiting',
      kind: 'physical',
      criteria: [
        c('interior-clean', 'best-practice', scale5, 2),
        c('seating-available', 'best-practice', yesno, 1),
        c('information-available', 'best-practice', yesno, 1),
      ],
    },
    {
      id: 'queue-system',
      stageId: 'waiting',
      kind: 'digital',
      criteria: [
        c('queue-system-clear', 'best-practice', yesno, 2),
        c('screen-calls-clearly', 'best-practice', yesno, 2),
        c('waiting-time', 'best-practice', options(['under-2', 3], ['2-5', 2], ['5-10', 1], ['over-10', 0]), 3, {
          allowNa: false,
        }),
        c('served-in-order', 'bad-practice', yesno, 1),
      ],
    },
    {
      id: 'self-service-kiosk',
      stageId: 'waiting',
      kind: 'digital',
      criteria: [
        c('kiosk-working', 'best-practice', yesno, 2),
        c('kiosk-instructions', 'best-practice', scale5, 1),
        c('kiosk-help-nearby', 'best-practice', yesno, 1),
      ],
    },
    // Greeting
    {
      id: 'staff-greeting',
      stageId: 'greeting',
      kind: 'human',
      momentOfTruth: true,
      criteria: [
        c('greeted-within-30s', 'best-practice', yesno, 3),
        c('eye-contact-smile', 'best-practice', scale5, 2),
        c('name-badge', 'best-practice', yesno, 1),
        c('acknowledged-when-busy', 'best-practice', yesno, 1),
        c('staff-courteous', 'bad-practice', yesno, 3, { critical: true, allowNa: false }),
      ],
    },
    {
      id: 'staff-presentation',
      stageId: 'greeting',
      kind: 'human',
      criteria: [
        c('dress-code', 'best-practice', yesno, 1),
        c('desk-tidy', 'best-practice', yesno, 1),
        c('no-personal-distractions', 'bad-practice', yesno, 2),
      ],
    },
    // Needs discovery
    {
      id: 'needs-conversation',
      stageId: 'needs',
      kind: 'human',
      criteria: [
        c('open-questions', 'best-practice', scale5, 3),
        c('listened-without-interrupting', 'best-practice', yesno, 2),
        c('needs-summarised', 'best-practice', yesno, 2),
        c('genuine-interest', 'bad-practice', scale5, 2),
      ],
    },
    {
      id: 'privacy',
      stageId: 'needs',
      kind: 'physical',
      criteria: [
        c('private-space-offered', 'best-practice', yesno, 2),
        c('others-data-hidden', 'bad-practice', yesno, 2),
        c('data-out-of-earshot', 'bad-practice', yesno, 3, { critical: true }),
      ],
    },
    // Offer & advice
    {
      id: 'advice',
      stageId: 'offer',
      kind: 'human',
      momentOfTruth: true,
      criteria: [
        c('benefits-plain-words', 'best-practice', scale5, 3),
        c('fees-stated-unprompted', 'best-practice', yesno, 3),
        c('fees-information-correct', 'bad-practice', yesno, 3, { critical: true, allowNa: false }),
        c('alternatives-offered', 'best-practice', yesno, 2),
        c('no-pressure', 'bad-practice', scale5, 2),
      ],
    },
    {
      id: 'written-material',
      stageId: 'offer',
      kind: 'physical',
      criteria: [
        c('material-offered', 'best-practice', yesno, 2),
        c('material-matches-advice', 'consistency', yesno, 2),
        c('material-readable', 'best-practice', scale5, 1),
      ],
    },
    // Closing & farewell
    {
      id: 'closing',
      stageId: 'closing',
      kind: 'human',
      momentOfTruth: true,
      criteria: [
        c('next-step-proposed', 'best-practice', yesno, 3),
        c('contact-details-given', 'continuity', yesno, 2),
        c('thanked-invited-back', 'best-practice', yesno, 2),
        c('farewell-warmth', 'general', scale5, 1),
      ],
    },
    {
      id: 'overall-impression',
      stageId: 'closing',
      kind: 'human',
      criteria: [
        c('likely-to-recommend', 'general', scale10, 2),
        c('visit-effort', 'general', scale5, 2),
        c('would-return', 'general', yesno, 1),
      ],
    },
    // After the visit
    {
      id: 'follow-up',
      stageId: 'after-visit',
      kind: 'digital',
      criteria: [
        c('follow-up-on-time', 'continuity', options(['on-time', 3], ['late', 1], ['none', 0]), 3),
        c('follow-up-matches-visit', 'consistency', yesno, 2),
        c('follow-up-personal', 'best-practice', scale5, 1),
        c('no-sensitive-data', 'bad-practice', yesno, 3, { critical: true }),
        c('marketing-consent-respected', 'bad-practice', yesno, 2),
      ],
    },
    {
      id: 'feedback-survey',
      stageId: 'after-visit',
      kind: 'digital',
      criteria: [
        c('survey-received', 'best-practice', yesno, 1),
        c('survey-short', 'best-practice', scale5, 1),
        c('survey-visit-specific', 'continuity', yesno, 1),
      ],
    },
  ],
};

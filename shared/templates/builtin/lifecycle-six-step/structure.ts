import type { CriterionStructure, ScaleStructure, TemplateStructure } from '../build-template';

const yesno: ScaleStructure = { type: 'yesno' };
const scale5: ScaleStructure = { type: 'scale5' };
const scale10: ScaleStructure = { type: 'scale10' };
const options = (...points: [string, number][]): ScaleStructure => ({
  type: 'options',
  options: points.map(([id, p]) => ({ id, points: p })),
});
const perChannel = (...channelIds: string[]): ScaleStructure => ({ type: 'perChannel', channelIds });

function c(
  id: string,
  family: CriterionStructure['family'],
  scale: ScaleStructure,
  weight: number,
  flags: { critical?: boolean; allowNa?: boolean } = {},
): CriterionStructure {
  return { id, family, scale, weight, ...flags };
}

/** Waiting time before a person answers or serves: under 1 min = 3, 1-3 min = 2, 3-10 min = 1, over 10 min = 0. */
const waitTime = options(['under-1', 3], ['1-3', 2], ['3-10', 1], ['over-10', 0]);

export const lifecycleSixStepStructure: TemplateStructure = {
  key: 'lifecycle-six-step',
  rollup: 'average',
  momentOfTruthMultiplier: 1.5,
  failRequiresComment: false,
  stageIds: ['discover', 'explore', 'buy', 'use', 'ask', 'engage'],
  touchpoints: [
    // Discover
    {
      id: 'search-ads',
      stageId: 'discover',
      kind: 'digital',
      criteria: [
        c('found-in-search', 'best-practice', yesno, 2),
        c('ad-matches-landing', 'bad-practice', yesno, 3),
        c('offer-conditions-clear', 'bad-practice', scale5, 2),
      ],
    },
    {
      id: 'reviews-word-of-mouth',
      stageId: 'discover',
      kind: 'digital',
      criteria: [
        c('average-rating', 'general', options(['4-5-plus', 3], ['4-0-4-4', 2], ['3-0-3-9', 1], ['under-3', 0]), 2),
        c('replies-to-negative', 'best-practice', scale5, 2),
        c('referral-easy', 'best-practice', yesno, 1),
      ],
    },
    {
      id: 'social-media',
      stageId: 'discover',
      kind: 'digital',
      criteria: [
        c('profile-consistent', 'consistency', yesno, 2),
        c(
          'reply-time',
          'best-practice',
          options(['within-1h', 3], ['same-day', 2], ['within-3-days', 1], ['no-reply', 0]),
          2,
        ),
        c('reply-empathy', 'bad-practice', scale5, 2),
      ],
    },
    // Explore
    {
      id: 'product-pages',
      stageId: 'explore',
      kind: 'digital',
      criteria: [
        c('info-complete', 'best-practice', scale5, 3),
        c('full-price-shown', 'bad-practice', yesno, 3),
        c('mobile-usable', 'best-practice', scale5, 2),
        c('availability-shown', 'best-practice', yesno, 1),
      ],
    },
    {
      id: 'comparison-tools',
      stageId: 'explore',
      kind: 'digital',
      criteria: [
        c('side-by-side', 'best-practice', yesno, 2),
        c('comparison-fair', 'bad-practice', scale5, 2),
        c('shortlist-saved', 'continuity', yesno, 1),
      ],
    },
    {
      id: 'store-visit',
      stageId: 'explore',
      kind: 'physical',
      criteria: [
        c('display-labelled', 'best-practice', scale5, 2),
        c('shelf-price-matches-web', 'consistency', yesno, 2),
        c('staff-approach-time', 'best-practice', options(['under-2', 3], ['2-5', 2], ['over-5', 1], ['nobody', 0]), 2),
      ],
    },
    {
      id: 'sales-consultation',
      stageId: 'explore',
      kind: 'human',
      momentOfTruth: true,
      criteria: [
        c('needs-asked', 'best-practice', scale5, 3),
        c('advice-accurate', 'bad-practice', yesno, 3, { critical: true, allowNa: false }),
        c('no-pressure', 'bad-practice', scale5, 2),
        c('price-same-everywhere', 'consistency', perChannel('web', 'store', 'phone'), 2),
      ],
    },
    // Buy
    {
      id: 'online-checkout',
      stageId: 'buy',
      kind: 'digital',
      momentOfTruth: true,
      criteria: [
        c('total-shown-early', 'bad-practice', yesno, 3, { critical: true, allowNa: false }),
        c('payment-secure', 'best-practice', yesno, 3, { critical: true, allowNa: false }),
        c('form-easy', 'best-practice', scale5, 2),
        c('payment-methods', 'best-practice', options(['one', 0], ['two', 1], ['three-four', 2], ['five-plus', 3]), 2),
        c('no-preticked-extras', 'bad-practice', yesno, 2),
      ],
    },
    {
      id: 'in-store-purchase',
      stageId: 'buy',
      kind: 'physical',
      criteria: [
        c('till-wait', 'best-practice', waitTime, 2),
        c('till-price-matches', 'bad-practice', yesno, 3, { critical: true }),
        c('payment-options', 'best-practice', yesno, 2),
        c('receipt-choice', 'best-practice', yesno, 1),
      ],
    },
    {
      id: 'contract-paperwork',
      stageId: 'buy',
      kind: 'physical',
      criteria: [
        c('plain-language', 'best-practice', scale5, 2),
        c('terms-before-signing', 'bad-practice', yesno, 3, { critical: true }),
        c('no-data-repeated', 'continuity', yesno, 2),
        c('copy-provided', 'best-practice', yesno, 2),
      ],
    },
    // Use
    {
      id: 'first-use',
      stageId: 'use',
      kind: 'physical',
      momentOfTruth: true,
      criteria: [
        c('matches-promise', 'best-practice', yesno, 3),
        c('setup-easy', 'best-practice', scale5, 3),
        c('packaging', 'general', scale5, 1),
      ],
    },
    {
      id: 'onboarding-emails',
      stageId: 'use',
      kind: 'digital',
      criteria: [
        c('welcome-timely', 'best-practice', yesno, 2),
        c('content-useful', 'best-practice', scale5, 2),
        c('unsubscribe-easy', 'bad-practice', yesno, 2),
      ],
    },
    {
      id: 'daily-use',
      stageId: 'use',
      kind: 'digital',
      criteria: [
        c('reliable', 'best-practice', scale5, 3),
        c('self-service-tasks', 'best-practice', yesno, 2),
        c('bill-clear', 'best-practice', scale5, 2),
        c('effort-score', 'general', scale10, 2),
      ],
    },
    // Ask
    {
      id: 'help-centre',
      stageId: 'ask',
      kind: 'digital',
      criteria: [
        c('search-finds-answers', 'best-practice', scale5, 2),
        c('answers-current', 'consistency', yesno, 2),
        c('contact-visible', 'bad-practice', yesno, 2),
      ],
    },
    {
      id: 'contact-centre',
      stageId: 'ask',
      kind: 'human',
      momentOfTruth: true,
      criteria: [
        c('answer-wait', 'best-practice', waitTime, 3),
        c('routed-right', 'best-practice', scale5, 2),
        c('first-contact-resolution', 'best-practice', yesno, 3),
        c('empathy', 'bad-practice', scale5, 2),
        c('courteous', 'bad-practice', yesno, 3, { critical: true, allowNa: false }),
        c('identity-checked', 'best-practice', yesno, 3, { critical: true }),
      ],
    },
    {
      id: 'chat',
      stageId: 'ask',
      kind: 'digital',
      criteria: [
        c('starts-promptly', 'best-practice', yesno, 1),
        c('bot-handover', 'continuity', yesno, 3),
        c('no-repeating', 'continuity', yesno, 2),
        c('policy-same-everywhere', 'consistency', perChannel('web', 'phone', 'chat'), 2),
      ],
    },
    // Engage
    {
      id: 'loyalty-programme',
      stageId: 'engage',
      kind: 'digital',
      criteria: [
        c('rules-clear', 'best-practice', scale5, 2),
        c('rewards-attainable', 'best-practice', scale5, 2),
        c('balance-everywhere', 'consistency', yesno, 1),
      ],
    },
    {
      id: 'community-events',
      stageId: 'engage',
      kind: 'human',
      criteria: [
        c('community-exists', 'best-practice', yesno, 1),
        c('staff-answer', 'best-practice', yesno, 2),
        c('content-valuable', 'general', scale5, 2),
      ],
    },
    {
      id: 'feedback-requests',
      stageId: 'engage',
      kind: 'digital',
      criteria: [
        c('feedback-asked', 'best-practice', yesno, 2),
        c('no-review-gating', 'bad-practice', yesno, 2),
        c('feedback-acted-on', 'best-practice', yesno, 3),
      ],
    },
    {
      id: 'renewal',
      stageId: 'engage',
      kind: 'digital',
      momentOfTruth: true,
      criteria: [
        c('renewal-reminder', 'best-practice', yesno, 3),
        c('cancel-easy', 'bad-practice', yesno, 3, { critical: true }),
        c('price-change-notice', 'best-practice', yesno, 2),
        c('loyal-price-fair', 'general', scale5, 1),
      ],
    },
  ],
};

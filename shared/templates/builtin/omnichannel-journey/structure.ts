import type { ScaleStructure, TemplateStructure } from '../build-template';

/**
 * Full omnichannel customer journey: five stages, the starter touchpoint library of the domain,
 * 3 to 5 criteria per touchpoint. Texts live in en.ts / ar.ts / ro.ts, keyed by the ids below.
 */

const yesno: ScaleStructure = { type: 'yesno' };
const scale5: ScaleStructure = { type: 'scale5' };
const scale10: ScaleStructure = { type: 'scale10' };

/** The same fact asked on several channels; labels live in each language's `channels` map. */
const channels: ScaleStructure = { type: 'perChannel', channelIds: ['website', 'phone', 'chat', 'store', 'social'] };

/** Waiting time before a person attends to the customer. */
const wait: ScaleStructure = {
  type: 'options',
  options: [
    { id: 'under-1-min', points: 3 },
    { id: '1-3-min', points: 2 },
    { id: '3-10-min', points: 1 },
    { id: 'over-10-min', points: 0 },
  ],
};

/** Time to a written answer (social media, tickets). */
const replyTime: ScaleStructure = {
  type: 'options',
  options: [
    { id: 'under-4-hours', points: 3 },
    { id: 'same-day', points: 2 },
    { id: '1-2-days', points: 1 },
    { id: 'over-2-days', points: 0 },
  ],
};

export const omnichannelJourneyStructure: TemplateStructure = {
  key: 'omnichannel-journey',
  rollup: 'pooled',
  momentOfTruthMultiplier: 1.5,
  failRequiresComment: false,
  stageIds: ['awareness', 'consideration', 'purchase', 'post-purchase', 'service-support'],
  touchpoints: [
    // Awareness
    {
      id: 'online-ads',
      stageId: 'awareness',
      kind: 'digital',
      criteria: [
        { id: 'relevant', family: 'best-practice', scale: scale5, weight: 2 },
        { id: 'promise-matches', family: 'bad-practice', scale: yesno, weight: 3 },
        { id: 'landing-page', family: 'best-practice', scale: yesno, weight: 2 },
        { id: 'brand-clear', family: 'best-practice', scale: yesno, weight: 1 },
      ],
    },
    {
      id: 'marketing-content',
      stageId: 'awareness',
      kind: 'digital',
      criteria: [
        { id: 'useful', family: 'best-practice', scale: scale10, weight: 2 },
        { id: 'up-to-date', family: 'best-practice', scale: yesno, weight: 1 },
        { id: 'next-step', family: 'best-practice', scale: yesno, weight: 1 },
        { id: 'accessible', family: 'best-practice', scale: yesno, weight: 1 },
      ],
    },
    {
      id: 'social-media',
      stageId: 'awareness',
      kind: 'digital',
      criteria: [
        { id: 'reply-time', family: 'best-practice', scale: replyTime, weight: 2 },
        { id: 'tone', family: 'bad-practice', scale: scale5, weight: 2 },
        { id: 'same-answer', family: 'consistency', scale: yesno, weight: 2 },
        { id: 'private-data', family: 'bad-practice', scale: yesno, weight: 3, critical: true },
      ],
    },
    {
      id: 'events-webinars',
      stageId: 'awareness',
      kind: 'human',
      criteria: [
        { id: 'registration', family: 'best-practice', scale: scale5, weight: 1 },
        { id: 'value', family: 'bad-practice', scale: scale5, weight: 2 },
        { id: 'questions', family: 'best-practice', scale: yesno, weight: 1 },
        { id: 'follow-up', family: 'continuity', scale: yesno, weight: 2 },
      ],
    },
    {
      id: 'offline-advertising',
      stageId: 'awareness',
      kind: 'physical',
      criteria: [
        { id: 'message', family: 'best-practice', scale: scale5, weight: 2 },
        { id: 'call-to-action', family: 'best-practice', scale: yesno, weight: 2 },
        { id: 'same-offer', family: 'consistency', scale: yesno, weight: 2 },
      ],
    },
    // Consideration
    {
      id: 'informative-web-content',
      stageId: 'consideration',
      kind: 'digital',
      criteria: [
        { id: 'complete', family: 'best-practice', scale: scale5, weight: 2 },
        { id: 'plain-language', family: 'best-practice', scale: scale5, weight: 1 },
        { id: 'no-contradiction', family: 'consistency', scale: yesno, weight: 2 },
        { id: 'terms-visible', family: 'bad-practice', scale: yesno, weight: 2 },
      ],
    },
    {
      id: 'company-website',
      stageId: 'consideration',
      kind: 'digital',
      criteria: [
        { id: 'mobile', family: 'best-practice', scale: scale10, weight: 2 },
        { id: 'load-speed', family: 'best-practice', scale: yesno, weight: 1 },
        { id: 'contact-options', family: 'best-practice', scale: yesno, weight: 2 },
        { id: 'cookie-choice', family: 'bad-practice', scale: yesno, weight: 2 },
        { id: 'price-per-channel', family: 'consistency', scale: channels, weight: 2 },
      ],
    },
    {
      id: 'website-navigation',
      stageId: 'consideration',
      kind: 'digital',
      criteria: [
        {
          id: 'find-product',
          family: 'best-practice',
          scale: {
            type: 'options',
            options: [
              { id: 'up-to-3-clicks', points: 3 },
              { id: '4-5-clicks', points: 2 },
              { id: 'over-5-clicks', points: 1 },
              { id: 'not-found', points: 0 },
            ],
          },
          weight: 2,
        },
        { id: 'search', family: 'best-practice', scale: scale5, weight: 2 },
        { id: 'labels', family: 'best-practice', scale: yesno, weight: 1 },
        { id: 'no-dead-ends', family: 'bad-practice', scale: yesno, weight: 2 },
      ],
    },
    {
      id: 'product-reviews',
      stageId: 'consideration',
      kind: 'digital',
      criteria: [
        { id: 'visible', family: 'best-practice', scale: yesno, weight: 2 },
        { id: 'genuine', family: 'bad-practice', scale: yesno, weight: 2 },
        { id: 'responses', family: 'best-practice', scale: scale5, weight: 2 },
        {
          id: 'average-rating',
          family: 'general',
          scale: {
            type: 'options',
            options: [
              { id: '4-5-plus', points: 3 },
              { id: '4-0-4-4', points: 2 },
              { id: '3-0-3-9', points: 1 },
              { id: 'below-3', points: 0 },
            ],
          },
          weight: 1,
        },
      ],
    },
    {
      id: 'product-catalogues',
      stageId: 'consideration',
      kind: 'physical',
      criteria: [
        { id: 'current', family: 'best-practice', scale: yesno, weight: 2 },
        { id: 'easy-compare', family: 'best-practice', scale: scale5, weight: 1 },
        { id: 'matches-offer', family: 'consistency', scale: yesno, weight: 2 },
      ],
    },
    {
      id: 'sales-conversations',
      stageId: 'consideration',
      kind: 'human',
      criteria: [
        { id: 'acknowledged', family: 'best-practice', scale: wait, weight: 2 },
        { id: 'needs-first', family: 'best-practice', scale: scale5, weight: 3 },
        { id: 'knowledge', family: 'best-practice', scale: scale5, weight: 2 },
        { id: 'no-pressure', family: 'bad-practice', scale: yesno, weight: 2 },
        { id: 'courtesy', family: 'bad-practice', scale: yesno, weight: 3, critical: true },
      ],
    },
    // Purchase
    {
      id: 'e-commerce-store',
      stageId: 'purchase',
      kind: 'digital',
      criteria: [
        { id: 'product-info', family: 'best-practice', scale: scale10, weight: 2 },
        { id: 'stock-accurate', family: 'bad-practice', scale: yesno, weight: 2 },
        { id: 'basket', family: 'best-practice', scale: yesno, weight: 1 },
        { id: 'no-sneaking', family: 'bad-practice', scale: yesno, weight: 2 },
      ],
    },
    {
      id: 'checkout-process',
      stageId: 'purchase',
      kind: 'digital',
      momentOfTruth: true,
      criteria: [
        {
          id: 'steps',
          family: 'best-practice',
          scale: {
            type: 'options',
            options: [
              { id: 'up-to-3', points: 3 },
              { id: '4-5', points: 2 },
              { id: '6-7', points: 1 },
              { id: 'over-7', points: 0 },
            ],
          },
          weight: 2,
        },
        { id: 'guest-checkout', family: 'best-practice', scale: yesno, weight: 2 },
        { id: 'easy-forms', family: 'best-practice', scale: scale5, weight: 2 },
        { id: 'full-price', family: 'bad-practice', scale: yesno, weight: 3, critical: true },
        { id: 'plain-opt-ins', family: 'bad-practice', scale: yesno, weight: 2 },
      ],
    },
    {
      id: 'payment-options',
      stageId: 'purchase',
      kind: 'digital',
      momentOfTruth: true,
      criteria: [
        {
          id: 'methods',
          family: 'best-practice',
          scale: {
            type: 'options',
            options: [
              { id: '4-or-more', points: 3 },
              { id: '3', points: 2 },
              { id: '2', points: 1 },
              { id: '1', points: 0 },
            ],
          },
          weight: 2,
        },
        { id: 'secure', family: 'bad-practice', scale: yesno, weight: 3, critical: true },
        { id: 'no-surcharge', family: 'bad-practice', scale: yesno, weight: 2 },
        { id: 'receipt', family: 'best-practice', scale: yesno, weight: 2 },
        { id: 'failure-recovery', family: 'best-practice', scale: scale5, weight: 1 },
      ],
    },
    {
      id: 'point-of-sale',
      stageId: 'purchase',
      kind: 'physical',
      momentOfTruth: true,
      criteria: [
        { id: 'queue', family: 'bad-practice', scale: wait, weight: 2 },
        { id: 'price-match', family: 'bad-practice', scale: yesno, weight: 3, critical: true },
        { id: 'payment-methods', family: 'best-practice', scale: yesno, weight: 1 },
        { id: 'receipt-choice', family: 'best-practice', scale: yesno, weight: 1 },
        { id: 'farewell', family: 'best-practice', scale: scale5, weight: 2 },
      ],
    },
    // Post-purchase
    {
      id: 'thank-you-notes',
      stageId: 'post-purchase',
      kind: 'digital',
      criteria: [
        { id: 'prompt', family: 'best-practice', scale: yesno, weight: 1 },
        { id: 'personal', family: 'best-practice', scale: scale5, weight: 2 },
        { id: 'useful-details', family: 'best-practice', scale: yesno, weight: 1 },
      ],
    },
    {
      id: 'follow-up-emails',
      stageId: 'post-purchase',
      kind: 'digital',
      criteria: [
        { id: 'relevant', family: 'best-practice', scale: scale5, weight: 2 },
        { id: 'frequency', family: 'bad-practice', scale: scale5, weight: 1 },
        { id: 'consent', family: 'bad-practice', scale: yesno, weight: 2 },
        { id: 'unsubscribe', family: 'bad-practice', scale: yesno, weight: 3, critical: true },
      ],
    },
    {
      id: 'delivery-notifications',
      stageId: 'post-purchase',
      kind: 'digital',
      momentOfTruth: true,
      criteria: [
        { id: 'proactive', family: 'best-practice', scale: yesno, weight: 3 },
        { id: 'tracking', family: 'best-practice', scale: yesno, weight: 2 },
        { id: 'delay-warning', family: 'best-practice', scale: scale5, weight: 2 },
        { id: 'change-delivery', family: 'best-practice', scale: yesno, weight: 1 },
        {
          id: 'on-time',
          family: 'general',
          scale: {
            type: 'options',
            options: [
              { id: 'on-time', points: 3 },
              { id: 'up-to-1-day-late', points: 2 },
              { id: '2-3-days-late', points: 1 },
              { id: 'over-3-days-late', points: 0 },
            ],
          },
          weight: 2,
        },
      ],
    },
    {
      id: 'delivered-goods',
      stageId: 'post-purchase',
      kind: 'physical',
      criteria: [
        { id: 'intact', family: 'best-practice', scale: yesno, weight: 3, critical: true },
        { id: 'packaging', family: 'best-practice', scale: scale5, weight: 1 },
        { id: 'return-info', family: 'best-practice', scale: yesno, weight: 1 },
        { id: 'courier', family: 'best-practice', scale: scale5, weight: 1 },
      ],
    },
    {
      id: 'feedback-surveys',
      stageId: 'post-purchase',
      kind: 'digital',
      criteria: [
        { id: 'asked', family: 'best-practice', scale: yesno, weight: 2 },
        {
          id: 'length',
          family: 'best-practice',
          scale: {
            type: 'options',
            options: [
              { id: 'under-2-min', points: 3 },
              { id: '2-5-min', points: 2 },
              { id: '5-10-min', points: 1 },
              { id: 'over-10-min', points: 0 },
            ],
          },
          weight: 1,
        },
        { id: 'acted-on', family: 'best-practice', scale: scale5, weight: 3 },
        { id: 'standard-metric', family: 'general', scale: yesno, weight: 1 },
      ],
    },
    {
      id: 'billing-invoices',
      stageId: 'post-purchase',
      kind: 'digital',
      momentOfTruth: true,
      criteria: [
        { id: 'clear', family: 'best-practice', scale: scale5, weight: 3 },
        { id: 'amount-matches', family: 'bad-practice', scale: yesno, weight: 3, critical: true },
        { id: 'downloadable', family: 'best-practice', scale: yesno, weight: 2 },
        { id: 'query-route', family: 'best-practice', scale: yesno, weight: 2 },
      ],
    },
    {
      id: 'loyalty-programme',
      stageId: 'post-purchase',
      kind: 'digital',
      criteria: [
        { id: 'easy-join', family: 'best-practice', scale: scale5, weight: 1 },
        { id: 'clear-rules', family: 'bad-practice', scale: yesno, weight: 2 },
        { id: 'every-channel', family: 'continuity', scale: yesno, weight: 2 },
        { id: 'worthwhile', family: 'general', scale: scale10, weight: 2 },
      ],
    },
    {
      id: 'self-service-resources',
      stageId: 'post-purchase',
      kind: 'digital',
      criteria: [
        {
          id: 'core-tasks',
          family: 'best-practice',
          scale: {
            type: 'options',
            options: [
              { id: 'all-5', points: 3 },
              { id: '3-4', points: 2 },
              { id: '1-2', points: 1 },
              { id: 'none', points: 0 },
            ],
          },
          weight: 3,
        },
        { id: 'findable', family: 'best-practice', scale: yesno, weight: 1 },
        { id: 'works-on-mobile', family: 'best-practice', scale: scale5, weight: 2 },
        { id: 'route-to-person', family: 'continuity', scale: yesno, weight: 2 },
      ],
    },
    // Service & support
    {
      id: 'help-desk',
      stageId: 'service-support',
      kind: 'human',
      momentOfTruth: true,
      criteria: [
        { id: 'first-reply', family: 'best-practice', scale: replyTime, weight: 2 },
        { id: 'first-contact-resolution', family: 'best-practice', scale: yesno, weight: 3 },
        { id: 'ticket-tracking', family: 'bad-practice', scale: yesno, weight: 2 },
        { id: 'empathy', family: 'bad-practice', scale: scale5, weight: 2 },
        { id: 'history-known', family: 'continuity', scale: yesno, weight: 2 },
      ],
    },
    {
      id: 'live-chat-chatbots',
      stageId: 'service-support',
      kind: 'digital',
      criteria: [
        { id: 'availability', family: 'best-practice', scale: yesno, weight: 1 },
        { id: 'bot-understands', family: 'best-practice', scale: scale10, weight: 2 },
        { id: 'handover', family: 'continuity', scale: yesno, weight: 3 },
        { id: 'agent-wait', family: 'bad-practice', scale: wait, weight: 2 },
        { id: 'transcript', family: 'best-practice', scale: yesno, weight: 1 },
      ],
    },
    {
      id: 'phone-support',
      stageId: 'service-support',
      kind: 'human',
      momentOfTruth: true,
      criteria: [
        { id: 'wait', family: 'bad-practice', scale: wait, weight: 3 },
        { id: 'routing', family: 'best-practice', scale: scale5, weight: 2 },
        { id: 'identify-once', family: 'continuity', scale: yesno, weight: 2 },
        { id: 'resolved', family: 'best-practice', scale: yesno, weight: 3 },
        { id: 'courtesy', family: 'bad-practice', scale: yesno, weight: 3, critical: true },
      ],
    },
    {
      id: 'faq-pages',
      stageId: 'service-support',
      kind: 'digital',
      criteria: [
        { id: 'coverage', family: 'best-practice', scale: scale5, weight: 2 },
        { id: 'searchable', family: 'best-practice', scale: yesno, weight: 1 },
        { id: 'policy-per-channel', family: 'consistency', scale: channels, weight: 2 },
        { id: 'contact-link', family: 'continuity', scale: yesno, weight: 1 },
      ],
    },
    {
      id: 'returns-refunds',
      stageId: 'service-support',
      kind: 'human',
      criteria: [
        { id: 'policy-clear', family: 'best-practice', scale: yesno, weight: 2 },
        { id: 'effort', family: 'best-practice', scale: scale5, weight: 2 },
        { id: 'any-channel', family: 'continuity', scale: yesno, weight: 2 },
        {
          id: 'refund-time',
          family: 'best-practice',
          scale: {
            type: 'options',
            options: [
              { id: 'under-5-days', points: 3 },
              { id: '5-10-days', points: 2 },
              { id: '11-30-days', points: 1 },
              { id: 'over-30-days', points: 0 },
            ],
          },
          weight: 3,
        },
      ],
    },
  ],
};

import type { CriterionStructure, ScaleStructure, TemplateStructure } from '../build-template';

/** The five channels the same fact is asked on; labels live in each language's `channels` map. */
const CHANNELS: ScaleStructure = { type: 'perChannel', channelIds: ['website', 'phone', 'chat', 'store', 'social'] };

const yesno: ScaleStructure = { type: 'yesno' };
const scale5: ScaleStructure = { type: 'scale5' };
const scale10: ScaleStructure = { type: 'scale10' };

/** Waiting time before a person answers. */
const wait: ScaleStructure = {
  type: 'options',
  options: [
    { id: 'under-1-min', points: 3 },
    { id: '1-3-min', points: 2 },
    { id: '3-10-min', points: 1 },
    { id: 'over-10-min', points: 0 },
  ],
};

/** How much the customer had to repeat after switching channel. */
const repeated: ScaleStructure = {
  type: 'options',
  options: [
    { id: 'nothing', points: 3 },
    { id: 'one-detail', points: 2 },
    { id: 'several-details', points: 1 },
    { id: 'whole-story', points: 0 },
  ],
};

/** The three checks asked after every fact: no transfer, matches the written policy, source cited. */
function factChecks(prefix: string, policyCritical = false): CriterionStructure[] {
  return [
    { id: `${prefix}-no-transfer`, family: 'best-practice', scale: yesno, weight: 1 },
    { id: `${prefix}-matches-policy`, family: 'consistency', scale: yesno, weight: 2, critical: policyCritical },
    { id: `${prefix}-source-cited`, family: 'best-practice', scale: scale5, weight: 1 },
  ];
}

export const omnichannelConsistencyStructure: TemplateStructure = {
  key: 'omnichannel-consistency',
  rollup: 'pooled',
  momentOfTruthMultiplier: 1.5,
  failRequiresComment: false,
  stageIds: ['information', 'switching', 'context', 'resolution'],
  touchpoints: [
    // Information consistency: one fact per touchpoint, asked on every channel.
    {
      id: 'fact-price',
      stageId: 'information',
      kind: 'digital',
      criteria: [
        { id: 'price-per-channel', family: 'consistency', scale: CHANNELS, weight: 3, critical: true },
        { id: 'price-full-total', family: 'bad-practice', scale: yesno, weight: 2 },
        ...factChecks('price').slice(0, 2),
      ],
    },
    {
      id: 'fact-opening-hours',
      stageId: 'information',
      kind: 'physical',
      criteria: [
        { id: 'hours-per-channel', family: 'consistency', scale: CHANNELS, weight: 3 },
        { id: 'holiday-hours-per-channel', family: 'consistency', scale: CHANNELS, weight: 2 },
        ...factChecks('hours'),
      ],
    },
    {
      id: 'fact-return-policy',
      stageId: 'information',
      kind: 'human',
      criteria: [
        { id: 'return-window-per-channel', family: 'consistency', scale: CHANNELS, weight: 3 },
        { id: 'return-conditions-per-channel', family: 'consistency', scale: CHANNELS, weight: 2 },
        ...factChecks('returns', true),
      ],
    },
    {
      id: 'fact-delivery-time',
      stageId: 'information',
      kind: 'digital',
      criteria: [
        { id: 'delivery-time-per-channel', family: 'consistency', scale: CHANNELS, weight: 3 },
        { id: 'delivery-cost-per-channel', family: 'consistency', scale: CHANNELS, weight: 2 },
        ...factChecks('delivery').slice(0, 2),
      ],
    },
    {
      id: 'fact-service-fee',
      stageId: 'information',
      kind: 'human',
      criteria: [
        { id: 'fee-per-channel', family: 'consistency', scale: CHANNELS, weight: 3, critical: true },
        { id: 'fee-told-upfront', family: 'bad-practice', scale: yesno, weight: 2 },
        ...factChecks('fee'),
      ],
    },
    {
      id: 'fact-warranty',
      stageId: 'information',
      kind: 'human',
      criteria: [
        { id: 'warranty-per-channel', family: 'consistency', scale: CHANNELS, weight: 3 },
        { id: 'warranty-clear-scope', family: 'best-practice', scale: scale5, weight: 1 },
        ...factChecks('warranty'),
      ],
    },

    // Channel switching: the request starts on the phone and continues on chat.
    {
      id: 'phone-first-contact',
      stageId: 'switching',
      kind: 'human',
      criteria: [
        { id: 'phone-wait', family: 'best-practice', scale: wait, weight: 2 },
        { id: 'phone-reference-given', family: 'continuity', scale: yesno, weight: 3 },
        { id: 'phone-request-summarised', family: 'continuity', scale: scale5, weight: 2 },
        { id: 'phone-preferred-channel', family: 'best-practice', scale: yesno, weight: 2 },
      ],
    },
    {
      id: 'chat-continuation',
      stageId: 'switching',
      kind: 'human',
      criteria: [
        { id: 'chat-reference-carried', family: 'continuity', scale: yesno, weight: 3, critical: true },
        { id: 'chat-repeat-asked', family: 'continuity', scale: repeated, weight: 3 },
        { id: 'chat-context-kept', family: 'continuity', scale: scale5, weight: 3 },
        { id: 'chat-no-channel-hopping', family: 'bad-practice', scale: yesno, weight: 2 },
      ],
    },
    {
      id: 'callback',
      stageId: 'switching',
      kind: 'human',
      criteria: [
        { id: 'callback-offered-preferred', family: 'best-practice', scale: yesno, weight: 2 },
        {
          id: 'callback-on-time',
          family: 'best-practice',
          scale: {
            type: 'options',
            options: [
              { id: 'on-time', points: 3 },
              { id: 'under-30-min-late', points: 2 },
              { id: 'over-30-min-late', points: 1 },
              { id: 'never', points: 0 },
            ],
          },
          weight: 2,
        },
        { id: 'callback-knew-case', family: 'continuity', scale: yesno, weight: 3 },
      ],
    },

    // Context continuity: the history follows the customer from bot to person and across channels.
    {
      id: 'bot-to-agent-handover',
      stageId: 'context',
      kind: 'digital',
      momentOfTruth: true,
      criteria: [
        { id: 'bot-offers-person', family: 'best-practice', scale: yesno, weight: 2 },
        { id: 'bot-history-handed-over', family: 'continuity', scale: yesno, weight: 3, critical: true },
        { id: 'bot-handover-wait', family: 'best-practice', scale: wait, weight: 2 },
        { id: 'agent-acknowledges-bot', family: 'continuity', scale: scale5, weight: 2 },
        { id: 'identity-checked-once', family: 'continuity', scale: yesno, weight: 1 },
      ],
    },
    {
      id: 'store-sees-case',
      stageId: 'context',
      kind: 'physical',
      criteria: [
        { id: 'store-finds-case', family: 'continuity', scale: yesno, weight: 3 },
        { id: 'store-knows-history', family: 'continuity', scale: scale5, weight: 2 },
        { id: 'store-no-new-request', family: 'bad-practice', scale: yesno, weight: 2 },
        { id: 'store-same-answer', family: 'consistency', scale: yesno, weight: 2 },
      ],
    },
    {
      id: 'written-summary',
      stageId: 'context',
      kind: 'digital',
      criteria: [
        { id: 'summary-sent', family: 'best-practice', scale: yesno, weight: 2 },
        { id: 'summary-reference', family: 'continuity', scale: yesno, weight: 2 },
        { id: 'summary-reply-same-case', family: 'continuity', scale: yesno, weight: 2 },
        { id: 'summary-accurate', family: 'consistency', scale: scale5, weight: 2 },
      ],
    },

    // Resolution: one case tracked to the end, the outcome told and confirmed.
    {
      id: 'central-tracking',
      stageId: 'resolution',
      kind: 'human',
      criteria: [
        { id: 'tracked-as-one-case', family: 'continuity', scale: yesno, weight: 3, critical: true },
        { id: 'status-on-any-channel', family: 'best-practice', scale: yesno, weight: 2 },
        { id: 'outcome-told-proactively', family: 'best-practice', scale: yesno, weight: 3 },
        {
          id: 'customer-chases',
          family: 'bad-practice',
          scale: {
            type: 'options',
            options: [
              { id: 'none', points: 3 },
              { id: 'once', points: 2 },
              { id: 'twice', points: 1 },
              { id: 'three-or-more', points: 0 },
            ],
          },
          weight: 2,
        },
      ],
    },
    {
      id: 'resolution-confirmation',
      stageId: 'resolution',
      kind: 'human',
      momentOfTruth: true,
      criteria: [
        { id: 'resolution-confirmed', family: 'best-practice', scale: yesno, weight: 3, critical: true },
        { id: 'outcome-as-promised', family: 'consistency', scale: yesno, weight: 3 },
        {
          id: 'time-to-resolution',
          family: 'best-practice',
          scale: {
            type: 'options',
            options: [
              { id: 'same-day', points: 3 },
              { id: '1-3-days', points: 2 },
              { id: '4-7-days', points: 1 },
              { id: 'over-7-days', points: 0 },
            ],
          },
          weight: 2,
        },
        { id: 'overall-effort', family: 'general', scale: scale10, weight: 2 },
        { id: 'feedback-asked', family: 'best-practice', scale: yesno, weight: 1 },
      ],
    },
  ],
};

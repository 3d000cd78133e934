import type { CriterionTexts, TemplateTexts } from '../build-template';

/** Texts of the three checks asked after every fact (see factChecks in structure.ts). */
function factChecks(prefix: string): Record<string, CriterionTexts> {
  return {
    [`${prefix}-no-transfer`]: {
      question: 'Did every channel answer this itself, without transferring you or promising to find out later?',
      guidance: 'Answer no if any channel passed you on, put you on a long hold to ask someone, or sent you elsewhere.',
    },
    [`${prefix}-matches-policy`]: {
      question: 'Did the answers match the written policy or price list published by the business?',
      guidance:
        'Compare with the terms page, price list or contract before the visit. Any channel contradicting it is a no.',
    },
    [`${prefix}-source-cited`]: {
      question: 'How well did the channels point to a source of truth (link, page, document, reference)?',
      guidance: '5 = every channel cited or sent the official source; 1 = none did and the answers rested on memory.',
    },
  };
}

const perChannelGuidance =
  'Ask the same question on each channel and record each answer in the same short form so the app can compare them.';

export const omnichannelConsistencyEn: TemplateTexts = {
  name: 'Omnichannel consistency and continuity',
  description:
    'Asks the same facts on every channel to find contradictions, then follows one request from phone to ' +
    'chat, bot to person and back to check that the context, reference and ownership travel with the ' +
    'customer until the issue is resolved.',
  stages: {
    information: {
      name: 'Information consistency',
      description: 'The same fact asked on website, phone, chat, store and social media.',
    },
    switching: { name: 'Channel switching', description: 'A request started on the phone and continued on chat.' },
    context: {
      name: 'Context continuity',
      description: 'The history follows the customer from bot to person and across channels.',
    },
    resolution: { name: 'Resolution', description: 'One case, tracked to the end, the outcome told and confirmed.' },
  },
  channels: { website: 'Website', phone: 'Phone', chat: 'Live chat', store: 'Store', social: 'Social media' },
  touchpoints: {
    'fact-price': {
      name: 'Price of a reference product',
      description: 'Pick one well-known product or plan before the audit and ask its price on every channel.',
      channel: 'All channels',
      criteria: {
        'price-per-channel': {
          question: 'What price does each channel give for the reference product?',
          guidance: perChannelGuidance + ' A price that differs without a stated reason is a fail.',
        },
        'price-full-total': {
          question:
            'Did every channel quote the full price, mandatory fees and delivery included, without you having to ask twice?',
          guidance: 'Answer no if a fee or charge surfaced only later or only on one channel (hidden cost).',
        },
        ...factChecks('price'),
      },
    },
    'fact-opening-hours': {
      name: 'Opening hours',
      description: 'Ask the regular and the holiday opening hours of one branch or of the support line.',
      channel: 'All channels',
      criteria: {
        'hours-per-channel': {
          question: 'What weekday opening hours does each channel give?',
          guidance: perChannelGuidance,
        },
        'holiday-hours-per-channel': {
          question: 'What hours does each channel give for the next public holiday?',
          guidance: perChannelGuidance + ' Use the same holiday on every channel.',
        },
        ...factChecks('hours'),
      },
    },
    'fact-return-policy': {
      name: 'Return policy',
      description: 'Ask how long the customer has to return a product and on what conditions.',
      channel: 'All channels',
      criteria: {
        'return-window-per-channel': {
          question: 'How many days to return a product does each channel state?',
          guidance: perChannelGuidance + ' Record the number of days only.',
        },
        'return-conditions-per-channel': {
          question: 'What conditions (receipt, packaging, refund method) does each channel state?',
          guidance: perChannelGuidance + ' Use the same few keywords, e.g. "receipt, unopened, card refund".',
        },
        ...factChecks('returns'),
      },
    },
    'fact-delivery-time': {
      name: 'Delivery time',
      description: 'Ask when an order placed today for the reference product would arrive and what delivery costs.',
      channel: 'All channels',
      criteria: {
        'delivery-time-per-channel': {
          question: 'What delivery time does each channel promise?',
          guidance: perChannelGuidance + ' Record it in working days.',
        },
        'delivery-cost-per-channel': {
          question: 'What delivery cost does each channel quote?',
          guidance: perChannelGuidance,
        },
        ...factChecks('delivery'),
      },
    },
    'fact-service-fee': {
      name: 'Fee for a service',
      description: 'Ask the fee for one paid service (installation, card replacement, repair check, change of plan).',
      channel: 'All channels',
      criteria: {
        'fee-per-channel': {
          question: 'What fee does each channel state for the service?',
          guidance: perChannelGuidance + ' A channel that says "free" while another charges is a fail.',
        },
        'fee-told-upfront': {
          question: 'Was the fee mentioned before you had to commit, rather than discovered afterwards?',
          guidance:
            'Pass only if the fee was stated unprompted or on first asking, before any order, booking or signature.',
        },
        ...factChecks('fee'),
      },
    },
    'fact-warranty': {
      name: 'Warranty terms',
      description: 'Ask the warranty length and cover of the reference product.',
      channel: 'All channels',
      criteria: {
        'warranty-per-channel': {
          question: 'What warranty length does each channel state?',
          guidance: perChannelGuidance + ' Record it in months.',
        },
        'warranty-clear-scope': {
          question: 'How clearly did the channels explain what the warranty covers and excludes?',
          guidance: '5 = cover, exclusions and how to claim explained plainly; 1 = vague or no answer.',
        },
        ...factChecks('warranty'),
      },
    },
    'phone-first-contact': {
      name: 'Request started on the phone',
      description: 'Call with a concrete issue that cannot be solved in one call, and plan to continue it on chat.',
      channel: 'Phone',
      criteria: {
        'phone-wait': {
          question: 'How long did you wait before a person answered?',
          guidance: 'Time from the end of the menu to a live agent.',
          options: {
            'under-1-min': 'Under 1 minute',
            '1-3-min': '1 to 3 minutes',
            '3-10-min': '3 to 10 minutes',
            'over-10-min': 'Over 10 minutes',
          },
        },
        'phone-reference-given': {
          question: 'Did the agent give you a case or reference number?',
          guidance: 'Pass if it was offered or given on request before the call ended.',
        },
        'phone-request-summarised': {
          question: 'How well did the agent summarise what was recorded and what happens next?',
          guidance: '5 = clear recap of the issue, next step and timing; 1 = call ended with no recap.',
        },
        'phone-preferred-channel': {
          question: 'Were you asked, or offered, which channel you prefer for the follow-up?',
          guidance: 'Pass if the agent let you choose (chat, e-mail, phone, SMS) instead of imposing one.',
        },
      },
    },
    'chat-continuation': {
      name: 'Same request continued on chat',
      description: 'Open the live chat and continue the phone request using the reference number.',
      channel: 'Live chat',
      criteria: {
        'chat-reference-carried': {
          question: 'Did the chat agent find the case from the phone reference number?',
          guidance: 'Fail if the reference was unknown or the agent had to open a new case.',
        },
        'chat-repeat-asked': {
          question: 'How much did you have to repeat from the phone call?',
          guidance: 'Identity checks do not count; count only details of the issue already given.',
          options: {
            nothing: 'Nothing',
            'one-detail': 'One detail',
            'several-details': 'Several details',
            'whole-story': 'The whole story',
          },
        },
        'chat-context-kept': {
          question: 'How well did the chat agent know what had been said and agreed on the phone?',
          guidance: '5 = knew the issue and the promised next step; 1 = knew nothing.',
        },
        'chat-no-channel-hopping': {
          question: 'Could the request continue on chat without being sent back to the phone or to another channel?',
          guidance: 'Answer no if you were told to call, e-mail or visit a store to carry on.',
        },
      },
    },
    callback: {
      name: 'Callback in the preferred channel',
      description: 'Accept or ask for a callback and note when and how it happens.',
      channel: 'Phone or preferred channel',
      criteria: {
        'callback-offered-preferred': {
          question: 'Was a callback offered in your preferred channel and at a time you chose?',
          guidance: 'Pass if you could pick the channel and a time slot.',
        },
        'callback-on-time': {
          question: 'Did the callback come at the promised time?',
          guidance: 'Measure from the start of the promised slot.',
          options: {
            'on-time': 'On time',
            'under-30-min-late': 'Less than 30 minutes late',
            'over-30-min-late': 'More than 30 minutes late',
            never: 'Never came',
          },
        },
        'callback-knew-case': {
          question: 'Did the person calling back know the case without you explaining it again?',
          guidance: 'Pass if they opened with the issue and its status.',
        },
      },
    },
    'bot-to-agent-handover': {
      name: 'Handover from bot to person',
      description: 'Ask the chatbot something it cannot solve and ask for a person.',
      channel: 'Chatbot and live agent',
      criteria: {
        'bot-offers-person': {
          question: 'Did the bot offer a way to reach a person when it could not help?',
          guidance: 'Fail if it looped back to its menu or hid the option to talk to someone.',
        },
        'bot-history-handed-over': {
          question: 'Did the person receive the conversation history from the bot?',
          guidance: 'Pass if the agent could see what you had typed and the data the bot had collected.',
        },
        'bot-handover-wait': {
          question: 'How long did you wait for a person after the handover?',
          guidance: 'Time from the handover message to the first message from the agent.',
          options: {
            'under-1-min': 'Under 1 minute',
            '1-3-min': '1 to 3 minutes',
            '3-10-min': '3 to 10 minutes',
            'over-10-min': 'Over 10 minutes',
          },
        },
        'agent-acknowledges-bot': {
          question: 'How well did the agent build on what you had already told the bot?',
          guidance: '5 = picked up exactly where the bot stopped; 1 = started over.',
        },
        'identity-checked-once': {
          question: 'Was your identity checked only once across bot and person?',
          guidance: 'Answer no if the agent repeated checks the bot had already done.',
        },
      },
    },
    'store-sees-case': {
      name: 'Store staff see the case',
      description: 'Visit a store or branch about the same open request.',
      channel: 'Store',
      criteria: {
        'store-finds-case': {
          question: 'Could store staff find the case opened on phone and chat?',
          guidance: 'Pass if they found it by reference number, name or phone number.',
        },
        'store-knows-history': {
          question: 'How well did store staff understand the history of the case?',
          guidance: '5 = knew every contact and the next step; 1 = could see nothing.',
        },
        'store-no-new-request': {
          question: 'Could you continue the same request in the store instead of starting a new one?',
          guidance: 'Answer no if you had to fill in a new form or were told the store cannot handle it.',
        },
        'store-same-answer': {
          question: 'Did the store confirm what phone and chat had told you?',
          guidance: 'Answer no if the store contradicted an earlier promise or fact.',
        },
      },
    },
    'written-summary': {
      name: 'Written summary of the contact',
      description: 'Check the e-mail or message received after the phone and chat contacts.',
      channel: 'E-mail',
      criteria: {
        'summary-sent': {
          question: 'Did you receive a written summary after the contact?',
          guidance: 'By e-mail, SMS or in the account, within one working day.',
        },
        'summary-reference': {
          question: 'Did the summary carry the same reference number?',
          guidance: 'Fail if it used a different or no reference.',
        },
        'summary-reply-same-case': {
          question: 'Did replying to the summary add to the same case?',
          guidance: 'Reply with a short question and check the next contact knows it.',
        },
        'summary-accurate': {
          question: 'How accurately did the summary reflect what was agreed?',
          guidance: '5 = issue, promises and dates correct; 1 = wrong or generic.',
        },
      },
    },
    'central-tracking': {
      name: 'Central tracking of the issue',
      description: 'Follow the open case until it is resolved, across every channel used.',
      channel: 'All channels',
      criteria: {
        'tracked-as-one-case': {
          question: 'Was the issue tracked as one case across every channel until it was resolved?',
          guidance: 'Fail if each channel kept its own record or the case was lost.',
        },
        'status-on-any-channel': {
          question: 'Could you get the current status on any channel, including self-service?',
          guidance: 'Pass if the status was the same wherever you asked.',
        },
        'outcome-told-proactively': {
          question: 'Were you told the outcome without having to ask?',
          guidance: 'Pass if the business contacted you first when the case was solved.',
        },
        'customer-chases': {
          question: 'How many times did you have to chase the business for news?',
          guidance: 'Count contacts you made only to ask about progress.',
          options: { none: 'Never', once: 'Once', twice: 'Twice', 'three-or-more': 'Three times or more' },
        },
      },
    },
    'resolution-confirmation': {
      name: 'Resolution confirmation',
      description: 'The moment the business closes the case.',
      channel: 'Preferred channel',
      criteria: {
        'resolution-confirmed': {
          question: 'Did the business check with you that the issue was really solved before closing the case?',
          guidance: 'Fail if the case was closed without asking you.',
        },
        'outcome-as-promised': {
          question: 'Did the outcome match what was promised at the first contact?',
          guidance: 'Compare with the notes of the phone call and the written summary.',
        },
        'time-to-resolution': {
          question: 'How long did it take from the first call to the resolution?',
          guidance: 'Count calendar days from the first contact.',
          options: {
            'same-day': 'Same day',
            '1-3-days': '1 to 3 days',
            '4-7-days': '4 to 7 days',
            'over-7-days': 'More than 7 days',
          },
        },
        'overall-effort': {
          question: 'How easy was it overall to get the issue resolved across channels?',
          guidance: '10 = effortless; 0 = exhausting, with repeats, waits and chasing.',
        },
        'feedback-asked': {
          question: 'Were you asked for feedback once the issue was resolved?',
          guidance: 'A short survey or question in the channel you used.',
        },
      },
    },
  },
};

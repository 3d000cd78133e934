import type { TemplateTexts } from '../build-template';

/** Second half of post-purchase and the service & support stage; merged into en.ts. */
export const omnichannelJourneyEnPart3: TemplateTexts['touchpoints'] = {
  'feedback-surveys': {
    name: 'Feedback surveys',
    description: 'Surveys asking for the customer’s opinion after a purchase or contact.',
    channel: 'E-mail / SMS / web',
    criteria: {
      asked: {
        question: 'Is feedback asked for soon after the key moments (purchase, delivery, support)?',
        guidance: 'Pass if a short survey arrives within a few days of at least one key moment.',
      },
      length: {
        question: 'How long does the survey take to complete?',
        guidance: 'Time yourself completing it honestly.',
        options: {
          'under-2-min': 'Under 2 minutes',
          '2-5-min': '2–5 minutes',
          '5-10-min': '5–10 minutes',
          'over-10-min': 'Over 10 minutes',
        },
      },
      'acted-on': {
        question: 'Is there evidence that feedback is acted on?',
        guidance:
          'Give a low score with a comment. Score 5 if someone follows up, or the company publishes what it changed.',
      },
      'standard-metric': {
        question: 'Does the survey use a standard metric (NPS, CSAT or CES)?',
        guidance: 'Pass if at least one standard question allows results to be tracked over time.',
      },
    },
  },
  'billing-invoices': {
    name: 'Billing and invoices',
    description: 'Invoices, statements and the way charges are explained.',
    channel: 'E-mail / customer portal / post',
    criteria: {
      clear: {
        question: 'Is the invoice easy to understand (itemised lines, plain labels, total, due date)?',
        guidance: 'Score 5 if the persona could explain every line without help.',
      },
      'amount-matches': {
        question: 'Does the amount billed match the agreed price, with no unexplained charges?',
        guidance: 'Knock-out: fail on any charge that was not agreed or shown before purchase.',
      },
      downloadable: {
        question: 'Can past invoices be downloaded at any time?',
        guidance: 'Pass if invoices are available in an account area or can be requested instantly.',
      },
      'query-route': {
        question: 'Is there a clear, easy way to query or dispute a charge?',
        guidance: 'Pass if the invoice itself shows how and where to raise a question.',
      },
    },
  },
  'loyalty-programme': {
    name: 'Loyalty programmes',
    description: 'Points, memberships and rewards for returning customers.',
    channel: 'App / card / website',
    criteria: {
      'easy-join': {
        question: 'How easy is it to join the programme?',
        guidance: 'Join as the persona. Score 5 if it takes a minute and asks only for what is needed.',
      },
      'clear-rules': {
        question: 'Are the rules, point values and expiry stated plainly, with no hidden conditions?',
        guidance: 'Fail if key limits only appear in small print or rewards are hard to redeem.',
      },
      'every-channel': {
        question: 'Are points and status recognised on every channel (online and in store)?',
        guidance: 'Check the balance online and ask in store or by phone. Fail if any channel cannot see or use it.',
      },
      worthwhile: {
        question: 'How worthwhile are the rewards for a typical customer?',
        guidance: '10 = clearly valuable for the persona; 0 = rewards out of reach or irrelevant.',
      },
    },
  },
  'self-service-resources': {
    name: 'Self-service resources',
    description: 'Customer account, portal and tools to manage orders without contacting staff.',
    channel: 'Website / app / portal',
    criteria: {
      'core-tasks': {
        question:
          'How many of five core tasks can be done without contacting staff: track an order, change an address, start a return, download an invoice, update details?',
        guidance: 'Try each task yourself and count the ones you completed.',
        options: { 'all-5': 'All 5', '3-4': '3–4', '1-2': '1–2', none: 'None' },
      },
      findable: {
        question: 'Is the self-service area easy to find from the home page and order e-mails?',
        guidance: 'Pass if it is one click from the home page and linked in the confirmation e-mail.',
      },
      'works-on-mobile': {
        question: 'Do the self-service tools work smoothly on a phone?',
        guidance: 'Score 5 if every task tried works on mobile without errors or zooming.',
      },
      'route-to-person': {
        question: 'When self-service fails, is there a visible route to a person who receives the context?',
        guidance: 'Pass if a contact link is shown and the agent knows what you were trying to do.',
      },
    },
  },
  'help-desk': {
    name: 'Help desk',
    description: 'Support requests handled by tickets, e-mail or a service counter.',
    channel: 'Ticket / e-mail / service counter',
    criteria: {
      'first-reply': {
        question: 'How quickly did you receive a first real reply?',
        guidance:
          'Submit a realistic request and time the first answer from a person (not an automatic acknowledgement).',
        options: {
          'under-4-hours': 'Under 4 hours',
          'same-day': 'Same day',
          '1-2-days': '1–2 days',
          'over-2-days': 'Over 2 days or no reply',
        },
      },
      'first-contact-resolution': {
        question: 'Was the issue resolved in the first contact?',
        guidance: 'Pass if no second message or call was needed to get a full answer.',
      },
      'ticket-tracking': {
        question: 'Did you receive a reference and could you follow the status without chasing?',
        guidance: 'Fail if the request had no reference, went silent, or was closed without being resolved.',
      },
      empathy: {
        question: 'Did the agent show empathy and take ownership of the problem?',
        guidance: 'Score 5 if the agent acknowledged the inconvenience and committed to a clear next step.',
      },
      'history-known': {
        question: 'Did the agent know your earlier contacts without you repeating them?',
        guidance: 'Contact once by another channel first. Pass if the agent already had that history.',
      },
    },
  },
  'live-chat-chatbots': {
    name: 'Live chat and chatbots',
    description: 'Chat on the website or app, automated or with an agent.',
    channel: 'Chat',
    criteria: {
      availability: {
        question: 'Is chat available where customers need it, with its hours shown?',
        guidance: 'Pass if chat is offered on help and order pages and the hours of live agents are stated.',
      },
      'bot-understands': {
        question: 'How well does the bot understand and resolve simple requests?',
        guidance: 'Ask three common questions in your own words. 10 = all resolved; 0 = none understood.',
      },
      handover: {
        question: 'Can you easily reach a person, who receives the bot conversation?',
        guidance: 'Ask for a human. Pass if the handover is offered and the agent does not ask you to repeat yourself.',
      },
      'agent-wait': {
        question: 'How long did you wait for a live agent?',
        guidance: 'Time from asking for a person to the agent’s first message.',
        options: {
          'under-1-min': 'Under 1 minute',
          '1-3-min': '1–3 minutes',
          '3-10-min': '3–10 minutes',
          'over-10-min': 'Over 10 minutes',
        },
      },
      transcript: {
        question: 'Is a transcript of the conversation offered?',
        guidance: 'Pass if you can download the transcript or receive it by e-mail.',
      },
    },
  },
  'phone-support': {
    name: 'Phone support',
    description: 'The customer service phone line, including the voice menu.',
    channel: 'Phone',
    criteria: {
      wait: {
        question: 'How long did it take to reach a person?',
        guidance: 'Time from dialling to speaking with an agent, voice menu included.',
        options: {
          'under-1-min': 'Under 1 minute',
          '1-3-min': '1–3 minutes',
          '3-10-min': '3–10 minutes',
          'over-10-min': 'Over 10 minutes',
        },
      },
      routing: {
        question: 'Did the menu route you to the right agent first time?',
        guidance: 'Score 5 for a short, clear menu and no transfer; score low for several transfers.',
      },
      'identify-once': {
        question: 'Did you have to identify yourself only once, even after a transfer?',
        guidance: 'Fail if you had to repeat your details or your problem to a second agent.',
      },
      resolved: {
        question: 'Was the issue resolved, or a clear next step agreed, during the call?',
        guidance: 'Pass if you hung up with a solution or a dated commitment.',
      },
      courtesy: {
        question: 'Was the agent courteous throughout the call?',
        guidance: 'Knock-out: fail if the agent was rude, dismissive or hung up.',
      },
    },
  },
  'faq-pages': {
    name: 'FAQ pages',
    description: 'Frequently asked questions and help articles.',
    channel: 'Website',
    criteria: {
      coverage: {
        question: 'Do the FAQs answer the most common questions (delivery, returns, payment, account)?',
        guidance: 'Check the persona’s top five questions. Score 5 if all are answered clearly.',
      },
      searchable: {
        question: 'Can answers be found by search or clear categories?',
        guidance: 'Pass if you find the returns answer within a minute.',
      },
      'policy-per-channel': {
        question: 'What returns period is stated on each channel?',
        guidance:
          'Ask the returns period on each channel and record the answer. Any difference is a consistency finding.',
      },
      'contact-link': {
        question: 'Does each answer offer a way to contact a person if it did not help?',
        guidance: 'Pass if a contact option is shown on the answer page.',
      },
    },
  },
  'returns-refunds': {
    name: 'Returns and refunds',
    description: 'Returning goods and getting money back, online or in store.',
    channel: 'Website / store / courier',
    criteria: {
      'policy-clear': {
        question: 'Is the returns policy easy to find and understand before and after purchase?',
        guidance:
          'Pass if the policy is linked from product pages and order e-mails and states period, cost and condition.',
      },
      effort: {
        question: 'How easy was it to start a return?',
        guidance: 'Start a return as the persona. Score 5 if it took a few minutes with no need to justify yourself.',
      },
      'any-channel': {
        question: 'Can an online purchase be returned in store, or by another convenient route?',
        guidance: 'Pass if at least two return routes are offered, such as store, drop-off point or collection.',
      },
      'refund-time': {
        question: 'How long did the refund take after the return was received?',
        guidance: 'Time from return receipt to money back on the original payment method.',
        options: {
          'under-5-days': 'Under 5 days',
          '5-10-days': '5–10 days',
          '11-30-days': '11–30 days',
          'over-30-days': 'Over 30 days or not refunded',
        },
      },
    },
  },
};

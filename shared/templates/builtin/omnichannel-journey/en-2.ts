import type { TemplateTexts } from '../build-template';

/** Purchase stage and the first half of post-purchase; merged into en.ts. */
export const omnichannelJourneyEnPart2: TemplateTexts['touchpoints'] = {
  'e-commerce-store': {
    name: 'E-commerce store',
    description: 'Online shop product pages and basket.',
    channel: 'Website / app',
    criteria: {
      'product-info': {
        question: 'How complete is the product information (photos, specifications, sizes, stock)?',
        guidance:
          'Check the reference product page. 10 = every question answered on the page; 0 = you would have to ask.',
      },
      'stock-accurate': {
        question: 'Is stock status accurate, with no item shown available and then cancelled?',
        guidance: 'Compare the page with the order outcome or a store check. Fail if availability was misstated.',
      },
      basket: {
        question: 'Does the basket keep items and let you change quantities easily?',
        guidance: 'Add, change and remove items, then return later. Pass if the basket behaves as expected.',
      },
      'no-sneaking': {
        question: 'Is the basket free of items or add-ons you did not choose?',
        guidance: 'Fail if insurance, warranties, donations or services are added or pre-ticked automatically.',
      },
    },
  },
  'checkout-process': {
    name: 'Checkout process',
    description: 'The steps from basket to order confirmation.',
    channel: 'Website / app',
    criteria: {
      steps: {
        question: 'How many steps are there from basket to order confirmation?',
        guidance: 'Count each screen that needs an action from you.',
        options: { 'up-to-3': 'Up to 3', '4-5': '4–5', '6-7': '6–7', 'over-7': 'More than 7' },
      },
      'guest-checkout': {
        question: 'Can you buy without creating an account?',
        guidance: 'Pass if a guest option is offered clearly, or an account is created only with your explicit choice.',
      },
      'easy-forms': {
        question: 'Are the forms easy (only necessary fields, autofill, clear errors, nothing lost on error)?',
        guidance:
          'Make one deliberate mistake. Score 5 if the error is explained next to the field and your data is kept.',
      },
      'full-price': {
        question:
          'Is the full price, delivery and fees included, shown before the final step and no higher than advertised?',
        guidance:
          'Knock-out: fail if any cost appears only at the last step or the total exceeds the advertised price without warning.',
      },
      'plain-opt-ins': {
        question: 'Are opt-ins (newsletter, subscription) unticked and worded plainly?',
        guidance: 'Fail on pre-ticked boxes, double negatives or a recurring charge that is not clearly opt-in.',
      },
    },
  },
  'payment-options': {
    name: 'Payment options',
    description: 'Payment methods, payment security and the receipt.',
    channel: 'Website / app / store',
    criteria: {
      methods: {
        question: 'How many common payment methods are offered?',
        guidance: 'Count methods relevant to the market (card, wallet, bank transfer, cash on delivery, instalments).',
        options: { '4-or-more': '4 or more', '3': '3', '2': '2', '1': 'Only 1' },
      },
      secure: {
        question: 'Is the payment page secure (HTTPS, recognised provider, no warnings)?',
        guidance:
          'Knock-out: fail on any certificate warning, non-HTTPS page or request for card details by e-mail or chat.',
      },
      'no-surcharge': {
        question: 'Is every payment-method surcharge shown before you choose the method?',
        guidance: 'Pass if there is no surcharge or it is shown up front. Fail if it appears only in the final total.',
      },
      receipt: {
        question: 'Is a receipt or order confirmation available straight away and downloadable?',
        guidance:
          'Pass if a confirmation appears on screen and a receipt can be downloaded or arrives by e-mail within minutes.',
      },
      'failure-recovery': {
        question: 'If a payment fails, is the message clear and the order kept?',
        guidance:
          'Use an expired test card if possible. Score 5 if the reason is explained and you can retry without re-entering everything.',
      },
    },
  },
  'point-of-sale': {
    name: 'Point of sale',
    description: 'The till or counter where the purchase is paid in store.',
    channel: 'Store',
    criteria: {
      queue: {
        question: 'How long did you wait at the till?',
        guidance: 'Time from joining the queue to being served.',
        options: {
          'under-1-min': 'Under 1 minute',
          '1-3-min': '1–3 minutes',
          '3-10-min': '3–10 minutes',
          'over-10-min': 'Over 10 minutes',
        },
      },
      'price-match': {
        question: 'Did the price charged match the shelf or advertised price?',
        guidance:
          'Knock-out: fail if you were charged more than the displayed price and it was not corrected unprompted.',
      },
      'payment-methods': {
        question: 'Are card, contactless and cash all accepted?',
        guidance: 'Pass if the usual local methods are accepted and any limits are displayed.',
      },
      'receipt-choice': {
        question: 'Is a receipt offered, printed or digital as you prefer?',
        guidance:
          'Pass if the receipt is offered without asking and a digital option does not force marketing sign-up.',
      },
      farewell: {
        question: 'Was the cashier friendly and did they close the sale warmly?',
        guidance: 'Score 5 for eye contact, a thank-you and an offer of further help.',
      },
    },
  },
  'thank-you-notes': {
    name: 'Thank-you notes',
    description: 'The thank-you message after the purchase, by e-mail or in the parcel.',
    channel: 'E-mail / in parcel',
    criteria: {
      prompt: {
        question: 'Was a thank-you received within 24 hours of purchase?',
        guidance: 'Pass if a thank-you arrives by e-mail, SMS or app within a day, or is in the parcel.',
      },
      personal: {
        question: 'Is the message personal (your name, what you bought) rather than generic?',
        guidance: 'Score 5 if it refers to your order and sounds human.',
      },
      'useful-details': {
        question: 'Does it include the order number and how to get help?',
        guidance: 'Pass if both the reference and a contact route are present.',
      },
    },
  },
  'follow-up-emails': {
    name: 'Follow-up and marketing e-mails',
    description: 'E-mails sent after the purchase: tips, offers, newsletters.',
    channel: 'E-mail',
    criteria: {
      relevant: {
        question: 'Are the e-mails relevant to what you bought?',
        guidance:
          'Review the e-mails of the first two weeks. Score 5 if they help you use the product or suggest fitting items.',
      },
      frequency: {
        question: 'Is the frequency of e-mails reasonable?',
        guidance: 'Score 5 for at most one or two a week; score low if the inbox is flooded.',
      },
      consent: {
        question: 'Are marketing e-mails sent only if you agreed to them?',
        guidance: 'Fail if marketing arrives although you did not opt in at checkout.',
      },
      unsubscribe: {
        question: 'Can you unsubscribe in one or two clicks without logging in?',
        guidance: 'Knock-out: fail if there is no unsubscribe link, it requires login, or e-mails continue afterwards.',
      },
    },
  },
  'delivery-notifications': {
    name: 'Delivery notifications',
    description: 'Messages about dispatch, tracking and delivery of the order.',
    channel: 'E-mail / SMS / app',
    criteria: {
      proactive: {
        question: 'Were you told at each key step (dispatched, out for delivery, delivered) without asking?',
        guidance: 'Pass if all three updates arrived on their own.',
      },
      tracking: {
        question: 'Does the tracking link work without logging in?',
        guidance: 'Open it on a phone. Pass if it shows the current status straight away.',
      },
      'delay-warning': {
        question: 'If there was a delay, was it announced before the promised date with a new date?',
        guidance:
          'Score 5 for an early warning with a new date and an apology. Mark not applicable if there was no delay.',
      },
      'change-delivery': {
        question: 'Can you change the delivery slot or address from the notification?',
        guidance: 'Pass if a change can be made from the message without calling.',
      },
      'on-time': {
        question: 'Did the order arrive within the promised window?',
        guidance: 'Compare the delivery date with the date promised at checkout.',
        options: {
          'on-time': 'On time',
          'up-to-1-day-late': 'Up to 1 day late',
          '2-3-days-late': '2–3 days late',
          'over-3-days-late': 'More than 3 days late',
        },
      },
    },
  },
  'delivered-goods': {
    name: 'Delivery and packaging',
    description: 'The goods as they arrive, the packaging and the courier.',
    channel: 'Courier / parcel',
    criteria: {
      intact: {
        question: 'Did the goods arrive complete and undamaged?',
        guidance: 'Knock-out: fail if anything was missing, wrong or damaged.',
      },
      packaging: {
        question: 'Is the packaging protective, proportionate and easy to open?',
        guidance: 'Score low for excessive packaging, or packaging that left the goods exposed.',
      },
      'return-info': {
        question: 'Are return instructions included with the goods?',
        guidance: 'Pass if a slip, label or link explains how to return the item.',
      },
      courier: {
        question: 'Was the courier courteous and did they follow your delivery instructions?',
        guidance: 'Score 5 if the courier was polite, on time and respected instructions such as a safe place.',
      },
    },
  },
};

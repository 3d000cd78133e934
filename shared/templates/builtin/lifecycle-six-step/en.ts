import type { TemplateTexts } from '../build-template';

export const lifecycleSixStepEn: TemplateTexts = {
  name: 'Customer lifecycle (six steps)',
  description:
    'Walk the whole customer lifecycle, Discover, Explore, Buy, Use, Ask and Engage, and score the touchpoints of each step. Stage scores are averaged so every step counts equally.',
  stages: {
    discover: { name: 'Discover', description: 'The customer learns the brand exists.' },
    explore: { name: 'Explore', description: 'The customer researches and compares before deciding.' },
    buy: { name: 'Buy', description: 'The customer pays or signs.' },
    use: { name: 'Use', description: 'The customer receives and starts using the product or service.' },
    ask: { name: 'Ask', description: 'The customer needs help or has a question.' },
    engage: { name: 'Engage', description: 'The customer stays, renews and recommends, or leaves.' },
  },
  channels: { web: 'Website', store: 'Store', phone: 'Phone', chat: 'Chat' },
  touchpoints: {
    'search-ads': {
      name: 'Search results and ads',
      description: 'Search engine results and paid or display ads that bring the customer in.',
      channel: 'Search engines and online ads',
      criteria: {
        'found-in-search': {
          question:
            'Does the brand appear on the first page of results when searching for its main product or service?',
          guidance:
            'Search from a private window for two or three generic terms a customer would use. Pass if the brand shows on page one for at least one.',
        },
        'ad-matches-landing': {
          question: 'Does the page behind the ad show the same offer, price and product as the ad?',
          guidance:
            'Click one or two ads. Fail if the advertised price or product cannot be found on the landing page (misdirection).',
        },
        'offer-conditions-clear': {
          question:
            'How clearly are the conditions of the advertised offer stated (end date, exclusions, minimum term)?',
          guidance: '5 = conditions readable next to the offer; 1 = hidden in fine print or missing.',
        },
      },
    },
    'reviews-word-of-mouth': {
      name: 'Word of mouth and reviews',
      description: 'Public reviews, ratings and personal recommendations.',
      channel: 'Review sites and referrals',
      criteria: {
        'average-rating': {
          question: 'What is the average public rating on the main review platform?',
          guidance: 'Use the platform customers in this market use most and note how many reviews it is based on.',
          options: {
            '4-5-plus': '4.5 or higher',
            '4-0-4-4': '4.0 to 4.4',
            '3-0-3-9': '3.0 to 3.9',
            'under-3': 'Below 3.0',
          },
        },
        'replies-to-negative': {
          question: 'How well does the business reply to negative reviews?',
          guidance:
            'Read the ten most recent critical reviews. 5 = every one answered politely with a concrete way to resolve; 1 = ignored or answered defensively.',
        },
        'referral-easy': {
          question: 'Is there an easy way for a customer to recommend the business (referral link or programme)?',
          guidance: 'Pass if a referral link, code or share option is easy to find on the site or app.',
        },
      },
    },
    'social-media': {
      name: 'Social media',
      description: 'The brand’s official social media profiles and how it answers there.',
      channel: 'Social media',
      criteria: {
        'profile-consistent': {
          question: 'Do the official profiles show the same contact details, opening hours and links as the website?',
          guidance: 'Compare at least two profiles with the website. Fail on any contradiction.',
        },
        'reply-time': {
          question: 'How quickly did the brand reply to a question sent by message or comment?',
          guidance:
            'Send a simple product question during business hours and record when the first human reply arrives.',
          options: {
            'within-1h': 'Within 1 hour',
            'same-day': 'Same day',
            'within-3-days': 'Within 3 days',
            'no-reply': 'No reply',
          },
        },
        'reply-empathy': {
          question: 'How empathetic and helpful is the tone of the brand’s replies to complaints?',
          guidance: '5 = acknowledges the problem and offers help; 1 = copy-paste, dismissive or argumentative.',
        },
      },
    },
    'product-pages': {
      name: 'Website product pages',
      description: 'Pages describing a product or service in detail.',
      channel: 'Website',
      criteria: {
        'info-complete': {
          question: 'How complete is the product information (features, dimensions or limits, compatibility, photos)?',
          guidance: 'Check three product pages. 5 = you could decide without contacting anyone; 1 = key facts missing.',
        },
        'full-price-shown': {
          question: 'Is the full price, with mandatory fees, shown on the product page?',
          guidance: 'Fail if extra mandatory charges (service fee, activation fee) appear only later in the journey.',
        },
        'mobile-usable': {
          question: 'How easy are the product pages to read and use on a phone?',
          guidance: '5 = readable without zooming, buttons easy to tap; 1 = broken layout.',
        },
        'availability-shown': {
          question: 'Are stock or availability and delivery time shown before adding to the basket?',
          guidance: 'Pass if availability and an expected delivery or start date are visible on the product page.',
        },
      },
    },
    'comparison-tools': {
      name: 'Comparison tools',
      description: 'Tools to compare models, plans or tariffs side by side.',
      channel: 'Website',
      criteria: {
        'side-by-side': {
          question: 'Can the customer compare two or more products or plans side by side?',
          guidance: 'Pass if a comparison table or tool exists and works for at least two items.',
        },
        'comparison-fair': {
          question:
            'How fair is the comparison (same attributes for every item, no misleading highlighting of the dearest option)?',
          guidance:
            '5 = neutral and complete; 1 = attributes left out or a costly option pushed by design (misdirection).',
        },
        'shortlist-saved': {
          question: 'Can the customer save or send a shortlist to continue later or on another device?',
          guidance: 'Pass if a saved list, e-mail link or account wish list carries the selection over.',
        },
      },
    },
    'store-visit': {
      name: 'Showroom or store visit',
      description: 'Browsing products in a physical store or showroom.',
      channel: 'Store',
      criteria: {
        'display-labelled': {
          question: 'How well are products displayed and labelled with names, prices and key features?',
          guidance: '5 = every item clearly labelled and easy to reach; 1 = missing labels, messy displays.',
        },
        'shelf-price-matches-web': {
          question: 'Do shelf prices match the website prices for the same items?',
          guidance: 'Check three items against the website on the same day. Fail on any unexplained difference.',
        },
        'staff-approach-time': {
          question: 'How soon did a member of staff offer help?',
          guidance: 'Start timing when you enter the sales area and look around as a customer would.',
          options: {
            'under-2': 'Under 2 minutes',
            '2-5': '2 to 5 minutes',
            'over-5': 'Over 5 minutes',
            nobody: 'Nobody offered help',
          },
        },
      },
    },
    'sales-consultation': {
      name: 'Sales consultation',
      description: 'A conversation with a salesperson or advisor, in store, by phone or by video.',
      channel: 'Store, phone or video',
      criteria: {
        'needs-asked': {
          question: 'How well did the advisor ask about your needs before recommending something?',
          guidance: '5 = open questions about use, budget and constraints; 1 = went straight to a product pitch.',
        },
        'advice-accurate': {
          question: 'Was the information on price, fees and conditions correct and complete?',
          guidance:
            'Check the answers against the official price list and terms afterwards. Any misleading statement is a knock-out.',
        },
        'no-pressure': {
          question: 'How free of pressure was the conversation (no false urgency, no pushing of extras)?',
          guidance: '5 = relaxed, time to think offered; 1 = "today only" claims or add-ons pushed after refusal.',
        },
        'price-same-everywhere': {
          question: 'What price is quoted for the same product or plan on each channel?',
          guidance:
            'Ask for the price of one reference item on the website, in the store and by phone, and record each answer. Differences are flagged.',
        },
      },
    },
    'online-checkout': {
      name: 'Online checkout',
      description: 'Basket, delivery, payment and order confirmation on the website or app.',
      channel: 'Website or app',
      criteria: {
        'total-shown-early': {
          question:
            'Is the total price, delivery and fees included, shown before the last step, with nothing added at the end?',
          guidance:
            'Go to the final confirmation page. Any cost that appears only there, without warning, is a knock-out (hidden cost).',
        },
        'payment-secure': {
          question: 'Is the payment page secure (https, a recognised payment provider, no warnings)?',
          guidance: 'Check the address bar and the payment form. A browser security warning is a knock-out.',
        },
        'form-easy': {
          question: 'How easy is the checkout form (guest checkout, few fields, clear errors, autofill)?',
          guidance:
            '5 = guest checkout and only necessary fields; 1 = forced account, long forms, errors that wipe entries.',
        },
        'payment-methods': {
          question: 'How many payment methods are offered?',
          guidance: 'Count distinct methods (card, wallet, bank transfer, pay on delivery, instalments).',
          options: { one: 'One', two: 'Two', 'three-four': 'Three or four', 'five-plus': 'Five or more' },
        },
        'no-preticked-extras': {
          question: 'Are extras, insurance and newsletter sign-ups left unticked by default?',
          guidance:
            'Fail if anything paid or any marketing consent is pre-selected, or if wording is a trick question.',
        },
      },
    },
    'in-store-purchase': {
      name: 'In-store purchase',
      description: 'Paying at the till or counter in the store.',
      channel: 'Store',
      criteria: {
        'till-wait': {
          question: 'How long did you wait at the till before being served?',
          guidance: 'Time from joining the queue to the start of service.',
          options: {
            'under-1': 'Under 1 minute',
            '1-3': '1 to 3 minutes',
            '3-10': '3 to 10 minutes',
            'over-10': 'Over 10 minutes',
          },
        },
        'till-price-matches': {
          question: 'Did the price charged match the price on the label or shelf?',
          guidance: 'Compare the receipt with the labels. A higher charge not pointed out by staff is a knock-out.',
        },
        'payment-options': {
          question: 'Were card, contactless and cash or mobile payment all accepted?',
          guidance: 'Pass if at least three common ways to pay were available.',
        },
        'receipt-choice': {
          question: 'Was a receipt offered, on paper or by e-mail, as the customer prefers?',
          guidance: 'Pass if a receipt was offered without asking and a choice of format was available.',
        },
      },
    },
    'contract-paperwork': {
      name: 'Contract and onboarding paperwork',
      description: 'Contracts, application forms and welcome documents signed at purchase.',
      channel: 'Documents or e-signature',
      criteria: {
        'plain-language': {
          question: 'How plain and readable are the contract and forms?',
          guidance: '5 = short summary of key terms in everyday words; 1 = dense legal text only.',
        },
        'terms-before-signing': {
          question: 'Were all fees, the duration and cancellation terms made clear before signing?',
          guidance:
            'A fee, minimum term or automatic renewal revealed only after signing is a knock-out (forced continuity).',
        },
        'no-data-repeated': {
          question: 'Did you avoid re-entering information you had already given?',
          guidance: 'Fail if you had to give the same details again on another form or channel.',
        },
        'copy-provided': {
          question: 'Was a copy of the signed documents and receipt given at once, on paper or as a download?',
          guidance: 'Pass if the copy arrived the same day.',
        },
      },
    },
    'first-use': {
      name: 'First use and unboxing',
      description: 'The first contact with the delivered product or the activated service.',
      channel: 'Product or service',
      criteria: {
        'matches-promise': {
          question: 'Does the product or service match what was advertised and sold?',
          guidance:
            'Compare features and contents with the product page and the order. Fail on any missing item or feature.',
        },
        'setup-easy': {
          question: 'How easily could you set up or start using it without help?',
          guidance: '5 = ready in minutes with a clear quick-start guide; 1 = needed to contact support.',
        },
        packaging: {
          question: 'How good is the packaging (protects the product, easy to open, little waste)?',
          guidance: 'Rate N/A for services with no physical delivery.',
        },
      },
    },
    'onboarding-emails': {
      name: 'Onboarding e-mails and tutorials',
      description: 'Welcome messages, tips and tutorials after the purchase.',
      channel: 'E-mail',
      criteria: {
        'welcome-timely': {
          question: 'Did a welcome or confirmation message arrive within 24 hours?',
          guidance: 'Check inbox and spam folder.',
        },
        'content-useful': {
          question: 'How useful are the onboarding messages and tutorials for what you bought?',
          guidance: '5 = tailored tips and working tutorial links; 1 = generic promotions only.',
        },
        'unsubscribe-easy': {
          question: 'Can marketing messages be stopped in one click, without logging in?',
          guidance: 'Try the unsubscribe link. Fail if it needs a login, a call or several screens.',
        },
      },
    },
    'daily-use': {
      name: 'App or product in daily use',
      description: 'Everyday use of the app, account or product.',
      channel: 'App or customer account',
      criteria: {
        reliable: {
          question: 'How reliably does the app or product work during typical tasks?',
          guidance: 'Do three common tasks. 5 = no errors or slowness; 1 = crashes or failures.',
        },
        'self-service-tasks': {
          question:
            'Can common tasks (change details, download invoices, track orders) be done without contacting anyone?',
          guidance: 'Pass if at least three common tasks can be completed in self-service.',
        },
        'bill-clear': {
          question: 'How easy are bills and statements to understand?',
          guidance: '5 = every charge explained, totals easy to check; 1 = unexplained lines or codes.',
        },
        'effort-score': {
          question: 'How much effort did a typical task take (0 = very hard, 10 = effortless)?',
          guidance: 'Rate the overall effort of the three tasks, as a customer effort score.',
        },
      },
    },
    'help-centre': {
      name: 'Help centre and FAQ',
      description: 'Self-service help pages, FAQ and knowledge base.',
      channel: 'Website',
      criteria: {
        'search-finds-answers': {
          question: 'How well does the help centre answer three common questions?',
          guidance: 'Search for three frequent issues. 5 = all found in under a minute each; 1 = none found.',
        },
        'answers-current': {
          question: 'Are the answers up to date and consistent with prices and policies elsewhere?',
          guidance: 'Fail if any answer contradicts the website, the terms or what staff say.',
        },
        'contact-visible': {
          question: 'Is a way to reach a person easy to find from the help pages?',
          guidance: 'Fail if contact options are hidden behind several FAQ pages or forms.',
        },
      },
    },
    'contact-centre': {
      name: 'Contact centre',
      description: 'Phone support with a live agent.',
      channel: 'Phone',
      criteria: {
        'answer-wait': {
          question: 'How long did it take to reach a live agent?',
          guidance: 'Time from the end of the menu to a person answering, during business hours.',
          options: {
            'under-1': 'Under 1 minute',
            '1-3': '1 to 3 minutes',
            '3-10': '3 to 10 minutes',
            'over-10': 'Over 10 minutes',
          },
        },
        'routed-right': {
          question: 'How well was the call routed to the right agent first time?',
          guidance: '5 = short menu, right person at once; 1 = transferred several times.',
        },
        'first-contact-resolution': {
          question: 'Was the question resolved in this call, with no need to call back?',
          guidance: 'Pass if the issue was solved or a clear, owned next step was given.',
        },
        empathy: {
          question: 'How much empathy and patience did the agent show?',
          guidance: '5 = listened, acknowledged the situation, explained; 1 = cold or hurried.',
        },
        courteous: {
          question: 'Was the agent courteous throughout, with no rude or dismissive remarks?',
          guidance: 'Any rude or dismissive behaviour is a knock-out.',
        },
        'identity-checked': {
          question: 'Did the agent verify your identity before discussing account details?',
          guidance: 'Disclosing personal data without a check is a knock-out. Rate N/A if no account was discussed.',
        },
      },
    },
    chat: {
      name: 'Chat',
      description: 'Live chat or chatbot on the website or app.',
      channel: 'Chat',
      criteria: {
        'starts-promptly': {
          question: 'Is chat available at the stated hours and does it start within a minute?',
          guidance: 'Open a chat during stated hours and time the first reply.',
        },
        'bot-handover': {
          question: 'Does the bot hand over to a person, with the conversation history, when asked or stuck?',
          guidance:
            'Ask for a person after the bot fails once. Fail if there is no way out or the agent has not seen the history.',
        },
        'no-repeating': {
          question: 'Were you spared from repeating information already given?',
          guidance: 'Fail if you had to repeat your name, order number or problem after a transfer.',
        },
        'policy-same-everywhere': {
          question: 'What answer does each channel give to the same policy question?',
          guidance:
            'Ask one fixed question (for example the return period) on the website, by phone and in chat, and record each answer. Differences are flagged.',
        },
      },
    },
    'loyalty-programme': {
      name: 'Loyalty programme',
      description: 'Points, tiers and member benefits.',
      channel: 'App or loyalty card',
      criteria: {
        'rules-clear': {
          question: 'How clear are the rules for earning and using points or benefits?',
          guidance: '5 = explained on one page in plain words; 1 = conditions hard to find or change without notice.',
        },
        'rewards-attainable': {
          question: 'How attainable and relevant are the rewards for a typical customer?',
          guidance: '5 = a reward reachable within a few purchases; 1 = rewards out of reach.',
        },
        'balance-everywhere': {
          question: 'Is the same points balance shown in the app, on the website and in store?',
          guidance: 'Check the balance on at least two channels. Fail on any difference.',
        },
      },
    },
    'community-events': {
      name: 'Community and events',
      description: 'User community, forums, webinars and customer events.',
      channel: 'Events or online community',
      criteria: {
        'community-exists': {
          question: 'Is there a community, forum or event customers can join?',
          guidance: 'Pass if one is active (a post or event in the last month).',
        },
        'staff-answer': {
          question: 'Do brand staff take part and answer questions?',
          guidance: 'Pass if recent questions received a reply from an official account or staff member.',
        },
        'content-valuable': {
          question: 'How useful is the content to customers, beyond selling?',
          guidance: '5 = practical tips and real exchange; 1 = promotions only.',
        },
      },
    },
    'feedback-requests': {
      name: 'Feedback and review requests',
      description: 'Surveys and review invitations after key interactions.',
      channel: 'E-mail or SMS',
      criteria: {
        'feedback-asked': {
          question: 'Was feedback asked for after a key interaction, in a short survey?',
          guidance: 'Pass if a survey of five questions or fewer arrived after a purchase or support contact.',
        },
        'no-review-gating': {
          question: 'Are review invitations sent to all customers, not only to those who said they were happy?',
          guidance: 'Fail if a first question filters unhappy customers away from public review sites.',
        },
        'feedback-acted-on': {
          question: 'Is there evidence that feedback is acted on?',
          guidance:
            'Look for replies to survey comments, a "you said, we did" page or changes made. Pass if at least one is found.',
        },
      },
    },
    renewal: {
      name: 'Renewal',
      description: 'Renewing, upgrading or cancelling a subscription or contract.',
      channel: 'E-mail or customer account',
      criteria: {
        'renewal-reminder': {
          question: 'Is a reminder sent before automatic renewal, stating the date and the price?',
          guidance: 'Pass if the reminder arrives early enough to cancel without penalty.',
        },
        'cancel-easy': {
          question: 'Can the customer cancel as easily as they signed up, on the same channel?',
          guidance:
            'Obstruction (phone only, repeated retention offers, hidden link) is a knock-out (forced continuity).',
        },
        'price-change-notice': {
          question: 'Are price changes announced in advance and explained?',
          guidance: 'Pass if notice came before the change took effect, with the reason.',
        },
        'loyal-price-fair': {
          question: 'How fairly are existing customers priced on renewal compared with new customers?',
          guidance: '5 = same or better than the new-customer offer; 1 = much dearer with no benefit.',
        },
      },
    },
  },
};

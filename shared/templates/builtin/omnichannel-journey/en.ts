import type { TemplateTexts } from '../build-template';
import { omnichannelJourneyEnPart2 } from './en-2';
import { omnichannelJourneyEnPart3 } from './en-3';

export const omnichannelJourneyEn: TemplateTexts = {
  name: 'Omnichannel customer journey',
  description:
    'A full touchpoint audit across five stages, from first awareness to service and support. Walk the ' +
    'journey as the chosen persona, test every touchpoint on the channel the customer would use, and note ' +
    'where context is lost between channels.',
  stages: {
    awareness: { name: 'Awareness', description: 'The customer first hears of the brand and its offer.' },
    consideration: {
      name: 'Consideration',
      description: 'The customer researches, compares and asks questions before deciding.',
    },
    purchase: {
      name: 'Purchase',
      description: 'The customer chooses, pays and completes the order, online or in store.',
    },
    'post-purchase': {
      name: 'Post-purchase',
      description: 'Confirmation, delivery, billing and the relationship after the sale.',
    },
    'service-support': {
      name: 'Service & support',
      description: 'The customer needs help, has a problem or wants to return something.',
    },
  },
  channels: {
    website: 'Website',
    phone: 'Phone',
    chat: 'Live chat',
    store: 'Store',
    social: 'Social media',
  },
  touchpoints: {
    'online-ads': {
      name: 'Online ads',
      description: 'Search, display and social ads the persona is likely to see.',
      channel: 'Search / display / social ads',
      criteria: {
        relevant: {
          question: 'Is the ad message clear and relevant to the persona’s need?',
          guidance:
            'Find two or three ads by searching as the persona. Score 5 if the benefit is obvious within seconds and fits the need.',
        },
        'promise-matches': {
          question: 'Does the landing page honour the offer in the ad (price, discount, conditions)?',
          guidance:
            'Click through and compare. Fail if the price, discount or availability differs from what the ad promised.',
        },
        'landing-page': {
          question: 'Does the ad lead straight to a page about the advertised offer?',
          guidance:
            'Pass if the click lands on the relevant product or offer page, not the home page or a generic list.',
        },
        'brand-clear': {
          question: 'Is the brand clearly identifiable in the ad?',
          guidance: 'Pass if name or logo is visible and the ad is recognisably from this company.',
        },
      },
    },
    'marketing-content': {
      name: 'Digital marketing content',
      description: 'Blog posts, videos, podcasts and guides published by the brand.',
      channel: 'Blog / video / podcast',
      criteria: {
        useful: {
          question: 'How useful is the content to the customer, beyond selling the product?',
          guidance:
            'Read or watch two recent pieces. 10 = solves a real problem the persona has; 0 = pure advertising.',
        },
        'up-to-date': {
          question: 'Is the content current (dates, prices, product names)?',
          guidance: 'Fail if recent pieces mention discontinued products, expired offers or outdated prices.',
        },
        'next-step': {
          question: 'Does each piece offer a clear next step?',
          guidance: 'Pass if there is a relevant link or call to action (learn more, try, contact) at the end.',
        },
        accessible: {
          question: 'Is the content accessible (captions, readable on mobile, alt text)?',
          guidance: 'Check one video for captions and one article on a phone. Pass if both are usable.',
        },
      },
    },
    'social-media': {
      name: 'Social media',
      description: 'The brand’s public profiles and how it answers questions there.',
      channel: 'Social media',
      criteria: {
        'reply-time': {
          question: 'How quickly did the brand answer a public question or message?',
          guidance: 'Post a simple pre-sales question as the persona and record the time to the first real answer.',
          options: {
            'under-4-hours': 'Under 4 hours',
            'same-day': 'Same day',
            '1-2-days': '1–2 days',
            'over-2-days': 'Over 2 days or no answer',
          },
        },
        tone: {
          question: 'Are replies polite, empathetic and personal rather than copy-pasted?',
          guidance:
            'Review your reply and recent replies to complaints. Score low for defensive, curt or templated answers.',
        },
        'same-answer': {
          question: 'Does the answer on social media match the information on the website?',
          guidance: 'Compare the reply with the website. Fail if prices, policies or dates contradict each other.',
        },
        'private-data': {
          question: 'Does the brand avoid asking for or revealing personal data in public?',
          guidance:
            'Fail if staff ask for account numbers, addresses or order details in public replies, or expose them.',
        },
      },
    },
    'events-webinars': {
      name: 'Events and webinars',
      description: 'Company events, trade fairs, workshops and online webinars.',
      channel: 'Event / webinar',
      criteria: {
        registration: {
          question: 'Is registration quick, asking only for necessary details?',
          guidance:
            'Register as the persona. Score 5 if it takes under two minutes with no irrelevant mandatory fields.',
        },
        value: {
          question: 'Did the session deliver the value promised, rather than a disguised sales pitch?',
          guidance: 'Compare the agenda with what was delivered. Score low if most of the time was spent selling.',
        },
        questions: {
          question: 'Were attendees’ questions answered, during or after the session?',
          guidance: 'Ask one question. Pass if it is answered live or followed up in writing.',
        },
        'follow-up': {
          question: 'Does follow-up build on the registration data without asking for it again?',
          guidance: 'Pass if the recording or materials arrive and any next contact already knows you attended.',
        },
      },
    },
    'offline-advertising': {
      name: 'Offline advertising',
      description: 'Print, outdoor, radio and TV advertising.',
      channel: 'Print / outdoor / TV / radio',
      criteria: {
        message: {
          question: 'Is the message understood within a few seconds?',
          guidance: 'Look at the ad as a passer-by would. Score 5 if brand, offer and benefit are clear at a glance.',
        },
        'call-to-action': {
          question: 'Is there a clear way to act on the ad, and does it work?',
          guidance: 'Try the web address, QR code or phone number. Pass if it leads to the advertised offer.',
        },
        'same-offer': {
          question: 'Is the offer the same as the one shown online and in store?',
          guidance: 'Compare price and conditions across channels. Fail on any unexplained difference.',
        },
      },
    },
    'informative-web-content': {
      name: 'Informative web content',
      description: 'Product information, guides and policy pages used to research a purchase.',
      channel: 'Website',
      criteria: {
        complete: {
          question: 'Does the content answer the main pre-purchase questions (what, price, delivery, returns)?',
          guidance:
            'List the persona’s top five questions and check each one. Score 5 if all are answered without contacting anyone.',
        },
        'plain-language': {
          question: 'Is the content written in plain language, free of jargon?',
          guidance: 'Score low if technical or legal terms are left unexplained.',
        },
        'no-contradiction': {
          question: 'Do all pages give the same facts (prices, specifications, policies)?',
          guidance: 'Compare two or three pages that mention the same fact. Fail on any contradiction.',
        },
        'terms-visible': {
          question: 'Are fees, contract length and limits stated openly, not hidden in fine print?',
          guidance: 'Fail if an important cost or commitment only appears in terms and conditions or a footnote.',
        },
      },
    },
    'company-website': {
      name: 'Company website',
      description: 'The brand’s main website as a first impression and source of truth.',
      channel: 'Website',
      criteria: {
        mobile: {
          question: 'How easy is the website to use on a mobile phone?',
          guidance: 'Complete the persona’s first task on a phone. 10 = effortless; 0 = unusable.',
        },
        'load-speed': {
          question: 'Do the main pages load in under about three seconds on a mobile connection?',
          guidance:
            'Time the home page and one product page on mobile data. Pass if both are usable within three seconds.',
        },
        'contact-options': {
          question: 'Are the contact channels and opening hours easy to find?',
          guidance: 'Pass if phone, chat or e-mail and hours can be found from any page within two clicks.',
        },
        'cookie-choice': {
          question: 'Can cookies be refused as easily as they can be accepted?',
          guidance: 'Fail if refusing takes more clicks, is hidden, or the banner is designed to push acceptance.',
        },
        'price-per-channel': {
          question: 'What price is quoted for the reference product on each channel?',
          guidance:
            'Ask for the same product’s price on each channel and record the answer. Any difference is a consistency finding.',
        },
      },
    },
    'website-navigation': {
      name: 'Website navigation',
      description: 'Menus, search and links used to find a product or answer.',
      channel: 'Website',
      criteria: {
        'find-product': {
          question: 'How many clicks did it take to reach the reference product from the home page?',
          guidance: 'Start at the home page without using search and count the clicks.',
          options: {
            'up-to-3-clicks': 'Up to 3 clicks',
            '4-5-clicks': '4–5 clicks',
            'over-5-clicks': 'More than 5 clicks',
            'not-found': 'Not found',
          },
        },
        search: {
          question: 'Does site search return relevant results, even with a typo?',
          guidance:
            'Search for the product by its common name and with one typo. Score 5 if the right product is in the first results both times.',
        },
        labels: {
          question: 'Are menu labels written in the customer’s words?',
          guidance: 'Fail if menus use internal jargon or department names the persona would not understand.',
        },
        'no-dead-ends': {
          question: 'Is the site free of broken links and dead ends?',
          guidance:
            'Follow ten links across the site. Fail if any leads to an error page or a page with no way forward.',
        },
      },
    },
    'product-reviews': {
      name: 'Product reviews',
      description: 'Customer reviews on the brand’s site and on public review platforms.',
      channel: 'Website / review platforms',
      criteria: {
        visible: {
          question: 'Are reviews, including negative ones, shown on product pages?',
          guidance: 'Pass if reviews are visible and can be sorted or filtered to include low ratings.',
        },
        genuine: {
          question: 'Do the reviews look genuine, with no sign of fake or filtered reviews?',
          guidance: 'Fail if reviews are suspiciously uniform, all five-star, or unverified with no moderation policy.',
        },
        responses: {
          question: 'Does the company respond constructively to negative reviews?',
          guidance:
            'Read five recent negative reviews. Score 5 if each has a polite, specific reply offering a solution.',
        },
        'average-rating': {
          question: 'What is the average public rating on the main review platform?',
          guidance: 'Use the platform customers consult most for this business.',
          options: { '4-5-plus': '4.5 or higher', '4-0-4-4': '4.0–4.4', '3-0-3-9': '3.0–3.9', 'below-3': 'Below 3.0' },
        },
      },
    },
    'product-catalogues': {
      name: 'Product catalogues',
      description: 'Printed or downloadable catalogues, brochures and price lists.',
      channel: 'Printed / PDF catalogue',
      criteria: {
        current: {
          question: 'Are prices and ranges current, with a validity date shown?',
          guidance: 'Fail if the catalogue has no date or lists expired prices or discontinued items.',
        },
        'easy-compare': {
          question: 'Is it easy to compare products (specifications and prices in the same format)?',
          guidance: 'Try to compare three similar products. Score 5 if it takes under a minute.',
        },
        'matches-offer': {
          question: 'Are catalogue items available in store or online at the listed price?',
          guidance: 'Check three items. Fail if any is unavailable or priced differently without explanation.',
        },
      },
    },
    'sales-conversations': {
      name: 'Conversations with staff and sales reps',
      description: 'Advice from staff in store, on the phone or in a sales meeting.',
      channel: 'Store / phone / sales meeting',
      criteria: {
        acknowledged: {
          question: 'How long did it take for a staff member to acknowledge you?',
          guidance: 'Start timing on arrival or when the call connects; stop at the first greeting.',
          options: {
            'under-1-min': 'Under 1 minute',
            '1-3-min': '1–3 minutes',
            '3-10-min': '3–10 minutes',
            'over-10-min': 'Over 10 minutes',
          },
        },
        'needs-first': {
          question: 'Did the staff member ask about your needs before recommending a product?',
          guidance: 'Score 5 if they asked open questions and tailored the advice to your answers.',
        },
        knowledge: {
          question: 'Were the answers accurate and confident?',
          guidance: 'Ask two factual questions you have checked beforehand. Score low for wrong answers or guesses.',
        },
        'no-pressure': {
          question: 'Was the conversation free of pressure tactics (false urgency, pushy upselling)?',
          guidance:
            'Fail on invented deadlines, “last one in stock” claims that are untrue, or add-ons pushed against your stated needs.',
        },
        courtesy: {
          question: 'Was the staff member courteous throughout?',
          guidance: 'Knock-out: fail if they were rude, dismissive or ignored you in favour of other tasks.',
        },
      },
    },
    ...omnichannelJourneyEnPart2,
    ...omnichannelJourneyEnPart3,
  },
};

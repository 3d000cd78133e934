import type { TemplateTexts } from '../build-template';

export const mysteryShopBranchEn: TemplateTexts = {
  name: 'Mystery shop: branch or store visit',
  description:
    'A mystery-shopping questionnaire for one visit to a physical bank branch or retail store, from ' +
    'arrival to the follow-up after the visit. Points are pooled over the whole visit; every failed item ' +
    'needs a comment.',
  stages: {
    arrival: { name: 'Arrival & exterior', description: 'Finding the branch and the first look from outside.' },
    waiting: { name: 'Entrance & waiting', description: 'Entering, queuing and waiting to be served.' },
    greeting: { name: 'Greeting', description: 'The first contact with staff.' },
    needs: { name: 'Needs discovery', description: 'The advisor learns what the customer needs.' },
    offer: { name: 'Offer & advice', description: 'Products are presented and explained.' },
    closing: { name: 'Closing & farewell', description: 'The next step is agreed and the customer leaves.' },
    'after-visit': { name: 'After the visit', description: 'Follow-up contact in the days after the visit.' },
  },
  touchpoints: {
    exterior: {
      name: 'Branch exterior',
      description: 'Façade, signage, entrance and surroundings.',
      channel: 'Branch or store',
      criteria: {
        'exterior-clean-signage-lit': {
          question: 'Is the exterior clean and is the signage intact and lit?',
          guidance:
            'Look at the façade, windows, entrance and sign. Fail on litter, graffiti, dirt or an unlit or damaged sign.',
        },
        'opening-hours-displayed': {
          question: 'Are the opening hours displayed at the entrance and the same as on the website?',
          guidance: 'Compare with the website before the visit. Fail if missing or different.',
        },
        'accessible-entrance': {
          question: 'Is the entrance accessible to wheelchairs and pushchairs (step-free or ramp, door easy to open)?',
          guidance: 'Pass if a person in a wheelchair could enter without help.',
        },
        'easy-to-find': {
          question: 'How easy was the branch to find and reach?',
          guidance: '5 = clearly signposted, parking or public transport close; 1 = hard to locate.',
        },
      },
    },
    'window-display': {
      name: 'Window and outside displays',
      description: 'Posters, screens and offers visible from outside.',
      channel: 'Branch or store',
      criteria: {
        'display-tidy': {
          question: 'How tidy and attractive are the window and outside displays?',
          guidance: '5 = clean, well lit, on-brand; 1 = faded, torn or cluttered.',
        },
        'promotions-current': {
          question: 'Are all promotions on display still valid?',
          guidance: 'Fail if any poster or screen shows an offer that has ended.',
        },
        'offer-conditions-visible': {
          question: 'Are the key conditions of advertised rates or prices shown legibly next to them?',
          guidance:
            'Fail if conditions (fees, minimum term, exclusions) are missing or unreadable from a normal distance.',
        },
      },
    },
    'waiting-area': {
      name: 'Entrance and waiting area',
      description: 'The inside of the branch where customers wait.',
      channel: 'Branch or store',
      criteria: {
        'interior-clean': {
          question: 'How clean and orderly is the interior?',
          guidance: '5 = spotless floors, desks and counters; 1 = dirty or cluttered.',
        },
        'seating-available': {
          question: 'Is seating available for waiting customers?',
          guidance: 'Pass if a seat was free during your wait. Rate N/A if you were served at once.',
        },
        'information-available': {
          question: 'Are brochures or price lists available to read while waiting?',
          guidance: 'Pass if current product information is on display and stocked.',
        },
      },
    },
    'queue-system': {
      name: 'Queue system and ticket screen',
      description: 'Queue ticket machine, calling screen or queue line.',
      channel: 'Queue screen',
      criteria: {
        'queue-system-clear': {
          question: 'Is there a clear queue system (ticket machine or marked line)?',
          guidance: 'Pass if you knew at once where to queue or how to take a ticket.',
        },
        'screen-calls-clearly': {
          question: 'Does the screen show the number called and the counter, with a sound or announcement?',
          guidance: 'Fail if the screen is off, frozen or numbers are called without showing the counter.',
        },
        'waiting-time': {
          question: 'How long did you wait before being served?',
          guidance: 'Time from taking a ticket or joining the line to the start of service.',
          options: {
            'under-2': 'Under 2 minutes',
            '2-5': '2 to 5 minutes',
            '5-10': '5 to 10 minutes',
            'over-10': 'Over 10 minutes',
          },
        },
        'served-in-order': {
          question: 'Were customers served in order, with no queue jumping?',
          guidance: 'Fail if staff served someone out of turn without explanation.',
        },
      },
    },
    'self-service-kiosk': {
      name: 'Self-service machines',
      description: 'ATMs, kiosks or price checkers inside or at the branch.',
      channel: 'Self-service kiosk',
      criteria: {
        'kiosk-working': {
          question: 'Are all self-service machines working?',
          guidance: 'Fail if any machine is out of order. Rate N/A if there are none.',
        },
        'kiosk-instructions': {
          question: 'How clear are the on-screen instructions?',
          guidance: '5 = a first-time user could finish a simple task alone; 1 = confusing.',
        },
        'kiosk-help-nearby': {
          question: 'Is a member of staff nearby to help with the machines?',
          guidance: 'Pass if someone was available or a help point was clearly marked.',
        },
      },
    },
    'staff-greeting': {
      name: 'Staff greeting',
      description: 'The first contact between staff and the customer.',
      channel: 'Face to face',
      criteria: {
        'greeted-within-30s': {
          question: 'Were you greeted within 30 seconds of entering or reaching the counter?',
          guidance: 'Time from entering the staff’s field of view to a spoken greeting.',
        },
        'eye-contact-smile': {
          question: 'How well did the staff member make eye contact and smile?',
          guidance: '5 = natural eye contact and a warm smile; 1 = no eye contact.',
        },
        'name-badge': {
          question: 'Was the staff member wearing a visible name badge?',
          guidance: 'Note the name in the comment if you can.',
        },
        'acknowledged-when-busy': {
          question: 'If staff were busy, did they acknowledge you with a look or a word?',
          guidance: 'Rate N/A if staff were free when you arrived.',
        },
        'staff-courteous': {
          question: 'Were all staff courteous, with no rude or dismissive behaviour?',
          guidance: 'Rudeness, sighing, mocking or ignoring a question is a knock-out. Describe what happened.',
        },
      },
    },
    'staff-presentation': {
      name: 'Staff presentation',
      description: 'Appearance and behaviour of the staff on the floor.',
      channel: 'Face to face',
      criteria: {
        'dress-code': {
          question: 'Were staff dressed neatly and according to the brand dress code?',
          guidance: 'Fail if a uniform is incomplete or clothing is untidy.',
        },
        'desk-tidy': {
          question: 'Were desks and counters tidy, without personal items on display?',
          guidance: 'Look at the desk where you were served.',
        },
        'no-personal-distractions': {
          question: 'Did staff avoid personal phone use and private chats while customers were waiting?',
          guidance: 'Fail if staff used a personal phone or chatted among themselves while customers waited.',
        },
      },
    },
    'needs-conversation': {
      name: 'Needs conversation',
      description: 'The advisor finds out what the customer needs.',
      channel: 'Face to face',
      criteria: {
        'open-questions': {
          question: 'How well did the advisor use open questions to understand your needs?',
          guidance:
            '5 = several open questions about your situation and goals; 1 = no questions before offering a product.',
        },
        'listened-without-interrupting': {
          question: 'Did the advisor listen without interrupting?',
          guidance: 'Fail if you were cut off more than once.',
        },
        'needs-summarised': {
          question: 'Did the advisor summarise your needs before recommending anything?',
          guidance: 'Pass if your needs were repeated back to check understanding.',
        },
        'genuine-interest': {
          question: 'How much genuine interest and empathy did the advisor show?',
          guidance: '5 = attentive and personal; 1 = distracted or indifferent.',
        },
      },
    },
    privacy: {
      name: 'Privacy of the conversation',
      description: 'How customer data is protected during the visit.',
      channel: 'Branch or store',
      criteria: {
        'private-space-offered': {
          question: 'Was a private desk or room offered for a personal or financial discussion?',
          guidance: 'Rate N/A if no personal data was needed.',
        },
        'others-data-hidden': {
          question: 'Were other customers’ documents and screens kept out of your sight?',
          guidance: 'Fail if you could read another customer’s name, account or documents.',
        },
        'data-out-of-earshot': {
          question: 'Was your personal or account data kept out of earshot of other customers?',
          guidance: 'Data said aloud where others could hear it is a knock-out. Note what could be heard.',
        },
      },
    },
    advice: {
      name: 'Offer and advice',
      description: 'The advisor presents and explains a product or service.',
      channel: 'Face to face',
      criteria: {
        'benefits-plain-words': {
          question: 'How clearly were the product benefits explained in plain words and linked to your needs?',
          guidance: '5 = no jargon, benefits tied to what you said; 1 = jargon or a generic pitch.',
        },
        'fees-stated-unprompted': {
          question: 'Were fees and conditions stated without you having to ask?',
          guidance: 'Pass only if fees, rates or minimum terms were mentioned before you asked.',
        },
        'fees-information-correct': {
          question: 'Was the information on fees, rates and conditions correct and not misleading?',
          guidance:
            'Check it against the official price list after the visit. Wrong or misleading information is a knock-out.',
        },
        'alternatives-offered': {
          question: 'Were you offered more than one option, with the differences explained?',
          guidance: 'Pass if at least two suitable options were compared.',
        },
        'no-pressure': {
          question: 'How free of sales pressure was the advice?',
          guidance: '5 = time to think offered; 1 = false urgency or pushing after you declined.',
        },
      },
    },
    'written-material': {
      name: 'Written material',
      description: 'Brochures, offers and fee sheets given to take away.',
      channel: 'Printed or e-mailed documents',
      criteria: {
        'material-offered': {
          question: 'Were you offered written material about the offer to take away?',
          guidance: 'Pass if given without asking, on paper or by e-mail.',
        },
        'material-matches-advice': {
          question: 'Does the written material state the same fees and conditions as the advisor?',
          guidance: 'Compare the documents with your notes. Fail on any difference.',
        },
        'material-readable': {
          question: 'How clear and readable is the written material?',
          guidance: '5 = key facts easy to find, plain language; 1 = dense fine print.',
        },
      },
    },
    closing: {
      name: 'Closing and farewell',
      description: 'The end of the conversation and leaving the branch.',
      channel: 'Face to face',
      criteria: {
        'next-step-proposed': {
          question: 'Did the advisor try to close or propose a clear next step (application, appointment, call)?',
          guidance: 'Pass if a concrete next step with a date or action was proposed.',
        },
        'contact-details-given': {
          question: 'Were you given contact details to continue with the same person?',
          guidance: 'Pass if you received a business card, direct number or e-mail.',
        },
        'thanked-invited-back': {
          question: 'Were you thanked and invited back?',
          guidance: 'Both must happen to pass.',
        },
        'farewell-warmth': {
          question: 'How warm and personal was the farewell?',
          guidance: '5 = personal goodbye, eye contact; 1 = none.',
        },
      },
    },
    'overall-impression': {
      name: 'Overall impression',
      description: 'The shopper’s judgement of the visit as a whole.',
      channel: 'Branch or store',
      criteria: {
        'likely-to-recommend': {
          question: 'Based on this visit, how likely would you be to recommend this branch (0–10)?',
          guidance: 'Answer as the customer in the scenario would.',
        },
        'visit-effort': {
          question: 'How easy was it to get what you came for?',
          guidance: '5 = effortless; 1 = very hard or not achieved.',
        },
        'would-return': {
          question: 'Would you come back to this branch as a real customer?',
          guidance: 'Explain the main reason in the comment.',
        },
      },
    },
    'follow-up': {
      name: 'Follow-up contact',
      description: 'E-mail, SMS or call after the visit.',
      channel: 'E-mail or SMS',
      criteria: {
        'follow-up-on-time': {
          question: 'Did the promised follow-up arrive within the promised time?',
          guidance: 'Rate N/A if no follow-up was promised.',
          options: { 'on-time': 'On time', late: 'Late', none: 'Never arrived' },
        },
        'follow-up-matches-visit': {
          question: 'Does the follow-up repeat the same offer and conditions discussed in the branch?',
          guidance: 'Fail if prices or conditions differ from what was said.',
        },
        'follow-up-personal': {
          question: 'How personal is the follow-up message?',
          guidance: '5 = uses your name and refers to your conversation; 1 = generic mass message.',
        },
        'no-sensitive-data': {
          question: 'Does the message avoid showing sensitive data in full (account or card numbers)?',
          guidance: 'Sensitive data shown in full is a knock-out.',
        },
        'marketing-consent-respected': {
          question: 'Were marketing messages sent only if you agreed to them?',
          guidance: 'Fail if you received promotions you did not agree to.',
        },
      },
    },
    'feedback-survey': {
      name: 'Visit feedback survey',
      description: 'A request to rate the visit.',
      channel: 'SMS or e-mail',
      criteria: {
        'survey-received': {
          question: 'Were you invited to give feedback on the visit?',
          guidance: 'Wait at least three working days before answering.',
        },
        'survey-short': {
          question: 'How short and easy is the survey?',
          guidance: '5 = a few questions, works on a phone; 1 = long or broken.',
        },
        'survey-visit-specific': {
          question: 'Does the survey refer to your specific visit (branch, date or advisor)?',
          guidance: 'Pass if it names the branch or the date of your visit.',
        },
      },
    },
  },
};

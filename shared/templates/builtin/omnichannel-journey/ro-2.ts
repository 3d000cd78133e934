import type { TemplateTexts } from '../build-template';

/** Purchase stage and the first half of post-purchase; merged into ro.ts. */
export const omnichannelJourneyRoPart2: TemplateTexts['touchpoints'] = {
  'e-commerce-store': {
    name: 'Magazinul online',
    description: 'Paginile de produs și coșul de cumpărături din magazinul online.',
    channel: 'Site web / aplicație',
    criteria: {
      'product-info': {
        question: 'Cât de completă este informația despre produs (fotografii, specificații, mărimi, stoc)?',
        guidance:
          'Verificați pagina produsului de referință. 10 = orice întrebare are răspuns pe pagină; 0 = ar trebui să întrebați.',
      },
      'stock-accurate': {
        question: 'Este corect stocul afișat, fără produse prezentate ca disponibile și apoi anulate?',
        guidance:
          'Comparați pagina cu rezultatul comenzii sau cu o verificare în magazin. Eșec dacă disponibilitatea a fost greșită.',
      },
      basket: {
        question: 'Păstrează coșul produsele și permite modificarea ușoară a cantităților?',
        guidance:
          'Adăugați, modificați și ștergeți produse, apoi reveniți mai târziu. Promovat dacă coșul se comportă cum era de așteptat.',
      },
      'no-sneaking': {
        question: 'Este coșul lipsit de produse sau servicii pe care nu le-ați ales?',
        guidance: 'Eșec dacă asigurări, garanții, donații sau servicii sunt adăugate automat ori bifate dinainte.',
      },
    },
  },
  'checkout-process': {
    name: 'Finalizarea comenzii',
    description: 'Pașii de la coș până la confirmarea comenzii.',
    channel: 'Site web / aplicație',
    criteria: {
      steps: {
        question: 'Câți pași sunt de la coș până la confirmarea comenzii?',
        guidance: 'Numărați fiecare ecran care vă cere o acțiune.',
        options: { 'up-to-3': 'Cel mult 3', '4-5': '4–5', '6-7': '6–7', 'over-7': 'Peste 7' },
      },
      'guest-checkout': {
        question: 'Se poate cumpăra fără a crea un cont?',
        guidance:
          'Promovat dacă opțiunea de cumpărare fără cont este clar oferită sau contul se creează doar la alegerea dumneavoastră explicită.',
      },
      'easy-forms': {
        question: 'Sunt formularele simple (doar câmpuri necesare, completare automată, erori clare, nimic pierdut)?',
        guidance:
          'Faceți intenționat o greșeală. Acordați 5 dacă eroarea e explicată lângă câmp și datele rămân completate.',
      },
      'full-price': {
        question:
          'Este prețul total, cu livrare și taxe, afișat înainte de ultimul pas și nu mai mare decât cel anunțat?',
        guidance:
          'Criteriu eliminatoriu: eșec dacă un cost apare abia la ultimul pas sau totalul depășește fără avertisment prețul anunțat.',
      },
      'plain-opt-ins': {
        question: 'Sunt opțiunile de abonare (newsletter, abonament) nebifate și formulate clar?',
        guidance: 'Eșec la căsuțe bifate dinainte, duble negații sau o plată recurentă care nu cere acord explicit.',
      },
    },
  },
  'payment-options': {
    name: 'Opțiuni de plată',
    description: 'Metodele de plată, securitatea plății și chitanța.',
    channel: 'Site web / aplicație / magazin',
    criteria: {
      methods: {
        question: 'Câte metode de plată uzuale sunt oferite?',
        guidance: 'Numărați metodele relevante pe piață (card, portofel electronic, transfer bancar, ramburs, rate).',
        options: { '4-or-more': '4 sau mai multe', '3': '3', '2': '2', '1': 'Doar 1' },
      },
      secure: {
        question: 'Este pagina de plată sigură (HTTPS, procesator cunoscut, fără avertismente)?',
        guidance:
          'Criteriu eliminatoriu: eșec la orice avertisment de certificat, pagină fără HTTPS sau cerere a datelor cardului prin e-mail ori chat.',
      },
      'no-surcharge': {
        question: 'Este orice comision pentru metoda de plată afișat înainte de a o alege?',
        guidance: 'Promovat dacă nu există comision sau e afișat dinainte. Eșec dacă apare doar în totalul final.',
      },
      receipt: {
        question: 'Este chitanța sau confirmarea comenzii disponibilă imediat și descărcabilă?',
        guidance:
          'Promovat dacă apare o confirmare pe ecran și chitanța se poate descărca sau sosește pe e-mail în câteva minute.',
      },
      'failure-recovery': {
        question: 'Dacă plata eșuează, este mesajul clar și comanda păstrată?',
        guidance:
          'Folosiți dacă se poate un card de test expirat. Acordați 5 dacă motivul e explicat și puteți reîncerca fără a reintroduce totul.',
      },
    },
  },
  'point-of-sale': {
    name: 'Punctul de vânzare',
    description: 'Casa sau tejgheaua unde se plătește cumpărătura în magazin.',
    channel: 'Magazin',
    criteria: {
      queue: {
        question: 'Cât ați așteptat la casă?',
        guidance: 'Timpul de la intrarea în coadă până la începerea servirii.',
        options: {
          'under-1-min': 'Sub 1 minut',
          '1-3-min': '1–3 minute',
          '3-10-min': '3–10 minute',
          'over-10-min': 'Peste 10 minute',
        },
      },
      'price-match': {
        question: 'A corespuns prețul încasat cu cel de pe raft sau din reclamă?',
        guidance:
          'Criteriu eliminatoriu: eșec dacă ați plătit mai mult decât prețul afișat și nu s-a corectat din proprie inițiativă.',
      },
      'payment-methods': {
        question: 'Se acceptă card, plată contactless și numerar?',
        guidance: 'Promovat dacă metodele locale obișnuite sunt acceptate și eventualele limite sunt afișate.',
      },
      'receipt-choice': {
        question: 'Vi se oferă bonul, tipărit sau digital, după preferință?',
        guidance:
          'Promovat dacă bonul e oferit nesolicitat și varianta digitală nu impune abonarea la mesaje de marketing.',
      },
      farewell: {
        question: 'A fost casierul amabil și a încheiat vânzarea cu căldură?',
        guidance: 'Acordați 5 pentru contact vizual, mulțumire și oferta de ajutor suplimentar.',
      },
    },
  },
  'thank-you-notes': {
    name: 'Mesaje de mulțumire',
    description: 'Mesajul de mulțumire după cumpărare, pe e-mail sau în colet.',
    channel: 'E-mail / în colet',
    criteria: {
      prompt: {
        question: 'Ați primit o mulțumire în 24 de ore de la cumpărare?',
        guidance: 'Promovat dacă mulțumirea sosește pe e-mail, SMS sau aplicație într-o zi ori se află în colet.',
      },
      personal: {
        question: 'Este mesajul personal (numele dumneavoastră, ce ați cumpărat), nu generic?',
        guidance: 'Acordați 5 dacă se referă la comanda dumneavoastră și sună omenește.',
      },
      'useful-details': {
        question: 'Include numărul comenzii și modul de a obține ajutor?',
        guidance: 'Promovat dacă sunt prezente atât numărul de referință, cât și o cale de contact.',
      },
    },
  },
  'follow-up-emails': {
    name: 'E-mailuri de urmărire și marketing',
    description: 'E-mailuri trimise după cumpărare: sfaturi, oferte, buletine informative.',
    channel: 'E-mail',
    criteria: {
      relevant: {
        question: 'Sunt e-mailurile relevante pentru ce ați cumpărat?',
        guidance:
          'Analizați e-mailurile din primele două săptămâni. Acordați 5 dacă vă ajută să folosiți produsul sau propun articole potrivite.',
      },
      frequency: {
        question: 'Este frecvența e-mailurilor rezonabilă?',
        guidance: 'Acordați 5 pentru cel mult unul-două pe săptămână; notă mică dacă inboxul e inundat.',
      },
      consent: {
        question: 'Se trimit e-mailuri de marketing doar dacă v-ați dat acordul?',
        guidance: 'Eșec dacă primiți marketing deși nu v-ați abonat la finalizarea comenzii.',
      },
      unsubscribe: {
        question: 'Vă puteți dezabona din unul-două clicuri, fără autentificare?',
        guidance:
          'Criteriu eliminatoriu: eșec dacă lipsește linkul de dezabonare, cere autentificare sau e-mailurile continuă după.',
      },
    },
  },
  'delivery-notifications': {
    name: 'Notificări de livrare',
    description: 'Mesaje despre expedierea, urmărirea și livrarea comenzii.',
    channel: 'E-mail / SMS / aplicație',
    criteria: {
      proactive: {
        question: 'Ați fost anunțat la fiecare pas important (expediat, în livrare, livrat) fără să întrebați?',
        guidance: 'Promovat dacă toate cele trei actualizări au sosit din proprie inițiativă a firmei.',
      },
      tracking: {
        question: 'Funcționează linkul de urmărire fără autentificare?',
        guidance: 'Deschideți-l pe telefon. Promovat dacă arată imediat starea curentă.',
      },
      'delay-warning': {
        question: 'Dacă a existat o întârziere, a fost anunțată înainte de data promisă, cu o nouă dată?',
        guidance:
          'Acordați 5 pentru avertizare din timp, cu dată nouă și scuze. Marcați „nu se aplică” dacă nu a fost întârziere.',
      },
      'change-delivery': {
        question: 'Puteți schimba intervalul sau adresa de livrare direct din notificare?',
        guidance: 'Promovat dacă schimbarea se poate face din mesaj, fără a suna.',
      },
      'on-time': {
        question: 'A sosit comanda în intervalul promis?',
        guidance: 'Comparați data livrării cu data promisă la finalizarea comenzii.',
        options: {
          'on-time': 'La timp',
          'up-to-1-day-late': 'Întârziere de cel mult o zi',
          '2-3-days-late': 'Întârziere de 2–3 zile',
          'over-3-days-late': 'Întârziere de peste 3 zile',
        },
      },
    },
  },
  'delivered-goods': {
    name: 'Livrarea și ambalajul',
    description: 'Produsele la sosire, ambalajul și curierul.',
    channel: 'Curier / colet',
    criteria: {
      intact: {
        question: 'Au sosit produsele complete și nedeteriorate?',
        guidance: 'Criteriu eliminatoriu: eșec dacă lipsea ceva, era greșit sau deteriorat.',
      },
      packaging: {
        question: 'Este ambalajul protector, proporționat și ușor de deschis?',
        guidance: 'Notă mică pentru ambalaj excesiv sau pentru ambalaj care a lăsat produsele neprotejate.',
      },
      'return-info': {
        question: 'Sunt incluse instrucțiuni de retur împreună cu produsele?',
        guidance: 'Promovat dacă un formular, o etichetă sau un link explică modul de returnare.',
      },
      courier: {
        question: 'A fost curierul politicos și a respectat instrucțiunile de livrare?',
        guidance:
          'Acordați 5 dacă a fost politicos, punctual și a respectat instrucțiuni precum lăsarea coletului într-un loc sigur.',
      },
    },
  },
};

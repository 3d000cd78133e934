import type { TemplateTexts } from '../build-template';

/** Second half of post-purchase and the service & support stage; merged into ro.ts. */
export const omnichannelJourneyRoPart3: TemplateTexts['touchpoints'] = {
  'feedback-surveys': {
    name: 'Chestionare de feedback',
    description: 'Chestionare care cer părerea clientului după o cumpărare sau o interacțiune.',
    channel: 'E-mail / SMS / web',
    criteria: {
      asked: {
        question: 'Se cere feedback la scurt timp după momentele-cheie (cumpărare, livrare, asistență)?',
        guidance: 'Promovat dacă un chestionar scurt sosește în câteva zile după cel puțin un moment-cheie.',
      },
      length: {
        question: 'Cât durează completarea chestionarului?',
        guidance: 'Cronometrați-vă completându-l cu sinceritate.',
        options: {
          'under-2-min': 'Sub 2 minute',
          '2-5-min': '2–5 minute',
          '5-10-min': '5–10 minute',
          'over-10-min': 'Peste 10 minute',
        },
      },
      'acted-on': {
        question: 'Există dovezi că feedbackul este folosit?',
        guidance:
          'Dați o notă mică, cu un comentariu. Acordați 5 dacă cineva revine la dumneavoastră sau compania publică ce a schimbat.',
      },
      'standard-metric': {
        question: 'Folosește chestionarul un indicator standard (NPS, CSAT sau CES)?',
        guidance: 'Promovat dacă cel puțin o întrebare standard permite urmărirea rezultatelor în timp.',
      },
    },
  },
  'billing-invoices': {
    name: 'Facturare și facturi',
    description: 'Facturi, extrase și modul în care sunt explicate costurile.',
    channel: 'E-mail / portal clienți / poștă',
    criteria: {
      clear: {
        question: 'Este factura ușor de înțeles (linii detaliate, denumiri clare, total, scadență)?',
        guidance: 'Acordați 5 dacă persona ar putea explica fiecare linie fără ajutor.',
      },
      'amount-matches': {
        question: 'Corespunde suma facturată prețului convenit, fără costuri neexplicate?',
        guidance: 'Criteriu eliminatoriu: eșec la orice cost care nu a fost convenit sau afișat înainte de cumpărare.',
      },
      downloadable: {
        question: 'Pot fi descărcate oricând facturile anterioare?',
        guidance:
          'Promovat dacă facturile sunt disponibile în contul clientului sau pot fi obținute imediat la cerere.',
      },
      'query-route': {
        question: 'Există o cale clară și simplă de a întreba despre un cost sau de a-l contesta?',
        guidance: 'Promovat dacă factura însăși arată cum și unde se poate ridica o întrebare.',
      },
    },
  },
  'loyalty-programme': {
    name: 'Programe de fidelitate',
    description: 'Puncte, abonamente de membru și recompense pentru clienții care revin.',
    channel: 'Aplicație / card / site web',
    criteria: {
      'easy-join': {
        question: 'Cât de ușor este să vă înscrieți în program?',
        guidance: 'Înscrieți-vă ca persona. Acordați 5 dacă durează un minut și se cere doar strictul necesar.',
      },
      'clear-rules': {
        question: 'Sunt regulile, valoarea punctelor și expirarea lor explicate clar, fără condiții ascunse?',
        guidance: 'Eșec dacă limitele importante apar doar în textul mărunt sau recompensele sunt greu de folosit.',
      },
      'every-channel': {
        question: 'Sunt punctele și statutul recunoscute pe toate canalele (online și în magazin)?',
        guidance:
          'Verificați soldul online și întrebați în magazin sau la telefon. Eșec dacă vreun canal nu îl vede sau nu îl poate folosi.',
      },
      worthwhile: {
        question: 'Cât de valoroase sunt recompensele pentru un client obișnuit?',
        guidance: '10 = clar valoroase pentru persona; 0 = recompense de neatins sau irelevante.',
      },
    },
  },
  'self-service-resources': {
    name: 'Resurse de autoservire',
    description:
      'Contul de client, portalul și instrumentele pentru gestionarea comenzilor fără a contacta personalul.',
    channel: 'Site web / aplicație / portal',
    criteria: {
      'core-tasks': {
        question:
          'Câte dintre cinci sarcini de bază se pot face fără a contacta personalul: urmărirea comenzii, schimbarea adresei, inițierea unui retur, descărcarea facturii, actualizarea datelor?',
        guidance: 'Încercați fiecare sarcină și numărați-le pe cele reușite.',
        options: { 'all-5': 'Toate 5', '3-4': '3–4', '1-2': '1–2', none: 'Niciuna' },
      },
      findable: {
        question: 'Se găsește ușor zona de autoservire din pagina principală și din e-mailurile comenzii?',
        guidance: 'Promovat dacă e la un clic de pagina principală și are link în e-mailul de confirmare.',
      },
      'works-on-mobile': {
        question: 'Funcționează fără probleme instrumentele de autoservire pe telefon?',
        guidance: 'Acordați 5 dacă fiecare sarcină încercată merge pe mobil fără erori și fără mărire.',
      },
      'route-to-person': {
        question: 'Când autoservirea nu ajunge, există o cale vizibilă către o persoană care primește contextul?',
        guidance: 'Promovat dacă apare un link de contact și agentul știe ce încercați să faceți.',
      },
    },
  },
  'help-desk': {
    name: 'Help desk',
    description: 'Solicitări de asistență gestionate prin tichete, e-mail sau la ghișeul de relații cu clienții.',
    channel: 'Tichet / e-mail / ghișeu',
    criteria: {
      'first-reply': {
        question: 'Cât de repede ați primit primul răspuns real?',
        guidance:
          'Trimiteți o solicitare realistă și cronometrați până la primul răspuns de la o persoană (nu confirmarea automată).',
        options: {
          'under-4-hours': 'Sub 4 ore',
          'same-day': 'În aceeași zi',
          '1-2-days': '1–2 zile',
          'over-2-days': 'Peste 2 zile sau niciun răspuns',
        },
      },
      'first-contact-resolution': {
        question: 'S-a rezolvat problema la primul contact?',
        guidance: 'Promovat dacă nu a fost nevoie de un al doilea mesaj sau apel pentru un răspuns complet.',
      },
      'ticket-tracking': {
        question: 'Ați primit un număr de referință și ați putut urmări stadiul fără să insistați?',
        guidance: 'Eșec dacă solicitarea nu a avut referință, nu a mai primit răspuns sau a fost închisă nerezolvată.',
      },
      empathy: {
        question: 'A arătat agentul empatie și și-a asumat problema?',
        guidance: 'Acordați 5 dacă agentul a recunoscut neplăcerea și s-a angajat la un pas următor clar.',
      },
      'history-known': {
        question: 'Cunoștea agentul contactele anterioare fără să le repetați?',
        guidance: 'Contactați mai întâi compania pe alt canal. Promovat dacă agentul avea deja acest istoric.',
      },
    },
  },
  'live-chat-chatbots': {
    name: 'Chat live și chatboți',
    description: 'Chatul de pe site sau din aplicație, automat sau cu un agent.',
    channel: 'Chat',
    criteria: {
      availability: {
        question: 'Este chatul disponibil acolo unde clienții au nevoie, cu programul afișat?',
        guidance:
          'Promovat dacă chatul apare pe paginile de ajutor și de comenzi, iar programul agenților este precizat.',
      },
      'bot-understands': {
        question: 'Cât de bine înțelege și rezolvă chatbotul cererile simple?',
        guidance:
          'Puneți trei întrebări frecvente în cuvintele dumneavoastră. 10 = toate rezolvate; 0 = niciuna înțeleasă.',
      },
      handover: {
        question: 'Puteți ajunge ușor la o persoană care primește conversația cu chatbotul?',
        guidance: 'Cereți un om. Promovat dacă transferul este oferit și agentul nu vă cere să repetați.',
      },
      'agent-wait': {
        question: 'Cât ați așteptat un agent uman?',
        guidance: 'Timpul de la cererea unei persoane până la primul mesaj al agentului.',
        options: {
          'under-1-min': 'Sub 1 minut',
          '1-3-min': '1–3 minute',
          '3-10-min': '3–10 minute',
          'over-10-min': 'Peste 10 minute',
        },
      },
      transcript: {
        question: 'Vi se oferă transcrierea conversației?',
        guidance: 'Promovat dacă transcrierea se poate descărca sau primi pe e-mail.',
      },
    },
  },
  'phone-support': {
    name: 'Asistență telefonică',
    description: 'Linia telefonică de relații cu clienții, inclusiv meniul vocal.',
    channel: 'Telefon',
    criteria: {
      wait: {
        question: 'Cât a durat până ați vorbit cu o persoană?',
        guidance: 'Timpul de la formarea numărului până la discuția cu un agent, inclusiv meniul vocal.',
        options: {
          'under-1-min': 'Sub 1 minut',
          '1-3-min': '1–3 minute',
          '3-10-min': '3–10 minute',
          'over-10-min': 'Peste 10 minute',
        },
      },
      routing: {
        question: 'V-a direcționat meniul la agentul potrivit din prima?',
        guidance: 'Acordați 5 pentru un meniu scurt și clar, fără transfer; notă mică pentru mai multe transferuri.',
      },
      'identify-once': {
        question: 'V-ați identificat o singură dată, chiar și după un transfer?',
        guidance: 'Eșec dacă a trebuit să repetați datele sau problema unui al doilea agent.',
      },
      resolved: {
        question: 'S-a rezolvat problema sau s-a stabilit un pas următor clar în timpul apelului?',
        guidance: 'Promovat dacă ați încheiat apelul cu o soluție sau cu un angajament datat.',
      },
      courtesy: {
        question: 'A fost agentul politicos pe tot parcursul apelului?',
        guidance: 'Criteriu eliminatoriu: eșec dacă agentul a fost nepoliticos, disprețuitor sau a închis.',
      },
    },
  },
  'faq-pages': {
    name: 'Pagini de întrebări frecvente',
    description: 'Întrebări frecvente și articole de ajutor.',
    channel: 'Site web',
    criteria: {
      coverage: {
        question: 'Răspund întrebările frecvente la cele mai comune nelămuriri (livrare, retur, plată, cont)?',
        guidance: 'Verificați primele cinci întrebări ale personei. Acordați 5 dacă toate au răspuns clar.',
      },
      searchable: {
        question: 'Se găsesc răspunsurile prin căutare sau prin categorii clare?',
        guidance: 'Promovat dacă găsiți răspunsul despre retur într-un minut.',
      },
      'policy-per-channel': {
        question: 'Ce termen de retur se comunică pe fiecare canal?',
        guidance:
          'Întrebați termenul de retur pe fiecare canal și notați răspunsul. Orice diferență este o constatare de consecvență.',
      },
      'contact-link': {
        question: 'Oferă fiecare răspuns o cale de a contacta o persoană dacă nu a ajutat?',
        guidance: 'Promovat dacă pe pagina răspunsului apare o opțiune de contact.',
      },
    },
  },
  'returns-refunds': {
    name: 'Retururi și rambursări',
    description: 'Returnarea produselor și primirea banilor înapoi, online sau în magazin.',
    channel: 'Site web / magazin / curier',
    criteria: {
      'policy-clear': {
        question: 'Se găsește și se înțelege ușor politica de retur, înainte și după cumpărare?',
        guidance:
          'Promovat dacă politica are link din paginile de produs și e-mailurile comenzii și precizează termenul, costul și condițiile.',
      },
      effort: {
        question: 'Cât de ușor a fost să inițiați un retur?',
        guidance:
          'Inițiați un retur ca persona. Acordați 5 dacă a durat câteva minute, fără să vi se ceară justificări.',
      },
      'any-channel': {
        question: 'Poate fi returnat în magazin un produs cumpărat online sau pe altă cale convenabilă?',
        guidance:
          'Promovat dacă sunt oferite cel puțin două căi de retur, de exemplu magazin, punct de predare sau ridicare de la domiciliu.',
      },
      'refund-time': {
        question: 'Cât a durat rambursarea după primirea returului?',
        guidance: 'Timpul de la primirea returului până la returnarea banilor pe metoda de plată inițială.',
        options: {
          'under-5-days': 'Sub 5 zile',
          '5-10-days': '5–10 zile',
          '11-30-days': '11–30 de zile',
          'over-30-days': 'Peste 30 de zile sau nerambursat',
        },
      },
    },
  },
};

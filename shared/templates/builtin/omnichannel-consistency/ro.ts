import type { CriterionTexts, TemplateTexts } from '../build-template';

/** Texts of the three checks asked after every fact (see factChecks in structure.ts). */
function factChecks(prefix: string): Record<string, CriterionTexts> {
  return {
    [`${prefix}-no-transfer`]: {
      question: 'A răspuns fiecare canal direct, fără să vă transfere sau să promită că revine mai târziu?',
      guidance:
        'Răspundeți nu dacă vreun canal v-a trimis în altă parte sau v-a ținut mult în așteptare ca să întrebe pe altcineva.',
    },
    [`${prefix}-matches-policy`]: {
      question: 'Au corespuns răspunsurile cu politica scrisă sau lista de prețuri publicată de firmă?',
      guidance:
        'Comparați înainte de vizită cu pagina de termeni, lista de prețuri sau contractul. Orice contradicție pe un canal înseamnă nu.',
    },
    [`${prefix}-source-cited`]: {
      question: 'În ce măsură au indicat canalele o sursă oficială (link, pagină, document, referință)?',
      guidance:
        '5 = fiecare canal a citat sau a trimis sursa oficială; 1 = niciunul, răspunsurile au fost date din memorie.',
    },
  };
}

const perChannelGuidance =
  'Puneți aceeași întrebare pe fiecare canal și notați fiecare răspuns în aceeași formă scurtă, ca aplicația să le poată compara.';

export const omnichannelConsistencyRo: TemplateTexts = {
  name: 'Consecvență și continuitate omnicanal',
  description:
    'Pune aceleași întrebări factuale pe toate canalele pentru a găsi contradicțiile, apoi urmărește o ' +
    'singură solicitare de la telefon la chat, de la robot la operator și înapoi, verificând că ' +
    'istoricul, numărul de referință și responsabilitatea îl însoțesc pe client până la rezolvare.',
  stages: {
    information: {
      name: 'Consecvența informațiilor',
      description: 'Aceeași informație cerută pe site, la telefon, pe chat, în magazin și pe rețelele sociale.',
    },
    switching: { name: 'Schimbarea canalului', description: 'O solicitare începută la telefon și continuată pe chat.' },
    context: {
      name: 'Continuitatea contextului',
      description: 'Istoricul îl urmează pe client de la robot la operator și de la un canal la altul.',
    },
    resolution: {
      name: 'Rezolvare',
      description: 'Un singur caz, urmărit până la capăt, cu rezultatul comunicat și confirmat.',
    },
  },
  channels: { website: 'Site web', phone: 'Telefon', chat: 'Chat live', store: 'Magazin', social: 'Rețele sociale' },
  touchpoints: {
    'fact-price': {
      name: 'Prețul unui produs de referință',
      description: 'Alegeți înainte de audit un produs sau un abonament cunoscut și întrebați prețul pe fiecare canal.',
      channel: 'Toate canalele',
      criteria: {
        'price-per-channel': {
          question: 'Ce preț comunică fiecare canal pentru produsul de referință?',
          guidance: perChannelGuidance + ' Un preț diferit fără un motiv declarat înseamnă eșec.',
        },
        'price-full-total': {
          question:
            'A comunicat fiecare canal prețul complet, cu taxele obligatorii și livrarea incluse, fără să fie nevoie să întrebați de două ori?',
          guidance: 'Răspundeți nu dacă o taxă a apărut abia ulterior sau doar pe un singur canal (cost ascuns).',
        },
        ...factChecks('price'),
      },
    },
    'fact-opening-hours': {
      name: 'Programul de funcționare',
      description: 'Întrebați programul obișnuit și pe cel de sărbători al unei filiale sau al liniei de asistență.',
      channel: 'Toate canalele',
      criteria: {
        'hours-per-channel': {
          question: 'Ce program în zilele lucrătoare indică fiecare canal?',
          guidance: perChannelGuidance,
        },
        'holiday-hours-per-channel': {
          question: 'Ce program indică fiecare canal pentru următoarea sărbătoare legală?',
          guidance: perChannelGuidance + ' Întrebați despre aceeași zi pe toate canalele.',
        },
        ...factChecks('hours'),
      },
    },
    'fact-return-policy': {
      name: 'Politica de retur',
      description: 'Întrebați în câte zile se poate returna un produs și în ce condiții.',
      channel: 'Toate canalele',
      criteria: {
        'return-window-per-channel': {
          question: 'Câte zile pentru retur indică fiecare canal?',
          guidance: perChannelGuidance + ' Notați doar numărul de zile.',
        },
        'return-conditions-per-channel': {
          question: 'Ce condiții de retur (bon, ambalaj, modul de rambursare) indică fiecare canal?',
          guidance: perChannelGuidance + ' Folosiți aceleași cuvinte-cheie, de ex. „bon, sigilat, rambursare pe card”.',
        },
        ...factChecks('returns'),
      },
    },
    'fact-delivery-time': {
      name: 'Termenul de livrare',
      description: 'Întrebați când ar sosi o comandă plasată azi pentru produsul de referință și cât costă livrarea.',
      channel: 'Toate canalele',
      criteria: {
        'delivery-time-per-channel': {
          question: 'Ce termen de livrare promite fiecare canal?',
          guidance: perChannelGuidance + ' Notați-l în zile lucrătoare.',
        },
        'delivery-cost-per-channel': {
          question: 'Ce cost de livrare comunică fiecare canal?',
          guidance: perChannelGuidance,
        },
        ...factChecks('delivery'),
      },
    },
    'fact-service-fee': {
      name: 'Tariful unui serviciu',
      description:
        'Întrebați tariful unui serviciu plătit (instalare, înlocuirea cardului, diagnoză, schimbarea abonamentului).',
      channel: 'Toate canalele',
      criteria: {
        'fee-per-channel': {
          question: 'Ce tarif indică fiecare canal pentru acest serviciu?',
          guidance: perChannelGuidance + ' Dacă un canal spune „gratuit” iar altul percepe o taxă, este eșec.',
        },
        'fee-told-upfront': {
          question: 'Ați aflat de tarif înainte să vă angajați, nu după aceea?',
          guidance:
            'Trece doar dacă tariful a fost spus din proprie inițiativă sau la prima întrebare, înainte de comandă, rezervare sau semnătură.',
        },
        ...factChecks('fee'),
      },
    },
    'fact-warranty': {
      name: 'Condițiile de garanție',
      description: 'Întrebați durata garanției produsului de referință și ce acoperă.',
      channel: 'Toate canalele',
      criteria: {
        'warranty-per-channel': {
          question: 'Ce durată a garanției indică fiecare canal?',
          guidance: perChannelGuidance + ' Notați-o în luni.',
        },
        'warranty-clear-scope': {
          question: 'Cât de clar au explicat canalele ce acoperă și ce exclude garanția?',
          guidance:
            '5 = acoperirea, excluderile și modul de reclamare explicate simplu; 1 = răspuns vag sau niciun răspuns.',
        },
        ...factChecks('warranty'),
      },
    },
    'phone-first-contact': {
      name: 'Solicitare începută la telefon',
      description:
        'Sunați cu o problemă concretă care nu se poate rezolva într-un singur apel și pregătiți-vă să o continuați pe chat.',
      channel: 'Telefon',
      criteria: {
        'phone-wait': {
          question: 'Cât ați așteptat până v-a răspuns un operator?',
          guidance: 'Timpul de la finalul meniului automat până la un operator uman.',
          options: {
            'under-1-min': 'Sub 1 minut',
            '1-3-min': '1–3 minute',
            '3-10-min': '3–10 minute',
            'over-10-min': 'Peste 10 minute',
          },
        },
        'phone-reference-given': {
          question: 'V-a dat operatorul un număr de caz sau de referință?',
          guidance: 'Trece dacă l-a oferit sau l-a dat la cerere înainte de încheierea apelului.',
        },
        'phone-request-summarised': {
          question: 'Cât de bine a rezumat operatorul ce s-a înregistrat și care este pasul următor?',
          guidance:
            '5 = rezumat clar al problemei, al pasului următor și al termenului; 1 = apelul s-a încheiat fără rezumat.',
        },
        'phone-preferred-channel': {
          question: 'Ați fost întrebat pe ce canal preferați să continuați sau vi s-a oferit să alegeți?',
          guidance:
            'Trece dacă operatorul v-a lăsat să alegeți (chat, e-mail, telefon, SMS) în loc să vă impună un canal.',
        },
      },
    },
    'chat-continuation': {
      name: 'Aceeași solicitare continuată pe chat',
      description: 'Deschideți chatul live și continuați solicitarea de la telefon folosind numărul de referință.',
      channel: 'Chat live',
      criteria: {
        'chat-reference-carried': {
          question: 'A găsit operatorul de chat cazul după numărul de referință primit la telefon?',
          guidance: 'Eșec dacă numărul nu era cunoscut sau operatorul a trebuit să deschidă un caz nou.',
        },
        'chat-repeat-asked': {
          question: 'Cât ați fost nevoit să repetați din ce spuseserăți la telefon?',
          guidance: 'Verificarea identității nu se ia în calcul; numărați doar detaliile problemei date deja.',
          options: {
            nothing: 'Nimic',
            'one-detail': 'Un detaliu',
            'several-details': 'Mai multe detalii',
            'whole-story': 'Toată povestea',
          },
        },
        'chat-context-kept': {
          question: 'Cât de bine știa operatorul de chat ce se spusese și se convenise la telefon?',
          guidance: '5 = cunoștea problema și pasul promis; 1 = nu știa nimic.',
        },
        'chat-no-channel-hopping': {
          question: 'Ați putut continua solicitarea pe chat fără să fiți trimis înapoi la telefon sau pe alt canal?',
          guidance:
            'Răspundeți nu dacă vi s-a spus să sunați, să scrieți un e-mail sau să mergeți la magazin ca să continuați.',
        },
      },
    },
    callback: {
      name: 'Apel înapoi pe canalul preferat',
      description: 'Acceptați sau cereți să fiți contactat înapoi și notați când și cum se întâmplă.',
      channel: 'Telefon sau canalul preferat',
      criteria: {
        'callback-offered-preferred': {
          question: 'Vi s-a oferit să fiți contactat înapoi pe canalul preferat, la o oră aleasă de dumneavoastră?',
          guidance: 'Trece dacă ați putut alege canalul și intervalul orar.',
        },
        'callback-on-time': {
          question: 'Ați fost contactat la ora promisă?',
          guidance: 'Măsurați de la începutul intervalului promis.',
          options: {
            'on-time': 'La timp',
            'under-30-min-late': 'Cu mai puțin de 30 de minute întârziere',
            'over-30-min-late': 'Cu peste 30 de minute întârziere',
            never: 'Niciodată',
          },
        },
        'callback-knew-case': {
          question: 'Cunoștea persoana care v-a contactat cazul, fără să-l explicați din nou?',
          guidance: 'Trece dacă a început direct cu problema și stadiul ei.',
        },
      },
    },
    'bot-to-agent-handover': {
      name: 'Predarea de la robot la operator',
      description: 'Întrebați robotul de chat ceva ce nu poate rezolva și cereți un operator uman.',
      channel: 'Robot de chat și operator',
      criteria: {
        'bot-offers-person': {
          question: 'V-a oferit robotul o cale de a ajunge la un om când nu a putut ajuta?',
          guidance: 'Eșec dacă v-a întors în meniu la nesfârșit sau a ascuns opțiunea de a vorbi cu cineva.',
        },
        'bot-history-handed-over': {
          question: 'A primit operatorul istoricul conversației cu robotul?',
          guidance: 'Trece dacă operatorul vedea ce ați scris și datele colectate de robot.',
        },
        'bot-handover-wait': {
          question: 'Cât ați așteptat un operator după predare?',
          guidance: 'Timpul de la mesajul de predare până la primul mesaj al operatorului.',
          options: {
            'under-1-min': 'Sub 1 minut',
            '1-3-min': '1–3 minute',
            '3-10-min': '3–10 minute',
            'over-10-min': 'Peste 10 minute',
          },
        },
        'agent-acknowledges-bot': {
          question: 'Cât de bine a pornit operatorul de la ce îi spuseserăți deja robotului?',
          guidance: '5 = a continuat exact de unde rămăsese robotul; 1 = a luat-o de la zero.',
        },
        'identity-checked-once': {
          question: 'V-a fost verificată identitatea o singură dată, între robot și operator?',
          guidance: 'Răspundeți nu dacă operatorul a repetat verificări făcute deja de robot.',
        },
      },
    },
    'store-sees-case': {
      name: 'Personalul magazinului vede cazul',
      description: 'Mergeți într-un magazin sau o filială pentru aceeași solicitare deschisă.',
      channel: 'Magazin',
      criteria: {
        'store-finds-case': {
          question: 'A găsit personalul magazinului cazul deschis la telefon și pe chat?',
          guidance: 'Trece dacă l-a găsit după numărul de referință, nume sau număr de telefon.',
        },
        'store-knows-history': {
          question: 'Cât de bine a înțeles personalul magazinului istoricul cazului?',
          guidance: '5 = cunoștea fiecare contact și pasul următor; 1 = nu vedea nimic.',
        },
        'store-no-new-request': {
          question: 'Ați putut continua aceeași solicitare în magazin, fără să începeți una nouă?',
          guidance:
            'Răspundeți nu dacă a trebuit să completați un formular nou sau vi s-a spus că magazinul nu se ocupă de asta.',
        },
        'store-same-answer': {
          question: 'A confirmat magazinul ce vi se spusese la telefon și pe chat?',
          guidance: 'Răspundeți nu dacă magazinul a contrazis o promisiune sau o informație anterioară.',
        },
      },
    },
    'written-summary': {
      name: 'Rezumatul scris al contactului',
      description: 'Verificați e-mailul sau mesajul primit după contactele la telefon și pe chat.',
      channel: 'E-mail',
      criteria: {
        'summary-sent': {
          question: 'Ați primit un rezumat scris după contact?',
          guidance: 'Prin e-mail, SMS sau în contul de client, în cel mult o zi lucrătoare.',
        },
        'summary-reference': {
          question: 'Purta rezumatul același număr de referință?',
          guidance: 'Eșec dacă avea alt număr sau niciunul.',
        },
        'summary-reply-same-case': {
          question: 'Răspunsul dat la rezumat s-a adăugat la același caz?',
          guidance: 'Răspundeți cu o întrebare scurtă și verificați că următorul contact o cunoaște.',
        },
        'summary-accurate': {
          question: 'Cât de exact reflecta rezumatul ce s-a convenit?',
          guidance: '5 = problema, promisiunile și termenele corecte; 1 = greșit sau generic.',
        },
      },
    },
    'central-tracking': {
      name: 'Urmărirea centralizată a problemei',
      description: 'Urmăriți cazul deschis până la rezolvare, pe toate canalele folosite.',
      channel: 'Toate canalele',
      criteria: {
        'tracked-as-one-case': {
          question: 'A fost problema urmărită ca un singur caz, pe toate canalele, până la rezolvare?',
          guidance: 'Eșec dacă fiecare canal avea propria evidență sau cazul s-a pierdut.',
        },
        'status-on-any-channel': {
          question: 'Ați putut afla stadiul cazului pe orice canal, inclusiv în autoservire?',
          guidance: 'Trece dacă stadiul era același oriunde ați întrebat.',
        },
        'outcome-told-proactively': {
          question: 'Ați fost anunțat de rezultat fără să întrebați?',
          guidance: 'Trece dacă firma v-a contactat prima când cazul a fost rezolvat.',
        },
        'customer-chases': {
          question: 'De câte ori a trebuit să insistați pentru a afla noutăți?',
          guidance: 'Numărați contactele făcute doar ca să întrebați de progres.',
          options: {
            none: 'Niciodată',
            once: 'O dată',
            twice: 'De două ori',
            'three-or-more': 'De trei ori sau mai mult',
          },
        },
      },
    },
    'resolution-confirmation': {
      name: 'Confirmarea rezolvării',
      description: 'Momentul în care firma închide cazul.',
      channel: 'Canalul preferat',
      criteria: {
        'resolution-confirmed': {
          question:
            'A verificat firma cu dumneavoastră că problema era cu adevărat rezolvată înainte de a închide cazul?',
          guidance: 'Eșec dacă cazul a fost închis fără să fiți întrebat.',
        },
        'outcome-as-promised': {
          question: 'A corespuns rezultatul cu ce vi s-a promis la primul contact?',
          guidance: 'Comparați cu notițele din apel și cu rezumatul scris.',
        },
        'time-to-resolution': {
          question: 'Cât a durat de la primul apel până la rezolvare?',
          guidance: 'Numărați zilele calendaristice de la primul contact.',
          options: {
            'same-day': 'În aceeași zi',
            '1-3-days': '1–3 zile',
            '4-7-days': '4–7 zile',
            'over-7-days': 'Peste 7 zile',
          },
        },
        'overall-effort': {
          question: 'Cât de ușor a fost, per total, să obțineți rezolvarea pe mai multe canale?',
          guidance: '10 = fără niciun efort; 0 = epuizant, cu repetări, așteptări și insistențe.',
        },
        'feedback-asked': {
          question: 'Vi s-a cerut părerea după rezolvarea problemei?',
          guidance: 'Un sondaj scurt sau o întrebare pe canalul folosit.',
        },
      },
    },
  },
};

import type { TemplateTexts } from '../build-template';
import { omnichannelJourneyRoPart2 } from './ro-2';
import { omnichannelJourneyRoPart3 } from './ro-3';

export const omnichannelJourneyRo: TemplateTexts = {
  name: 'Călătoria omnicanal a clientului',
  description:
    'Audit complet al punctelor de contact în cinci etape, de la prima cunoaștere a brandului până la ' +
    'servicii și asistență. Parcurgeți călătoria în pielea personei alese, testați fiecare punct de ' +
    'contact pe canalul pe care l-ar folosi clientul și notați unde se pierde contextul la trecerea ' +
    'dintre canale.',
  stages: {
    awareness: { name: 'Conștientizare', description: 'Clientul află pentru prima dată de brand și de oferta lui.' },
    consideration: {
      name: 'Evaluare',
      description: 'Clientul se informează, compară și pune întrebări înainte de a decide.',
    },
    purchase: {
      name: 'Achiziție',
      description: 'Clientul alege, plătește și finalizează comanda, online sau în magazin.',
    },
    'post-purchase': {
      name: 'După achiziție',
      description: 'Confirmarea, livrarea, facturarea și relația de după vânzare.',
    },
    'service-support': {
      name: 'Servicii și asistență',
      description: 'Clientul are nevoie de ajutor, are o problemă sau vrea să returneze ceva.',
    },
  },
  channels: {
    website: 'Site web',
    phone: 'Telefon',
    chat: 'Chat live',
    store: 'Magazin',
    social: 'Rețele sociale',
  },
  touchpoints: {
    'online-ads': {
      name: 'Reclame online',
      description:
        'Reclame în motoarele de căutare, bannere și reclame pe rețelele sociale pe care persona le-ar vedea.',
      channel: 'Căutare / bannere / rețele sociale',
      criteria: {
        relevant: {
          question: 'Este mesajul reclamei clar și relevant pentru nevoia personei?',
          guidance:
            'Găsiți două-trei reclame căutând ca persona. Acordați 5 dacă beneficiul e evident în câteva secunde și se potrivește nevoii.',
        },
        'promise-matches': {
          question: 'Respectă pagina de destinație oferta din reclamă (preț, reducere, condiții)?',
          guidance:
            'Dați clic și comparați. Eșec dacă prețul, reducerea sau disponibilitatea diferă de ce a promis reclama.',
        },
        'landing-page': {
          question: 'Duce reclama direct la o pagină despre oferta promovată?',
          guidance:
            'Promovat dacă clicul deschide pagina produsului sau a ofertei, nu pagina principală sau o listă generală.',
        },
        'brand-clear': {
          question: 'Este brandul ușor de recunoscut în reclamă?',
          guidance: 'Promovat dacă numele sau sigla sunt vizibile și reclama este evident a acestei companii.',
        },
      },
    },
    'marketing-content': {
      name: 'Conținut de marketing digital',
      description: 'Articole de blog, videoclipuri, podcasturi și ghiduri publicate de brand.',
      channel: 'Blog / video / podcast',
      criteria: {
        useful: {
          question: 'Cât de util este conținutul pentru client, dincolo de vânzarea produsului?',
          guidance:
            'Citiți sau urmăriți două materiale recente. 10 = rezolvă o problemă reală a personei; 0 = doar publicitate.',
        },
        'up-to-date': {
          question: 'Este conținutul actual (date, prețuri, denumiri de produse)?',
          guidance: 'Eșec dacă materialele recente pomenesc produse retrase, oferte expirate sau prețuri vechi.',
        },
        'next-step': {
          question: 'Oferă fiecare material un pas următor clar?',
          guidance:
            'Promovat dacă la final există un link sau un îndemn potrivit (află mai mult, încearcă, contactează-ne).',
        },
        accessible: {
          question: 'Este conținutul accesibil (subtitrări, lizibil pe mobil, text alternativ)?',
          guidance:
            'Verificați subtitrările unui videoclip și un articol pe telefon. Promovat dacă ambele pot fi folosite.',
        },
      },
    },
    'social-media': {
      name: 'Rețele sociale',
      description: 'Profilurile publice ale brandului și felul în care răspunde acolo la întrebări.',
      channel: 'Rețele sociale',
      criteria: {
        'reply-time': {
          question: 'Cât de repede a răspuns brandul la o întrebare sau un mesaj public?',
          guidance:
            'Puneți ca persona o întrebare simplă de dinainte de cumpărare și notați timpul până la primul răspuns real.',
          options: {
            'under-4-hours': 'Sub 4 ore',
            'same-day': 'În aceeași zi',
            '1-2-days': '1–2 zile',
            'over-2-days': 'Peste 2 zile sau niciun răspuns',
          },
        },
        tone: {
          question: 'Sunt răspunsurile politicoase, empatice și personale, nu copiate?',
          guidance:
            'Analizați răspunsul primit și răspunsurile recente la reclamații. Notă mică pentru răspunsuri defensive, seci sau șablon.',
        },
        'same-answer': {
          question: 'Se potrivește răspunsul de pe rețelele sociale cu informațiile de pe site?',
          guidance: 'Comparați răspunsul cu site-ul. Eșec dacă prețurile, politicile sau datele se contrazic.',
        },
        'private-data': {
          question: 'Evită brandul să ceară sau să expună date personale în public?',
          guidance:
            'Eșec dacă angajații cer numere de cont, adrese sau detalii de comandă în răspunsuri publice ori le dezvăluie.',
        },
      },
    },
    'events-webinars': {
      name: 'Evenimente și webinarii',
      description: 'Evenimente ale companiei, târguri, ateliere și webinarii online.',
      channel: 'Eveniment / webinar',
      criteria: {
        registration: {
          question: 'Este înscrierea rapidă și cere doar datele necesare?',
          guidance:
            'Înscrieți-vă ca persona. Acordați 5 dacă durează sub două minute, fără câmpuri obligatorii inutile.',
        },
        value: {
          question: 'A oferit sesiunea valoarea promisă, nu o prezentare de vânzare deghizată?',
          guidance:
            'Comparați agenda cu ce s-a prezentat. Notă mică dacă cea mai mare parte a timpului a fost vânzare.',
        },
        questions: {
          question: 'Au primit participanții răspuns la întrebări, în timpul sesiunii sau după?',
          guidance: 'Puneți o întrebare. Promovat dacă primește răspuns pe loc sau ulterior, în scris.',
        },
        'follow-up': {
          question: 'Se bazează comunicarea ulterioară pe datele de înscriere, fără a le cere din nou?',
          guidance:
            'Promovat dacă primiți înregistrarea sau materialele și următorul contact știe deja că ați participat.',
        },
      },
    },
    'offline-advertising': {
      name: 'Publicitate offline',
      description: 'Publicitate tipărită, stradală, la radio și TV.',
      channel: 'Tipar / outdoor / TV / radio',
      criteria: {
        message: {
          question: 'Se înțelege mesajul în câteva secunde?',
          guidance:
            'Priviți reclama ca un trecător. Acordați 5 dacă brandul, oferta și beneficiul sunt clare dintr-o privire.',
        },
        'call-to-action': {
          question: 'Există o cale clară de a da curs reclamei și funcționează?',
          guidance: 'Încercați adresa web, codul QR sau numărul de telefon. Promovat dacă duc la oferta promovată.',
        },
        'same-offer': {
          question: 'Este oferta aceeași cu cea de pe internet și din magazin?',
          guidance: 'Comparați prețul și condițiile între canale. Eșec la orice diferență neexplicată.',
        },
      },
    },
    'informative-web-content': {
      name: 'Conținut web informativ',
      description: 'Informații despre produse, ghiduri și pagini de politici folosite la documentarea achiziției.',
      channel: 'Site web',
      criteria: {
        complete: {
          question:
            'Răspunde conținutul la principalele întrebări de dinainte de cumpărare (ce este, preț, livrare, retur)?',
          guidance:
            'Notați primele cinci întrebări ale personei și verificați-le pe fiecare. Acordați 5 dacă toate au răspuns fără a contacta pe cineva.',
        },
        'plain-language': {
          question: 'Este conținutul scris pe înțelesul tuturor, fără jargon?',
          guidance: 'Notă mică dacă termenii tehnici sau juridici rămân neexplicați.',
        },
        'no-contradiction': {
          question: 'Prezintă toate paginile aceleași informații (prețuri, specificații, politici)?',
          guidance: 'Comparați două-trei pagini care menționează aceeași informație. Eșec la orice contradicție.',
        },
        'terms-visible': {
          question: 'Sunt taxele, durata contractului și limitările afișate deschis, nu ascunse în textul mărunt?',
          guidance:
            'Eșec dacă un cost sau o obligație importantă apare doar în termeni și condiții sau într-o notă de subsol.',
        },
      },
    },
    'company-website': {
      name: 'Site-ul companiei',
      description: 'Site-ul principal al brandului, ca primă impresie și sursă de adevăr.',
      channel: 'Site web',
      criteria: {
        mobile: {
          question: 'Cât de ușor se folosește site-ul pe telefonul mobil?',
          guidance: 'Realizați pe telefon prima sarcină a personei. 10 = fără efort; 0 = imposibil de folosit.',
        },
        'load-speed': {
          question: 'Se încarcă paginile principale în cel mult trei secunde pe o conexiune mobilă?',
          guidance:
            'Cronometrați pagina principală și o pagină de produs pe date mobile. Promovat dacă ambele pot fi folosite în trei secunde.',
        },
        'contact-options': {
          question: 'Se găsesc ușor canalele de contact și programul?',
          guidance:
            'Promovat dacă telefonul, chatul sau e-mailul și programul se găsesc din orice pagină în cel mult două clicuri.',
        },
        'cookie-choice': {
          question: 'Pot fi refuzate cookie-urile la fel de ușor cum sunt acceptate?',
          guidance:
            'Eșec dacă refuzul cere mai multe clicuri, e ascuns sau bannerul e conceput să împingă spre acceptare.',
        },
        'price-per-channel': {
          question: 'Ce preț se comunică pentru produsul de referință pe fiecare canal?',
          guidance:
            'Cereți prețul aceluiași produs pe fiecare canal și notați răspunsul. Orice diferență este o constatare de consecvență.',
        },
      },
    },
    'website-navigation': {
      name: 'Navigarea pe site',
      description: 'Meniurile, căutarea și linkurile folosite pentru a găsi un produs sau un răspuns.',
      channel: 'Site web',
      criteria: {
        'find-product': {
          question: 'Câte clicuri au fost necesare de la pagina principală până la produsul de referință?',
          guidance: 'Porniți de la pagina principală fără căutare și numărați clicurile.',
          options: {
            'up-to-3-clicks': 'Cel mult 3 clicuri',
            '4-5-clicks': '4–5 clicuri',
            'over-5-clicks': 'Peste 5 clicuri',
            'not-found': 'Negăsit',
          },
        },
        search: {
          question: 'Dă căutarea de pe site rezultate relevante, chiar și cu o greșeală de tastare?',
          guidance:
            'Căutați produsul după denumirea uzuală și apoi cu o greșeală. Acordați 5 dacă produsul corect apare printre primele rezultate de fiecare dată.',
        },
        labels: {
          question: 'Sunt etichetele meniului formulate în cuvintele clientului?',
          guidance:
            'Eșec dacă meniurile folosesc jargon intern sau denumiri de departamente pe care persona nu le-ar înțelege.',
        },
        'no-dead-ends': {
          question: 'Este site-ul lipsit de linkuri nefuncționale și fundături?',
          guidance:
            'Urmați zece linkuri din tot site-ul. Eșec dacă vreunul duce la o pagină de eroare sau fără cale de continuare.',
        },
      },
    },
    'product-reviews': {
      name: 'Recenzii de produs',
      description: 'Recenziile clienților pe site-ul brandului și pe platformele publice de recenzii.',
      channel: 'Site web / platforme de recenzii',
      criteria: {
        visible: {
          question: 'Sunt afișate recenziile, inclusiv cele negative, pe paginile de produs?',
          guidance:
            'Promovat dacă recenziile sunt vizibile și pot fi sortate sau filtrate astfel încât să includă notele mici.',
        },
        genuine: {
          question: 'Par recenziile autentice, fără semne de recenzii false sau filtrate?',
          guidance:
            'Eșec dacă recenziile sunt suspect de uniforme, toate de cinci stele sau neverificate și fără politică de moderare.',
        },
        responses: {
          question: 'Răspunde compania constructiv la recenziile negative?',
          guidance:
            'Citiți cinci recenzii negative recente. Acordați 5 dacă fiecare are un răspuns politicos, concret, cu o soluție.',
        },
        'average-rating': {
          question: 'Care este nota medie publică pe principala platformă de recenzii?',
          guidance: 'Folosiți platforma pe care clienții acestei afaceri o consultă cel mai des.',
          options: { '4-5-plus': '4,5 sau mai mult', '4-0-4-4': '4,0–4,4', '3-0-3-9': '3,0–3,9', 'below-3': 'Sub 3,0' },
        },
      },
    },
    'product-catalogues': {
      name: 'Cataloage de produse',
      description: 'Cataloage, broșuri și liste de prețuri tipărite sau descărcabile.',
      channel: 'Catalog tipărit / PDF',
      criteria: {
        current: {
          question: 'Sunt prețurile și gama actuale, cu o dată de valabilitate afișată?',
          guidance: 'Eșec dacă catalogul nu are dată sau conține prețuri expirate ori produse retrase.',
        },
        'easy-compare': {
          question: 'Se pot compara ușor produsele (specificații și prețuri în același format)?',
          guidance: 'Încercați să comparați trei produse similare. Acordați 5 dacă durează sub un minut.',
        },
        'matches-offer': {
          question: 'Sunt produsele din catalog disponibile în magazin sau online la prețul afișat?',
          guidance: 'Verificați trei produse. Eșec dacă vreunul lipsește sau are alt preț fără explicație.',
        },
      },
    },
    'sales-conversations': {
      name: 'Discuții cu personalul și agenții de vânzări',
      description: 'Sfaturile primite de la personal în magazin, la telefon sau într-o întâlnire de vânzare.',
      channel: 'Magazin / telefon / întâlnire de vânzare',
      criteria: {
        acknowledged: {
          question: 'Cât a durat până când un angajat v-a observat și v-a salutat?',
          guidance: 'Porniți cronometrul la sosire sau la conectarea apelului; opriți-l la primul salut.',
          options: {
            'under-1-min': 'Sub 1 minut',
            '1-3-min': '1–3 minute',
            '3-10-min': '3–10 minute',
            'over-10-min': 'Peste 10 minute',
          },
        },
        'needs-first': {
          question: 'V-a întrebat angajatul despre nevoile dumneavoastră înainte de a recomanda un produs?',
          guidance: 'Acordați 5 dacă a pus întrebări deschise și a adaptat sfatul la răspunsurile dumneavoastră.',
        },
        knowledge: {
          question: 'Au fost răspunsurile corecte și sigure?',
          guidance:
            'Puneți două întrebări factuale verificate dinainte. Notă mică pentru răspunsuri greșite sau ghicite.',
        },
        'no-pressure': {
          question: 'A fost discuția lipsită de tactici de presiune (urgență falsă, vânzare suplimentară insistentă)?',
          guidance:
            'Eșec la termene inventate, afirmații false de tipul „ultimul din stoc” sau adaosuri împinse contrar nevoilor declarate.',
        },
        courtesy: {
          question: 'A fost angajatul politicos tot timpul?',
          guidance:
            'Criteriu eliminatoriu: eșec dacă a fost nepoliticos, disprețuitor sau v-a ignorat pentru alte sarcini.',
        },
      },
    },
    ...omnichannelJourneyRoPart2,
    ...omnichannelJourneyRoPart3,
  },
};

import type { TemplateTexts } from '../build-template';

export const mysteryShopBranchRo: TemplateTexts = {
  name: 'Mystery shopping: vizită în sucursală sau magazin',
  description:
    'Chestionar de mystery shopping pentru o vizită într-o sucursală bancară sau într-un magazin, de la ' +
    'sosire până la contactul de după vizită. Punctele se cumulează pe întreaga vizită; fiecare criteriu ' +
    'neîndeplinit necesită un comentariu.',
  stages: {
    arrival: { name: 'Sosire și exterior', description: 'Găsirea sucursalei și prima impresie din exterior.' },
    waiting: { name: 'Intrare și așteptare', description: 'Intrarea, coada și așteptarea până la servire.' },
    greeting: { name: 'Salutul', description: 'Primul contact cu personalul.' },
    needs: { name: 'Identificarea nevoilor', description: 'Consilierul află de ce are nevoie clientul.' },
    offer: { name: 'Oferta și consilierea', description: 'Produsele sunt prezentate și explicate.' },
    closing: { name: 'Încheiere și rămas-bun', description: 'Se stabilește pasul următor, iar clientul pleacă.' },
    'after-visit': { name: 'După vizită', description: 'Contactul de urmărire din zilele de după vizită.' },
  },
  touchpoints: {
    exterior: {
      name: 'Exteriorul sucursalei',
      description: 'Fațada, firma, intrarea și împrejurimile.',
      channel: 'Sucursală sau magazin',
      criteria: {
        'exterior-clean-signage-lit': {
          question: 'Este exteriorul curat, iar firma intactă și iluminată?',
          guidance:
            'Priviți fațada, geamurile, intrarea și firma. Neîndeplinit dacă există gunoaie, graffiti, murdărie sau o firmă neiluminată ori deteriorată.',
        },
        'opening-hours-displayed': {
          question: 'Este programul afișat la intrare și identic cu cel de pe site?',
          guidance: 'Comparați cu site-ul înainte de vizită. Neîndeplinit dacă lipsește sau diferă.',
        },
        'accessible-entrance': {
          question:
            'Este intrarea accesibilă scaunelor rulante și cărucioarelor (fără trepte sau cu rampă, ușă ușor de deschis)?',
          guidance: 'Îndeplinit dacă o persoană în scaun rulant ar putea intra fără ajutor.',
        },
        'easy-to-find': {
          question: 'Cât de ușor a fost de găsit și de ajuns la sucursală?',
          guidance: '5 = bine semnalizată, parcare sau transport public în apropiere; 1 = greu de localizat.',
        },
      },
    },
    'window-display': {
      name: 'Vitrina și materialele din exterior',
      description: 'Afișe, ecrane și oferte vizibile din exterior.',
      channel: 'Sucursală sau magazin',
      criteria: {
        'display-tidy': {
          question: 'Cât de îngrijite și atractive sunt vitrina și materialele din exterior?',
          guidance:
            '5 = curate, bine iluminate, conforme cu identitatea brandului; 1 = decolorate, rupte sau aglomerate.',
        },
        'promotions-current': {
          question: 'Sunt încă valabile toate promoțiile afișate?',
          guidance: 'Neîndeplinit dacă vreun afiș sau ecran prezintă o ofertă expirată.',
        },
        'offer-conditions-visible': {
          question: 'Sunt afișate lizibil, lângă dobânzile sau prețurile promovate, condițiile lor principale?',
          guidance:
            'Neîndeplinit dacă condițiile (comisioane, perioadă minimă, excepții) lipsesc sau nu pot fi citite de la o distanță normală.',
        },
      },
    },
    'waiting-area': {
      name: 'Intrarea și zona de așteptare',
      description: 'Interiorul sucursalei, unde așteaptă clienții.',
      channel: 'Sucursală sau magazin',
      criteria: {
        'interior-clean': {
          question: 'Cât de curat și ordonat este interiorul?',
          guidance: '5 = podele, birouri și ghișee impecabile; 1 = murdar sau dezordonat.',
        },
        'seating-available': {
          question: 'Există locuri pe scaune pentru clienții care așteaptă?',
          guidance:
            'Îndeplinit dacă a existat un loc liber cât ați așteptat. Alegeți N/A dacă ați fost servit imediat.',
        },
        'information-available': {
          question: 'Există broșuri sau liste de prețuri de citit în timpul așteptării?',
          guidance: 'Îndeplinit dacă informațiile actuale despre produse sunt expuse și disponibile.',
        },
      },
    },
    'queue-system': {
      name: 'Sistemul de coadă și ecranul de bonuri',
      description: 'Automatul de bonuri de ordine, ecranul de apelare sau coada marcată.',
      channel: 'Ecran de coadă',
      criteria: {
        'queue-system-clear': {
          question: 'Există un sistem de coadă clar (automat de bonuri sau culoar marcat)?',
          guidance: 'Îndeplinit dacă ați știut imediat unde să stați la coadă sau cum să luați un bon.',
        },
        'screen-calls-clearly': {
          question: 'Afișează ecranul numărul apelat și ghișeul, cu semnal sonor sau anunț?',
          guidance: 'Neîndeplinit dacă ecranul este stins, blocat sau numerele sunt apelate fără indicarea ghișeului.',
        },
        'waiting-time': {
          question: 'Cât ați așteptat până să fiți servit?',
          guidance: 'Timpul de la luarea bonului sau intrarea la coadă până la începerea servirii.',
          options: {
            'under-2': 'Sub 2 minute',
            '2-5': 'Între 2 și 5 minute',
            '5-10': 'Între 5 și 10 minute',
            'over-10': 'Peste 10 minute',
          },
        },
        'served-in-order': {
          question: 'Au fost clienții serviți în ordine, fără ca cineva să treacă peste rând?',
          guidance: 'Neîndeplinit dacă personalul a servit pe cineva peste rând fără explicații.',
        },
      },
    },
    'self-service-kiosk': {
      name: 'Aparate de autoservire',
      description: 'Bancomate, chioșcuri sau verificatoare de preț în sucursală.',
      channel: 'Chioșc de autoservire',
      criteria: {
        'kiosk-working': {
          question: 'Funcționează toate aparatele de autoservire?',
          guidance: 'Neîndeplinit dacă vreun aparat este defect. Alegeți N/A dacă nu există aparate.',
        },
        'kiosk-instructions': {
          question: 'Cât de clare sunt instrucțiunile de pe ecran?',
          guidance: '5 = un utilizator nou ar putea finaliza singur o operațiune simplă; 1 = derutante.',
        },
        'kiosk-help-nearby': {
          question: 'Se află în apropiere un angajat care să ajute la folosirea aparatelor?',
          guidance: 'Îndeplinit dacă a fost disponibil cineva sau un punct de asistență clar marcat.',
        },
      },
    },
    'staff-greeting': {
      name: 'Salutul personalului',
      description: 'Primul contact dintre personal și client.',
      channel: 'Față în față',
      criteria: {
        'greeted-within-30s': {
          question: 'Ați fost salutat în cel mult 30 de secunde de la intrare sau de la sosirea la ghișeu?',
          guidance: 'Cronometrați de când intrați în câmpul vizual al angajatului până la salutul rostit.',
        },
        'eye-contact-smile': {
          question: 'Cât de bine a menținut angajatul contactul vizual și a zâmbit?',
          guidance: '5 = contact vizual firesc și un zâmbet cald; 1 = fără contact vizual.',
        },
        'name-badge': {
          question: 'Purta angajatul un ecuson cu numele, la vedere?',
          guidance: 'Notați numele în comentariu, dacă puteți.',
        },
        'acknowledged-when-busy': {
          question: 'Dacă personalul era ocupat, v-a semnalat că v-a văzut, printr-o privire sau un cuvânt?',
          guidance: 'Alegeți N/A dacă personalul era liber când ați sosit.',
        },
        'staff-courteous': {
          question: 'A fost tot personalul politicos, fără comportament nepoliticos sau disprețuitor?',
          guidance:
            'Grosolănia, oftatul, ironia sau ignorarea unei întrebări sunt eliminatorii. Descrieți ce s-a întâmplat.',
        },
      },
    },
    'staff-presentation': {
      name: 'Ținuta personalului',
      description: 'Aspectul și comportamentul personalului din sală.',
      channel: 'Față în față',
      criteria: {
        'dress-code': {
          question: 'Erau angajații îmbrăcați îngrijit, conform codului vestimentar al brandului?',
          guidance: 'Neîndeplinit dacă uniforma este incompletă sau ținuta neîngrijită.',
        },
        'desk-tidy': {
          question: 'Erau birourile și ghișeele ordonate, fără obiecte personale la vedere?',
          guidance: 'Priviți biroul la care ați fost servit.',
        },
        'no-personal-distractions': {
          question:
            'S-au abținut angajații de la folosirea telefonului personal și de la discuții private cât timp clienții așteptau?',
          guidance:
            'Neîndeplinit dacă un angajat a folosit telefonul personal sau angajații au stat de vorbă între ei în timp ce clienții așteptau.',
        },
      },
    },
    'needs-conversation': {
      name: 'Discuția despre nevoi',
      description: 'Consilierul află de ce are nevoie clientul.',
      channel: 'Față în față',
      criteria: {
        'open-questions': {
          question: 'Cât de bine a folosit consilierul întrebări deschise pentru a vă înțelege nevoile?',
          guidance:
            '5 = mai multe întrebări deschise despre situația și obiectivele dumneavoastră; 1 = nicio întrebare înainte de a propune un produs.',
        },
        'listened-without-interrupting': {
          question: 'V-a ascultat consilierul fără să vă întrerupă?',
          guidance: 'Neîndeplinit dacă ați fost întrerupt de mai multe ori.',
        },
        'needs-summarised': {
          question: 'V-a rezumat consilierul nevoile înainte de a recomanda ceva?',
          guidance: 'Îndeplinit dacă v-a reformulat nevoile pentru a verifica dacă le-a înțeles.',
        },
        'genuine-interest': {
          question: 'Cât interes real și câtă empatie a arătat consilierul?',
          guidance: '5 = atent și personal; 1 = distras sau indiferent.',
        },
      },
    },
    privacy: {
      name: 'Confidențialitatea discuției',
      description: 'Cum sunt protejate datele clientului în timpul vizitei.',
      channel: 'Sucursală sau magazin',
      criteria: {
        'private-space-offered': {
          question: 'Vi s-a oferit un birou separat sau o încăpere pentru o discuție personală sau financiară?',
          guidance: 'Alegeți N/A dacă nu au fost necesare date personale.',
        },
        'others-data-hidden': {
          question: 'Au fost documentele și ecranele altor clienți ferite de privirea dumneavoastră?',
          guidance: 'Neîndeplinit dacă ați putut citi numele, contul sau documentele altui client.',
        },
        'data-out-of-earshot': {
          question: 'Au fost datele dumneavoastră personale sau de cont ferite de urechile altor clienți?',
          guidance:
            'Datele rostite cu voce tare acolo unde alții le pot auzi sunt eliminatorii. Notați ce s-a putut auzi.',
        },
      },
    },
    advice: {
      name: 'Oferta și consilierea',
      description: 'Consilierul prezintă și explică un produs sau un serviciu.',
      channel: 'Față în față',
      criteria: {
        'benefits-plain-words': {
          question:
            'Cât de clar au fost explicate beneficiile produsului, în cuvinte simple și legate de nevoile dumneavoastră?',
          guidance: '5 = fără jargon, beneficii legate de ce ați spus; 1 = jargon sau o prezentare generică.',
        },
        'fees-stated-unprompted': {
          question: 'Au fost menționate comisioanele și condițiile fără să fie nevoie să întrebați?',
          guidance:
            'Îndeplinit doar dacă comisioanele, dobânzile sau perioada minimă au fost menționate înainte să întrebați.',
        },
        'fees-information-correct': {
          question: 'Au fost corecte și neînșelătoare informațiile despre comisioane, dobânzi și condiții?',
          guidance:
            'Verificați-le după vizită față de lista oficială de prețuri. Informațiile greșite sau înșelătoare sunt eliminatorii.',
        },
        'alternatives-offered': {
          question: 'Vi s-a oferit mai mult de o variantă, cu diferențele explicate?',
          guidance: 'Îndeplinit dacă au fost comparate cel puțin două variante potrivite.',
        },
        'no-pressure': {
          question: 'Cât de lipsită de presiune comercială a fost consilierea?',
          guidance: '5 = vi s-a oferit timp de gândire; 1 = urgență falsă sau insistențe după refuz.',
        },
      },
    },
    'written-material': {
      name: 'Materiale scrise',
      description: 'Broșuri, oferte și liste de comisioane primite pentru acasă.',
      channel: 'Documente tipărite sau trimise pe e-mail',
      criteria: {
        'material-offered': {
          question: 'Vi s-au oferit materiale scrise despre ofertă, pe care să le luați cu dumneavoastră?',
          guidance: 'Îndeplinit dacă le-ați primit fără să cereți, pe hârtie sau pe e-mail.',
        },
        'material-matches-advice': {
          question: 'Prezintă materialele scrise aceleași comisioane și condiții ca și consilierul?',
          guidance: 'Comparați documentele cu notițele dumneavoastră. Neîndeplinit la orice diferență.',
        },
        'material-readable': {
          question: 'Cât de clare și ușor de citit sunt materialele scrise?',
          guidance: '5 = informațiile esențiale se găsesc ușor, limbaj simplu; 1 = text mărunt și dens.',
        },
      },
    },
    closing: {
      name: 'Încheiere și rămas-bun',
      description: 'Finalul discuției și plecarea din sucursală.',
      channel: 'Față în față',
      criteria: {
        'next-step-proposed': {
          question:
            'A încercat consilierul să încheie vânzarea sau a propus un pas următor clar (cerere, programare, apel)?',
          guidance: 'Îndeplinit dacă s-a propus un pas următor concret, cu o dată sau o acțiune.',
        },
        'contact-details-given': {
          question: 'Ați primit date de contact pentru a continua cu aceeași persoană?',
          guidance: 'Îndeplinit dacă ați primit o carte de vizită, un număr direct sau o adresă de e-mail.',
        },
        'thanked-invited-back': {
          question: 'Vi s-a mulțumit și ați fost invitat să reveniți?',
          guidance: 'Ambele trebuie să aibă loc pentru a fi îndeplinit.',
        },
        'farewell-warmth': {
          question: 'Cât de cald și de personal a fost rămas-bunul?',
          guidance: '5 = rămas-bun personal, cu contact vizual; 1 = niciun rămas-bun.',
        },
      },
    },
    'overall-impression': {
      name: 'Impresia generală',
      description: 'Aprecierea vizitei în ansamblu de către mystery shopper.',
      channel: 'Sucursală sau magazin',
      criteria: {
        'likely-to-recommend': {
          question: 'Pe baza acestei vizite, cât de probabil este să recomandați această sucursală (0–10)?',
          guidance: 'Răspundeți așa cum ar răspunde clientul din scenariu.',
        },
        'visit-effort': {
          question: 'Cât de ușor ați obținut ceea ce ați venit să rezolvați?',
          guidance: '5 = fără efort; 1 = foarte greu sau nerezolvat.',
        },
        'would-return': {
          question: 'Ați reveni în această sucursală ca client real?',
          guidance: 'Explicați motivul principal în comentariu.',
        },
      },
    },
    'follow-up': {
      name: 'Contactul de urmărire',
      description: 'E-mail, SMS sau apel după vizită.',
      channel: 'E-mail sau SMS',
      criteria: {
        'follow-up-on-time': {
          question: 'A sosit contactul de urmărire promis în termenul promis?',
          guidance: 'Alegeți N/A dacă nu vi s-a promis niciun contact ulterior.',
          options: { 'on-time': 'La timp', late: 'Cu întârziere', none: 'Nu a mai venit' },
        },
        'follow-up-matches-visit': {
          question: 'Reia mesajul de urmărire aceeași ofertă și aceleași condiții discutate în sucursală?',
          guidance: 'Neîndeplinit dacă prețurile sau condițiile diferă de ce vi s-a spus.',
        },
        'follow-up-personal': {
          question: 'Cât de personalizat este mesajul de urmărire?',
          guidance: '5 = vă folosește numele și face referire la discuție; 1 = mesaj generic, trimis în masă.',
        },
        'no-sensitive-data': {
          question: 'Evită mesajul afișarea completă a datelor sensibile (numere de cont sau de card)?',
          guidance: 'Afișarea completă a datelor sensibile este eliminatorie.',
        },
        'marketing-consent-respected': {
          question: 'Ați primit mesaje de marketing doar dacă v-ați dat acordul?',
          guidance: 'Neîndeplinit dacă ați primit promoții pentru care nu v-ați dat acordul.',
        },
      },
    },
    'feedback-survey': {
      name: 'Chestionar despre vizită',
      description: 'O solicitare de a evalua vizita.',
      channel: 'SMS sau e-mail',
      criteria: {
        'survey-received': {
          question: 'Ați fost invitat să vă spuneți părerea despre vizită?',
          guidance: 'Așteptați cel puțin trei zile lucrătoare înainte de a răspunde.',
        },
        'survey-short': {
          question: 'Cât de scurt și de simplu este chestionarul?',
          guidance: '5 = câteva întrebări, funcționează pe telefon; 1 = lung sau nefuncțional.',
        },
        'survey-visit-specific': {
          question: 'Se referă chestionarul la vizita dumneavoastră (sucursală, dată sau consilier)?',
          guidance: 'Îndeplinit dacă menționează sucursala sau data vizitei.',
        },
      },
    },
  },
};

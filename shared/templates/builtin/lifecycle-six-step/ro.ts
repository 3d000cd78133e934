import type { TemplateTexts } from '../build-template';

export const lifecycleSixStepRo: TemplateTexts = {
  name: 'Ciclul de viață al clientului (șase etape)',
  description:
    'Parcurgeți întregul ciclu de viață al clientului, Descoperire, Explorare, Cumpărare, Utilizare, ' +
    'Întrebări și Implicare, și evaluați punctele de contact din fiecare etapă. Scorurile etapelor se ' +
    'mediază, astfel încât fiecare etapă contează la fel.',
  stages: {
    discover: { name: 'Descoperire', description: 'Clientul află că brandul există.' },
    explore: { name: 'Explorare', description: 'Clientul se informează și compară înainte de a decide.' },
    buy: { name: 'Cumpărare', description: 'Clientul plătește sau semnează.' },
    use: { name: 'Utilizare', description: 'Clientul primește produsul sau serviciul și începe să îl folosească.' },
    ask: { name: 'Întrebări', description: 'Clientul are nevoie de ajutor sau are o întrebare.' },
    engage: { name: 'Implicare', description: 'Clientul rămâne, reînnoiește și recomandă sau pleacă.' },
  },
  channels: { web: 'Site web', store: 'Magazin', phone: 'Telefon', chat: 'Chat' },
  touchpoints: {
    'search-ads': {
      name: 'Rezultate de căutare și reclame',
      description: 'Rezultatele motoarelor de căutare și reclamele plătite sau grafice care aduc clientul.',
      channel: 'Motoare de căutare și reclame online',
      criteria: {
        'found-in-search': {
          question: 'Apare brandul pe prima pagină de rezultate la căutarea produsului sau serviciului său principal?',
          guidance:
            'Căutați dintr-o fereastră privată două-trei termeni generali folosiți de clienți. Îndeplinit dacă brandul apare pe prima pagină pentru cel puțin unul.',
        },
        'ad-matches-landing': {
          question: 'Pagina la care duce reclama arată aceeași ofertă, același preț și același produs ca reclama?',
          guidance:
            'Dați clic pe una-două reclame. Neîndeplinit dacă prețul sau produsul promovat nu se regăsește pe pagină (direcționare înșelătoare).',
        },
        'offer-conditions-clear': {
          question:
            'Cât de clar sunt prezentate condițiile ofertei promovate (data de încheiere, excepții, perioada minimă)?',
          guidance: '5 = condiții lizibile lângă ofertă; 1 = ascunse în textul mărunt sau lipsă.',
        },
      },
    },
    'reviews-word-of-mouth': {
      name: 'Recomandări și recenzii',
      description: 'Recenzii și evaluări publice, recomandări personale.',
      channel: 'Site-uri de recenzii și recomandări',
      criteria: {
        'average-rating': {
          question: 'Care este evaluarea medie pe principala platformă de recenzii?',
          guidance:
            'Folosiți platforma cea mai utilizată de clienții din această piață și notați pe câte recenzii se bazează media.',
          options: {
            '4-5-plus': '4,5 sau mai mult',
            '4-0-4-4': 'Între 4,0 și 4,4',
            '3-0-3-9': 'Între 3,0 și 3,9',
            'under-3': 'Sub 3,0',
          },
        },
        'replies-to-negative': {
          question: 'Cât de bine răspunde firma la recenziile negative?',
          guidance:
            'Citiți cele mai recente zece recenzii critice. 5 = fiecare are un răspuns politicos, cu o soluție concretă; 1 = ignorate sau tratate defensiv.',
        },
        'referral-easy': {
          question:
            'Există o modalitate simplă prin care clientul poate recomanda firma (link sau program de recomandare)?',
          guidance:
            'Îndeplinit dacă un link, un cod de recomandare sau o opțiune de distribuire se găsește ușor pe site sau în aplicație.',
        },
      },
    },
    'social-media': {
      name: 'Rețele sociale',
      description: 'Profilurile oficiale ale brandului pe rețelele sociale și modul în care răspunde acolo.',
      channel: 'Rețele sociale',
      criteria: {
        'profile-consistent': {
          question: 'Profilurile oficiale afișează aceleași date de contact, program și linkuri ca site-ul?',
          guidance: 'Comparați cel puțin două profiluri cu site-ul. Neîndeplinit la orice contradicție.',
        },
        'reply-time': {
          question: 'Cât de repede a răspuns brandul la o întrebare trimisă prin mesaj sau comentariu?',
          guidance:
            'Trimiteți o întrebare simplă despre un produs în timpul programului și notați când sosește primul răspuns de la o persoană.',
          options: {
            'within-1h': 'În mai puțin de o oră',
            'same-day': 'În aceeași zi',
            'within-3-days': 'În cel mult trei zile',
            'no-reply': 'Niciun răspuns',
          },
        },
        'reply-empathy': {
          question: 'Cât de empatic și util este tonul răspunsurilor brandului la reclamații?',
          guidance: '5 = recunoaște problema și oferă ajutor; 1 = răspunsuri copiate, disprețuitoare sau polemice.',
        },
      },
    },
    'product-pages': {
      name: 'Paginile de produs de pe site',
      description: 'Paginile care descriu în detaliu un produs sau un serviciu.',
      channel: 'Site web',
      criteria: {
        'info-complete': {
          question:
            'Cât de completă este informația despre produs (caracteristici, dimensiuni sau limite, compatibilitate, fotografii)?',
          guidance:
            'Verificați trei pagini de produs. 5 = puteți decide fără să contactați pe cineva; 1 = lipsesc informații esențiale.',
        },
        'full-price-shown': {
          question: 'Este afișat pe pagina produsului prețul complet, inclusiv taxele obligatorii?',
          guidance:
            'Neîndeplinit dacă taxe obligatorii suplimentare (taxă de serviciu, de activare) apar abia mai târziu în parcurs.',
        },
        'mobile-usable': {
          question: 'Cât de ușor se citesc și se folosesc paginile de produs pe telefon?',
          guidance: '5 = lizibile fără mărire, butoane ușor de apăsat; 1 = aspect stricat.',
        },
        'availability-shown': {
          question: 'Sunt afișate stocul sau disponibilitatea și termenul de livrare înainte de adăugarea în coș?',
          guidance:
            'Îndeplinit dacă pe pagina produsului se văd disponibilitatea și o dată estimată de livrare sau de începere.',
        },
      },
    },
    'comparison-tools': {
      name: 'Instrumente de comparare',
      description: 'Instrumente pentru compararea alăturată a modelelor, pachetelor sau tarifelor.',
      channel: 'Site web',
      criteria: {
        'side-by-side': {
          question: 'Poate clientul compara alăturat două sau mai multe produse sau pachete?',
          guidance:
            'Îndeplinit dacă există un tabel sau un instrument de comparare care funcționează pentru cel puțin două elemente.',
        },
        'comparison-fair': {
          question:
            'Cât de corectă este compararea (aceleași atribute pentru fiecare element, fără evidențierea înșelătoare a celei mai scumpe opțiuni)?',
          guidance:
            '5 = neutră și completă; 1 = atribute omise sau o opțiune scumpă împinsă prin design (direcționare înșelătoare).',
        },
        'shortlist-saved': {
          question:
            'Își poate salva sau trimite clientul lista de opțiuni pentru a continua mai târziu sau pe alt dispozitiv?',
          guidance:
            'Îndeplinit dacă o listă salvată, un link pe e-mail sau o listă de dorințe în cont păstrează selecția.',
        },
      },
    },
    'store-visit': {
      name: 'Vizită în showroom sau magazin',
      description: 'Răsfoirea produselor într-un magazin sau showroom fizic.',
      channel: 'Magazin',
      criteria: {
        'display-labelled': {
          question: 'Cât de bine sunt expuse produsele și etichetate cu denumire, preț și caracteristici principale?',
          guidance: '5 = fiecare produs etichetat clar și ușor accesibil; 1 = etichete lipsă, expunere dezordonată.',
        },
        'shelf-price-matches-web': {
          question: 'Prețurile de la raft corespund prețurilor de pe site pentru aceleași produse?',
          guidance: 'Comparați trei produse cu site-ul în aceeași zi. Neîndeplinit la orice diferență neexplicată.',
        },
        'staff-approach-time': {
          question: 'După cât timp v-a oferit ajutorul un angajat?',
          guidance:
            'Porniți cronometrul la intrarea în zona de vânzare și uitați-vă prin magazin ca un client obișnuit.',
          options: {
            'under-2': 'Sub 2 minute',
            '2-5': 'Între 2 și 5 minute',
            'over-5': 'Peste 5 minute',
            nobody: 'Nu a oferit nimeni ajutor',
          },
        },
      },
    },
    'sales-consultation': {
      name: 'Consultanță de vânzare',
      description: 'Discuție cu un vânzător sau consilier, în magazin, la telefon sau prin video.',
      channel: 'Magazin, telefon sau video',
      criteria: {
        'needs-asked': {
          question: 'Cât de bine v-a întrebat consilierul despre nevoile dumneavoastră înainte de a recomanda ceva?',
          guidance:
            '5 = întrebări deschise despre utilizare, buget și constrângeri; 1 = a trecut direct la prezentarea unui produs.',
        },
        'advice-accurate': {
          question: 'Au fost corecte și complete informațiile despre preț, comisioane și condiții?',
          guidance:
            'Verificați ulterior răspunsurile față de lista oficială de prețuri și condiții. Orice afirmație înșelătoare este eliminatorie.',
        },
        'no-pressure': {
          question:
            'Cât de lipsită de presiune a fost discuția (fără urgență falsă, fără insistențe pentru extraopțiuni)?',
          guidance:
            '5 = relaxată, cu timp de gândire oferit; 1 = afirmații de tipul „doar azi” sau extraopțiuni împinse după refuz.',
        },
        'price-same-everywhere': {
          question: 'Ce preț se comunică pe fiecare canal pentru același produs sau pachet?',
          guidance:
            'Întrebați prețul unui produs de referință pe site, în magazin și la telefon și notați fiecare răspuns. Diferențele sunt semnalate.',
        },
      },
    },
    'online-checkout': {
      name: 'Finalizarea comenzii online',
      description: 'Coșul, livrarea, plata și confirmarea comenzii pe site sau în aplicație.',
      channel: 'Site web sau aplicație',
      criteria: {
        'total-shown-early': {
          question:
            'Este afișat prețul total, cu livrare și taxe incluse, înainte de ultimul pas, fără nimic adăugat la final?',
          guidance:
            'Mergeți până la pagina finală de confirmare. Orice cost care apare abia acolo, fără avertizare, este eliminatoriu (cost ascuns).',
        },
        'payment-secure': {
          question: 'Este pagina de plată securizată (https, procesator de plăți cunoscut, fără avertismente)?',
          guidance:
            'Verificați bara de adresă și formularul de plată. Un avertisment de securitate al browserului este eliminatoriu.',
        },
        'form-easy': {
          question:
            'Cât de simplu este formularul de comandă (comandă fără cont, câmpuri puține, erori clare, completare automată)?',
          guidance:
            '5 = comandă fără cont și doar câmpurile necesare; 1 = cont obligatoriu, formulare lungi, erori care șterg datele introduse.',
        },
        'payment-methods': {
          question: 'Câte metode de plată sunt oferite?',
          guidance: 'Numărați metodele distincte (card, portofel electronic, transfer bancar, plată la livrare, rate).',
          options: { one: 'Una', two: 'Două', 'three-four': 'Trei sau patru', 'five-plus': 'Cinci sau mai multe' },
        },
        'no-preticked-extras': {
          question: 'Extraopțiunile, asigurările și abonarea la newsletter sunt lăsate nebifate implicit?',
          guidance:
            'Neîndeplinit dacă orice opțiune plătită sau acord de marketing este bifat dinainte ori dacă formularea este o întrebare capcană.',
        },
      },
    },
    'in-store-purchase': {
      name: 'Cumpărare în magazin',
      description: 'Plata la casă sau la ghișeu în magazin.',
      channel: 'Magazin',
      criteria: {
        'till-wait': {
          question: 'Cât ați așteptat la casă până să fiți servit?',
          guidance: 'Timpul de la intrarea în coadă până la începerea servirii.',
          options: {
            'under-1': 'Sub 1 minut',
            '1-3': 'Între 1 și 3 minute',
            '3-10': 'Între 3 și 10 minute',
            'over-10': 'Peste 10 minute',
          },
        },
        'till-price-matches': {
          question: 'Prețul încasat a corespuns celui de pe etichetă sau de la raft?',
          guidance: 'Comparați bonul cu etichetele. O sumă mai mare, nesemnalată de personal, este eliminatorie.',
        },
        'payment-options': {
          question: 'Au fost acceptate cardul, plata contactless și numerarul sau plata cu telefonul?',
          guidance: 'Îndeplinit dacă au fost disponibile cel puțin trei modalități uzuale de plată.',
        },
        'receipt-choice': {
          question: 'Vi s-a oferit bonul, pe hârtie sau pe e-mail, după preferință?',
          guidance: 'Îndeplinit dacă bonul a fost oferit nesolicitat și ați putut alege formatul.',
        },
      },
    },
    'contract-paperwork': {
      name: 'Contract și documente de înrolare',
      description: 'Contracte, formulare de solicitare și documente de bun venit semnate la cumpărare.',
      channel: 'Documente sau semnătură electronică',
      criteria: {
        'plain-language': {
          question: 'Cât de clare și ușor de citit sunt contractul și formularele?',
          guidance: '5 = rezumat scurt al clauzelor esențiale în limbaj obișnuit; 1 = doar text juridic dens.',
        },
        'terms-before-signing': {
          question: 'Au fost clarificate înainte de semnare toate comisioanele, durata și condițiile de reziliere?',
          guidance:
            'Un comision, o perioadă minimă sau o reînnoire automată dezvăluite abia după semnare sunt eliminatorii (continuitate forțată).',
        },
        'no-data-repeated': {
          question: 'Ați evitat să introduceți din nou informații pe care le dăduserăți deja?',
          guidance: 'Neîndeplinit dacă ați fost nevoit să repetați aceleași date pe alt formular sau canal.',
        },
        'copy-provided': {
          question: 'Ați primit imediat o copie a documentelor semnate și chitanța, pe hârtie sau descărcabile?',
          guidance: 'Îndeplinit dacă ați primit copia în aceeași zi.',
        },
      },
    },
    'first-use': {
      name: 'Prima utilizare și despachetarea',
      description: 'Primul contact cu produsul livrat sau cu serviciul activat.',
      channel: 'Produs sau serviciu',
      criteria: {
        'matches-promise': {
          question: 'Corespunde produsul sau serviciul celui promovat și vândut?',
          guidance:
            'Comparați funcțiile și conținutul cu pagina produsului și cu comanda. Neîndeplinit dacă lipsește orice element sau funcție.',
        },
        'setup-easy': {
          question: 'Cât de ușor l-ați putut instala sau începe să îl folosiți fără ajutor?',
          guidance:
            '5 = gata în câteva minute, cu un ghid de pornire rapidă clar; 1 = a fost nevoie să contactați asistența.',
        },
        packaging: {
          question: 'Cât de bun este ambalajul (protejează produsul, se deschide ușor, puține deșeuri)?',
          guidance: 'Alegeți N/A pentru servicii fără livrare fizică.',
        },
      },
    },
    'onboarding-emails': {
      name: 'E-mailuri de bun venit și tutoriale',
      description: 'Mesaje de bun venit, sfaturi și tutoriale după cumpărare.',
      channel: 'E-mail',
      criteria: {
        'welcome-timely': {
          question: 'A sosit un mesaj de bun venit sau de confirmare în cel mult 24 de ore?',
          guidance: 'Verificați inboxul și dosarul de spam.',
        },
        'content-useful': {
          question: 'Cât de utile sunt mesajele de început și tutorialele pentru ce ați cumpărat?',
          guidance: '5 = sfaturi personalizate și linkuri funcționale către tutoriale; 1 = doar promoții generale.',
        },
        'unsubscribe-easy': {
          question: 'Pot fi oprite mesajele de marketing cu un singur clic, fără autentificare?',
          guidance:
            'Încercați linkul de dezabonare. Neîndeplinit dacă cere autentificare, un apel sau mai multe ecrane.',
        },
      },
    },
    'daily-use': {
      name: 'Aplicația sau produsul în utilizarea zilnică',
      description: 'Folosirea zilnică a aplicației, a contului sau a produsului.',
      channel: 'Aplicație sau cont de client',
      criteria: {
        reliable: {
          question: 'Cât de fiabil funcționează aplicația sau produsul în sarcinile obișnuite?',
          guidance: 'Efectuați trei sarcini uzuale. 5 = fără erori sau lentoare; 1 = blocări sau eșecuri.',
        },
        'self-service-tasks': {
          question:
            'Pot fi realizate sarcinile uzuale (modificarea datelor, descărcarea facturilor, urmărirea comenzilor) fără a contacta pe cineva?',
          guidance: 'Îndeplinit dacă cel puțin trei sarcini uzuale pot fi finalizate în regim de autoservire.',
        },
        'bill-clear': {
          question: 'Cât de ușor de înțeles sunt facturile și extrasele?',
          guidance: '5 = fiecare cost explicat, totaluri ușor de verificat; 1 = rânduri sau coduri neexplicate.',
        },
        'effort-score': {
          question: 'Cât efort a cerut o sarcină obișnuită (0 = foarte greu, 10 = fără efort)?',
          guidance: 'Evaluați efortul total pentru cele trei sarcini, ca scor de efort al clientului.',
        },
      },
    },
    'help-centre': {
      name: 'Centru de ajutor și întrebări frecvente',
      description: 'Pagini de autoservire, întrebări frecvente și bază de cunoștințe.',
      channel: 'Site web',
      criteria: {
        'search-finds-answers': {
          question: 'Cât de bine răspunde centrul de ajutor la trei întrebări frecvente?',
          guidance:
            'Căutați trei probleme des întâlnite. 5 = toate găsite în sub un minut fiecare; 1 = niciuna găsită.',
        },
        'answers-current': {
          question: 'Sunt răspunsurile actualizate și în acord cu prețurile și politicile de pe celelalte canale?',
          guidance: 'Neîndeplinit dacă vreun răspuns contrazice site-ul, condițiile sau ce spune personalul.',
        },
        'contact-visible': {
          question: 'Se găsește ușor, din paginile de ajutor, o cale de a vorbi cu o persoană?',
          guidance:
            'Neîndeplinit dacă opțiunile de contact sunt ascunse după mai multe pagini de întrebări sau formulare.',
        },
      },
    },
    'contact-centre': {
      name: 'Call center',
      description: 'Asistență telefonică cu un operator.',
      channel: 'Telefon',
      criteria: {
        'answer-wait': {
          question: 'Cât a durat până ați vorbit cu un operator?',
          guidance: 'Timpul de la finalul meniului automat până la răspunsul unei persoane, în timpul programului.',
          options: {
            'under-1': 'Sub 1 minut',
            '1-3': 'Între 1 și 3 minute',
            '3-10': 'Între 3 și 10 minute',
            'over-10': 'Peste 10 minute',
          },
        },
        'routed-right': {
          question: 'Cât de bine a fost direcționat apelul către operatorul potrivit de prima dată?',
          guidance: '5 = meniu scurt, persoana potrivită imediat; 1 = transferat de mai multe ori.',
        },
        'first-contact-resolution': {
          question: 'A fost rezolvată problema în acest apel, fără să fie nevoie să reveniți?',
          guidance:
            'Îndeplinit dacă problema a fost rezolvată sau s-a stabilit un pas următor clar, cu un responsabil.',
        },
        empathy: {
          question: 'Câtă empatie și răbdare a arătat operatorul?',
          guidance: '5 = a ascultat, a recunoscut situația, a explicat; 1 = rece sau grăbit.',
        },
        courteous: {
          question: 'A fost operatorul politicos tot timpul, fără remarci nepoliticoase sau disprețuitoare?',
          guidance: 'Orice comportament nepoliticos sau disprețuitor este eliminatoriu.',
        },
        'identity-checked': {
          question: 'V-a verificat operatorul identitatea înainte de a discuta detaliile contului?',
          guidance:
            'Dezvăluirea de date personale fără verificare este eliminatorie. Alegeți N/A dacă nu s-a discutat despre un cont.',
        },
      },
    },
    chat: {
      name: 'Chat',
      description: 'Chat live sau chatbot pe site ori în aplicație.',
      channel: 'Chat',
      criteria: {
        'starts-promptly': {
          question: 'Este chatul disponibil în programul anunțat și pornește în cel mult un minut?',
          guidance: 'Deschideți o conversație în programul anunțat și cronometrați primul răspuns.',
        },
        'bot-handover': {
          question:
            'Transferă chatbotul conversația către o persoană, cu tot istoricul, la cerere sau când se blochează?',
          guidance:
            'Cereți un operator după ce botul greșește o dată. Neîndeplinit dacă nu există ieșire sau operatorul nu a văzut istoricul.',
        },
        'no-repeating': {
          question: 'Ați fost scutit de repetarea informațiilor deja oferite?',
          guidance: 'Neîndeplinit dacă a trebuit să repetați numele, numărul comenzii sau problema după transfer.',
        },
        'policy-same-everywhere': {
          question: 'Ce răspuns dă fiecare canal la aceeași întrebare despre o politică a firmei?',
          guidance:
            'Puneți aceeași întrebare fixă (de exemplu termenul de retur) pe site, la telefon și pe chat și notați fiecare răspuns. Diferențele sunt semnalate.',
        },
      },
    },
    'loyalty-programme': {
      name: 'Program de fidelitate',
      description: 'Puncte, niveluri și beneficii pentru membri.',
      channel: 'Aplicație sau card de fidelitate',
      criteria: {
        'rules-clear': {
          question: 'Cât de clare sunt regulile de acumulare și folosire a punctelor sau beneficiilor?',
          guidance:
            '5 = explicate pe o singură pagină, în cuvinte simple; 1 = condiții greu de găsit sau schimbate fără anunț.',
        },
        'rewards-attainable': {
          question: 'Cât de accesibile și relevante sunt recompensele pentru un client obișnuit?',
          guidance: '5 = o recompensă obținută după câteva cumpărături; 1 = recompense de neatins.',
        },
        'balance-everywhere': {
          question: 'Este afișat același sold de puncte în aplicație, pe site și în magazin?',
          guidance: 'Verificați soldul pe cel puțin două canale. Neîndeplinit la orice diferență.',
        },
      },
    },
    'community-events': {
      name: 'Comunitate și evenimente',
      description: 'Comunitatea utilizatorilor, forumuri, webinarii și evenimente pentru clienți.',
      channel: 'Evenimente sau comunitate online',
      criteria: {
        'community-exists': {
          question: 'Există o comunitate, un forum sau un eveniment la care clienții se pot alătura?',
          guidance: 'Îndeplinit dacă este activ (o postare sau un eveniment în ultima lună).',
        },
        'staff-answer': {
          question: 'Participă angajații brandului și răspund la întrebări?',
          guidance: 'Îndeplinit dacă întrebările recente au primit răspuns de la un cont oficial sau de la un angajat.',
        },
        'content-valuable': {
          question: 'Cât de util este conținutul pentru clienți, dincolo de vânzare?',
          guidance: '5 = sfaturi practice și schimb real de idei; 1 = doar promoții.',
        },
      },
    },
    'feedback-requests': {
      name: 'Solicitări de feedback și recenzii',
      description: 'Chestionare și invitații la recenzie după interacțiunile importante.',
      channel: 'E-mail sau SMS',
      criteria: {
        'feedback-asked': {
          question: 'Vi s-a cerut părerea după o interacțiune importantă, printr-un chestionar scurt?',
          guidance:
            'Îndeplinit dacă după o cumpărare sau un contact cu asistența a sosit un chestionar de cel mult cinci întrebări.',
        },
        'no-review-gating': {
          question:
            'Invitațiile la recenzie sunt trimise tuturor clienților, nu doar celor care s-au declarat mulțumiți?',
          guidance:
            'Neîndeplinit dacă o primă întrebare îi îndepărtează pe clienții nemulțumiți de site-urile publice de recenzii.',
        },
        'feedback-acted-on': {
          question: 'Există dovezi că feedbackul este luat în seamă?',
          guidance:
            'Căutați răspunsuri la comentariile din chestionare, o pagină „Ați spus, am făcut” sau schimbări realizate. Îndeplinit dacă găsiți cel puțin una.',
        },
      },
    },
    renewal: {
      name: 'Reînnoire',
      description: 'Reînnoirea, trecerea la un pachet superior sau rezilierea unui abonament ori contract.',
      channel: 'E-mail sau cont de client',
      criteria: {
        'renewal-reminder': {
          question: 'Se trimite un memento înainte de reînnoirea automată, cu data și prețul?',
          guidance: 'Îndeplinit dacă mementoul sosește suficient de devreme pentru a renunța fără penalități.',
        },
        'cancel-easy': {
          question: 'Poate clientul renunța la fel de ușor cum s-a abonat, pe același canal?',
          guidance:
            'Obstrucționarea (doar prin telefon, oferte repetate de retenție, link ascuns) este eliminatorie (continuitate forțată).',
        },
        'price-change-notice': {
          question: 'Sunt modificările de preț anunțate din timp și explicate?',
          guidance: 'Îndeplinit dacă anunțul a venit înainte de intrarea în vigoare a modificării, cu motivul ei.',
        },
        'loyal-price-fair': {
          question: 'Cât de corect este prețul de reînnoire pentru clienții existenți față de cel pentru clienții noi?',
          guidance: '5 = egal sau mai bun decât oferta pentru clienți noi; 1 = mult mai scump, fără niciun beneficiu.',
        },
      },
    },
  },
};

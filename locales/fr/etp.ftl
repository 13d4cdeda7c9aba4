# ETP programmes (éducation thérapeutique du patient): catalogue (etp-), sign-up (etp-signup-,
# etp-ask-), the team's side (etp-team-, etp-told-, etp-queue-) and creation (etpc-).

help-etp = trouver un programme d’éducation thérapeutique (ETP) pour votre maladie, près de chez vous ou à distance, par exemple : /etp diabète Toulouse
help-etp-signup = demander à rejoindre un programme d’ETP
help-my-signups = vos demandes d’inscription à un programme d’ETP, choisir la date de votre bilan, vous retirer
help-new-etp = créer un programme d’ETP
help-etp-requests = les demandes d’inscription à traiter, programme par programme
help-etp-export = les inscriptions d’un programme, dans un fichier CSV pour l’équipe
menu-my-signups = Mes inscriptions

etp-not-understood = Je n’ai reconnu ni maladie, ni lieu dans votre demande. Essayez par exemple « diabète Toulouse », « SEP à distance », ou la recherche guidée.
etp-none = Je n’ai trouvé aucun programme d’éducation thérapeutique qui corresponde. Essayez un département voisin, « à distance », ou la recherche guidée.
etp-guided = Recherche guidée
etp-all = Tous les programmes
etp-ask-condition =
    L’éducation thérapeutique du patient (ETP) aide à mieux vivre avec une maladie chronique : des séances, seul ou en groupe, avec une équipe de soignants et parfois des patients partenaires. Elle commence en général par un bilan éducatif partagé (BEP), un entretien pour faire le point sur vos besoins.
    Pour quelle maladie cherchez-vous un programme ?
etp-ask-place = Où ? Choisissez un département, ou « À distance ».
etp-remote = À distance
etp-anywhere = Partout
etp-list-exact =
    { $count ->
        [one] Un programme correspond à tout ce que vous avez demandé ({ $asked }) :
       *[other] { $count } programmes correspondent à tout ce que vous avez demandé ({ $asked }) :
    }
etp-unknown-hint = La recherche guidée (/etp seul) vous montre les programmes qui existent.
etp-nobody = Aucun programme ne correspond à tout ce que vous avez demandé ({ $asked }).
etp-list =
    { $count ->
        [one] Un programme correspond :
       *[other] { $count } programmes correspondent :
    }
etp-more =
    { $count ->
        [one] … et un autre programme : précisez votre recherche pour le voir.
       *[other] … et { $count } autres programmes : précisez votre recherche pour les voir.
    }
etp-card =
    { $number ->
        [0] { $title }{ $closed }
       *[other] Programme n° { $number } — { $title }{ $closed }
    }
    { $structure } — { $team }
    Où : { $place }
    Pour : { $themes }
    Format : { $format } ; { $rhythm }{ $co_run }
    { $description }
etp-closed-mark = {" "}(inscriptions fermées)
etp-co-run = {" "}; des patients partenaires animent des séances
etp-remote-possible = séances possibles à distance
etp-format-collective = séances collectives
etp-format-individual = séances individuelles
etp-format-both = séances collectives et individuelles
etp-join-button = M’inscrire au programme n° { $number }
etp-manage-button = Gérer le programme n° { $number }
etp-programme-gone = Ce programme n’existe pas ou n’accepte plus d’inscriptions pour le moment.

etp-signup-which = À quel programme souhaitez-vous vous inscrire ? Trouvez-le avec /etp, puis choisissez « M’inscrire ».
etp-signup-intro =
    Demande d’inscription à « { $title } » ({ $structure }).
    Voici ce qui sera transmis à l’équipe du programme, et à elle seule : le nom ou le pseudonyme que vous choisirez, le moyen de vous joindre que vous indiquerez, et vos disponibilités pour le bilan éducatif partagé (BEP). Je ne vous poserai aucune question sur votre santé.
    Participer est votre choix : vous pourrez vous retirer à tout moment avec /mes_inscriptions. /annuler arrête ici, sans rien envoyer.
etp-ask-name = Sous quel nom ou pseudonyme l’équipe peut-elle vous appeler ?
etp-ask-reach = Comment l’équipe peut-elle vous joindre ? Par exemple un numéro de téléphone, une adresse e-mail, ou « par Pairbot seulement ».
etp-ask-preference = Quels moments vous conviennent pour le bilan éducatif partagé ? Par exemple « le mardi matin » ou « après 17 h ».
etp-any-time = Peu importe
etp-contact-elsewhere = Gardez vos coordonnées pour la question « Comment l’équipe peut-elle vous joindre ? », s’il vous plaît.
etp-signup-confirm =
    Voici ce qui sera transmis à l’équipe de « { $title } » :
    • Nom ou pseudonyme : { $name }
    • Pour vous joindre : { $reach }
    • Disponibilités pour le BEP : { $preference }
    Vous êtes d’accord pour l’envoyer ?
etp-signup-send = J’accepte, envoyer ma demande
etp-signup-sent = Votre demande d’inscription à « { $title } » est envoyée (demande n° { $number }). L’équipe vous proposera des dates pour le bilan éducatif partagé ; je vous préviendrai ici.
etp-signup-waitlisted = Le programme « { $title } » est complet pour le moment : votre demande n° { $number } est sur la liste d’attente. L’équipe la reprendra dès qu’une place se libère ; je vous préviendrai ici.
etp-signup-already = Vous avez déjà une demande en cours pour « { $title } » (demande n° { $number }). Vous la retrouvez dans /mes_inscriptions.
etp-signup-gone = Cette demande d’inscription n’existe plus ou a déjà changé.

etp-mine-none = Vous n’avez aucune demande d’inscription à un programme d’éducation thérapeutique.
etp-mine = Vos demandes d’inscription :
etp-mine-line = Demande n° { $number } : « { $title } », { $status }
etp-mine-bep = , bilan le { $when }
etp-mine-reason = {" "}(motif : { $reason })
etp-moment = { $weekday } { $date } à { $time }
etp-pick-bep = BEP le { $when }
etp-withdraw-n = Retirer ma demande n° { $number }
etp-withdraw-question = Vous retirer de « { $title } » ? L’équipe sera prévenue. Vous pourrez refaire une demande plus tard si vous le souhaitez.
etp-withdraw-yes = Oui, me retirer
etp-withdrawn = C’est fait : vous êtes retiré(e) de « { $title } » et l’équipe est prévenue. Prenez soin de vous.
etp-bep-picked = C’est noté : votre bilan éducatif partagé pour « { $title } » aura lieu le { $when }. L’équipe est prévenue.

etp-status-requested = demande envoyée
etp-status-bep_proposed = dates de bilan proposées, à choisir
etp-status-bep_confirmed = bilan confirmé
etp-status-enrolled = inscrit(e)
etp-status-refused = non retenue
etp-status-waitlisted = liste d’attente
etp-status-withdrawn = retirée

etp-team-new =
    Nouvelle demande d’inscription à « { $title } » (demande n° { $number }) :
    • Nom ou pseudonyme : { $name }
    • Pour joindre la personne : { $reach }
    • Disponibilités pour le BEP : { $preference }
etp-team-bep-confirmed = Pour « { $title } », { $name } (demande n° { $number }) a choisi son bilan éducatif partagé : { $bep }.
etp-team-withdrawn = { $name } s’est retiré(e) de « { $title } » (demande n° { $number }).
etp-handle = Traiter la demande
etp-handle-n = Traiter la demande n° { $number }
etp-queue = Demandes d’inscription à traiter, les plus anciennes d’abord :
etp-queue-empty = Aucune demande d’inscription n’attend l’équipe.
etp-queue-programme = « { $title } » (programme n° { $number }) — { $enrolled } inscrit(e)s sur { $capacity } places
etp-queue-line = Demande n° { $number } : { $name }, { $status }
etp-queue-more =
    { $count ->
        [one] … et une autre demande : traitez celles-ci d’abord, ou filtrez avec /etp_demandes suivi du numéro du programme.
       *[other] … et { $count } autres demandes : traitez celles-ci d’abord, ou filtrez avec /etp_demandes suivi du numéro du programme.
    }
etp-signup-detail =
    Demande n° { $number } pour « { $title } » : { $status }
    • Nom ou pseudonyme : { $name }
    • Pour joindre la personne : { $reach }
    • Disponibilités pour le BEP : { $preference }
etp-propose = Proposer des dates de BEP
etp-enrol = Inscrire
etp-enrol-later = L’inscription au programme se fera une fois ce bilan passé.
etp-enrol-after-bep = Le bilan éducatif partagé est prévu le { $when } : l’inscription au programme se fait une fois ce bilan passé. Revenez à cette demande après le bilan.
etp-waitlist = Liste d’attente
etp-refuse = Ne pas retenir
etp-resume = Reprendre la demande
etp-ask-bep = Quelles dates proposez-vous à { $name } pour le bilan éducatif partagé ? Une date et une heure par ligne (cinq au plus), par exemple « 12/12 14h ».
etp-bep-invalid = Je n’ai pas compris ces dates. Écrivez une date et une heure par ligne, par exemple « 12/12 14h » ou « 09/01/2027 10h30 ».
etp-bep-too-many = C’est beaucoup : proposez cinq dates au plus.
etp-bep-sunday = Une des dates tombe un dimanche : le { $when }. Si c’est bien voulu, confirmez ; sinon, écrivez d’autres dates, une date et une heure par ligne.
etp-bep-keep = Oui, proposer ces dates
etp-bep-keep-gone = Ces dates ne sont plus en attente. Ouvrez de nouveau la demande pour proposer des dates.
etp-ask-reason = Pourquoi la demande de { $name } n’est-elle pas retenue ? Ce motif lui sera transmis : écrivez-le avec bienveillance, et indiquez si possible une autre piste.
etp-reason-length = Le motif doit faire entre 3 et { $max } caractères.
etp-full = Le programme est complet. Vous pouvez mettre la demande sur liste d’attente.
etp-transition-stale = Cette demande a changé entre-temps : cette action ne s’applique plus. Voici où elle en est.
etp-team-done = Demande n° { $number } : { $status }. La personne est prévenue.
etp-back-to-queue = Retour aux demandes
etp-told-bep =
    Bonne nouvelle : l’équipe de « { $title } » vous propose ces dates pour le bilan éducatif partagé :
    { $dates }
    Choisissez celle qui vous convient. Si aucune ne va, retirez votre demande avec /mes_inscriptions ou attendez que l’équipe vous recontacte.
etp-told-enrolled = Vous êtes inscrit(e) au programme « { $title } » (votre demande n° { $number }). L’équipe vous donnera les dates des séances. Vous pouvez vous retirer à tout moment avec /mes_inscriptions.
etp-told-waitlisted = Le programme « { $title } » est complet pour le moment : votre demande n° { $number } est sur la liste d’attente. Je vous préviendrai dès qu’elle avance.
etp-told-resumed = Une place se libère pour « { $title } » : votre demande n° { $number } est reprise, l’équipe va vous proposer des dates de bilan.
etp-told-refused =
    L’équipe de « { $title } » ne peut pas retenir votre demande n° { $number }, avec ce message : « { $reason } »
    Vous pouvez chercher un autre programme avec /etp.
etp-export-no-such = Il n’y a pas de programme n° { $number }. Les numéros des programmes sont dans /etp ; par exemple /etp_export 3.
etp-export-which = De quel programme voulez-vous les inscriptions ? Écrivez /etp_export suivi du numéro du programme, par exemple /etp_export 3.
etp-export-done =
    { $count ->
        [0] « { $title } » n’a encore aucune demande d’inscription : le fichier ne contient que les en-têtes.
        [one] Voici la demande d’inscription à « { $title } », dans un fichier CSV. Il contient des données personnelles : gardez-le au sein de l’équipe.
       *[other] Voici les { $count } demandes d’inscription à « { $title } », dans un fichier CSV. Il contient des données personnelles : gardez-le au sein de l’équipe.
    }
etp-csv-number = Demande
etp-csv-name = Nom ou pseudonyme
etp-csv-reach = Pour joindre
etp-csv-preference = Disponibilités BEP
etp-csv-status = État
etp-csv-bep = Bilan (BEP)
etp-csv-reason = Motif
etp-csv-asked = Demandée le
etp-manage = Gérer le programme

etpc-intro = Créons un programme d’éducation thérapeutique. Je vais vous poser quelques questions, une à la fois ; /annuler arrête tout, sans rien enregistrer.
etpc-edit-intro = Modifions ce programme. Choisissez « Garder » pour ne pas changer une réponse.
etpc-ask-title = Quel est le nom du programme ? Par exemple « Bien vivre avec son diabète ».
etpc-ask-structure = Quelle structure le porte ? Par exemple un hôpital, une maison de santé ou une association.
etpc-ask-team = Comment l’équipe se présente-t-elle ? Par exemple « infirmière, diététicienne, médecin et deux patients partenaires ».
etpc-ask-place = Où ont lieu les séances ? Écrivez l’adresse avec la ville, ou choisissez « À distance uniquement ».
etpc-remote-only = À distance uniquement
etpc-ask-remote = Les séances peuvent-elles aussi se suivre à distance ?
etpc-yes-remote = Oui, aussi à distance
etpc-no-remote = Non, sur place seulement
etpc-ask-themes = Pour quelles maladies ? Par exemple « diabète » ou « insuffisance cardiaque, AVC ».
etpc-themes-unknown = Je n’ai reconnu aucune maladie. Essayez par exemple « diabète », « SEP » ou « asthme ».
etpc-ask-format = Comment se déroulent les séances ?
etpc-ask-rhythm = Quelles dates ou quel rythme ? Par exemple « 6 ateliers le jeudi après-midi, de janvier à mars ».
etpc-ask-capacity = Combien de personnes le programme accueille-t-il en même temps ? { $platform ->
        [telegram] Touchez un bouton ou écrivez un nombre.
       *[other] Choisissez ci-dessous, ou écrivez un nombre.
    }
etpc-ask-co-run = Des patients partenaires animent-ils des séances ?
etpc-yes-co-run = Oui
etpc-no-co-run = Non
etpc-ask-description = En quelques phrases, que propose le programme ? Ce texte est public.
etpc-no-contact-details = Pas d’adresse e-mail, de téléphone ni de lien ici, s’il vous plaît : ce texte est public, et les inscriptions passent par Pairbot.
etpc-confirm =
    Voici le programme :
    { $summary }
    C’est bon ?
etpc-create = Créer le programme
etpc-created = Le programme « { $title } » est créé (programme n° { $number }). Il apparaît dès maintenant dans /etp ; les demandes d’inscription vous seront envoyées ici.
etpc-saved = Les modifications de « { $title } » sont enregistrées.
etpc-close = Fermer les inscriptions
etpc-open = Rouvrir les inscriptions
etpc-closed = Les inscriptions à « { $title } » sont fermées : il n’apparaît plus dans /etp. Les demandes en cours restent à traiter avec /etp_demandes.
etpc-opened = Les inscriptions à « { $title } » sont rouvertes.
etpc-signups = Demandes d’inscription
etpc-export = Exporter (CSV)
etp-team-erased = Une personne a retiré sa demande n° { $number } pour « { $title } » et effacé ses données de Pairbot : elle n’apparaît plus dans vos listes.

data-table-etp-handlers = Les programmes d’ETP dont vous recevez les demandes d’inscription
data-table-etp-signups = Vos demandes d’inscription à des programmes d’ETP
data-table-etp-applications = Vos candidatures à des missions de patient partenaire
data-column-programme-id = programme
data-column-name = nom ou pseudonyme
data-column-reach = pour vous joindre
data-column-preference = disponibilités pour le BEP
data-column-reason = motif
data-column-bep-options = dates de BEP proposées
data-column-bep-at = date de BEP choisie
data-column-mission-id = mission

help-missions = les missions proposées aux patients partenaires (témoignage, co-animation, recherche…) et vos candidatures
help-new-mission = proposer une mission aux patients partenaires
menu-missions = Les missions
mission-intro = Proposons une mission aux patients partenaires. Quelques questions, une à la fois ; /annuler arrête tout, sans rien enregistrer.
mission-ask-kind = De quel type de mission s’agit-il ?
mission-kind-temoignage = Témoignage
mission-kind-co-animation = Co-animation de séances d’ETP
mission-kind-co-construction = Co-construction (d’un programme, du guide de BEP…)
mission-kind-co-evaluation = Co-évaluation (d’un programme, de séances)
mission-kind-coordination = Coordination de programme
mission-kind-focus-group = Groupe de discussion (focus group)
mission-kind-groupe-de-travail = Groupe de travail
mission-kind-formation = Formation de professionnels
mission-kind-recherche = Recherche
mission-kind-gouvernance = Gouvernance (conseil, comité)
mission-kind-ethique = Réflexion éthique
mission-ask-programme = À quel programme d’ETP est-elle rattachée ? Écrivez son numéro (voir /etp), ou, pour un autre projet, son nom, par exemple « Formation des internes du CHU ».
mission-programme-unknown = Je ne trouve pas ce programme. Écrivez son numéro (voir /etp), ou le nom d’un projet sans chiffre.
mission-ask-dates = Quelles dates, ou quelle période ? Par exemple « 3 demi-journées en mars ».
mission-ask-training = Quelle formation faut-il avoir suivie ? (La formation ETP de 40 heures est demandée pour co-animer des séances.)
mission-ask-training-co-running = Co-animer des séances d’ETP demande au moins la formation ETP de 40 heures, ou un diplôme universitaire (DU/DIU) en éducation thérapeutique, qui la comprend. Laquelle demandez-vous ?
mission-co-running-training = Pour co-animer des séances d’ETP, il faut demander la formation ETP de 40 heures ou un DU/DIU en éducation thérapeutique : une mission de co-animation ne peut pas être publiée sans l’une des deux.
mission-ask-paid = La mission est-elle rémunérée ? (Le remboursement des frais est une autre question, posée juste après.)
mission-paid-yes = Oui, rémunérée
mission-paid-no = Non, bénévole
mission-ask-expenses = Les frais de la personne (transport, repas…) sont-ils remboursés ?
mission-expenses-yes = Oui, remboursés
mission-expenses-no = Non
mission-ask-places = Combien de patients partenaires recherchez-vous ?
mission-ask-sheet = Décrivez la mission en quelques phrases (la fiche de mission) : ce que la personne fera, avec qui, et ce qui lui est proposé en retour.
mission-text-length = Quelques mots de plus, s’il vous plaît (et pas de coordonnées : les candidatures passent par Pairbot).
mission-confirm =
    Voici la mission :
    { $summary }
    Je la publie ?
mission-create = Publier la mission
mission-created = La mission n° { $number } est publiée : les patients partenaires qui ont la formation demandée la voient dans /missions. Je vous transmettrai chaque candidature.
mission-card =
    { $heading } : { $kind } — { $context }
    Quand : { $dates }
    Formation demandée : { $training }
    { $paid }, { $expenses } ; places pourvues : { $selected } sur { $places }
    { $sheet }
mission-for-programme = programme « { $title } » (n° { $number })
mission-no-training = aucune
mission-paid = Rémunérée
mission-unpaid = Bénévole (non rémunérée)
mission-expenses = frais remboursés
mission-no-expenses = frais non remboursés
mission-expenses-unknown = remboursement des frais non précisé
mission-heading = Mission n° { $number }
mission-heading-new = Nouvelle mission
mission-partners-only = Les missions sont proposées aux patients partenaires dont le profil a été validé. Pour en faire partie, présentez-vous avec /devenir_partenaire.
mission-none = Aucune mission ouverte ne correspond à votre formation pour le moment. Je vous conseille de revenir voir de temps en temps.
mission-none-team = Aucune mission ouverte dont vous vous occupez pour le moment. Pour en proposer une : /mission_nouvelle.
mission-list = Les missions ouvertes :
mission-you-applied = Vous avez candidaté : la coordination vous répondra ici.
mission-you-selected = Vous êtes retenu(e) pour cette mission.
mission-apply-n = Candidater à la n° { $number }
mission-withdraw-n = Retirer ma candidature (n° { $number })
mission-manage-n = Gérer la mission n° { $number }
mission-gone = Cette mission n’existe pas ou n’est plus ouverte.
mission-out-of-scope = Cette mission relève d’une autre structure que « { $organisation } », pour laquelle vous coordonnez : c’est à sa propre coordination de s’en occuper.
mission-not-qualified = Cette mission demande une formation que votre parcours n’indique pas. Si vous l’avez suivie, ajoutez-la avec /formations.
mission-full = Toutes les places de cette mission sont pourvues.
mission-already-applied = Vous avez déjà candidaté à cette mission.
mission-applied = Votre candidature à la mission n° { $number } est envoyée. La coordination vous répondra ici.
mission-team-applied = Nouvelle candidature à la mission n° { $number } : { $pseudonym } (profil n° { $profile }).
mission-select = Retenir
mission-decline = Ne pas retenir
mission-select-n = Retenir la candidature n° { $number }
mission-decline-n = Ne pas retenir la n° { $number }
mission-no-applications = Aucune candidature pour le moment.
mission-application-line = candidature n° { $number } : { $pseudonym }, { $status }
mission-status-applied = en attente
mission-status-selected = retenue
mission-status-declined = non retenue
mission-status-withdrawn = retirée
mission-partner-gone = une personne qui a effacé ses données
mission-close = Clore la mission
mission-closed = La mission n° { $number } est close : elle n’apparaît plus dans /missions.
mission-application-gone = Cette candidature n’existe plus ou a déjà reçu une réponse.
mission-withdrawn = Votre candidature est retirée.
mission-told-selected = Bonne nouvelle : vous êtes retenu(e) pour la mission n° { $number } ! Avant de commencer, lisez la fiche de mission et la charte d’engagement, puis dites si vous les acceptez.
mission-told-declined = Votre candidature à la mission n° { $number } n’a pas été retenue cette fois-ci. Merci de votre engagement : d’autres missions vous attendent dans /missions.
mission-team-selected = Candidature n° { $number } retenue, la personne est prévenue. Places pourvues : { $selected } sur { $places }.
mission-team-declined = Candidature n° { $number } non retenue, la personne est prévenue.
mission-back = Retour à la mission
data-kind-etp-signup = demande d’inscription à un programme d’ETP en cours
data-kind-etp-new = création de programme d’ETP en cours
data-kind-etp-bep = dates de BEP en cours de saisie
data-kind-etp-refuse = motif de refus en cours
data-kind-mission-new = création de mission en cours
help-etp-withdraw = vous retirer d’un programme d’ETP (je vous demande de confirmer), par exemple : /retirer_etp 3
etp-nothing-to-withdraw = Je ne trouve aucune demande d’inscription en cours à ce numéro. Vos demandes sont dans /mes_inscriptions.
etp-withdraw-which = De quel programme voulez-vous vous retirer ? Un seul choix suffit.
etp-withdraw-from = Me retirer de « { $title } » (n° { $number })
etp-nothing-live = Vous n’avez aucune demande d’inscription en cours.

## Mission agreements and expenses (issue 24)
mission-you-to-agree = Vous êtes retenu(e) pour cette mission. Il reste à lire et accepter la fiche de mission et la charte d’engagement.
mission-agreement-waiting = accord sur la fiche et la charte attendu
agreement-read-n = Lire et accepter la mission n° { $number }
agreement-read-button = Lire la fiche et la charte
agreement-read =
    Avant de commencer, voici la fiche de mission et la charte d’engagement. Prenez le temps de les lire : en les acceptant, vous vous engagez sur ce qu’elles disent, et la coordination aussi.

    { $sheet }

    { $charter }
agreement-charter =
    Charte d’engagement (version { $version })
    • Confidentialité : ce que vous entendez pendant la mission (histoires, noms, situations de santé) reste dans la mission. Vous n’en parlez pas ailleurs, ni en ligne.
    • Votre rôle : vous apportez votre expérience de la maladie ou de l’accompagnement, en complément des professionnels. Vous ne donnez pas d’avis médical et ne remplacez pas un soignant.
    • Respect : vous écoutez sans juger ; chaque personne reste libre de ce qu’elle partage.
    • Liberté : vous pouvez arrêter à tout moment, en prévenant la coordination ({ $structure }). Personne ne vous demandera de vous justifier.
    • { $paid }
    • { $expenses }
    • Votre accord est enregistré avec sa date et la version de cette charte ; vous le retrouvez dans /missions et /mes_donnees.
agreement-paid = Rémunération : cette mission est rémunérée ; la coordination vous en précise les modalités.
agreement-unpaid = Rémunération : cette mission est bénévole.
agreement-expenses = Frais : vos frais (transport, repas, hébergement) sont remboursés ; déclarez-les avec /frais, la coordination les valide.
agreement-no-expenses = Frais : les frais ne sont pas remboursés pour cette mission.
agreement-expenses-ask = Frais : le remboursement des frais n’a pas été précisé ; demandez-le à la coordination avant d’engager une dépense.
agreement-the-coordination = la coordination
agreement-accept = J’accepte la fiche et la charte
agreement-renounce = Je renonce à cette mission
agreement-agreed-on = accord donné le { $date } (charte version { $version })
agreement-done = C’est noté : vous avez accepté la fiche de la mission n° { $number } et la charte d’engagement ({ $agreed }). La coordination est prévenue. Merci de votre engagement !
agreement-team-done = { $pseudonym } (fiche n° { $profile }) a accepté la fiche de la mission n° { $number } et la charte d’engagement (version { $version }).
menu-expenses = Mes frais
help-expenses = vos frais pour une mission acceptée : les déclarer et suivre leur remboursement
help-expenses-export = les frais déclarés sur un mois, pour la trésorerie (CSV)
expense-none-yet = Vous n’avez encore déclaré aucun frais.
expense-list = Vos demandes de remboursement, les plus récentes d’abord :
expense-no-mission = Les frais se déclarent pour une mission où vous êtes retenu(e), dont vous avez accepté la fiche et la charte, et dont les frais sont remboursés. Vous n’en avez pas pour l’instant.
expense-declare = Déclarer des frais
expense-line = • Demande n° { $number } : { $kind }, { $amount }, le { $day } (mission n° { $mission })
expense-status-pending = {" "}— en attente de la coordination
expense-status-approved = {" "}— acceptée le { $decided }, le remboursement va suivre
expense-status-refused = {" "}— refusée le { $decided } : « { $reason } »
expense-kind-transport = transport
expense-kind-meal = repas
expense-kind-lodging = hébergement
expense-kind-other = autre dépense
expense-ask-mission = Pour quelle mission ?
expense-mission-n = Mission n° { $number } : { $kind }
expense-for-mission = Frais pour la mission n° { $number }.
expense-ask-kind = Quel type de dépense ?
expense-ask-amount = Quel montant, en euros ? Par exemple : 12,50
expense-amount-how = Je n’ai pas compris ce montant. Écrivez-le en euros, par exemple « 12,50 » (au plus { $max } par demande).
expense-ask-day = Quel jour avez-vous fait cette dépense ? Par exemple : 03/12, ou « hier ».
expense-day-how = Je n’ai pas compris cette date. Écrivez-la comme 03/12 ou 03/12/2026, ou « aujourd’hui », « hier ».
expense-day-future = Cette date est dans le futur : une dépense se déclare une fois faite.
expense-day-old = Cette dépense date de plus d’un an : voyez directement avec la coordination.
expense-confirm =
    Voici votre demande :
    { $summary }
    Gardez le justificatif (ticket, facture) : la coordination peut vous le demander.
expense-send = Envoyer la demande
expense-sent = Votre demande n° { $number } est envoyée à la coordination. Vous serez prévenu(e) de sa réponse ; /frais montre où elle en est.
expense-team-new = Nouvelle demande de remboursement n° { $number } de { $pseudonym } pour la mission n° { $mission } : { $kind }, { $amount }, le { $day }.
expense-approve = Accepter
expense-refuse = Refuser
expense-refuse-why = Pourquoi refusez-vous la demande n° { $number } ? La personne lira votre réponse ({ $max } caractères au plus).
expense-gone = Cette demande n’existe pas ou plus.
expense-decided-already = La demande n° { $number } a déjà reçu une réponse.
expense-told-approved = Votre demande de remboursement n° { $number } ({ $amount }) est acceptée. Le remboursement va suivre.
expense-told-refused = Votre demande de remboursement n° { $number } ({ $amount }) n’est pas acceptée. Motif donné par la coordination : « { $reason } ». Pour en parler, adressez-vous à la personne qui coordonne la mission.
expense-team-approved = Demande n° { $number } acceptée ; la personne est prévenue.
expense-team-refused = Demande n° { $number } refusée ; la personne est prévenue, avec votre motif.
expense-export-how = Indiquez un mois, par exemple /frais_export 2026-11, ou rien pour le mois en cours.
expense-export-done = { $count ->
        [0] Aucune demande de frais n’a reçu de réponse en { $month }.
        [one] Une demande de frais a reçu une réponse en { $month } (acceptés : { $total }), dans un fichier CSV pour la trésorerie.
       *[other] { $count } demandes de frais ont reçu une réponse en { $month } (acceptés : { $total }), dans un fichier CSV pour la trésorerie.
    }
expense-csv-number = Demande n°
expense-csv-mission = Mission n°
expense-csv-partner = Patient partenaire
expense-csv-kind = Type
expense-csv-amount = Montant (€)
expense-csv-day = Date de la dépense
expense-csv-status = État
expense-csv-decided = Réponse le
expense-csv-reason = Motif du refus
expense-state-pending = en attente
expense-state-approved = acceptée
expense-state-refused = refusée
data-table-expense-claims = Vos demandes de remboursement de frais
data-column-amount-cents = montant
data-column-spent-on = date de la dépense
data-column-application-id = candidature
data-column-agreed-at = fiche et charte acceptées le
data-column-charter-version = version de la charte acceptée
data-value-kind-transport = transport
data-value-kind-meal = repas
data-value-kind-lodging = hébergement
data-value-kind-other = autre dépense
data-kind-expense-new = demande de frais en cours
data-kind-expense-refuse = motif de refus de frais en cours
journal-action-expense-approve = frais acceptés
journal-action-expense-refuse = frais refusés
journal-action-expense-export = export des frais pour la trésorerie
data-value-action-expense-approve = acceptation d’une demande de frais
data-value-action-expense-refuse = refus d’une demande de frais
data-value-action-expense-export = export des frais pour la trésorerie
data-target-claim = demande de frais n° { $number }
data-target-month = le mois { $number }

## Training paths (issue 24)
help-trainings = votre parcours de formation, et les missions qu’il vous ouvre
menu-trainings = Mon parcours de formation
training-partners-only = Le parcours de formation concerne les patients partenaires. Pour en devenir un : /devenir_partenaire.
training-path-empty = Vous n’avez encore enregistré aucune formation. Votre fiche indique : { $profile }.
training-path = Votre parcours de formation :
training-line = • { $training } — { $organisation }, { $completed }
training-mission-n = n° { $number }
training-opens-nothing = Aucune mission ouverte ne demande pour l’instant une formation que votre parcours remplit. Les missions sans formation demandée restent ouvertes à tous : /missions.
training-opens = Votre parcours vous ouvre ces missions qui demandent une formation : { $missions }. Voyez-les avec /missions.
training-add = Ajouter une formation
training-ask-which = Quelle formation avez-vous suivie ?
training-ask-organisation = Quel organisme l’a donnée ? Par exemple : « IREPS Occitanie », « Université de Montpellier ».
training-organisation-how = Écrivez le nom de l’organisme, en { $max } caractères au plus, sans adresse ni numéro de téléphone.
training-ask-when = Quand l’avez-vous terminée ? Le mois et l’année, par exemple 03/2025, ou l’année seule.
training-when-how = Je n’ai pas compris cette date. Écrivez le mois et l’année (03/2025) ou l’année seule (2024), pas dans le futur.
training-confirm =
    Voici la formation à ajouter à votre parcours :
    { $summary }
training-save = Enregistrer
training-saved = C’est enregistré dans votre parcours.
training-newly-opens = Elle vous ouvre maintenant ces missions : { $missions }.
mission-eligible = Qui peut la faire ?
training-eligible = { $count ->
        [0] Aucun patient partenaire validé n’a dans son parcours la formation que demande la mission n° { $number } ({ $training }).
        [one] Un patient partenaire validé a dans son parcours ce que demande la mission n° { $number } ({ $training }) :
       *[other] { $count } patients partenaires validés ont dans leur parcours ce que demande la mission n° { $number } ({ $training }) :
    }
training-eligible-line = • { $pseudonym } (fiche n° { $profile })
training-suggest = Suggérer cette formation à un partenaire
training-suggest-who = À quel patient partenaire suggérer « { $training } » ? Écrivez le numéro de sa fiche.
training-suggest-unknown = Je ne trouve pas de patient partenaire validé avec ce numéro de fiche. Écrivez le numéro seul, par exemple 12.
training-suggested = La coordination vous suggère la formation « { $training } » : elle ouvre des missions comme la n° { $number }. Quand vous l’aurez suivie, ajoutez-la à votre parcours.
training-suggest-done = C’est envoyé : { $pseudonym } reçoit la suggestion de suivre « { $training } ».
data-table-partner-trainings = Votre parcours de formation
data-column-completed = terminée en
data-kind-training-new = formation en cours d’ajout
data-kind-training-suggest = suggestion de formation en cours
journal-action-training-suggest = formation suggérée à un partenaire
data-value-action-training-suggest = suggestion d’une formation

## Co-evaluation of ETP programmes (issue 24)
help-coevaluation = la co-évaluation d’un programme d’ETP par les personnes inscrites et les patients partenaires qui l’ont co-animé : envoyer un questionnaire, lire les résultats
evaluation-which = Indiquez le numéro d’un programme, par exemple /coevaluation 3. Les numéros sont dans /etp.
evaluation-heading = Co-évaluation du programme n° { $number }, « { $title } ». Les réponses sont anonymes : chaque groupe (personnes inscrites, patients partenaires) n’est lu qu’à partir de 5 réponses.
evaluation-no-round = Aucun questionnaire n’a encore été envoyé. Choisissez un modèle : il part aux personnes inscrites et aux patients partenaires retenus pour le co-animer.
evaluation-launch-end = Envoyer : fin de programme
evaluation-launch-session = Envoyer : après une séance
evaluation-launch-partnership = Envoyer : le partenariat
evaluation-export = Résultats en CSV
evaluation-template-end = fin de programme
evaluation-template-session = après une séance
evaluation-template-partnership = le partenariat dans le programme
evaluation-round = Questionnaire n° { $number } ({ $template }), envoyé le { $date } :
evaluation-role-patient = personnes inscrites
evaluation-role-partner = patients partenaires
evaluation-role-results = { $role } : { $count } réponses
evaluation-mean = { $n }. { $question } — { $mean } sur 5
evaluation-role-too-few = { $role } : moins de { $floor } réponses, rien n’est montré.
evaluation-q-end-1 = Ce programme vous a-t-il été utile au quotidien ?
evaluation-q-end-2 = Les séances étaient-elles claires et adaptées à vos besoins ?
evaluation-q-end-3 = L’expérience des patients y a-t-elle eu sa place ?
evaluation-q-session-1 = Cette séance vous a-t-elle été utile ?
evaluation-q-session-2 = Avez-vous pu vous exprimer autant que vous le souhaitiez ?
evaluation-q-partnership-1 = Les patients partenaires avaient-ils une vraie place dans les séances ?
evaluation-q-partnership-2 = Leur expérience a-t-elle enrichi les séances ?
evaluation-q-partnership-3 = Ce partenariat a-t-il amélioré le programme ?
evaluation-nobody = Personne n’est encore inscrit à ce programme ni retenu pour le co-animer : il n’y a personne à qui envoyer le questionnaire.
evaluation-invite = L’équipe du programme « { $title } » vous invite à le co-évaluer : { $count } questions, chacune de 1 (pas du tout) à 5 (tout à fait). Vos réponses sont anonymes : elles sont gardées sans votre nom, et l’équipe ne lit que des moyennes d’au moins { $floor } personnes. Vous pouvez aussi ne pas répondre.
evaluation-start = Répondre
evaluation-decline = Pas cette fois
evaluation-sent = Questionnaire envoyé pour « { $title } » : { $patients ->
        [one] une personne inscrite
       *[other] { $patients } personnes inscrites
    }, { $partners ->
        [0] aucun patient partenaire
        [one] un patient partenaire
       *[other] { $partners } patients partenaires
    }.
evaluation-question = Question { $n } sur { $total } : { $question }
evaluation-use-buttons = Répondez avec un chiffre de 1 (pas du tout) à 5 (tout à fait).
evaluation-thanks = Merci ! Vos réponses sont enregistrées, sans votre nom.
evaluation-declined = Entendu, merci. Je ne vous poserai pas ces questions.
evaluation-not-awaited = Ce questionnaire n’attend plus de réponse de votre part. Merci !
evaluation-export-done = Les résultats de la co-évaluation de « { $title } », une ligne par question, dans un fichier CSV. Les groupes de moins de { $floor } réponses n’y figurent pas.
evaluation-csv-round = Questionnaire n°
evaluation-csv-date = Envoyé le
evaluation-csv-template = Modèle
evaluation-csv-role = Groupe
evaluation-csv-respondents = Réponses
evaluation-csv-question = Question
evaluation-csv-mean = Moyenne sur 5
evaluation-stats-line = « { $title } » ({ $template }) : { $mean } sur 5, { $answers } réponses
evaluation-stats-none = aucun résultat à montrer (moins de 5 réponses par groupe, ou aucun questionnaire)
stats-coevaluation = • Co-évaluation des programmes : { $programmes }
data-table-evaluation-invites = Vos invitations à co-évaluer un programme d’ETP
data-column-round-id = questionnaire
data-value-role-patient = personne inscrite
data-value-role-partner = patient partenaire
data-column-state = réponse
data-value-state-asked = pas encore donnée
data-value-state-answered = donnée (gardée sans votre nom)
data-value-state-declined = vous avez préféré ne pas répondre
data-kind-evaluation = questionnaire de co-évaluation en cours
journal-action-evaluation-launch = questionnaire de co-évaluation envoyé
data-value-action-evaluation-launch = envoi d’un questionnaire de co-évaluation
evaluation-open = Questionnaire en cours : les résultats seront montrés une fois toutes les réponses reçues, ou 30 jours après l’envoi, pour que personne ne puisse être reconnu.
evaluation-score-1 = 1 — pas du tout
evaluation-score-2 = 2 — peu
evaluation-score-3 = 3 — moyennement
evaluation-score-4 = 4 — plutôt oui
evaluation-score-5 = 5 — tout à fait
evaluation-already-today = Ce questionnaire a déjà été envoyé aujourd’hui pour ce programme : les réponses se partageraient entre deux envois.
expense-own-claim = Vous ne pouvez pas répondre à votre propre demande de frais : une autre personne de la coordination s’en charge.
training-eligible-line-declared = • { $pseudonym } (fiche n° { $profile }), par une formation déclarée dans son parcours, à vérifier avec la personne

# Running permanences: creation and edition dialogue (pnew-), hosts' and coordinators'
# management (pman-).

help-new-permanence = créer une permanence (coordinateurs, et patients partenaires pour celles qu’ils accueillent)
help-my-permanences = les permanences que vous accueillez : qui a réservé, modifier, mettre en pause, annuler une date
menu-my-permanences = Mes permanences
menu-new-permanence = Créer une permanence

pnew-not-allowed = Seuls les coordinateurs et les patients partenaires dont le profil a été validé peuvent créer une permanence. Si vous souhaitez en accueillir une, commencez par vous présenter avec /devenir_partenaire.
pnew-intro = Créons ensemble une permanence. Je vais vous poser quelques questions, une à la fois ; /annuler arrête tout, sans rien enregistrer.
pnew-edit-intro = Modifions cette permanence. Choisissez « Garder » pour ne pas changer une réponse. Les jours et les horaires ne se modifient pas ici, pour ne pas déplacer les créneaux déjà réservés : pour les changer, annulez la permanence et créez-en une nouvelle.
pnew-ask-title = Quel est le nom de la permanence ? Par exemple : « Permanence SEP du CHU » ou « Café des aidants ».
pnew-ask-structure = Quelle structure l’accueille ? Par exemple un service hospitalier, une association ou une Maison des usagers.
pnew-ask-place = Où a-t-elle lieu ? Écrivez l’adresse, avec la ville (elle sera visible de tous), ou choisissez « En ligne ».
pnew-online = En ligne
pnew-ask-link = Quel est le lien de la rencontre en ligne (il commence par https://) ? Il ne sera donné qu’aux personnes qui ont réservé.
pnew-link-invalid = Ce lien ne semble pas valide : il doit commencer par https:// et ne pas contenir d’espace.
pnew-ask-department = Dans quel département ? Écrivez son numéro ou son nom, par exemple « 31 » ou « Haute-Garonne ».
pnew-department-unknown = Je n’ai pas reconnu ce département. Essayez son numéro, par exemple « 69 », ou le nom d’une grande ville proche.
pnew-ask-themes = Pour quelles maladies ou quelles situations ? Par exemple : « SEP », « diabète, obésité » ou « proche aidant ».
pnew-themes-empty = Indiquez au moins une maladie ou une situation.
pnew-themes-unknown = Je n’ai pas reconnu : { $words }. Écrivez seulement des maladies ou des situations de la liste de /chercher, séparées par des virgules.
pnew-ask-hosts = Qui accueille cette permanence ? Écrivez le pseudonyme ou le numéro de profil de chaque patient partenaire, séparés par des virgules. Leur profil doit avoir été validé.
pnew-host = { $pseudonym } (n° { $number })
pnew-host-unknown = Je ne trouve aucun profil validé pour « { $name } ». Vérifiez l’orthographe, ou utilisez le numéro du profil.
pnew-host-ambiguous = Plusieurs profils validés s’appellent « { $name } » : indiquez plutôt le numéro du profil.
pnew-hosts-empty = Indiquez au moins un patient partenaire qui accueille la permanence.
pnew-ask-recurrence = A-t-elle lieu chaque semaine, ou à des dates précises ?
pnew-weekly = Chaque semaine
pnew-one-off = À des dates précises
pnew-ask-weekday = Quel jour de la semaine ?
pnew-weekday-unknown = Je n’ai pas reconnu ce jour. { $platform ->
        [telegram] Touchez l’un des boutons, ou écrivez
       *[other] Envoyez le numéro d’un des choix, ou écrivez
    } par exemple « mardi ».
pnew-ask-hours = De quelle heure à quelle heure ? Par exemple : « 14h-17h » ou « de 9h30 à 12h ».
pnew-hours-reversed = La fin ({ $end }) vient avant le début ({ $start }) : écrivez d’abord l’heure de début, puis l’heure de fin, par exemple « 14h-17h ».
pnew-hours-invalid = Je n’ai pas compris ces horaires. Écrivez une heure de début et une heure de fin, par exemple « 14h-17h ».
pnew-ask-dates =
    Quelles dates, avec leurs horaires ? Une date par ligne, ou séparées par des points-virgules. Par exemple :
    12/12 14h-16h
    09/01/2027 de 10h à 12h
pnew-dates-invalid = Je n’ai pas compris ces dates. Pour chacune, écrivez le jour et le mois, puis l’heure de début et l’heure de fin, par exemple « 12/12 14h-16h ».
pnew-dates-past = L’une de ces dates est déjà passée. Indiquez seulement des dates à venir.
pnew-dates-too-far = L’une de ces dates est à plus d’un an. Indiquez des dates dans les douze prochains mois.
pnew-ask-slot-length = Combien de temps dure chaque rendez-vous ? Chaque personne réserve un créneau de cette durée. { $platform ->
        [telegram] Touchez un bouton ou écrivez un nombre de minutes.
       *[other] Choisissez ci-dessous, ou écrivez un nombre de minutes.
    }
pnew-minutes = { $n } min
pnew-whole-opening = Toute la plage horaire
pnew-ask-capacity = Combien de personnes peuvent réserver le même créneau ?
pnew-places =
    { $n ->
        [one] 1 personne
       *[other] { $n } personnes
    }
pnew-ask-open-days = Combien de jours à l’avance peut-on réserver ?
pnew-days =
    { $n ->
        [one] 1 jour
       *[other] { $n } jours
    }
pnew-ask-cutoff = Jusqu’à combien d’heures avant le créneau peut-on annuler par Pairbot ? Après ce délai, la personne est invitée à vous prévenir directement.
pnew-hours =
    { $n ->
        [0] Aucun délai
        [one] 1 heure
       *[other] { $n } heures
    }
pnew-no-cutoff = aucun délai
pnew-number-range = Écrivez un nombre entre { $min } et { $max }{ $platform ->
        [telegram] , ou touchez l’un des boutons.
       *[other] .
    }
pnew-choose-below = Je n’ai pas reconnu ce choix. { $platform ->
        [telegram] Touchez l’un des boutons ci-dessous, ou envoyez son numéro.
       *[other] Envoyez le numéro de l’un des choix ci-dessous.
    }
pnew-too-short = C’est un peu court : quelques mots de plus, s’il vous plaît.
pnew-no-contact-details = Pas d’adresse e-mail, de téléphone ni d’identifiant ici, s’il vous plaît : ce texte est visible de tous. Un lien de rencontre en ligne se donne à l’étape prévue pour cela.
pnew-online-at = en ligne ({ $link })
pnew-schedule-kept = inchangés
pnew-summary =
    • Nom : { $title }
    • Structure : { $structure }
    • Lieu : { $place }
    • Thèmes : { $themes }
    • Accueil par : { $hosts }
    • Jours et horaires : { $when }
    • Durée d’un créneau : { $slot }
    • Places par créneau : { $capacity }
    • Réservation ouverte : { $days } jours à l’avance
    • Annulation possible jusqu’à : { $cutoff }
pnew-confirm =
    Voici la permanence :
    { $summary }
    Je la crée ?
pnew-confirm-edit =
    Voici la permanence modifiée :
    { $summary }
    J’enregistre les modifications ?
pnew-create = Créer la permanence
pnew-save = Enregistrer
pnew-incomplete = Il manque une réponse. Reprenons depuis le début : vos réponses sont gardées, choisissez « Garder » ou répondez à nouveau.
pnew-created = La permanence « { $title } » est créée (n° { $number }). Elle apparaît dès maintenant dans /permanences. Vous verrez qui a réservé avec /mes_permanences.
pnew-day-limit = Vous avez déjà créé { $count ->
        [one] une permanence
       *[other] { $count } permanences
    } ces dernières 24 heures : c’est le maximum pour un patient partenaire. Vous pourrez en créer une autre demain, ou demander à la coordination.
pnew-announce-held = Les personnes abonnées aux nouvelles permanences en seront informées dès que la coordination l’aura relue.
pman-announce-ask = Nouvelle permanence n° { $number }, « { $title } », créée par un patient partenaire. Faut-il l’annoncer aux personnes abonnées aux nouvelles permanences ? Relisez d’abord son titre, son lieu et son lien : ils leur seront envoyés tels quels.
pman-announce = Annoncer aux abonnés
pman-withhold = Ne pas l’annoncer
pman-announced = « { $title } » { $count ->
        [0] est validée, mais personne n’est encore abonné aux nouvelles permanences
        [one] est annoncée à une personne abonnée
       *[other] est annoncée à { $count } personnes abonnées
    }.
pman-withheld = « { $title } » ne sera pas annoncée. Elle reste visible dans /permanences et l’on peut toujours y réserver une place.
pman-announce-decided = La coordination a déjà répondu pour cette annonce.
pnew-see-slots = Voir les créneaux
pnew-host-told = Vous êtes indiqué(e) comme accueillant(e) de la permanence « { $title } » (n° { $number }). Avec /mes_permanences, vous voyez qui a réservé et pouvez la gérer.

pman-none-not-partner = Vous n’accueillez aucune permanence. Les permanences sont accueillies par des patients partenaires dont le profil a été validé : pour en faire partie, utilisez /devenir_partenaire.
pman-none = Vous n’accueillez aucune permanence pour le moment.
pman-list = Vos permanences et leurs prochaines dates (les personnes sont désignées par leur numéro de réservation, qu’elles vous donneront en arrivant) :
pman-header = « { $title } » (n° { $number })
pman-header-paused = « { $title } » (n° { $number }, en pause)
pman-slot =
    { $booked ->
        [0] • { $when } : aucune réservation pour l’instant
        [one] • { $when } : 1 place prise sur { $capacity } — réservation n° { $confirmed }
       *[other] • { $when } : { $booked } places prises sur { $capacity } — réservations n° { $confirmed }
    }
pman-slot-waiting = {" "}; en liste d’attente : n° { $waiting }
pman-no-dates = Aucune date à venir.
pman-manage = Gérer « { $title } »
pman-not-yours = Seuls les coordinateurs et les personnes qui accueillent cette permanence peuvent la gérer.
pman-edit = Modifier
pman-pause = Mettre en pause
pman-resume = Reprendre
pman-cancel-date = Annuler une date
pman-stop = Arrêter la permanence
pman-paused = « { $title } » est en pause : elle n’apparaît plus dans /permanences et personne ne peut plus réserver. Les réservations déjà faites restent valables. Pour la rouvrir : /mes_permanences, puis « Reprendre ».
pman-resumed = « { $title } » est de nouveau ouverte à la réservation.
pman-which-date = Quelle date de « { $title } » voulez-vous annuler ?
pman-date-gone = Cette date n’existe plus ou est déjà annulée.
pman-date-question =
    { $count ->
        [0] Annuler « { $title } » le { $date } ? Personne n’a encore réservé.
        [one] Annuler « { $title } » le { $date } ? Une personne a réservé : je la préviendrai.
       *[other] Annuler « { $title } » le { $date } ? { $count } personnes ont réservé : je les préviendrai.
    }
pman-date-yes = Oui, annuler cette date
pman-stop-question =
    { $count ->
        [0] Arrêter définitivement « { $title } » ? Toutes les dates à venir seront annulées. Personne n’a de réservation en cours.
        [one] Arrêter définitivement « { $title } » ? Toutes les dates à venir seront annulées, et la personne qui a réservé sera prévenue.
       *[other] Arrêter définitivement « { $title } » ? Toutes les dates à venir seront annulées, et les { $count } personnes qui ont réservé seront prévenues.
    }
pman-stop-yes = Oui, arrêter la permanence
pman-date-cancelled =
    { $told ->
        [0] Cette date de « { $title } » est annulée. Personne n’avait réservé.
        [one] Cette date de « { $title } » est annulée. La personne qui avait réservé a été prévenue.
       *[other] Cette date de « { $title } » est annulée. Les { $told } personnes qui avaient réservé ont été prévenues.
    }
pman-stopped =
    { $told ->
        [0] La permanence « { $title } » est arrêtée. Personne n’avait de réservation en cours.
        [one] La permanence « { $title } » est arrêtée. La personne qui avait réservé a été prévenue.
       *[other] La permanence « { $title } » est arrêtée. Les { $told } personnes qui avaient réservé ont été prévenues.
    }
pman-saved =
    { $told ->
        [0] Les modifications sont enregistrées.
        [one] Les modifications sont enregistrées. La personne qui a réservé a été prévenue du changement.
       *[other] Les modifications sont enregistrées. Les { $told } personnes qui ont réservé ont été prévenues du changement.
    }
pman-called-off =
    Nous sommes désolés : « { $title } », { $when }, n’aura pas lieu. Votre réservation n° { $number } est annulée.
    Vous pouvez choisir un autre moment avec /permanences.
pman-changed =
    La permanence « { $title } » a changé. Votre réservation n° { $number } ({ $when }) reste valable.
    { $place }
pman-other-slots = Voir d’autres créneaux
pnew-parked = La création de votre permanence est mise de côté : envoyez /permanence_nouvelle pour la reprendre là où vous en étiez.
pnew-resumed = Reprenons la création de votre permanence là où vous l’aviez laissée.
pman-more =
    { $count ->
        [one] … et une autre permanence, qui n’est pas affichée ici.
       *[other] … et { $count } autres permanences, qui ne sont pas affichées ici.
    }
data-kind-permanence-new = création de permanence en cours
data-kind-permanence-list = liste de permanences en cours de consultation

## Attendance and feedback (issue 24)
pman-attendance = Noter les présences
pman-feedback = Avis des personnes venues
pman-back = Retour à la permanence
attend-closed = Les présences du { $when } ne peuvent plus être notées : c’est possible pendant le créneau et jusqu’à { $days } jours après.
attend-not-yet = Le créneau du { $when } n’a pas encore commencé : les présences se notent pendant le créneau ou après.
attend-nothing = Aucune date de « { $title } » n’a de présences à noter : elles se notent pendant un créneau qui a des réservations, et jusqu’à { $days } jours après.
attend-which-date = Pour quelle date de « { $title } » voulez-vous noter les présences ?
attend-no-booking = Il n’y a pas de réservation confirmée n° { $number } sur ce créneau.
attend-no-bookings = Personne n’a de réservation confirmée pour le { $when }.
attend-heading = Présences à « { $title } », { $when }. { $count ->
        [one] Une réservation
       *[other] { $count } réservations
    } ; { $came ->
        [0] aucune présence notée pour l’instant
        [one] une présence notée
       *[other] { $came } présences notées
    }. Chaque personne montre son numéro de réservation en arrivant.
attend-state-came = • n° { $number } : présence notée
attend-state-missed = • n° { $number } : absence notée
attend-state-unmarked = • n° { $number } : rien de noté
attend-mark-came = N° { $number } : présence
attend-mark-missed = N° { $number } : absence
attend-mark-rest = Toutes les autres : présence
attend-noted-came = Présence notée pour la réservation n° { $number }.
attend-noted-missed = Absence notée pour la réservation n° { $number }.
feedback-question = Vous aviez réservé « { $title } », { $when }. Cette permanence vous a-t-elle été utile ? Répondez de 1 (pas du tout) à 5 (beaucoup).

    Votre réponse est anonyme : elle est gardée sans votre nom, et la personne qui tenait la permanence ne voit que des moyennes d’au moins 5 réponses, sur des mois terminés. Vous pouvez aussi ne pas répondre.
feedback-score-1 = 1 — pas du tout
feedback-score-2 = 2 — un peu
feedback-score-3 = 3 — moyennement
feedback-score-4 = 4 — assez
feedback-score-5 = 5 — beaucoup
feedback-skip = Je préfère ne pas répondre
feedback-already = Cette question n’attend plus de réponse de votre part. Merci !
feedback-thanks-words = Merci ! Voulez-vous ajouter quelques mots (au plus { $max } caractères) ? Ils seront transmis à la coordination sans votre nom et séparés de votre note ; n’y mettez rien qui permette de vous reconnaître. Écrivez-les simplement dans votre prochain message.
feedback-no-words = Non merci
feedback-skipped = Entendu, merci. Je ne vous poserai pas d’autre question sur cette date.
feedback-done = Merci, c’est noté.
feedback-words-long = C’est un peu long : { $max } caractères au plus, s’il vous plaît. Vous pouvez raccourcir votre message et le renvoyer.
feedback-view-heading = Avis sur « { $title } » (12 derniers mois)
feedback-too-few = Pas encore de résultat à montrer. Pour que personne ne puisse être reconnu, seuls comptent les mois terminés depuis deux semaines et qui ont au moins { $floor } réponses.
feedback-summary = { $mean } sur 5 en moyenne ({ $answers } réponses). Seuls comptent les mois terminés depuis deux semaines et qui ont au moins { $floor } réponses, pour que personne ne puisse être reconnu.
feedback-words-heading = Mots laissés, sans leur auteur ni leur note :
feedback-word = • « { $words } »
feedback-no-words-left = Aucun mot n’a été laissé.
feedback-words-contact = Vos mots seront lus sans votre nom : merci de n’y mettre ni numéro de téléphone, ni adresse, ni lien. Vous pouvez les réécrire.
feedback-closed = Cette question n’est plus ouverte : les réponses se donnent dans les dix jours qui suivent la permanence. Merci quand même !

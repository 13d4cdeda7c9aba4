# The audit log (/journal), for coordinators.

help-journal = le journal des actions de coordination et de modération, par exemple : /journal profil, /journal inscription, /journal signup:12
journal-heading = Journal des actions, les plus récentes d’abord :
journal-empty = Le journal ne contient encore aucune action de ce type.
journal-filter-unknown = Je ne sais pas filtrer le journal par « { $word } ». Essayez : profil, permanence, etp, inscription, mission, ou une cible comme signup:12.
journal-line = { $when } — { $actor } — { $action } — { $target }
journal-actor-erased = une personne qui a effacé ses données (réf. { $reference })
journal-reason = {" "}(motif : { $reason })
journal-group = {" "}(groupe : { $group })
journal-action-profile-approve = fiche validée
journal-action-profile-refuse = fiche refusée
journal-action-permanence-create = permanence créée
journal-action-permanence-announce = permanence annoncée aux abonnés
journal-action-permanence-withhold = permanence non annoncée
journal-action-permanence-edit = permanence modifiée
journal-action-permanence-pause = permanence mise en pause
journal-action-permanence-resume = permanence reprise
journal-action-permanence-cancel-date = date de permanence annulée
journal-action-permanence-stop = permanence arrêtée
journal-action-attendance-came = présence notée à une permanence
journal-action-attendance-missed = absence notée à une permanence
journal-action-etp-create = programme d’ETP créé
journal-action-etp-edit = programme d’ETP modifié
journal-action-etp-open = inscriptions rouvertes
journal-action-etp-close = inscriptions fermées
journal-action-signup-bep-proposed = dates de BEP proposées
journal-action-signup-enrolled = personne inscrite
journal-action-signup-waitlisted = mise en liste d’attente
journal-action-signup-requested = demande reprise
journal-action-signup-refused = demande non retenue
journal-action-mission-create = mission publiée
journal-action-mission-close = mission close
journal-action-mission-select = candidature retenue
journal-action-mission-decline = candidature non retenue
journal-action-etp-export = inscriptions exportées (fichier CSV)
data-table-audit-log = Vos actions de coordination, au journal
data-column-action = action
data-column-target = cible
data-column-at = le
data-column-chat = groupe

help-promote = (administrateurs) nommer un coordinateur, par exemple : /promouvoir telegram:123456 Association Les Petits Pas
help-demote = (administrateurs) retirer le rôle de coordinateur, par exemple : /retrograder telegram:123456
help-coordinators = (administrateurs) la liste des coordinateurs
role-admin-only = Cette commande est réservée aux administrateurs de Pairbot, nommés dans sa configuration.
role-how = Indiquez la personne par sa plateforme et son identifiant, par exemple « telegram:123456 » ou « matrix:@anne:exemple.org », puis, si besoin, l’organisation pour laquelle elle agit.
role-in-config = { $person } est coordinateur ou coordinatrice par la configuration de Pairbot : ce rôle se change dans la configuration, pas ici.
role-none = { $person } n’a pas de rôle de coordination donné ici.
role-promoted = { $person } est maintenant coordinateur ou coordinatrice.
role-promoted-for = { $person } est maintenant coordinateur ou coordinatrice pour « { $organisation } ».
role-demoted = { $person } n’est plus coordinateur ou coordinatrice.
role-granted = Vous êtes maintenant coordinateur ou coordinatrice sur Pairbot. Vos nouvelles commandes apparaissent dans /aide.
role-granted-for = Vous êtes maintenant coordinateur ou coordinatrice sur Pairbot pour « { $organisation } ». Vos nouvelles commandes apparaissent dans /aide.
role-revoked = Votre rôle de coordination sur Pairbot a été retiré. Vos autres usages de Pairbot ne changent pas.
role-list = Les coordinateurs et coordinatrices :
role-line-admin = { $person } (administrateur, par la configuration)
role-line-config = { $person } (par la configuration)
role-line-chat = { $person } (depuis le { $since })
role-line-chat-for = { $person }, pour « { $organisation } » (depuis le { $since })
role-out-of-scope = Ce programme ou cette permanence relève d’une autre structure que « { $organisation } », pour laquelle vous coordonnez : c’est à sa propre coordination de s’en occuper.
role-scope-structure = Vous coordonnez pour « { $organisation } » : indiquez une structure dont le nom contient celui de votre organisation (par exemple « { $organisation } », ou « { $organisation }, service de … »).
journal-action-role-promote = rôle de coordination donné
journal-action-role-demote = rôle de coordination retiré
data-table-roles = Votre rôle de coordination
data-column-role = rôle
data-column-organisation = organisation
data-column-granted-at = donné le

help-stats = les indicateurs d’un mois (par exemple /stats 2026-11) ou de toujours (/stats tout)
help-stats-export = les indicateurs des douze derniers mois, dans un fichier CSV
stats-how = Indiquez un mois sous la forme « 2026-11 » ou « 11/2026 », ou « tout » pour toute la période.
stats-all-time = depuis le début
stats-none = aucun
stats-none-feminine = aucune
stats-export = Exporter (CSV)
stats-report =
    Indicateurs — { $period }
    Annuaire, aujourd’hui :
    • Patients partenaires validés : { $partners }
    • Par rôle : { $roles }
    • Par département : { $departments }
    • Fiches en attente de validation : { $pending }
    Sur la période :
    • Demandes de contact : { $contacts }, dont { $accepted } acceptées
    • Réservations de permanence : { $confirmed } confirmées, { $waiting } en attente, { $cancelled } annulées
    • Rencontres tenues (créneaux où au moins une présence a été notée) : { $meetings }
    • Personnes venues, selon les présences notées : { $came }
    • Créneaux réservés sans présence notée : { $unmarked }
    • Avis après les permanences : { $feedback }
    • Demandes d’inscription en ETP, selon leur état : { $signups }
    • Candidatures à des missions : { $applications }, dont { $selected } retenues
stats-export-done = Voici les indicateurs des douze derniers mois, un mois par ligne, dans un fichier CSV. Il ne contient que des nombres.
stats-csv-month = Mois
stats-csv-contacts = Demandes de contact
stats-csv-accepted = Contacts acceptés
stats-csv-confirmed = Réservations confirmées
stats-csv-waiting = Réservations en attente
stats-csv-cancelled = Réservations annulées
stats-csv-meetings = Rencontres tenues
stats-csv-came = Personnes venues
stats-csv-unmarked = Créneaux sans présence notée
stats-csv-signups = Demandes d’inscription ETP
stats-csv-enrolled = Inscrits en ETP
stats-csv-applications = Candidatures aux missions
stats-csv-selected = Candidatures retenues

help-subscribe = recevoir des nouvelles : actualités de la coordination, nouvelles permanences, nouveaux programmes d’ETP
help-unsubscribe = ne plus recevoir ces nouvelles
help-broadcast = envoyer un message aux personnes abonnées à un sujet, par exemple : /diffuser actualités Notre journée des patients partenaires aura lieu le 12 décembre.
topic-actualites = Actualités de la coordination
topic-permanences = Nouvelles permanences
topic-etp = Nouveaux programmes d’ETP
sub-list = Quelles nouvelles voulez-vous recevoir ? Choisissez un sujet pour vous abonner ou vous désabonner (✓ : abonné).
sub-on = C’est noté : vous recevrez « { $topic } ». Pour arrêter : /desabonner.
sub-off = C’est noté : vous ne recevrez plus « { $topic } ».
sub-unknown = Je ne connais pas le sujet « { $word } ». Les sujets : actualités, permanences, etp.
sub-off-question = Ne plus recevoir « { $topic } » ? Vous pourrez vous réabonner à tout moment avec /abonner.
sub-off-yes = Oui, ne plus les recevoir
sub-off-keep = Non, continuer
sub-kept = Très bien : vous continuez à recevoir « { $topic } ».
sub-stop = Ne plus recevoir ces nouvelles
bc-how = Écrivez le sujet puis le message, par exemple : /diffuser actualités Notre prochaine rencontre aura lieu le 12 décembre. Les sujets : actualités, permanences, etp.
bc-length = Le message doit faire entre 1 et { $max } caractères.
bc-preview =
    Aperçu du message pour « { $topic } » :
    { $text }
    { $count ->
        [0] Personne n’est abonné à ce sujet pour le moment.
        [one] Il sera envoyé à 1 personne abonnée.
       *[other] Il sera envoyé à { $count } personnes abonnées.
    }
bc-waiting = Votre message de diffusion attend toujours : voulez-vous l’envoyer, ou l’abandonner ?
bc-send = Envoyer
bc-sent =
    { $count ->
        [0] Personne n’est abonné : rien n’a été envoyé.
        [one] C’est envoyé à 1 personne, au rythme que permet chaque plateforme.
       *[other] C’est envoyé à { $count } personnes, au rythme que permet chaque plateforme.
    }
bc-message =
    { $topic } :
    { $text }
bc-new-permanence = { $topic } : une nouvelle permanence, « { $title } » (n° { $number }), est ouverte. Retrouvez-la avec /permanences.
bc-new-programme = { $topic } : un nouveau programme, « { $title } » (n° { $number }), accepte les inscriptions. Retrouvez-le avec /etp.
journal-action-broadcast-send = message envoyé aux abonnés
data-table-subscriptions = Les nouvelles que vous recevez
data-column-topic = sujet
data-kind-broadcast = message de diffusion en attente d’envoi
journal-mirror = Journal : { $actor } — { $action } — { $target }

help-report = signaler à la coordination une fiche de l’annuaire (/signaler profil 12 propos déplacés) ou, dans un groupe, le message auquel vous répondez
report-how = Pour signaler une fiche de l’annuaire, écrivez « /signaler profil », son numéro, puis ce qui ne va pas, par exemple : /signaler profil 12 propos déplacés. Pour un message dans un groupe, répondez-lui avec /signaler. La personne ne saura pas qui l’a signalée.
report-reason-length = Dites en quelques mots ce qui ne va pas (de 3 à { $max } caractères).
report-thanks = Merci : votre signalement est transmis à la coordination, qui va l’examiner. La personne concernée ne saura pas qui l’a fait.
report-limit = Merci, vous avez déjà fait plusieurs signalements dans l’heure : la coordination les examine. Pour une urgence, écrivez /urgence ; sinon, vous pourrez signaler à nouveau un peu plus tard.
report-new =
    Signalement n° { $number } : la fiche n° { $profile } ({ $pseudonym }).
    Motif : { $reason }
report-hide = Masquer la fiche
report-dismiss = Classer sans suite
report-confirm-hide = Masquer de l’annuaire la fiche visée par le signalement n° { $number } ? Elle n’apparaîtra plus dans les recherches.
report-confirm-hide-yes = Oui, masquer la fiche
report-confirm-delete = Supprimer du groupe le message visé par le signalement n° { $number } ?
report-confirm-delete-yes = Oui, supprimer le message
report-confirm-warn = Supprimer le message visé par le signalement n° { $number } et avertir la personne qui l’a écrit ?
report-confirm-warn-yes = Oui, supprimer et avertir
report-confirm-ban = Bannir du groupe la personne visée par le signalement n° { $number } ? Son message sera supprimé et elle ne pourra plus revenir.
report-confirm-ban-yes = Oui, bannir
report-confirm-kick = Retirer du groupe la personne visée par le signalement n° { $number } ? Elle pourra revenir plus tard.
report-confirm-kick-yes = Oui, la retirer
report-confirm-no = Non, ne rien faire
report-kept = Rien n’a été fait : le signalement n° { $number } reste ouvert.
report-not-yours = Ce signalement est traité par d’autres personnes de la coordination.
report-closed-already = Ce signalement a déjà été traité.
report-hidden = Signalement n° { $number } : la fiche est masquée de l’annuaire. La personne qui a signalé est prévenue que c’est traité.
report-dismissed = Signalement n° { $number } classé sans suite. La personne qui a signalé est prévenue que c’est traité.
report-handled = Votre signalement n° { $number } a été examiné par la coordination. Merci de votre vigilance.
journal-action-report-hide = fiche masquée après signalement
journal-action-report-dismiss = signalement classé sans suite
data-table-reports = Vos signalements
data-column-target-platform = plateforme de la personne signalée
data-column-target-user-id = identifiant de la personne signalée
stats-item = { $label } : { $n }
list-separator = {" ; "}

## Partnership indicators (issue 24)
help-partnership = les indicateurs de partenariat par structure (programmes, permanences, missions, patients partenaires formés, avis), avec un fichier CSV
partnership-heading = Indicateurs de partenariat par structure — { $period }. Programmes et permanences : aujourd’hui ; missions et avis : sur la période. Les avis ne comptent que les mois d’une permanence qui ont au moins 5 réponses, pour que personne ne puisse être reconnu. Le fichier joint donne une ligne par structure.
partnership-feedback = { $mean } sur 5 ({ $answers } réponses)
partnership-feedback-none = pas encore assez de réponses
partnership-none = Aucune structure n’a encore de programme, de permanence ou de mission pour { $period }.
partnership-no-structure = Missions de la coordination (sans structure)
partnership-structure =
    « { $structure } »
    • Programmes d’ETP : { $programmes }, dont co-animés par des patients partenaires : { $co_run }
    • Permanences : { $permanences }, dont tenues par des patients partenaires : { $hosted }
    • Missions publiées, par niveau d’engagement : { $missions }
    • Patients partenaires engagés (retenus pour une mission ou tenant une permanence) : { $partners }, dont formés (ETP 40 h ou DU/DIU) : { $trained }
    • Avis après ses permanences : { $feedback }
partnership-level = { $level } : { $n }{ $n ->
        [0] {""}
       *[other] {" "}({ $kinds })
    }
continuum-consultation = consultation
continuum-collaboration = collaboration
continuum-partnership = partenariat
partnership-csv-structure = Structure
partnership-csv-programmes = Programmes d’ETP
partnership-csv-co-run = Co-animés par des patients partenaires
partnership-csv-permanences = Permanences
partnership-csv-hosted = Tenues par des patients partenaires
partnership-csv-partners = Patients partenaires engagés
partnership-csv-trained = Dont formés (ETP 40 h ou DU/DIU)
partnership-csv-answers = Avis comptés
partnership-csv-mean = Note moyenne sur 5

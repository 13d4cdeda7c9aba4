# Pairbot — messages en français (langue par défaut).
# Vouvoiement, phrases simples, aucun sigle sans explication.

## Erreurs et limites

error-technical = Désolé, j’ai un souci technique et je n’ai pas pu traiter votre message. Pourriez-vous réessayer dans quelques instants ?
too-long = Votre message est trop long pour moi : { $max } caractères au maximum. Pourriez-vous le raccourcir ou l’envoyer en plusieurs fois ?
edit-not-read = Vous avez modifié un message : je ne relis pas les messages modifiés, pour ne rien faire que vous n’ayez pas demandé. Envoyez plutôt un nouveau message.
private-only = Pour protéger votre vie privée, /{ $command } ne s’utilise qu’en message privé. Écrivez-moi directement et envoyez /{ $command } dans notre conversation.
go-private = Continuer en privé
private-moved = Je vous réponds en message privé.
coordinator-only = Cette commande est réservée aux coordinateurs et coordinatrices. Si vous pensez en faire partie, contactez l’équipe qui gère Pairbot.
unknown-command = Je ne connais pas la commande /{ $command }. Envoyez /aide pour voir tout ce que je sais faire.
unknown-command-close = Je ne connais pas la commande /{ $command }. Vouliez-vous dire /{ $close } ?
unknown-command-group = Je ne connais pas cette commande. Envoyez /aide pour voir tout ce que je sais faire.
link-asks-first = Ce lien ouvre la commande /{ $command } : { $what }. Je ne fais rien sans votre accord : voulez-vous la lancer ?
link-run = Lancer /{ $command }
choice-which = Votre réponse « { $answer } » peut correspondre à plusieurs questions en attente. Laquelle vouliez-vous dire ?
choice-which-line = « { $label } », en réponse à : { $question }
choice-stale = Ce choix n’est plus valable, sans doute parce qu’il venait d’un ancien message. Voici le menu :
cancel-question = Vous avez commencé ceci : { $what }. L’abandonner ? Les réponses déjà données seront perdues.
cancel-yes = Oui, abandonner
cancel-keep = Non, continuer
cancel-kept = Très bien, on continue : répondez simplement à la dernière question.
cancel-done = C’est annulé. Que souhaitez-vous faire maintenant ?
cancel-nothing = Il n’y a rien en cours à annuler.
fallback = Excusez-moi, je n’ai pas bien compris. Je peux vous aider à trouver une personne qui a vécu la même maladie ou la même situation que vous, à réserver une place à une permanence, à trouver un programme d’éducation thérapeutique (ETP) ou à comprendre un mot. Choisissez ci-dessous, ou envoyez /aide pour tout voir.
fallback-greeting = Bonjour ! Que puis-je faire pour vous ? Choisissez ci-dessous, ou envoyez /aide pour tout voir.
fallback-thanks = Avec plaisir ! Si vous avez besoin d’autre chose, choisissez ci-dessous ou envoyez /aide.
choice-not-understood = Je n’ai pas compris votre réponse. { $count ->
        [one] { $platform ->
            [telegram] Touchez l’option ci-dessous, ou envoyez 1 pour la choisir.
           *[other] Envoyez 1 pour choisir l’option ci-dessous.
        }
       *[other] { $platform ->
            [telegram] Touchez l’une des options ci-dessous, ou envoyez son numéro (de 1 à { $count }).
           *[other] Envoyez le numéro de l’une des options ci-dessous (de 1 à { $count }).
        }
    } Vous pouvez aussi envoyer /aide pour tout voir.
choice-out-of-range = Le numéro { $number } ne fait pas partie des choix proposés. { $count ->
        [one] Envoyez 1 pour choisir l’option ci-dessous, ou /aide pour tout voir.
       *[other] Envoyez un numéro de 1 à { $count }, ou /aide pour tout voir.
    }

## Menus

menu-help = Aide
menu-definition = Expliquer un mot
menu-glossary = Glossaire
menu-quiz = Quiz
menu-emergency = Numéros d’urgence
menu-etp = Programmes ETP
page-previous = ◀ Page précédente
page-next = Page suivante ▶

## Aide

help-intro = Voici ce que je sais faire :
help-outro = Vous pouvez aussi m’écrire simplement un mot, par exemple « ETP » ou « pair-aidance », et je vous l’explique. Quand je vous propose des choix, { $platform ->
        [telegram] touchez un bouton ou répondez par son numéro.
       *[other] répondez par son numéro.
    }
help-topic-line = { $title } : { $commands }
help-topic-start = Commencer, vos données, l’urgence
help-topic-words = Comprendre les mots du partenariat
help-topic-peers = Pair-aidance et annuaire
help-topic-permanences = Permanences
help-topic-etp = ETP et missions
help-topic-news = Nouvelles
help-topic-groups = Groupes et modération
help-topic-coordination = Coordination
help-start = présentation de Pairbot et de ce qu’il enregistre
help-help = cette aide
help-definition = explique un mot du partenariat en santé (par exemple : /definition pair-aidance)
help-glossary = tous les mots expliqués, page par page
help-quiz = un petit quiz « vrai ou faux »
help-language = choisir la langue (français ou anglais)
help-consent = donner votre accord pour que Pairbot enregistre ce dont il a besoin
help-my-data = voir et exporter tout ce que Pairbot garde sur vous
help-forget = tout effacer
help-emergency = les numéros d’urgence
help-cancel = quitter l’échange en cours

## Accueil et accord

start-intro =
    Bonjour { $name }, je suis Pairbot. Avec moi, vous pouvez :
    • échanger avec un pair-aidant ou un patient ressource, qui a vécu la même maladie ou la même situation que vous (/chercher) ;
    • réserver une place à une permanence, un temps d’échange avec l’un d’eux (/permanences) ;
    • rejoindre un programme d’éducation thérapeutique (ETP), pour mieux vivre avec une maladie chronique (/etp) ;
    • comprendre les mots du partenariat en santé (/glossaire).
    Ils partagent leur expérience, mais ne sont pas des professionnels de santé. En cas d’urgence, envoyez /urgence.
start-operator = Ce service est proposé par { $operator }.
start-operator-contact = Ce service est proposé par { $operator } (contact : { $contact }).
start-operator-unknown = Le nom de l’organisation qui propose ce service n’a pas encore été renseigné : demandez-le à la personne qui vous a conseillé Pairbot.
start-operator-demo = Ceci est une démonstration : l’association « Pair’Santé Démo » et toutes les personnes présentées sont fictives.
start-privacy = Sans votre accord, je ne garde que votre identifiant sur cette messagerie et votre langue, jamais vos messages. /mes_donnees montre ce que je sais de vous.
consent-question = Pour garder vos réservations, demandes de contact et inscriptions, je dois les enregistrer. Êtes-vous d’accord ? Vous pourrez tout effacer à tout moment avec /oublier.
consent-yes = Oui, j’accepte
consent-no = Non merci
consent-give = Donner mon accord
consent-thanks = Merci, votre accord est enregistré. Vous pouvez le retirer à tout moment avec /oublier. Envoyez /aide pour voir tout ce que je sais faire.
consent-declined = C’est noté : je n’enregistre rien de plus. Vous pouvez toujours demander une définition, parcourir le glossaire, faire le quiz et obtenir les numéros d’urgence. Si vous changez d’avis, envoyez /consentement.
consent-already = Vous avez donné votre accord le { $date }. Pour le retirer et tout effacer, envoyez /oublier.
consent-required = Pour utiliser cette fonction, j’ai besoin de votre accord pour enregistrer quelques informations vous concernant. Envoyez /start pour savoir lesquelles, { $platform ->
        [telegram] ou touchez le bouton ci-dessous.
       *[other] ou envoyez 1 pour donner votre accord.
    }

## Langue

lang-ask = Dans quelle langue voulez-vous que je vous réponde ?
lang-unknown = Je ne connais pas cette langue. Je parle français et anglais :
lang-set = C’est noté, je vous répondrai désormais en français.
lang-name-fr = Français
lang-name-en = English

## Glossaire

def-ask = Quel mot voulez-vous que je vous explique ? (Envoyez /annuler pour laisser tomber.)
def-ask-group = Précisez le mot après la commande, par exemple : /definition pair-aidance
def-unknown = Je ne trouve pas « { $query } » dans mon glossaire. Vous pouvez le parcourir pour trouver le bon mot :
def-suggest = Je n’ai pas trouvé exactement « { $query } ». Vouliez-vous dire :
def-unknown-group = Je ne trouve pas ce mot dans mon glossaire. Vous pouvez le parcourir avec /glossaire.
def-suggest-group = Je n’ai pas trouvé exactement ce mot. Vouliez-vous dire :
def-card =
    { $title }
    { $definition }
    Source : { $source }
    Mots liés :
glossary-page = Glossaire : { $count } mots, page { $page } sur { $pages }. Choisissez un mot :

## Quiz

quiz-intro = Petit quiz : { $total } affirmations sur le partenariat en santé. Pour chacune, dites-moi si elle est vraie ou fausse. (Envoyez /annuler pour arrêter.)
quiz-question = Question { $number } sur { $total } :
quiz-true = Vrai
quiz-false = Faux
quiz-right = ✅ Bonne réponse !
quiz-wrong = ❌ Pas tout à fait : la bonne réponse est « { $answer } ».
quiz-hint = Répondez par « vrai » ou « faux », ou par le numéro du choix. Pour arrêter le quiz, envoyez /annuler.
quiz-not-running = Il n’y a pas de quiz en cours. Voulez-vous en commencer un ?
quiz-again = Lancer le quiz
quiz-score =
    { $score ->
        [0] Quiz terminé : aucune bonne réponse sur { $total }. Ce n’est pas grave, ces notions sont nouvelles pour beaucoup de monde, et le glossaire peut vous aider.
        [one] Quiz terminé : { $score } bonne réponse sur { $total }. Le glossaire peut vous aider à aller plus loin.
       *[other] Quiz terminé : { $score } bonnes réponses sur { $total }. Merci d’avoir joué !
    }

## Mes données

data-heading = Voici tout ce que Pairbot garde sur vous (identifiant { $platform } : { $id }).
data-nothing = Pairbot ne garde rien d’autre sur vous pour l’instant.
data-export-note = Le fichier joint contient les mêmes informations au format JSON, lisible par d’autres logiciels. Pour tout effacer, envoyez /oublier.
data-file-name = pairbot-mes-donnees.json
data-table-users = Votre compte
data-table-dialogues = Échanges en cours
data-table-choice-sets = Choix proposés, en attente de votre réponse
data-table-outbox = Messages en attente d’envoi
data-cell = { $label } : { $value }
data-number = n° { $number }
data-value-action-block-add = blocage d’une personne
data-value-action-block-lift = fin d’un blocage
data-value-action-broadcast-send = envoi d’une annonce aux abonnés
data-value-action-etp-close = fermeture des inscriptions d’un programme
data-value-action-etp-open = ouverture des inscriptions d’un programme
data-value-action-etp-create = création d’un programme d’ETP
data-value-action-etp-edit = modification d’un programme d’ETP
data-value-action-group-settings = réglages d’un groupe
data-value-action-member-ban = exclusion d’un membre
data-value-action-member-delete = suppression d’un message
data-value-action-member-hold = message mis de côté
data-value-action-member-kick = retrait d’un membre
data-value-action-member-mute = mise en sourdine d’un membre
data-value-action-member-mute-escalation = mise en sourdine après plusieurs avertissements
data-value-action-member-mute-flood = mise en sourdine pour trop de messages
data-value-action-member-trust = confiance accordée à un membre
data-value-action-member-unban = fin d’une exclusion
data-value-action-member-unmute = fin d’une mise en sourdine
data-value-action-member-warn = avertissement
data-value-action-mission-close = clôture d’une mission
data-value-action-mission-create = publication d’une mission
data-value-action-mission-decline = candidature non retenue
data-value-action-mission-select = candidature retenue
data-value-action-permanence-cancel-date = annulation d’une date de permanence
data-value-action-permanence-create = création d’une permanence
data-value-action-permanence-edit = modification d’une permanence
data-value-action-permanence-pause = pause d’une permanence
data-value-action-permanence-resume = reprise d’une permanence
data-value-action-permanence-stop = arrêt d’une permanence
data-value-action-profile-approve = validation d’une fiche de partenaire
data-value-action-profile-refuse = refus d’une fiche de partenaire
data-value-action-report-act = suite donnée à un signalement
data-value-action-report-dismiss = signalement classé sans suite
data-value-action-report-hide = fiche masquée après un signalement
data-value-action-role-demote = retrait du rôle de coordination
data-value-action-role-promote = attribution du rôle de coordination
data-value-action-signup-bep-proposed = dates de bilan proposées pour une inscription
data-value-action-signup-bep-confirmed = bilan éducatif partagé fixé
data-value-action-signup-enrolled = inscription à un programme
data-value-action-signup-refused = refus d’une inscription
data-value-action-signup-waitlisted = inscription mise sur liste d’attente
data-value-action-signup-requested = inscription reprise
data-value-action-signup-withdrawn = retrait d’une inscription
data-value-action-other = une action de coordination
data-target-profile = fiche n° { $number }
data-target-report = signalement n° { $number }
data-target-signup = demande d’inscription n° { $number }
data-target-application = candidature n° { $number }
data-target-mission = mission n° { $number }
data-target-permanence = permanence n° { $number }
data-target-programme = programme n° { $number }
data-target-topic = le sujet { $number }
data-target-group = un groupe
data-target-other = un élément de Pairbot
data-yes = oui
data-no = non
data-value-status-pending = en attente
data-value-status-accepted = acceptée
data-value-status-declined = non retenue
data-value-status-expired = expirée sans réponse
data-value-status-withdrawn = retirée
data-value-status-ended = terminée
data-value-status-requested = demandée, en attente de l’équipe
data-value-status-bep-proposed = dates de bilan proposées, à choisir
data-value-status-bep-confirmed = bilan éducatif partagé fixé
data-value-status-enrolled = inscrit(e)
data-value-status-refused = refusée
data-value-status-waitlisted = sur la liste d’attente
data-value-status-applied = candidature envoyée
data-value-status-selected = retenue
data-value-status-approved = validée
data-value-status-open = en cours d’examen
data-value-status-acted = traité par la coordination
data-value-status-dismissed = classé sans suite
data-value-kind-mute = mise en sourdine
data-value-kind-ban = exclusion
data-value-role-coordinator = coordination
data-value-topic-actualites = actualités
data-value-topic-permanences = permanences
data-value-topic-etp = programmes d’ETP
data-value-status-confirmed = place confirmée
data-value-status-waiting = sur la liste d’attente
data-value-status-cancelled = annulée
data-value-kind-day = rappel la veille
data-value-kind-hour = rappel une heure avant
data-kind-quiz = quiz en cours
data-kind-define = mot à expliquer
data-column-relay-window = début de la minute en cours de messages transmis
data-column-relay-count = messages transmis pendant cette minute
data-column-locale = langue choisie
data-column-consent-at = accord donné le
data-column-consent-version = version du texte accepté
data-column-created-at = créé le
data-column-chat-id = conversation
data-column-kind = type
data-column-step = étape
data-column-data = données de l’échange
data-column-updated-at = mis à jour le
data-column-slot = type de question
data-column-dialogue = échange en cours
data-column-about = question posée
data-column-slot-key = place de la question
data-column-seq = ordre
data-column-choices = choix
data-column-id = numéro
data-column-payload = message
data-column-attempts = tentatives d’envoi
data-column-not-before = pas avant le
data-column-failed-at = échec définitif le
data-column-claimed-by = en cours d’envoi par (le processus du bot qui s’en charge)
data-column-lane = priorité d’envoi (0 : réponse ou urgence, 1 : notification, 2 : envoi groupé)

## Oubli

forget-confirm = Voulez-vous vraiment effacer tout ce que Pairbot garde sur vous (votre langue, votre accord, vos échanges en cours et, le cas échéant, vos réservations et vos demandes) ? C’est définitif : je ne pourrai rien récupérer.
forget-yes = Oui, tout effacer
forget-no = Non, garder mes données
forget-done = C’est fait : tout ce que Pairbot gardait sur vous est effacé. Si vous revenez, je vous accueillerai comme la première fois. Prenez soin de vous.
forget-kept = Très bien, je n’ai rien effacé.

## Urgence

peer-reminder = Les pair-aidants et les patients ressources partagent leur expérience ; ce ne sont pas des professionnels de santé. En cas d’urgence : /urgence.
emergency-contacts =
    Si vous êtes en danger, si vous pensez à vous faire du mal ou si un proche est en danger, vous pouvez joindre dès maintenant :
    • le 3114 : prévention du suicide, pour vous ou pour un proche, gratuit, 24 h/24 et 7 j/7 ;
    • le 15 : SAMU, pour une urgence médicale ;
    • le 112 : numéro d’urgence européen ;
    • le 17 : police secours, si quelqu’un vous menace ;
    • le 3919 : violences dans le couple ou la famille, gratuit et anonyme, 24 h/24 et 7 j/7 ;
    • le 119 : enfance en danger, gratuit, 24 h/24 et 7 j/7 ;
    • le 114 : par SMS, par l’application ou en visio, pour les personnes sourdes, malentendantes ou qui ont du mal à parler, et pour toute personne qui ne peut pas parler sans danger, par exemple en cas de violences ;
    • SOS Amitié, au 09 72 39 40 50 : une écoute, 24 h/24, quand ça ne va pas.
emergency-group = Si quelqu’un ici traverse un moment difficile : le 3114 (prévention du suicide) écoute gratuitement, 24 h/24, et le 15 ou le 112 répondent aux urgences. Envoyez /urgence pour tous les numéros.
emergency-kind = Vous n’avez pas à traverser cela seul ou seule : ce que vous vivez compte, et des personnes formées peuvent vous écouter dès maintenant, de jour comme de nuit. Pairbot n’est pas un service d’urgence, et ses pair-aidants ne sont pas des professionnels de santé.
emergency-intro = Merci de l’avoir écrit. Ce que vous vivez compte, et des personnes formées peuvent vous répondre dès maintenant, gratuitement :
emergency-intro-distress = Merci de l’avoir écrit. Ce que vous ressentez compte, et vous pouvez en parler dès maintenant à quelqu’un qui écoute :
emergency-danger = • En danger immédiat : appelez le 17 (police secours) ou le 112.
emergency-medical = • Pour une urgence médicale : appelez le 15 (SAMU) ou le 112, sans attendre.
emergency-overdose = • Si des médicaments ou un produit ont été avalés en trop : appelez le 15 (SAMU) ou le 112 tout de suite, même si tout semble aller pour l’instant.
emergency-suicide = • Si vous pensez au suicide ou à vous faire du mal : le 3114, prévention du suicide, vous écoute 24 h/24 et 7 j/7, pour vous ou pour un proche. En danger immédiat : le 15 ou le 112.
emergency-selfharm = • Si vous avez envie de vous faire du mal : le 3114 vous écoute 24 h/24 et 7 j/7, sans jugement.
emergency-violence = • Violences dans le couple ou la famille : le 3919, gratuit et anonyme, 24 h/24 et 7 j/7. En danger immédiat : le 17.
emergency-child = • Un enfant en danger, que vous soyez cet enfant ou un adulte inquiet : le 119, gratuit, 24 h/24 et 7 j/7.
emergency-distress = • Pour parler à quelqu’un, maintenant : SOS Amitié écoute 24 h/24 au 09 72 39 40 50.
emergency-distress-3114 = • Si un jour vous pensez au suicide : le 3114 répond 24 h/24 et 7 j/7.
emergency-deaf = Si vous ne pouvez pas parler, ou si vous êtes sourd ou malentendant : le 114, par SMS, par l’application ou en visio.
emergency-limits = Pairbot n’est pas un service d’urgence, et ses pair-aidants ne sont pas des professionnels de santé.
emergency-callback-ask = Voulez-vous qu’une personne de la coordination vous recontacte ?
emergency-callback-yes = Oui, qu’on me recontacte
emergency-callback-no = Non merci
emergency-callback-sent = C’est transmis : une personne de la coordination va vous recontacter ici dès que possible. Si c’est urgent, n’attendez pas : les numéros ci-dessus répondent tout de suite.
emergency-callback-declined = Entendu. Les numéros restent valables à tout moment : envoyez /urgence pour les retrouver.
emergency-callback-nobody = Personne de la coordination n’est joignable par Pairbot pour l’instant. Les numéros ci-dessus répondent tout de suite, à toute heure.
emergency-callback-notice = Demande de rappel : { $person } ({ $reach }, sur { $platform ->
        [telegram] Telegram
        [matrix] Matrix
       *[other] la console
    }) souhaite qu’une personne de la coordination le ou la recontacte ({ $when }). Pairbot lui a donné les numéros d’urgence ; le contenu de son message n’est pas transmis. Merci de le ou la recontacter au plus vite.

## Console

console-hint = Console Pairbot : écrivez « nom: message » (ou juste un message), répondez à un choix par son numéro. Ctrl-D pour quitter.

## Annuaire : devenir partenaire

help-become-partner = rejoindre l’annuaire comme pair-aidant ou patient ressource (ou modifier votre fiche)
help-profile = voir votre fiche de partenaire
help-pause = masquer votre fiche pour un temps, ou la remontrer
help-to-review = (coordination) fiches en attente de validation
help-approve = (coordination) valider une fiche : /valider 12
help-refuse = (coordination) refuser une fiche avec un motif : /refuser 12 motif
menu-profile = Ma fiche
menu-become-partner = Devenir partenaire
partner-online = en ligne
partner-field-empty = —
partner-field-line = • { $label } : { $value }
partner-field-pseudonym = Pseudonyme
partner-field-roles = Rôles
partner-field-conditions = Expérience vécue
partner-field-places = Où
partner-field-languages = Langues
partner-field-training = Formation
partner-field-missions = Missions acceptées
partner-field-availability = Disponibilités
partner-field-bio = Présentation
partner-field-association = Association ou structure
partner-intro = Merci de vouloir partager votre expérience ! Je vais vous poser quelques questions, une à la fois. Votre fiche sera relue par une personne de la coordination avant d’apparaître dans l’annuaire. N’y mettez ni téléphone, ni adresse, ni identifiant : personne ne vous contactera sans votre accord. (Envoyez /annuler pour arrêter.)
partner-current = {" "}(Actuellement : { $value })
partner-keep = Garder
partner-skip = Passer
partner-next = Suivant ▶
partner-ask-pseudonym = Sous quel nom voulez-vous apparaître ? Un prénom avec une initiale suffit, par exemple « Sophie L. ».
partner-ask-roles = Quel est votre rôle ? Choisissez un ou plusieurs choix, puis « Suivant ».
partner-ask-conditions = De quelles maladies ou de quelles situations avez-vous l’expérience ? Séparez-les par des virgules, par exemple : « SEP, aidante de ma mère ».
partner-ask-places = Où pouvez-vous rencontrer des personnes ? Indiquez des départements ou des villes (« Toulouse, 31, Tarn ») et, si c’est le cas, « en ligne ».
partner-ask-languages = Dans quelles langues pouvez-vous échanger ? Choisissez un ou plusieurs choix, puis « Suivant ».
partner-ask-training = Quelle formation avez-vous suivie ?
partner-ask-missions = Quelles missions acceptez-vous ? Choisissez un ou plusieurs choix, puis « Suivant ».
partner-ask-availability = Quand êtes-vous disponible, en quelques mots ? (Par exemple : « le mardi après-midi ».)
partner-ask-bio = Présentez-vous en quelques phrases : ce que vous avez vécu, ce que vous aimez partager.
partner-ask-association = Faites-vous partie d’une association ou d’une structure ? Si oui, laquelle ?
partner-confirm =
    Voici votre fiche :
    { $summary }
    L’envoyer à la coordination pour validation ?
partner-send = Envoyer
partner-restart = Recommencer
partner-abandon = Abandonner
partner-not-understood = Je n’ai pas reconnu ce choix. { $platform ->
        [telegram] Touchez l’un des boutons, ou répondez par son numéro.
       *[other] Répondez par le numéro de l’un des choix.
    }
partner-conditions-optional = Un représentant des usagers ou un bénévole associatif n’a pas besoin d’avoir vécu lui-même une maladie : si c’est votre cas, répondez « aucune ».
partner-conditions-empty = Indiquez au moins une maladie ou une situation vécue.
partner-too-long = C’est un peu long : pourriez-vous résumer ?
partner-too-long-max = C’est un peu long : { $max } caractères au maximum, s’il vous plaît.
partner-understood = Noté : { $value }.
partner-places-not-understood = Je n’ai reconnu aucun département ni aucune ville. Essayez par exemple « 31 », « Isère », « Lyon » ou « en ligne ».
partner-no-contact-details = Pour votre sécurité, n’indiquez ni adresse e-mail, ni téléphone, ni identifiant, ni lien : la mise en relation passe par Pairbot, et seulement si vous l’acceptez.
partner-pick-one = Choisissez au moins une réponse.
partner-already-ticked = Vous aviez déjà choisi « { $label } » : c’est gardé. Pour retirer ce choix, écrivez « sans { $label } ».
partner-co-running-needs-training = Co-animer des ateliers d’ETP demande la formation ETP de 40 heures, ou un diplôme universitaire (DU/DIU) en éducation thérapeutique, que votre profil n’indique pas. Si vous l’avez suivie, choisissez « Recommencer » au récapitulatif et indiquez-la à la question sur la formation.
name-needs-letters = Il me faut au moins une lettre dans ce nom, pour que l’on puisse vous appeler : des émojis seuls ne suffisent pas. Vous pouvez garder un émoji à côté d’un prénom ou d’un pseudonyme.
partner-pseudonym-length = Votre pseudonyme doit faire entre 2 et 40 caractères.
partner-parked = Votre questionnaire de partenaire est mis de côté : envoyez /devenir_partenaire pour le reprendre là où vous en étiez.
partner-resumed = Reprenons votre questionnaire là où vous l’aviez laissé.
partner-sent = C’est envoyé ! Une personne de la coordination va relire votre fiche ; vous recevrez sa réponse ici. Vous pouvez la consulter à tout moment avec /profil.
review-new =
    Fiche nouvelle ou modifiée à valider (n° { $number }) :
    { $summary }
review-approve = Valider
review-refuse = Refuser
review-none = Aucune fiche n’attend de validation.
review-list =
    { $count ->
        [one] Une fiche attend votre validation :
       *[other] { $count } fiches attendent votre validation :
    }
review-item =
    N° { $number }
    { $summary }
review-how = Pour décider : /valider N, ou /refuser N suivi du motif (il sera transmis à la personne).
review-usage-approve = Indiquez le numéro de la fiche, par exemple : /valider 12
review-usage-refuse = Indiquez le numéro de la fiche puis le motif, par exemple : /refuser 12 la présentation contient un numéro de téléphone
review-ask-reason = Pourquoi refusez-vous la fiche n° { $number } ? Votre motif sera transmis à la personne : merci de le formuler avec bienveillance. (Envoyez /annuler pour ne rien faire.)
review-reason-length = Le motif doit faire entre 1 et { $max } caractères.
review-unknown = Il n’y a pas de fiche n° { $number }.
review-not-pending = La fiche n° { $number } n’attend plus de décision : elle a déjà été validée ou refusée.
review-approved = Fiche n° { $number } ({ $pseudonym }) validée : elle apparaît désormais dans l’annuaire. La personne est prévenue.
review-refused = Fiche n° { $number } ({ $pseudonym }) refusée. La personne est prévenue, avec votre motif.
partner-approved = Bonne nouvelle : votre fiche a été validée ! Elle apparaît désormais dans l’annuaire. Vous pouvez la masquer à tout moment avec /pause.
partner-approved-hidden = Bonne nouvelle : votre fiche a été validée ! Elle est pour l’instant masquée, comme vous l’aviez demandé : envoyez /pause pour la rendre visible dans l’annuaire.
partner-refused = Votre fiche n’a pas été validée pour le moment. Motif donné par la coordination : « { $reason } ». Vous pouvez la corriger avec /devenir_partenaire et la renvoyer.
profile-none = Vous n’avez pas encore de fiche de partenaire.
profile-heading = Votre fiche de partenaire :
profile-status-pending = Elle attend la validation de la coordination.
profile-status-refused = Elle n’a pas été validée. Motif : { $reason }
profile-status-paused = Elle est validée mais masquée : personne ne la voit pour l’instant.
profile-status-visible = Elle est validée et visible dans l’annuaire.
profile-edit = Modifier
profile-pause = Masquer
profile-resume = Rendre visible
profile-hide-question = Masquer votre fiche « { $pseudonym } » ? Elle n’apparaîtra plus dans les recherches jusqu’à ce que vous la rendiez visible.
profile-hide-yes = Oui, la masquer
profile-show-question = Rendre votre fiche « { $pseudonym } » de nouveau visible dans l’annuaire ?
profile-show-yes = Oui, la rendre visible
profile-keep = Non, ne rien changer
profile-paused = Votre fiche est masquée : elle n’apparaît plus dans l’annuaire. Envoyez /pause pour la rendre de nouveau visible.
profile-resumed = Votre fiche apparaît de nouveau dans l’annuaire.
profile-pause-not-visible = Votre fiche n’est pas encore visible : elle n’apparaîtra dans l’annuaire qu’après validation par la coordination. Il n’y a donc rien à masquer pour l’instant.
data-table-partners = Votre fiche de partenaire
data-table-partner-tags = Les éléments de votre fiche
data-column-pseudonym = pseudonyme
data-column-extra-conditions = autres situations vécues
data-column-online = en ligne
data-column-training = formation
data-column-availability = disponibilités
data-column-bio = présentation
data-column-association = association
data-column-status = statut
data-column-paused = masquée
data-column-refusal-reason = motif de refus
data-column-value = valeur
data-kind-role = rôle
data-kind-condition = expérience vécue
data-kind-department = département
data-kind-language = langue
data-kind-mission = mission
data-kind-partner = fiche de partenaire en cours
data-kind-review-reason = motif de refus en cours

## Annuaire : chercher

help-find = trouver un pair-aidant ou un patient ressource, par exemple : /chercher cancer du sein Lyon
search-ask = Qui cherchez-vous ? Dites-le simplement, par exemple « cancer du sein à Lyon », « diabète 31 » ou « pair-aidant bipolaire en ligne ». Vous pouvez aussi vous laisser guider, question par question.
search-not-understood = Je n’ai reconnu ni maladie, ni lieu, ni rôle dans votre recherche. Essayez par exemple « SEP Toulouse » ou « aidant Alzheimer en ligne ».
search-none = Je n’ai trouvé personne qui corresponde pour l’instant. Vous pouvez élargir votre recherche : un département voisin, « en ligne », ou une situation proche.
search-no-more = Il n’y a pas d’autres résultats.
search-results-exact =
    { $count ->
        [one] Une personne correspond à tout ce que vous avez demandé ({ $asked }) :
       *[other] { $count } personnes correspondent à tout ce que vous avez demandé ({ $asked }) :
    }
search-results-next = Suite des résultats ({ $from } à { $to } sur { $total }) :
search-nearest = Voici aussi les profils les plus proches, qui ne correspondent pas à tout :
search-nobody-condition = Personne dans l’annuaire n’a encore indiqué { $conditions }.
search-nobody-condition-place = Aucun profil ne réunit { $conditions } et { $places }.
search-nobody = Aucun profil ne correspond à tout ce que vous avez demandé ({ $asked }).
search-unknown =
    { $count ->
        [one] Je ne connais pas { $words } : ce mot ne correspond à aucune maladie ni situation de l’annuaire.
       *[other] Je ne connais pas { $words } : ces mots ne correspondent à aucune maladie ni situation de l’annuaire.
    }
search-unknown-suggest = Vouliez-vous dire { $suggestions } ? Relancez /chercher avec ce nom.
search-unknown-guided = La recherche guidée vous montre les maladies et situations que je connais.
search-unknown-rest = Voici les profils qui correspondent au reste de votre recherche ({ $asked }), quelle que soit leur expérience :
search-why = Pourquoi ce profil : { $reasons }.
search-nearest-first = Voici les profils les plus proches :
offers-nearest-first = Voici les plus proches :
offers-why = Pourquoi la proposer : { $reasons }.
search-why-role = un autre rôle que celui demandé
search-joiner-reasons = {" ; "}
search-why-region = même région
search-why-online = rencontres en ligne
search-why-elsewhere = dans un autre département
search-why-shared = en commun avec votre recherche : { $conditions }
search-why-related = une maladie ou une situation proche de votre recherche : { $conditions }
search-joiner-or = {" "}ou{" "}
search-joiner-and = {" "}et{" "}
quoted = « { $text } »
search-card =
    { $pseudonym } — { $roles }
    Expérience : { $experience }
    Où : { $places }
    Formation : { $training }
    Langues : { $languages }
    Association : { $association }
search-more = Plus de résultats
data-kind-search = recherche en cours
search-guided = Recherche guidée, en trois questions
search-guided-condition = Première question : quelle maladie ou quelle situation ? Écrivez-la simplement, par exemple « SEP », « diabète » ou « enfant handicapé ». Vous pouvez aussi passer cette question.
search-guided-condition-unknown = Je n’ai pas reconnu cette maladie ou cette situation. Essayez un autre mot, par exemple « sclérose en plaques » ou « AVC ».
search-guided-place = Où ? Écrivez un numéro de département, un département ou une ville (par exemple « 31 », « Isère » ou « Lyon »), ou choisissez « En ligne ».
search-guided-online = En ligne
search-guided-role = Quel type de personne cherchez-vous ?
search-guided-mission = Pour quelle mission ? (réservé à la coordination)
search-guided-training = Avec quelle formation ? (réservé à la coordination)
search-guided-skip = Passer
data-kind-search-guided = recherche guidée en cours

## Annuaire : demandes de contact

help-requests = vos demandes de contact, envoyées et reçues
help-end = terminer une conversation relayée par Pairbot
menu-find = Chercher quelqu’un
menu-requests = Mes demandes
contact-button = Écrire à { $pseudonym }
contact-cancel = Annuler
contact-ask-message =
    Présentez-vous en quelques mots à { $pseudonym } : ce que vous vivez, ce que vous aimeriez partager ou demander ({ $max } caractères au plus).
    Votre nom et votre identifiant ne lui seront pas transmis : { $pseudonym } verra seulement ce message. Ne mettez ni téléphone, ni adresse, ni lien.
contact-message-length = Votre message doit faire entre 1 et { $max } caractères. Pourriez-vous le reformuler ?
contact-no-details = Pour votre sécurité, n’indiquez ni adresse e-mail, ni téléphone, ni identifiant, ni lien dans ce premier message. Si la personne accepte, vous pourrez échanger par Pairbot, puis vous donner vos coordonnées si vous le souhaitez tous les deux.
contact-unavailable = Cette personne ne reçoit pas de demandes en ce moment. Vous pouvez chercher quelqu’un d’autre avec /chercher.
contact-self = C’est votre propre fiche : vous ne pouvez pas vous écrire à vous-même.
contact-already-open = Vous avez déjà une demande en cours avec cette personne. Retrouvez-la avec /demandes.
contact-too-many = Vous avez déjà { $max } demandes en attente de réponse. Attendez une réponse, ou retirez une demande avec /demandes, avant d’en envoyer une autre.
contact-sent =
    Votre demande n° { $number } a bien été envoyée à { $pseudonym } : je vous préviendrai ici de sa réponse.
    Sans réponse d’ici 7 jours, la demande sera close et je vous le dirai. Suivez vos demandes avec /demandes.
contact-new =
    Nouvelle demande de contact (n° { $number }). Voici le message de la personne :
    « { $message } »
    Si vous acceptez, vous pourrez échanger par Pairbot sans donner vos coordonnées. Vous pouvez aussi refuser : la personne en sera informée avec bienveillance, sans motif.
contact-accept = Accepter
contact-decline = Refuser
contact-block = Bloquer cette personne
contact-accepted-partner =
    Vous avez accepté la demande n° { $number }. Écrivez ici : vos messages seront transmis par Pairbot, sous votre pseudonyme.
    Envoyez /fin pour terminer la conversation. Si vous le souhaitez, vous pouvez aussi proposer d’échanger vos identifiants : ils ne seront transmis que si vous êtes d’accord tous les deux.
contact-accepted =
    Bonne nouvelle : { $pseudonym } a accepté votre demande n° { $number } ! Écrivez ici : vos messages lui seront transmis par Pairbot, sans votre nom ni votre identifiant.
    Envoyez /fin pour terminer la conversation.
    { peer-reminder }
contact-write = Écrire
contact-share = Partager mon identifiant
contact-declined-partner = Vous avez refusé la demande n° { $number }. La personne en est informée, sans motif.
contact-block-question = Bloquer la personne de la demande n° { $number } ? Elle ne pourra plus jamais vous envoyer de demande, et n’en sera pas informée.
contact-block-yes = Oui, la bloquer
contact-block-keep = Non, revenir à mes demandes
contact-blocked-partner = La personne de la demande n° { $number } est bloquée : elle ne pourra plus vous envoyer de demande. Elle n’en est pas informée.
contact-declined = { $pseudonym } n’est pas disponible pour donner suite à votre demande n° { $number }. Ce n’est pas un jugement sur vous : d’autres personnes peuvent vous répondre.
contact-withdrawn = Votre demande n° { $number } est retirée.
contact-withdrawn-partner = La demande n° { $number } a été retirée par la personne : vous n’avez plus rien à faire.
contact-relay-not-passed-on = Ce message n’a pas été transmis : votre conversation avec { $name } (demande n° { $number }) est terminée depuis le { $when }. Pour écrire de nouveau à quelqu’un, faites une nouvelle demande depuis /chercher.
contact-relay-open = Vous écrivez à { $name } : vos messages lui seront transmis. Envoyez /fin pour terminer la conversation.
contact-relayed =
    Message de { $name } :
    { $text }
contact-reply = Répondre
contact-relay-sent = ✓ Transmis à { $name }
contact-relay-too-long = Votre message est trop long pour être transmis : { $max } caractères au plus. Vous pouvez l’envoyer en plusieurs fois.
contact-relay-too-fast = Vous avez envoyé beaucoup de messages en peu de temps ({ $max } par minute au plus) : celui-ci n’a pas été transmis, pour ne pas submerger la personne. Attendez une minute, puis renvoyez-le.
contact-relay-closed = La conversation n° { $number } est terminée : votre message n’a pas été transmis.
contact-share-no-username = Votre compte Telegram n’a pas de nom d’utilisateur public : l’autre personne n’aurait aucun moyen de vous écrire directement, alors je n’ai rien partagé. Vous pouvez en choisir un dans les réglages de Telegram (Paramètres, puis Nom d’utilisateur), puis partager à nouveau. En attendant, vous pouvez continuer à vous écrire par mon intermédiaire.
contact-share-waiting = C’est noté. Votre identifiant ne sera transmis que si l’autre personne accepte aussi de partager le sien (demande n° { $number }).
contact-share-proposed = { $name } propose que vous échangiez vos identifiants (demande n° { $number }). Rien n’est transmis tant que vous n’acceptez pas à votre tour.
contact-handles =
    Vous avez tous les deux accepté d’échanger vos identifiants (demande n° { $number }). Celui de l’autre personne sur { $platform ->
        [telegram] Telegram
        [matrix] Matrix
       *[other] la console
    } : { $handle }
contact-end-question = Mettre fin à la conversation n° { $number } avec { $name } ? Vous ne pourrez plus vous écrire par mon intermédiaire.
contact-end-yes = Oui, y mettre fin
contact-end-keep = Non, continuer
contact-ended = La conversation n° { $number } est terminée. Merci pour cet échange.
contact-ended-other = La conversation n° { $number } a été terminée par l’autre personne. Vous pouvez chercher quelqu’un d’autre à tout moment avec /chercher.
contact-no-conversation = Vous n’avez aucune conversation en cours.
contact-which-end = Quelle conversation voulez-vous terminer ?
contact-end-with = Terminer avec { $name }
contact-expired = Votre demande n° { $number } à { $pseudonym } n’a pas reçu de réponse en 7 jours : elle est close. Ce n’est pas un refus ; vous pouvez écrire à quelqu’un d’autre.
contact-already-expired = La demande n° { $number } a expiré : elle a attendu plus de 7 jours.
contact-not-pending = La demande n° { $number } n’attend plus de réponse : elle a déjà été acceptée, refusée, retirée ou close.
contact-closed = La demande n° { $number } est close : l’autre personne n’utilise plus Pairbot.
contact-gone = La demande n° { $number } n’existe plus.
contact-partner-name = la personne de la fiche n° { $number }
contact-requester-name = la personne de la demande n° { $number }
contact-list-empty = Vous n’avez envoyé ni reçu aucune demande de contact.
contact-list-heading = Vos demandes de contact :
contact-list-sent = n° { $number }, envoyée le { $date } à { $name } : { $status }
contact-list-received = n° { $number }, reçue le { $date } de { $name } : { $status }
contact-status-pending = en attente de réponse
contact-status-accepted = acceptée, conversation en cours
contact-status-declined = non retenue
contact-status-expired = close sans réponse
contact-status-withdrawn = retirée
contact-status-ended = conversation terminée
contact-accept-n = Accepter la n° { $number }
contact-decline-n = Refuser la n° { $number }
contact-withdraw-n = Retirer la n° { $number }
contact-write-n = Écrire (n° { $number })
contact-share-n = Partager mon identifiant (n° { $number })
review-changed =
    La fiche n° { $number } a été modifiée depuis cette notification. Voici la version actuelle :
    { $summary }
data-table-contacts = Vos demandes de contact
data-table-contact-blocks = Les personnes que vous avez bloquées
data-column-partner-platform = plateforme du ou de la partenaire
data-column-partner-user-id = identifiant du ou de la partenaire
data-column-partner-id = numéro de fiche du ou de la partenaire
data-column-message = message
data-column-requester-handle = identifiant partagé par la personne qui demande
data-column-partner-handle = identifiant partagé par le ou la partenaire
data-column-expires-at = expire le
data-column-decided-at = réponse le
data-column-ended-at = terminée le
data-column-blocked-platform = plateforme de la personne bloquée
data-column-blocked-user-id = identifiant de la personne bloquée
data-column-revision = version
data-table-bookings = Vos réservations de permanences
data-table-reminders = Les rappels prévus pour vos réservations
data-column-slot-id = créneau
data-column-booking-id = réservation
data-column-due-at = prévu le
data-kind-contact-message = message de demande de contact en cours
data-kind-relay = conversation relayée en cours

## Permanences

help-permanences = trouver une permanence près de chez vous ou en ligne, par exemple : /permanences SEP Toulouse
help-book = réserver un créneau de permanence
help-my-bookings = vos réservations, et les annuler
menu-permanences = Les permanences
menu-my-bookings = Mes réservations
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
slot-when = { $weekday } { $date }, de { $start } à { $end }
permanence-not-understood = Je n’ai reconnu ni maladie, ni lieu dans votre demande. Essayez par exemple « SEP Toulouse », « diabète en ligne », ou /permanences seul pour toutes les voir.
permanence-none = Je n’ai pas trouvé de permanence qui corresponde. Essayez un département voisin, « en ligne », ou /permanences seul pour toutes les voir.
permanence-list-next = Suite de la liste ({ $from } à { $to } sur { $total }) :
permanence-more = Voir les suivantes
permanence-no-more = Il n’y a pas d’autres permanences dans cette liste.
permanence-more-hint =
    { $count ->
        [one] … et une autre permanence : précisez votre recherche pour la voir, par exemple « /permanences SEP » ou « /permanences 38 ».
       *[other] … et { $count } autres permanences : précisez votre recherche pour les voir, par exemple « /permanences SEP » ou « /permanences 38 ».
    }
permanence-list-exact =
    { $count ->
        [one] Une permanence correspond à tout ce que vous avez demandé ({ $asked }) :
       *[other] { $count } permanences correspondent à tout ce que vous avez demandé ({ $asked }) :
    }
permanence-nobody = Aucune permanence ne correspond à tout ce que vous avez demandé ({ $asked }).
permanence-unknown-hint = Envoyez /permanences seul pour toutes les voir.
offers-nearest = Voici aussi les plus proches, qui ne correspondent pas à tout :
permanence-list =
    { $count ->
        [one] Une permanence correspond :
       *[other] { $count } permanences correspondent :
    }
permanence-card =
    { $title }
    { $structure }
    Où : { $place }
    Quand : { $when }
    Thèmes : { $themes }
    Accueil par : { $hosts }
permanence-weekly = chaque { $weekday }, de { $start } à { $end }
permanence-dates = à certaines dates (voir les créneaux)
permanence-see-slots = Créneaux : { $title }
permanence-gone = Cette permanence n’est plus proposée.
permanence-no-slots = Aucun créneau n’est ouvert à la réservation pour « { $title } » en ce moment. Revenez un peu plus tard.
permanence-slots = Créneaux de « { $title } » :
slot-places =
    { $left ->
        [one] { $when } : 1 place
       *[other] { $when } : { $left } places
    }
slot-full = { $when } : complet, liste d’attente
slot-yours = { $when } : vous y avez une place
slot-yours-waiting = { $when } : vous êtes sur la liste d’attente
booking-late-warning = Attention : ce créneau commence dans moins de { $hours } h. Une fois réservé, vous ne pourrez plus l’annuler par Pairbot ; en cas d’empêchement, il faudra prévenir la personne qui vous accueille.
slot-gone = Ce créneau n’est plus disponible à la réservation. Choisissez-en un autre avec /permanences.
booking-confirm = Réserver une place à « { $title } », { $when } ?
booking-confirm-waitlist = Ce créneau est complet. Voulez-vous être sur la liste d’attente de « { $title } », { $when } ? Si une place se libère, elle vous sera attribuée et je vous préviendrai.
booking-yes = Oui, je réserve
booking-yes-waitlist = Oui, sur la liste d’attente
booking-no = Non
booking-done =
    C’est réservé : « { $title } », { $when }.
    { $place }
    Je vous enverrai un rappel la veille et une heure avant. Vous trouverez ci-joint le rendez-vous à ajouter à votre agenda. Pour annuler : /mes_reservations.
    { peer-reminder }
booking-link = Lien de la rencontre en ligne : { $link }
booking-day-limit = Vous avez déjà { $count ->
        [one] une réservation
       *[other] { $count } réservations
    } ce jour-là pour « { $title } » : pour laisser des places aux autres, c’est le maximum par personne. Pour changer d’horaire, annulez d’abord l’autre réservation dans /mes_reservations.
booking-waiting = Vous êtes sur la liste d’attente de « { $title } », { $when }, en position { $position }. Si une place se libère, elle vous sera attribuée et je vous préviendrai.
booking-already = Vous avez déjà une réservation, ou une place en liste d’attente, pour ce créneau ({ $when }).
booking-none = Vous n’avez aucune réservation à venir.
booking-list = Vos réservations à venir :
booking-line-confirmed = n° { $number } : « { $title } », { $when }
booking-line-waiting = n° { $number } : « { $title } », { $when } (liste d’attente)
booking-cancel-n = Annuler la n° { $number }
booking-cancel-question = Annuler votre réservation « { $title } », { $when } ? Votre place ira à la première personne en liste d’attente.
booking-cancel-waiting-question = Quitter la liste d’attente de « { $title } », { $when } ?
booking-cancel-yes = Oui, annuler
booking-cancel-keep = Non, la garder
booking-gone = Cette réservation n’existe plus ou est déjà annulée.
booking-too-late = Il est trop tard pour annuler par Pairbot : les annulations sont possibles jusqu’à { $hours } h avant le créneau ({ $when }). Si vous ne pouvez pas venir, prévenez la personne qui vous accueille : elle pourra proposer votre place à quelqu’un d’autre.
booking-cancelled = Votre réservation est annulée : « { $title } », { $when }.
booking-promoted =
    Bonne nouvelle : une place s’est libérée et elle est pour vous ! « { $title } », { $when }.
    Vous trouverez ci-joint le rendez-vous pour votre agenda. Si vous ne pouvez plus venir, annulez avec /mes_reservations.
reminder-day = Rappel : demain, « { $title } », { $when }.
    { $place }
    Si vous ne pouvez pas venir, annulez avec /mes_reservations pour laisser la place à quelqu’un d’autre.
reminder-hour = Rappel : dans une heure, « { $title } », { $when }.
    { $place }
calendar-description = Permanence réservée avec Pairbot. Pour annuler, utilisez /mes_reservations.
slot-day = { $weekday } { $date }

## Durées de conservation (voir le tableau du README)

retention-notice =
    Vous n’avez pas écrit à Pairbot depuis longtemps. Pour ne pas garder vos informations sans raison, je les effacerai le { $date } (dans { $days } jours) : votre accord, vos demandes, vos réservations et, le cas échéant, votre fiche de partenaire.
    Pour les garder, répondez simplement à ce message, n’importe quand d’ici là.
retention-keep = Garder mes données
retention-erase-now = Tout effacer maintenant
retention-kept = C’est noté : je garde vos données. Merci d’être passé(e) !
span-days = { $n ->
        [one] { $n } jour
       *[other] { $n } jours
    }
span-months = { $n } mois
span-years = { $n ->
        [one] { $n } an
       *[other] { $n } ans
    }
data-keep-users = Conservation : tant que vous écrivez ; effacement { $span } après votre dernier message, avec un avertissement { $notice } avant.
data-keep-users-unconsented = Conservation : { $span } après votre dernier message, faute d’accord.
data-keep-questions = Conservation : { $span } au plus, sans réponse de votre part.
data-keep-outbox = Conservation : jusqu’à l’envoi, { $span } au plus.
data-keep-contacts = Conservation : { $span } après la fin de la demande, message de présentation compris.
data-keep-bookings = Conservation : { $span } après la date de la permanence.
data-keep-expenses = Conservation : { $span } après la réponse de la coordination (la trésorerie garde l’export mensuel pour ses comptes) ; une demande sans réponse reste.
data-keep-evaluations = Conservation : { $span } après l’envoi du questionnaire.
data-keep-signups = Conservation : { $span } après la fin de l’inscription (refus, retrait ou fin du programme).
data-keep-moderation = Conservation : { $span } après la décision, l’expiration ou la fin de la sanction.
data-keep-group-members = Conservation : { $span } après votre dernier message dans le groupe.
data-keep-audit = Conservation : { $span }.
data-keep-account = Conservation : aussi longtemps que votre compte.
data-keep-blocks = Conservation : même après /oublier, sinon le blocage prendrait fin avec une seule commande.
data-column-seen-at = dernier message le
data-column-erasure-notice-at = prévenu(e) de l’effacement le

data-column-attended = présence à la permanence (notée par la personne qui l’accueille)
data-column-attended-at = présence notée le
data-column-feedback-state = question « Cette permanence vous a-t-elle été utile ? »
data-value-feedback-state-asked = posée, sans réponse pour l’instant
data-value-feedback-state-answered = répondue (la réponse est gardée sans votre nom)
data-value-feedback-state-declined = vous avez préféré ne pas répondre
data-value-action-attendance-came = présence notée à une permanence
data-value-action-attendance-missed = absence notée à une permanence
data-target-booking = réservation n° { $number }
data-kind-feedback-words = mots sur une permanence en cours

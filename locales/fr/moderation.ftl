## Modération des groupes, règles, blocage

help-rules = les règles du groupe (dans un groupe)
help-group = (dans un groupe) voir ou changer ses réglages : règles, accueil, anti-flood, nouveaux membres, avertissements
help-warn = (dans un groupe, en réponse à un message) avertir un membre, avec le motif : /avertir propos blessants
help-mute = (dans un groupe, en réponse) rendre un membre muet pour un temps : /muet 2h messages répétés
help-unmute = (dans un groupe, en réponse) rendre la parole à un membre
help-ban = (dans un groupe, en réponse) bannir un membre, pour toujours ou pour un temps : /bannir 7j harcèlement
help-unban = (dans un groupe, en réponse à un ancien message ou avec son identifiant) lever un bannissement
help-kick = (dans un groupe, en réponse) faire sortir un membre, qui pourra revenir : /exclure publicité
help-delete = (dans un groupe, en réponse) supprimer le message auquel vous répondez
help-block = ne plus servir une personne du tout : /bloquer telegram:123456 motif
help-unblock = servir de nouveau une personne bloquée : /debloquer telegram:123456

group-only = La commande /{ $command } s’utilise dans le groupe concerné, en réponse au message d’un membre.

duration-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
duration-hours = { $n ->
    [one] { $n } heure
   *[other] { $n } heures
}
duration-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
duration-weeks = { $n ->
    [one] { $n } semaine
   *[other] { $n } semaines
}

moderation-how-target = Répondez au message du membre concerné avec cette commande (sur Matrix, vous pouvez aussi écrire son identifiant, par exemple @anne:exemple.org, juste après la commande).
moderation-reply-member = Cette commande doit répondre au message d’un membre, pas à un message du bot.
moderation-not-yourself = Vous ne pouvez pas vous viser vous-même.
moderation-not-coordinator = Cette personne fait partie de la coordination : elle ne peut pas être modérée ainsi. Si besoin, un administrateur peut d’abord lui retirer son rôle (/retrograder).
moderation-reason-needed = Merci d’indiquer le motif en quelques mots (de 3 à { $max } caractères) : il est transmis à la personne et gardé au journal.
moderation-mute-how = Indiquez la durée puis le motif, par exemple : /muet 30 min messages répétés (minutes, heures, jours ou semaines, un an au plus).
moderation-delete-how = Répondez au message à supprimer avec /supprimer, en ajoutant si vous le souhaitez le motif.

moderation-warned = ⚠️ Avertissement pour { $name } (n° { $count } sur { $limit }). Motif : { $reason }
moderation-warned-plain = ⚠️ Avertissement pour { $name }. Motif : { $reason }
moderation-warned-muted = ⚠️ Avertissement pour { $name } (n° { $count } sur { $limit }) : plus de messages ici pendant { $duration }. Motif : { $reason }
moderation-you-warned = Vous avez reçu un avertissement de la coordination dans un groupe. Motif : { $reason }
    C’est le n° { $count } sur { $limit } : au n° { $limit }, vous ne pourrez plus écrire dans le groupe pendant un temps. Un avertissement compte pendant { $days } jours.
moderation-you-warned-plain = Vous avez reçu un avertissement de la coordination dans un groupe. Motif : { $reason }
moderation-you-warned-muted = Vous avez reçu un avertissement (n° { $count }) dans un groupe, et vous ne pouvez plus y écrire pendant { $duration }. Motif : { $reason }
    Vous pouvez toujours lire le groupe et m’écrire ici.
moderation-muted = 🔇 { $name } ne peut plus écrire ici pendant { $duration }. Motif : { $reason }
moderation-you-muted = La coordination a suspendu votre droit d’écrire dans un groupe pendant { $duration }. Motif : { $reason }
    Vous pouvez toujours lire le groupe et m’écrire ici.
moderation-unmuted = 🔈 { $name } peut de nouveau écrire ici.
moderation-you-unmuted = Vous pouvez de nouveau écrire dans le groupe.
moderation-mute-over = La période pendant laquelle vous ne pouviez pas écrire dans un groupe est terminée : vous pouvez de nouveau y participer.
moderation-banned = ⛔ Bannissement de { $name }. Motif : { $reason }
moderation-banned-for = ⛔ Bannissement de { $name } pour { $duration }. Motif : { $reason }
moderation-you-banned = La coordination a prononcé votre bannissement d’un groupe. Motif : { $reason }
    Si vous pensez que c’est une erreur, vous pouvez contacter l’équipe qui gère Pairbot (/start indique comment).
moderation-you-banned-for = La coordination a prononcé votre bannissement d’un groupe pour { $duration }. Motif : { $reason }
moderation-unbanned = Bannissement de { $name } levé.
moderation-you-unbanned = Votre bannissement d’un groupe est levé : vous pouvez y revenir.
moderation-kicked = Exclusion de { $name }, qui pourra revenir. Motif : { $reason }
moderation-you-kicked = La coordination vous a fait sortir d’un groupe. Motif : { $reason }
    Vous pourrez y revenir.
moderation-deleted = 🗑️ Un message a été supprimé par la coordination.
moderation-you-deleted = La coordination a supprimé l’un de vos messages dans un groupe.
moderation-you-deleted-reason = La coordination a supprimé l’un de vos messages dans un groupe. Motif : { $reason }

moderation-flood-muted = 🔇 { $name } envoie beaucoup de messages très vite : pause de { $duration }.
moderation-you-flood-muted = Vous avez envoyé beaucoup de messages en très peu de temps dans un groupe : vous ne pourrez plus y écrire pendant { $duration }. C’est automatique et sans jugement ; la pause laisse à chacun le temps de lire.

moderation-held =
    Message mis de côté n° { $number } : { $name }, nouveau membre, a partagé un lien ou un média. Le message a été retiré du groupe en attendant votre décision.
    Extrait : { $excerpt }
moderation-you-held = Votre message a été mis de côté : dans ce groupe, les liens, photos et fichiers des { $limit } premiers messages d’un nouveau membre sont d’abord vus par la coordination. Ce n’est pas un reproche ; vous pourrez le partager de nouveau quand elle aura donné son accord.
moderation-trust = Faire confiance
moderation-remove = Retirer du groupe
moderation-you-trusted = La coordination a donné son accord : vous pouvez partager liens et médias dans le groupe.
moderation-held-kick-reason = lien ou média refusé après examen

moderation-delete-button = Supprimer le message
moderation-warn-button = Avertir
moderation-ban-button = Bannir

moderation-failed = Une action de modération n’a pas pu être faite.
moderation-failed-rights = Le bot n’a pas les droits d’administration nécessaires dans ce groupe : donnez-les-lui (bannir, restreindre, supprimer des messages), puis recommencez.
moderation-failed-protected = La personne visée est administratrice du groupe sur la plateforme : le bot ne peut pas agir sur elle.
moderation-failed-gone = Le membre ou le message n’existe plus dans ce groupe.
moderation-failed-unsupported = La plateforme ne permet pas cette action dans ce groupe.

## Règles et réglages d’un groupe

group-welcome = Bienvenue { $name } ! Ici, on s’écoute et on se respecte. Pour les règles du groupe : /regles. Pour tout ce que je sais faire : /aide.
group-welcome-rules =
    Bienvenue { $name } ! Voici les règles du groupe :
    { $rules }
    Pour tout ce que je sais faire : /aide.
group-rules = Les règles du groupe :
    { $rules }
group-rules-none = Ce groupe n’a pas encore de règles écrites. La coordination peut en ajouter avec /groupe regles suivi du texte.
group-rules-in-group = Envoyez /regles dans un groupe pour en lire les règles.
group-rules-unset = (aucune)
group-on = activé
group-off = désactivé
group-flood-value = plus de { $messages } messages en { $seconds } secondes rendent muet pendant { $duration }
group-newcomers-value = liens et médias mis de côté dans les { $count } premiers messages
group-warnings-value = { $count } avertissements en cours (ils comptent { $days } jours) rendent muet pendant { $duration }
group-settings =
    Réglages du groupe :
    • règles : { $rules }
    • accueil des nouveaux : { $welcome }
    • anti-flood : { $flood }
    • nouveaux membres : { $newcomers }
    • avertissements : { $warnings }
    Pour changer : /groupe regles <texte> (ou aucune), /groupe accueil oui|non, /groupe flood <messages> <secondes> [minutes] (ou non), /groupe nouveaux <nombre> (0 pour arrêter), /groupe avertissements <nombre> [durée] (0 pour arrêter).
group-settings-how = Je n’ai pas compris ce réglage. Par exemple : /groupe flood 6 10 30, /groupe nouveaux 3, /groupe avertissements 3 24h, /groupe accueil non, /groupe regles Bienveillance et confidentialité. Envoyez /groupe seul pour voir les réglages actuels.
group-settings-saved = C’est enregistré.

## Blocage au niveau du bot

block-how = Écrivez /bloquer, la plateforme et l’identifiant de la personne, puis le motif, par exemple : /bloquer telegram:123456 messages menaçants.
block-done = Blocage enregistré pour { $person } : le bot ne lui rend plus aucun service, hors numéros d’urgence et accès à ses données.
block-already = Un blocage existe déjà pour { $person }.
block-lifted = Blocage levé pour { $person }.
block-not-blocked = Aucun blocage n’existait pour { $person }.
block-you = La coordination a décidé que Pairbot ne vous rendrait plus de services. Vous pouvez toujours voir vos données (/mes_donnees), les effacer (/oublier) et obtenir les numéros d’urgence (/urgence).
block-you-lifted = Pairbot peut de nouveau vous aider : envoyez /aide pour voir ce qui est possible.
block-refused = Désolé, Pairbot ne peut plus vous rendre de services : la coordination en a décidé ainsi. Vous pouvez toujours voir vos données (/mes_donnees), les effacer (/oublier) et obtenir les numéros d’urgence (/urgence). En cas de danger immédiat, appelez le 15 ou le 112.

## Signalement d’un message de groupe

report-group-how = Pour signaler un message du groupe, répondez à ce message avec /signaler, suivi si vous le souhaitez de quelques mots d’explication. Votre commande disparaîtra du groupe : personne ne saura que c’est vous.
report-message-new =
    Signalement n° { $number } : un message de { $name } dans un groupe.
    Extrait : { $excerpt }
    Motif : { $reason }
report-no-excerpt = (texte non transmis par la plateforme)
report-no-reason = (aucun motif donné)
report-reason-default = suite au signalement n° { $number }
report-acted = Signalement n° { $number } : c’est fait. Le journal le garde.

journal-action-member-warn = avertissement
journal-action-member-mute = membre rendu muet
journal-action-member-mute-escalation = membre rendu muet (avertissements répétés)
journal-action-member-mute-flood = membre rendu muet (flood)
journal-action-member-unmute = parole rendue
journal-action-member-ban = membre banni
journal-action-member-unban = bannissement levé
journal-action-member-kick = membre retiré du groupe
journal-action-member-delete = message supprimé
journal-action-member-hold = message de nouveau membre mis de côté
journal-action-member-trust = nouveau membre accepté
journal-action-group-settings = réglages du groupe modifiés
journal-action-block-add = personne bloquée
journal-action-block-lift = blocage levé
journal-action-report-act = suite donnée à un signalement

data-table-group-members = Groupes où vous avez écrit (compteurs seulement)
data-table-warnings = Avertissements reçus
data-table-sanctions = Périodes muettes ou bannissements en cours
data-table-blocks = Blocage par la coordination (gardé même après effacement)
data-column-first-seen-at = vu pour la première fois le
data-column-messages = messages comptés
data-column-trusted = accepté par la coordination
data-column-window-started-at = début de la fenêtre anti-flood
data-column-window-count = messages dans cette fenêtre
data-column-message-id = message
data-column-until-at = jusqu’au

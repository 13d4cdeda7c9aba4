# Quiz « vrai ou faux » sur le partenariat en santé. Les réponses attendues sont dans
# src/features/quiz.rs ; chaque affirmation a son explication.

quiz-centred = Le partenariat en santé, c’est la même chose que l’approche centrée sur le patient.
    .explanation = Dans l’approche centrée sur le patient, les professionnels décident en tenant compte de la personne : ils agissent pour elle. Dans le partenariat, patients et professionnels construisent et décident ensemble : ils agissent avec elle.
quiz-testimony = En éducation thérapeutique, un patient partenaire peut témoigner de sa vie avec la maladie.
    .explanation = C’est l’une de ses missions, mais pas la seule : il peut aussi co-animer des séances, construire un programme, former des professionnels ou participer à la recherche.
quiz-complementary = Le partenariat en santé repose sur la complémentarité entre ce que savent les patients et ce que savent les professionnels.
    .explanation = Les professionnels connaissent la maladie ; les patients connaissent la vie avec la maladie. Le partenariat s’appuie sur ces deux savoirs à la fois.
quiz-ru-same = Un représentant des usagers et un patient partenaire, c’est la même chose.
    .explanation = Le représentant des usagers est membre d’une association agréée et défend les droits des patients dans des instances comme la commission des usagers d’un hôpital. Le patient partenaire, lui, apporte son expérience dans les soins, l’enseignement ou la recherche.
quiz-training-40h = Pour co-animer des séances d’éducation thérapeutique, un patient partenaire doit avoir suivi une formation d’au moins 40 heures.
    .explanation = C’est une exigence réglementaire pour toute personne qui anime l’éducation thérapeutique, patient ou soignant : ces 40 heures donnent à tous un socle commun. Un simple témoignage, en revanche, ne demande pas de formation particulière.
quiz-peer-professional = Un pair-aidant est un professionnel de santé.
    .explanation = Un pair-aidant partage son expérience vécue pour soutenir d’autres personnes. Il ne pose pas de diagnostic et ne prescrit pas de traitement : il complète l’équipe soignante sans la remplacer.
quiz-bep-first = Un programme d’éducation thérapeutique commence le plus souvent par un bilan éducatif partagé.
    .explanation = Ce premier entretien permet de faire le point avec vous sur vos besoins, vos attentes et vos priorités, pour construire un parcours qui vous convienne.
quiz-montreal = Dans le modèle de Montréal, le patient est reconnu comme expert de sa vie avec la maladie.
    .explanation = Ce modèle, né à l’Université de Montréal, reconnaît deux expertises : celle des professionnels sur la maladie, et celle des patients sur la vie avec la maladie.
quiz-etp-mandatory = Il faut obligatoirement suivre un programme d’éducation thérapeutique pour être soigné.
    .explanation = L’éducation thérapeutique vous est proposée, jamais imposée. Vous pouvez la refuser ou l’arrêter à tout moment, sans conséquence sur vos soins.
quiz-msp = Un médiateur de santé pair est formé et rémunéré pour son travail.
    .explanation = Le médiateur de santé pair, surtout présent en santé mentale, a suivi une formation spécifique et il est salarié d’un établissement ou d’un service.

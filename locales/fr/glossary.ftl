# Pairbot glossary (French). Definitions written for Pairbot in its own words; each cites its source.

## partenariat-en-sante
term-partenariat-en-sante = Partenariat en santé
    .definition = Façon de travailler où patients, proches et professionnels décident et agissent ensemble, chacun avec ce qu’il sait. Les professionnels apportent leur connaissance de la maladie et des soins ; la personne malade apporte ce qu’elle a appris en vivant avec elle au quotidien. Ce partenariat concerne les soins d’une personne, mais aussi la formation des soignants, la recherche et l’organisation des hôpitaux.
    .aliases = partenariat | partenariat patient | partenariat-patient | partenariat de soins | partenariat en sante | health partnership | patient partnership
    .related = patient-partenaire, dimension-individuelle, dimension-collective, savoirs-experientiels, modele-de-montreal, continuum-d-engagement
    .source = France Assos Santé Occitanie, « Usagers partenaires en santé – L’avenir du soin », 2023 ; Pomey M.-P. et al., « Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé », Santé publique, 2015

## dimension-individuelle
term-dimension-individuelle = Dimension individuelle
    .definition = Le partenariat tel qu’il se vit dans la relation de soin d’une personne : entre un professionnel et la personne soignée, ou accompagnée dans le secteur social et médico-social, et souvent son proche aidant. La personne y est partenaire de ses propres soins : elle comprend ce qui lui est proposé, décide librement et apprend, avec l’équipe, à prendre soin d’elle-même. Cette dimension se distingue de la dimension collective, où l’expérience sert à améliorer le système de santé pour tous.
    .aliases = dimension individuelle | partenariat individuel | partenaire de ses propres soins | partenariat dans ses propres soins | individual dimension | individual partnership | partner in one's own care
    .related = dimension-collective, patient-partenaire, decision-medicale-partagee, proche-aidant, personne-accompagnee
    .source = France Assos Santé Occitanie, « Usagers partenaires en santé – L’avenir du soin », 2023 ; COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 ; Savoir(s) Patient(s), « Le partenariat en santé, des mots pour se comprendre », 2022

## dimension-collective
term-dimension-collective = Dimension collective
    .definition = Le partenariat quand l’expérience des patients et des proches sert au-delà de leurs propres soins, pour améliorer le système de santé pour tous. Il peut toucher les politiques de santé, l’organisation des hôpitaux et des autres établissements, les soins cliniques et l’éducation thérapeutique, la formation des professionnels, ainsi que la recherche et l’innovation. C’est là qu’interviennent notamment les patients ressources, formateurs et chercheurs.
    .aliases = dimension collective | partenariat collectif | engagement collectif | collective dimension | collective partnership | collective engagement
    .related = dimension-individuelle, patient-partenaire, patient-ressource, patient-formateur, patient-chercheur, gouvernance, continuum-d-engagement
    .source = France Assos Santé Occitanie, « Usagers partenaires en santé – L’avenir du soin », 2023 ; COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 ; Savoir(s) Patient(s), « Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie », 2021 (cinq champs de la dimension collective)

## patient-partenaire
term-patient-partenaire = Patient partenaire
    .definition = Terme général pour une personne qui a l’expérience d’une maladie ou d’un handicap, la sienne ou celle d’un proche, et qui agit avec les professionnels ; il inclut l’aidant partenaire et, dans le secteur social et médico-social, la « personne accompagnée partenaire ». Chacun peut d’abord être partenaire de ses propres soins : il est bien informé, fait ses choix librement et apprend, avec l’équipe soignante, à mieux gérer sa santé. Au-delà, le patient partenaire met son vécu au service de tous, sous trois formes principales : patient ressource, patient formateur et patient chercheur. Ce n’est pas un professionnel de santé : il ne pose pas de diagnostic et ne prescrit pas, mais il apporte un regard de l’intérieur.
    .aliases = patiente partenaire | patients partenaires | patient-partenaire | aidant partenaire | aidante partenaire | proche aidant partenaire | personne accompagnée partenaire | usager partenaire | usagers partenaires | partner patient | patient partner | partner carer
    .related = patient-ressource, patient-formateur, patient-chercheur, dimension-individuelle, dimension-collective, partenariat-en-sante, savoirs-experientiels, representant-des-usagers
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 ; Savoir(s) Patient(s), « Le partenariat en santé, des mots pour se comprendre », 2022 ; CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), « Le partenariat usagers / professionnels de santé », 2020 ; Pomey M.-P. et al., « Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé », Santé publique, 2015

## patient-ressource
term-patient-ressource = Patient ressource
    .definition = L’une des formes du patient partenaire, à côté du patient formateur et du patient chercheur : patient ou aidant qui agit aux côtés des équipes de soins. Il peut soutenir d’autres patients dans un service hospitalier ou une association en partageant son vécu, participer à l’éducation thérapeutique (concevoir, animer et évaluer des séances ou des programmes) et prendre part à la gouvernance, c’est-à-dire aux instances où se décide l’organisation. Il complète le travail des soignants sans le remplacer : ce n’est pas un professionnel de santé. Dans Pairbot, les patients ressources peuvent tenir des permanences.
    .aliases = patiente ressource | patients ressources | patient-ressource | aidant ressource | patient partenaire ressource | aidant partenaire ressource | resource patient | resource carer
    .related = patient-partenaire, etp, gouvernance, permanence, temoignage
    .source = Savoir(s) Patient(s), « Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie », 2021 (volet « Soin, éducation & gouvernance ») ; France Assos Santé Occitanie, « Usagers partenaires en santé – L’avenir du soin », 2023 ; COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019

## patient-formateur
term-patient-formateur = Patient formateur
    .definition = L’une des formes du patient partenaire : il participe à la formation des professionnels de santé, par exemple à l’université ou dans les instituts de formation en soins infirmiers. Il aide les futurs soignants à comprendre ce que vit une personne malade et à travailler avec elle d’égal à égal. Il enseigne souvent aux côtés d’un formateur professionnel, et peut aussi aider à concevoir et à évaluer les formations.
    .aliases = patiente formatrice | patients formateurs | patient-formateur | patient enseignant | aidant formateur | formation de professionnels | formation des professionnels de santé | patient trainer | patient teacher | training professionals | training health professionals
    .related = patient-partenaire, savoirs-experientiels, co-animation
    .source = Savoir(s) Patient(s), « Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie », 2021

## patient-chercheur
term-patient-chercheur = Patient chercheur
    .definition = L’une des formes du patient partenaire : il participe à des projets de recherche en santé, aux côtés des chercheurs. Il peut proposer des questions utiles aux malades, aider à préparer l’étude, à comprendre les résultats et à les faire connaître. Son expérience de la maladie rapproche la recherche des besoins réels des personnes.
    .aliases = patiente chercheuse | patients chercheurs | patient-chercheur | patient co-chercheur | recherche | recherche en santé | patient researcher | patient partner in research | research | health research
    .related = patient-partenaire, co-construction, savoirs-experientiels
    .source = Savoir(s) Patient(s), « Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie », 2021 ; Pomey M.-P. et al., « Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé », Santé publique, 2015

## patient-temoin
term-patient-temoin = Patient témoin
    .definition = Patient partenaire qui vient partager son expérience de vie avec la maladie, par exemple dans un atelier d’éducation thérapeutique ou lors d’une conférence. Aucune formation minimale n’est exigée ; ce qui compte, ce sont des qualités relationnelles : écouter, prendre du recul sur son vécu, échanger avec bienveillance. Il se distingue du patient intervenant, formé pendant au moins 40 heures, qui co-anime des séances.
    .aliases = patient témoin | patiente témoin | patients témoins | patient partenaire témoin | patiente partenaire témoin | témoin | witness patient | patient witness | witness partner patient
    .related = patient-intervenant, temoignage, patient-partenaire, savoirs-experientiels
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 (atelier et messages clés)

## patient-intervenant
term-patient-intervenant = Patient intervenant
    .definition = Patient partenaire qui a suivi au minimum la formation de 40 heures en éducation thérapeutique (ETP) et qui intervient activement dans les séances. Il y met en œuvre à la fois des compétences pour faire apprendre (animer un groupe, faire participer, adapter ses explications) et ce que la maladie lui a appris. Il peut co-construire, co-animer et co-évaluer des séances avec les soignants, avec qui sa formation lui donne une base commune.
    .aliases = patient intervenant | patiente intervenante | patients intervenants | patient partenaire intervenant | patiente partenaire intervenante | patient contributor | contributing patient | trained partner patient
    .related = patient-temoin, formation-40h, co-animation, co-evaluation, patient-partenaire
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 (atelier et messages clés)

## pair-aidance
term-pair-aidance = Pair-aidance
    .definition = Entraide entre personnes qui ont traversé une expérience semblable : la même maladie, un handicap, des troubles psychiques ou le rôle d’aidant. Quelqu’un qui est déjà passé par là écoute, soutient et redonne espoir à celui qui le vit aujourd’hui. La pair-aidance complète les soins sans les remplacer : les pair-aidants ne sont pas des professionnels de santé.
    .aliases = pair aidance | pairaidance | pair-aidance | entraide entre pairs | soutien par les pairs | peer support
    .related = pair-aidant, pair-aidant-familial, mediateur-de-sante-pair, gem
    .source = HAS, « Soutenir et encourager l’engagement des usagers dans les secteurs social, médico-social et sanitaire », 2020

## pair-aidant
term-pair-aidant = Pair-aidant
    .definition = Personne qui s’appuie sur sa propre expérience d’une maladie, d’un handicap ou d’une situation de vie difficile pour soutenir d’autres personnes dans le même cas. Son aide repose sur l’écoute, le partage et l’exemple, souvent bénévolement, parfois dans le cadre d’un emploi. Le pair-aidant n’est pas un professionnel de santé et ne remplace ni le médecin ni l’équipe soignante.
    .aliases = pair aidant | pairaidant | pair-aidante | pair aidante | pairs-aidants | pairs aidants | peer helper | peer supporter
    .related = pair-aidance, patient-partenaire, permanence
    .source = HAS, « Soutenir et encourager l’engagement des usagers dans les secteurs social, médico-social et sanitaire », 2020

## pair-aidant-familial
term-pair-aidant-familial = Pair-aidant familial
    .definition = Proche (parent, conjoint, enfant…) qui a accompagné un membre de sa famille malade ou en situation de handicap, et qui soutient à son tour d’autres aidants. Il partage ce qu’il a appris : tenir dans la durée, trouver de l’aide, préserver sa propre santé. Ce n’est pas un professionnel de santé, mais quelqu’un qui comprend de l’intérieur ce que vivent les familles.
    .aliases = pair aidant familial | pair-aidante familiale | pair aidante familiale | pairs-aidants familiaux | pair-aidance familiale | family peer helper | family peer supporter
    .related = proche-aidant, pair-aidance, pair-aidant
    .source = HAS, « Soutenir et encourager l’engagement des usagers dans les secteurs social, médico-social et sanitaire », 2020 ; France Assos Santé Occitanie, « Usagers partenaires en santé – L’avenir du soin », 2023

## mediateur-de-sante-pair
term-mediateur-de-sante-pair = Médiateur de santé pair
    .definition = Personne qui a vécu des troubles psychiques et qui est avancée dans son rétablissement, formée puis salariée d’une équipe de santé mentale, à l’hôpital ou dans un service de psychiatrie. Elle soutient les patients en s’appuyant sur son propre parcours, en lien avec les soignants. Ce n’est ni un médecin ni un infirmier, mais un pair reconnu et rémunéré ; on l’appelle aussi MSP.
    .aliases = MSP | médiateur santé pair | médiatrice de santé paire | médiateurs de santé pairs | médiateur de santé-pair | médiateur pair | Médiateur de santé pair (MSP) | licence de médiateur de santé pair | licence MSP | peer health mediator | Peer health mediator (MSP) | peer health mediator degree
    .related = pair-aidance, pair-aidant, gem
    .source = Roelandt J.-L., Staedel B. et al., « Programme médiateurs de santé/pairs – Rapport final de l’expérimentation 2010-2014 », CCOMS (Centre collaborateur de l’OMS pour la recherche et la formation en santé mentale), 2015 ; HAS, « Soutenir et encourager l’engagement des usagers dans les secteurs social, médico-social et sanitaire », 2020

## proche-aidant
term-proche-aidant = Proche-aidant
    .definition = Personne qui aide régulièrement, sans en faire son métier, un proche malade, âgé ou en situation de handicap : conjoint, parent, enfant, ami ou voisin. Elle l’aide par exemple pour les soins, les démarches, les repas ou simplement par sa présence. Les proches aidants ont eux aussi besoin de soutien, et la loi leur reconnaît des droits, comme un congé et du répit.
    .aliases = proche aidant | proche aidante | proche-aidante | proches aidants | proches-aidants | aidant | aidante | aidant familial | carer | caregiver
    .related = pair-aidant-familial, usager, personne-accompagnee
    .source = Code de l’action sociale et des familles, art. L113-1-3 (loi n° 2015-1776 du 28 décembre 2015 relative à l’adaptation de la société au vieillissement)

## personne-accompagnee
term-personne-accompagnee = Personne accompagnée
    .definition = Terme employé dans le secteur social et médico-social (foyers, services d’aide à domicile, établissements pour personnes âgées ou handicapées) pour désigner la personne qui reçoit un accompagnement. On le préfère à « patient », un mot qui renvoie plutôt aux soins médicaux. La personne accompagnée peut, elle aussi, devenir partenaire en partageant son expérience.
    .aliases = personnes accompagnées | personne accompagnee | personne-accompagnée | personnes accompagnees | supported person
    .related = usager, proche-aidant, patient-partenaire
    .source = HAS, « Soutenir et encourager l’engagement des usagers dans les secteurs social, médico-social et sanitaire », 2020

## usager
term-usager = Usager
    .definition = Toute personne qui a recours au système de santé : patient, personne accompagnée, proche ou simple citoyen. La loi du 4 mars 2002 a reconnu aux usagers des droits, comme être informés, donner ou refuser leur accord aux soins et consulter leur dossier médical. Le mot rappelle que chacun a son mot à dire sur l’organisation de la santé.
    .aliases = usagère | usagers | usager du système de santé | usagers de la santé | health service user | service user
    .related = representant-des-usagers, democratie-en-sante, personne-accompagnee
    .source = Loi n° 2002-303 du 4 mars 2002 relative aux droits des malades et à la qualité du système de santé

## representant-des-usagers
term-representant-des-usagers = Représentant des usagers
    .definition = Bénévole membre d’une association agréée du système de santé, nommé par arrêté du directeur général de l’Agence régionale de santé (ARS) pour porter la voix de l’ensemble des usagers : faire respecter leurs droits et proposer des améliorations de la qualité des soins et des parcours, par exemple à la commission des usagers (CDU) d’un hôpital ou d’une clinique. Son rôle est collectif : il s’appuie sur l’expérience de nombreux patients (réclamations, enquêtes, rencontres) et sur des connaissances techniques (droits, organisation des soins), et une formation de base lui est obligatoire. Il n’a pas besoin d’avoir lui-même vécu une maladie. Le patient partenaire, lui, apporte son expérience personnelle ; les deux rôles se complètent.
    .aliases = RU | représentant des usagers | représentante des usagers | représentants des usagers | représentant d'usagers | representant des usagers | Représentant des usagers (RU) | users' representative | Users' representative (RU) | patient representative
    .related = commission-des-usagers, association-agreee, usager, patient-partenaire, france-assos-sante
    .source = Code de la santé publique, art. L1114-1 (loi n° 2002-303 du 4 mars 2002 relative aux droits des malades et à la qualité du système de santé) ; France Assos Santé, « Les différentes formes d’engagement des usagers en établissement de santé », 2023 ; Savoir(s) Patient(s), « Le partenariat en santé, des mots pour se comprendre », 2022 (tableau « Complémentarité représentant d’usagers et patient partenaire »)

## benevole-associatif
term-benevole-associatif = Bénévole associatif
    .definition = Membre d’une association qui, sans être payé, vient régulièrement rendre visite aux personnes hospitalisées, dans le cadre d’une convention signée entre son association et l’hôpital. Il apporte une présence, une écoute, un moment d’échange, en particulier aux personnes qui reçoivent peu de visites. Il n’est ni soignant ni représentant des usagers, et n’a pas forcément vécu lui-même la maladie.
    .aliases = bénévole associatif | bénévole associative | bénévoles associatifs | bénévoles associatives | bénévole d'association | bénévole hospitalier | visiteur bénévole | association volunteer | association volunteers | hospital volunteer | volunteer visitor
    .related = representant-des-usagers, pair-aidance, maison-des-usagers, convention-de-partenariat
    .source = France Assos Santé Auvergne-Rhône-Alpes, « Le partenariat en santé : des coopérations au service des usagers », 2023 (portrait « André ») ; France Assos Santé, « Les différentes formes d’engagement des usagers en établissement de santé », 2023

## commission-des-usagers
term-commission-des-usagers = Commission des usagers
    .definition = Commission que chaque hôpital et chaque clinique doit avoir, chargée de veiller au respect des droits des patients et à la qualité de l’accueil et des soins. Elle examine les plaintes et les réclamations, et propose des améliorations. Des représentants des usagers (RU) y siègent aux côtés de la direction et de soignants. On l’appelle aussi CDU.
    .aliases = CDU | commissions des usagers | commission des usagers | CRUQPC | patients' committee | users' committee
    .related = representant-des-usagers, certification, maison-des-usagers
    .source = Décret n° 2016-726 du 1er juin 2016 relatif à la commission des usagers des établissements de santé

## savoirs-experientiels
term-savoirs-experientiels = Savoirs expérientiels
    .definition = Connaissances qu’une personne acquiert en vivant avec une maladie ou un handicap, ou aux côtés d’un proche malade : repérer les signes qui l’alertent, organiser son quotidien, faire face aux démarches et aux émotions. Elles se forment avec le temps, en prenant du recul et en échangeant avec d’autres personnes concernées. Elles complètent les connaissances médicales des professionnels.
    .aliases = savoir expérientiel | savoirs experientiels | savoirs d'expérience | savoir d'expérience | expertise d'usage | experiential knowledge | lived experience
    .related = patient-partenaire, pair-aidance, modele-de-montreal
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 ; Gross O., Gagnayre R., « Caractéristiques des savoirs des patients et liens avec leurs pouvoirs d’action : implication pour la formation médicale », Revue française de pédagogie, 2017

## modele-de-montreal
term-modele-de-montreal = Modèle de Montréal
    .definition = Manière de concevoir le partenariat en santé, développée à l’Université de Montréal, au Canada, au début des années 2010. Elle repose sur deux piliers : reconnaître que le savoir des professionnels sur la maladie et celui des patients sur la vie avec la maladie se complètent, ce qui rend les soins plus pertinents, et reconnaître que professionnels et patients dépendent les uns des autres pour coopérer. Elle décrit aussi un chemin : du paternalisme, où l’on agit « vers » le patient sans lui demander son avis, aux approches centrées sur lui, qui agissent « pour » lui, jusqu’au partenariat, où l’on construit « avec » lui. Le patient y est vu comme un membre à part entière de l’équipe de soins.
    .aliases = modele de montreal | modèle montréalais | complémentarité des savoirs | Montreal model | Montréal model | Montreal model of patient partnership | complementary knowledge
    .related = partenariat-en-sante, relation-d-interdependance, savoirs-experientiels, continuum-d-engagement, approche-centree-patient, paternalisme, ceppp
    .source = Pomey M.-P. et al., « Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé », Santé publique, 2015 ; CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), « Le partenariat usagers / professionnels de santé », 2020 ; COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019

## relation-d-interdependance
term-relation-d-interdependance = Relation d’interdépendance
    .definition = Second pilier du modèle de Montréal : professionnels et patients ont besoin les uns des autres pour bien soigner et pour bien se soigner. Aucun ne peut réussir seul ; coopérer suppose que chacun reconnaisse ce que l’autre apporte. Le premier pilier, lui, est la complémentarité de leurs savoirs.
    .aliases = relation d'interdépendance | relation d'interdependance | interdépendance | reconnaissance de la relation d'interdépendance | interdependent relationship | interdependence | relationship of interdependence
    .related = modele-de-montreal, savoirs-experientiels, partenariat-en-sante
    .source = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), « Le partenariat usagers / professionnels de santé », 2020 ; COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 ; Pomey M.-P. et al., « Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé », Santé publique, 2015

## continuum-d-engagement
term-continuum-d-engagement = Continuum d’engagement
    .definition = Échelle qui décrit jusqu’où les patients sont associés à une décision ou à un projet, en trois niveaux. Consultation : on leur demande leur avis, mais d’autres décident. Collaboration : ils participent au travail et leurs idées comptent. Partenariat : ils décident et agissent d’égal à égal avec les professionnels. Cet engagement peut se vivre dans plusieurs domaines : ses propres soins, l’organisation des services et des établissements, les politiques de santé, mais aussi l’enseignement et la recherche.
    .aliases = continuum de l'engagement | continuum d'engagement | niveaux d'engagement | engagement des patients | engagement des usagers | consultation collaboration partenariat | matrice de l'engagement | engagement continuum | patient engagement | engagement matrix
    .related = modele-de-montreal, partenariat-en-sante, dimension-individuelle, dimension-collective, temoignage, co-construction
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 (matrice de l’engagement de C. Daix, Savoir(s) Patient(s), inspirée des deux articles suivants) ; Pomey M.-P. et al., « Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé », Santé publique, 2015 ; Carman K.L. et al., « Patient and family engagement: a framework for understanding the elements and developing interventions and policies », Health Affairs, 2013

## approche-centree-patient
term-approche-centree-patient = Approche centrée patient
    .definition = Façon de soigner qui part des besoins, des préférences et des valeurs de la personne, et pas seulement de sa maladie. Les soins sont pensés pour elle et adaptés à sa situation. C’est un progrès, mais les décisions restent souvent prises par les professionnels ; le partenariat va plus loin en construisant les soins avec la personne.
    .aliases = approche centrée sur le patient | approche centree patient | approche centrée sur la personne | soins centrés sur le patient | patient-centred care | patient-centered care
    .related = paternalisme, partenariat-en-sante, decision-medicale-partagee
    .source = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), « Le partenariat usagers / professionnels de santé », 2020 ; Pomey M.-P. et al., « Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé », Santé publique, 2015

## paternalisme
term-paternalisme = Paternalisme
    .definition = Attitude où le professionnel de santé décide seul de ce qui est bon pour le patient, sans vraiment lui demander son avis, un peu comme un parent pour son enfant. Elle part souvent d’une bonne intention, mais laisse peu de place aux choix de la personne. Le partenariat en santé cherche justement à sortir de ce modèle.
    .aliases = paternalisme médical | paternaliste | paternalism | medical paternalism
    .related = approche-centree-patient, modele-de-montreal, decision-medicale-partagee
    .source = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), « Le partenariat usagers / professionnels de santé », 2020 ; Pomey M.-P. et al., « Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé », Santé publique, 2015

## co-construction
term-co-construction = Co-construction
    .definition = Fait de bâtir un projet ensemble, patients et professionnels, dès le départ : définir les besoins, choisir les solutions, puis les mettre en œuvre et les évaluer. Chacun apporte ses savoirs et les décisions se prennent en commun. On peut co-construire un atelier d’éducation thérapeutique, un document d’information ou l’organisation d’un service.
    .aliases = coconstruction | co-construire | coconstruire | co-conception | co-décision | co-design | co-creation | co-construction de programmes ou de séances | co-designing programmes or sessions
    .related = co-animation, co-evaluation, groupe-de-travail, partenariat-en-sante, continuum-d-engagement
    .source = France Assos Santé Occitanie, « Usagers partenaires en santé – L’avenir du soin », 2023 ; COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019

## groupe-de-travail
term-groupe-de-travail = Groupe de travail
    .definition = Petit groupe qui réunit des patients partenaires, des proches et des professionnels pour réfléchir ensemble à un projet : un programme d’éducation thérapeutique, un document, l’organisation d’un service. Le groupe de discussion (en anglais « focus group ») en est une forme plus ponctuelle : on y recueille en une rencontre l’avis et le vécu de quelques personnes sur une question précise. Y participer est souvent une bonne façon de commencer à s’engager.
    .aliases = groupe de travail | groupes de travail | groupe de discussion | groupes de discussion | Groupe de discussion (focus group) | focus group | focus groups | groupe focus | working group | working groups | discussion group | groupes de travail et focus groups | working groups and focus groups
    .related = co-construction, continuum-d-engagement, temoignage, patient-partenaire
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 ; Savoir(s) Patient(s), « Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie », 2021 (volet « Promotion »)

## etp
term-etp = ETP, éducation thérapeutique du patient
    .definition = L’éducation thérapeutique du patient (ETP) aide les personnes qui vivent avec une maladie chronique, ainsi que leurs proches, à acquérir les compétences utiles pour vivre au mieux avec la maladie : comprendre son traitement, repérer les signes d’alerte, adapter son quotidien. C’est plus qu’une simple information : elle se fait dans des entretiens et des ateliers menés par des professionnels formés. Des patients partenaires peuvent participer à la construire, à l’animer, à l’évaluer et à la coordonner. Elle fait partie des soins ; elle est proposée, jamais imposée.
    .aliases = ETP | éducation thérapeutique | éducation thérapeutique du patient | education therapeutique | education therapeutique du patient | therapeutic patient education | TPE
    .related = programme-etp, bilan-educatif-partage, seance-educative, co-animation, maladie-chronique
    .source = HAS, « Éducation thérapeutique du patient – Définition, finalités et organisation », 2007 ; Code de la santé publique, art. L1161-1 (loi HPST, 2009) ; COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019

## programme-etp
term-programme-etp = Programme d’ETP
    .definition = Suite organisée d’entretiens et d’ateliers d’éducation thérapeutique du patient (ETP), consacrée à une maladie chronique précise, comme le diabète ou l’asthme. Il commence par un bilan éducatif partagé (BEP), se poursuit par des séances individuelles ou en groupe, puis fait le point avec la personne sur ce qu’elle a appris. Des patients partenaires peuvent prendre part à chaque étape : construire le programme, animer les séances, l’évaluer et même le coordonner. En France, chaque programme suit des règles nationales et est déclaré à l’Agence régionale de santé (ARS).
    .aliases = programme ETP | programme d'ETP | programmes d'ETP | programme d'éducation thérapeutique | programme education therapeutique | TPE programme | TPE program
    .related = etp, bilan-educatif-partage, co-animation, co-evaluation, coordonnateur, formation-40h, ars
    .source = Code de la santé publique, art. L1161-2 ; décret n° 2020-1832 du 31 décembre 2020 relatif aux programmes d’éducation thérapeutique du patient ; HAS, « Éducation thérapeutique du patient – Définition, finalités et organisation », 2007 ; COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019

## bilan-educatif-partage
term-bilan-educatif-partage = Bilan éducatif partagé
    .definition = Premier entretien d’un programme d’éducation thérapeutique, entre la personne et un professionnel formé. On y parle de la maladie, de la vie quotidienne, des difficultés, des envies et des projets, pour choisir ensemble des objectifs et les séances utiles. On l’appelle BEP ; on parlait autrefois de « diagnostic éducatif ».
    .aliases = BEP | bilan educatif partage | bilan éducatif | bilans éducatifs partagés | diagnostic éducatif | diagnostic educatif | shared educational assessment
    .related = etp, programme-etp, seance-educative
    .source = HAS, « Éducation thérapeutique du patient – Définition, finalités et organisation », 2007 (sous le nom de « diagnostic éducatif ») ; COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019

## formation-40h
term-formation-40h = Formation 40 h
    .definition = Formation d’au moins 40 heures, le minimum exigé en France pour animer ou co-animer des séances d’éducation thérapeutique du patient (ETP). On y apprend à écouter, à faire participer, à adapter ses explications et à travailler en équipe ; soignants et patients partenaires y acquièrent une base commune. Un diplôme universitaire (DU ou DIU) en ETP convient aussi. Un patient « témoin », qui vient seulement raconter son vécu, n’a pas besoin de cette formation.
    .aliases = 40h | 40 h | 40 heures | formation 40h | formation 40 heures | formation ETP | formation ETP 40 h | ETP 40h | formation de 40 heures | 40-hour training | 40-hour ETP training
    .related = etp, co-animation, du-diu, patient-intervenant, patient-temoin, patient-partenaire
    .source = Arrêté du 2 août 2010 relatif aux compétences requises pour dispenser l’éducation thérapeutique du patient (modifié) ; COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 (atelier et messages clés)

## du-diu
term-du-diu = Diplôme universitaire (DU, DIU)
    .definition = Formation proposée par une université en plus des diplômes nationaux ; un DIU (diplôme interuniversitaire) est préparé en commun par plusieurs universités. Il en existe en éducation thérapeutique du patient (ETP), qui permettent eux aussi d’animer des séances, et sur le partenariat avec les patients. Certains accueillent à la fois des patients partenaires et des professionnels de santé.
    .aliases = DU | DIU | DU/DIU | diplôme universitaire | diplome universitaire | diplômes universitaires | diplôme interuniversitaire | diplôme inter-universitaire | Diplôme universitaire (DU/DIU) | DU ETP | DU d'éducation thérapeutique | university diploma | University diploma (DU/DIU) | inter-university diploma
    .related = formation-40h, co-animation, etp, patient-expert
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 (atelier et messages clés) ; Arrêté du 2 août 2010 relatif aux compétences requises pour dispenser l’éducation thérapeutique du patient (modifié)

## seance-educative
term-seance-educative = Séance éducative
    .definition = Moment d’apprentissage au sein d’un programme d’éducation thérapeutique, en tête-à-tête avec un soignant ou en petit groupe (on parle alors souvent d’atelier). On y apprend par exemple à adapter son traitement, à reconnaître des signes d’alerte ou à parler de sa maladie à son entourage. Les séances laissent une large place aux échanges et aux questions.
    .aliases = séances éducatives | seance educative | atelier ETP | atelier d'éducation thérapeutique | séance collective | séance individuelle | educational session
    .related = etp, co-animation, temoignage
    .source = HAS, « Éducation thérapeutique du patient – Définition, finalités et organisation », 2007

## temoignage
term-temoignage = Témoignage
    .definition = Récit qu’un patient partenaire fait de sa propre expérience de la maladie, lors d’un atelier, d’une formation ou d’une conférence. Il aide les autres à se sentir moins seuls et leur donne des repères concrets. C’est souvent une première façon de s’engager : le patient « témoin » n’a pas besoin de formation particulière, seulement d’un peu de recul sur son vécu et d’aisance pour échanger, et chacun choisit librement ce qu’il raconte.
    .aliases = témoignages | temoignage | témoigner | récit de vie | testimony | testimonies | patient story
    .related = patient-temoin, savoirs-experientiels, continuum-d-engagement, seance-educative
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 (atelier et messages clés)

## co-animation
term-co-animation = Co-animation
    .definition = Animation d’une séance, d’un atelier ou d’une formation à deux, le plus souvent par un professionnel de santé et un patient partenaire. Chacun y apporte son regard : l’un ses connaissances médicales, l’autre son expérience de la maladie. Pour co-animer des séances d’éducation thérapeutique (ETP), le patient partenaire doit avoir suivi au moins la formation de 40 heures, ou un diplôme universitaire (DU ou DIU) en ETP.
    .aliases = coanimation | co-animer | coanimer | co-animateur | binôme patient-soignant | co-animation de séances d'ETP | co-animation ETP | co-facilitation | Co-running ETP sessions | co-running | co-animation d’ateliers ETP | co-running ETP workshops
    .related = seance-educative, formation-40h, du-diu, patient-intervenant, co-construction, co-evaluation
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 (atelier et messages clés) ; Savoir(s) Patient(s), « Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie », 2021

## co-evaluation
term-co-evaluation = Co-évaluation
    .definition = Fait d’évaluer ensemble, patients partenaires et professionnels, une séance, un programme d’éducation thérapeutique ou un projet : ce qui a marché, ce qui a manqué, ce qu’il faut changer. Le regard du patient aide à vérifier que l’action répond vraiment aux besoins des personnes concernées. Elle prolonge la co-construction et la co-animation.
    .aliases = co-évaluation | coévaluation | co-évaluer | co-évaluation de programme | co-évaluation de programme ETP | co-évaluation de séances | évaluation | évaluation de programme | co-evaluation | co-evaluate | joint evaluation | co-évaluation de programmes ou de séances | co-evaluating programmes or sessions
    .related = co-construction, co-animation, programme-etp, patient-intervenant
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 ; Savoir(s) Patient(s), « Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie », 2021

## coordonnateur
term-coordonnateur = Coordonnateur de programme d’ETP
    .definition = Personne qui organise et pilote un programme d’éducation thérapeutique (ETP) : elle fait le lien au sein de l’équipe, veille au bon déroulement des séances et suit l’évaluation du programme. Cette coordination peut aussi être confiée à un patient partenaire formé, ou partagée avec lui : c’est l’une des missions possibles en ETP. Attention : ce n’est pas la même chose que les coordinateurs et coordinatrices de Pairbot, qui font fonctionner ce service (par exemple en vérifiant les profils de l’annuaire).
    .aliases = coordonnatrice | coordonnateur de programme | coordonnatrice de programme | coordonnateur de programme ETP | coordonnatrice de programme ETP | coordonnateur ETP | coordonnatrice ETP | coordination de programme | coordination de programme ETP | coordination de programmes | programme coordination | programme coordinator | ETP programme coordinator | program coordinator | coordination de programmes d’ETP | coordinating ETP programmes
    .related = programme-etp, etp, patient-intervenant, formation-40h
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 (atelier et messages clés) ; décret n° 2020-1832 du 31 décembre 2020 relatif aux programmes d’éducation thérapeutique du patient

## fiche-de-mission
term-fiche-de-mission = Fiche de mission
    .definition = Document court qui décrit ce qu’on attend d’un patient partenaire ou d’un pair-aidant pour une mission donnée : objectifs, tâches, compétences utiles, formation nécessaire, temps à y consacrer. Elle évite les malentendus et aide chacun à savoir s’il est prêt à s’engager. Elle peut accompagner une convention de partenariat.
    .aliases = fiche mission | fiche-mission | fiches-missions | fiches de mission | mission description | role description
    .related = convention-de-partenariat, charte-d-engagement, patient-partenaire
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 ; France Assos Santé Occitanie, « Usagers partenaires en santé – L’avenir du soin », 2023

## convention-de-partenariat
term-convention-de-partenariat = Convention de partenariat
    .definition = Accord écrit entre un patient partenaire (ou son association) et une structure, comme un hôpital ou un organisme de formation. Il précise le rôle de chacun, la durée, la confidentialité, l’assurance et, s’il y a lieu, la rémunération ou le remboursement des frais. Il protège autant le patient partenaire que la structure.
    .aliases = convention | conventions de partenariat | contrat de partenariat | contractualisation | partnership agreement
    .related = fiche-de-mission, charte-d-engagement, patient-partenaire
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 ; Savoir(s) Patient(s), « Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie », 2021

## charte-d-engagement
term-charte-d-engagement = Charte d’engagement
    .definition = Document que le patient partenaire et la structure qui l’accueille (hôpital, association, organisme de formation) signent pour poser les règles de leur collaboration. On y trouve par exemple le respect de la confidentialité, le rôle de chacun et ce qui est rémunéré ou remboursé. Elle complète la fiche de mission, qui décrit une mission précise, et la convention de partenariat, qui engage plus formellement les deux parties.
    .aliases = charte d'engagement | chartes d'engagement | charte du patient partenaire | charte de partenariat | engagement charter | charter of engagement | commitment charter | partner patient charter
    .related = fiche-de-mission, convention-de-partenariat, patient-partenaire
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 (atelier et messages clés) ; Savoir(s) Patient(s), « Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie », 2021 (contractualisation)

## gouvernance
term-gouvernance = Gouvernance
    .definition = Façon dont une organisation est dirigée et dont les décisions y sont prises : conseil d’administration, comités, instances de pilotage. Des patients et des proches partenaires peuvent y prendre part, par exemple dans un hôpital, une association ou l’équipe qui pilote un programme d’éducation thérapeutique, pour que leur expérience pèse sur les choix. Certaines structures ont une gouvernance mixte : l’association Savoirs Patients, par exemple, a un conseil d’administration à trois collèges, dont un de patients et proches aidants.
    .aliases = gouvernance | participation à la gouvernance | gouvernance partagée | gouvernance mixte | instances de gouvernance | governance | shared governance | mixed governance | participation in governance
    .related = dimension-collective, patient-ressource, savoirs-patients, representant-des-usagers, commission-des-usagers
    .source = Savoir(s) Patient(s), « Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie », 2021 ; France Assos Santé Occitanie, « Usagers partenaires en santé – L’avenir du soin », 2023

## ethique
term-ethique = Réflexion éthique
    .definition = Réflexion sur ce qui est juste et respectueux des personnes dans un projet de santé : le consentement, la dignité, la confidentialité, l’équité. Des usagers partenaires peuvent y contribuer, par exemple au sein d’un comité ou d’un espace de réflexion éthique, en apportant les questions que se posent les patients et leurs proches. Le guide de France Assos Santé Occitanie en fait l’une des missions possibles des usagers partenaires.
    .aliases = éthique | ethique | réflexion éthique | questionnement éthique | comité d'éthique | comités d'éthique | espace de réflexion éthique | ethics | ethical reflection | ethics committee
    .related = gouvernance, patient-chercheur, dimension-collective
    .source = France Assos Santé Occitanie, « Usagers partenaires en santé – L’avenir du soin », 2023 (fiche-mission « Réflexion éthique »)

## democratie-en-sante
term-democratie-en-sante = Démocratie en santé
    .definition = Principe selon lequel les usagers et les citoyens participent aux décisions sur la santé, pour eux-mêmes comme pour l’ensemble de la population. Elle passe par les droits des malades, les représentants des usagers et des lieux de débat comme la CRSA (conférence régionale de la santé et de l’autonomie). On disait auparavant « démocratie sanitaire ».
    .aliases = démocratie sanitaire | democratie sanitaire | democratie en sante | health democracy | democracy in health
    .related = representant-des-usagers, crsa, usager
    .source = Loi n° 2002-303 du 4 mars 2002 relative aux droits des malades et à la qualité du système de santé ; Compagnon C., « Pour l’An II de la démocratie sanitaire », rapport à la ministre des Affaires sociales et de la Santé, 2014

## has
term-has = HAS, Haute Autorité de santé
    .definition = La Haute Autorité de santé (HAS) est un organisme public indépendant, créé en 2004. Elle publie des recommandations pour les professionnels et pour les patients, évalue les médicaments et les pratiques, et certifie la qualité des hôpitaux et des cliniques. Elle encourage aussi l’engagement des usagers.
    .aliases = HAS | Haute Autorité de santé | haute autorite de sante | Haute Autorité en santé | French National Authority for Health
    .related = certification, conseil-de-l-engagement, etp, decision-medicale-partagee
    .source = Loi n° 2004-810 du 13 août 2004 relative à l’assurance maladie

## conseil-de-l-engagement
term-conseil-de-l-engagement = Conseil pour l’engagement des usagers de la HAS
    .definition = Instance de la Haute Autorité de santé (HAS), où siègent notamment des usagers, qui la conseille pour mieux associer patients, personnes accompagnées et proches à ses travaux. Elle travaille avec un service de la HAS consacré à l’engagement des usagers. La HAS a aussi publié en 2020 une recommandation pour encourager cet engagement dans les soins, l’accompagnement et la vie des établissements. Le CEPPP l’appelait en 2020 « Conseil de l’engagement patient ».
    .aliases = conseil pour l'engagement des usagers | conseil de l'engagement patient | conseil de l'engagement des usagers | conseil de l'engagement | CEU | HAS council for user engagement | council for user engagement | patient engagement council
    .related = has, certification, continuum-d-engagement, democratie-en-sante
    .source = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), « Le partenariat usagers / professionnels de santé », 2020 ; HAS, « Soutenir et encourager l’engagement des usagers dans les secteurs social, médico-social et sanitaire », 2020

## ars
term-ars = ARS, Agence régionale de santé
    .definition = L’Agence régionale de santé (ARS) représente l’État dans chaque région pour organiser la santé : hôpitaux, prévention, établissements pour personnes âgées ou handicapées. Elle désigne notamment les représentants des usagers dans les hôpitaux et reçoit la déclaration des programmes d’éducation thérapeutique. Les ARS existent depuis 2010.
    .aliases = ARS | agence régionale de santé | agences régionales de santé | agence regionale de sante | regional health agency
    .related = crsa, programme-etp, representant-des-usagers
    .source = Loi n° 2009-879 du 21 juillet 2009 portant réforme de l’hôpital et relative aux patients, à la santé et aux territoires (loi HPST)

## crsa
term-crsa = CRSA, conférence régionale de la santé et de l’autonomie
    .definition = La conférence régionale de la santé et de l’autonomie (CRSA) réunit, dans chaque région, des représentants des usagers, des professionnels, des établissements, des élus et d’autres acteurs. Elle donne son avis à l’Agence régionale de santé (ARS) sur la politique de santé de la région et organise des débats publics. Une de ses commissions s’occupe spécialement des droits des usagers.
    .aliases = CRSA | conférence régionale de la santé et de l'autonomie | conference regionale de la sante et de l'autonomie | conférence régionale de santé | regional health and autonomy conference
    .related = ars, democratie-en-sante
    .source = Code de la santé publique, art. L1432-4 (loi HPST, 2009)

## certification
term-certification = Certification
    .definition = Évaluation régulière de chaque hôpital et de chaque clinique par la Haute Autorité de santé (HAS), menée par des experts qui viennent sur place. Elle vérifie la qualité et la sécurité des soins, et son résultat est publié. Depuis le référentiel de 2020, elle regarde aussi si les patients sont informés, écoutés et associés aux décisions et à la vie de l’établissement.
    .aliases = certification HAS | certification des établissements de santé | certification V2020 | accréditation | hospital certification | hospital accreditation
    .related = has, commission-des-usagers
    .source = HAS, « Certification des établissements de santé pour la qualité des soins – Référentiel », 2020

## gem
term-gem = GEM, groupe d’entraide mutuelle
    .definition = Un groupe d’entraide mutuelle (GEM) est une association où des personnes vivant avec des troubles psychiques, ou certaines autres situations de handicap, se retrouvent pour rompre l’isolement et s’entraider. Ce sont les membres eux-mêmes qui le font vivre, avec l’appui d’animateurs. Un GEM n’est pas un lieu de soins, mais un lieu de rencontre et d’activités.
    .aliases = GEM | groupe d'entraide mutuelle | groupes d'entraide mutuelle | groupe d'entraide | entraide mutuelle | mutual aid group
    .related = pair-aidance, mediateur-de-sante-pair
    .source = Loi n° 2005-102 du 11 février 2005 pour l’égalité des droits et des chances, la participation et la citoyenneté des personnes handicapées

## association-agreee
term-association-agreee = Association agréée
    .definition = Association de patients ou d’usagers de la santé qui a reçu un agrément officiel, au niveau national ou régional, après examen de son activité et de son indépendance. Cet agrément lui permet de proposer des représentants des usagers (RU) dans les hôpitaux et dans d’autres lieux de décision en santé. Il est accordé pour une durée limitée et doit être renouvelé.
    .aliases = associations agréées | association agreee | association d'usagers agréée | agrément | approved association | approved patient association
    .related = representant-des-usagers, usager
    .source = Code de la santé publique, art. L1114-1 (loi n° 2002-303 du 4 mars 2002 relative aux droits des malades et à la qualité du système de santé)

## litteratie-en-sante
term-litteratie-en-sante = Littératie en santé
    .definition = Capacité à trouver, comprendre, évaluer et utiliser les informations sur la santé pour prendre des décisions au quotidien. Elle ne dépend pas seulement de la personne : des documents clairs, des explications simples et du temps pour poser ses questions la renforcent. Ne pas tout comprendre n’est jamais une faute ; il est toujours légitime de demander qu’on vous réexplique.
    .aliases = littératie | litteratie en sante | littéracie en santé | litteracie | health literacy
    .related = decision-medicale-partagee, pouvoir-d-agir
    .source = Sørensen K. et al., « Health literacy and public health: a systematic review and integration of definitions and models », BMC Public Health, 2012

## observance
term-observance = Observance
    .definition = Fait de suivre un traitement ou des conseils de soin comme prévu. Le mot est souvent jugé culpabilisant, car il laisse entendre qu’il faut « obéir » au soignant ; on lui préfère aujourd’hui « adhésion thérapeutique », qui met en avant l’accord et la participation de la personne. Si un traitement est difficile à suivre, en parler avec votre équipe soignante permet souvent de trouver une solution.
    .aliases = observance thérapeutique | adhésion thérapeutique | adhesion therapeutique | adhésion au traitement | non-observance | adherence | compliance
    .related = decision-medicale-partagee, etp, paternalisme
    .source = OMS, « Adherence to long-term therapies: evidence for action », 2003

## maladie-chronique
term-maladie-chronique = Maladie chronique
    .definition = Maladie qui dure longtemps, souvent toute la vie, et qui demande des soins réguliers : diabète, asthme, maladies du cœur, cancer, sclérose en plaques, troubles psychiques et bien d’autres. Elle peut évoluer par périodes et touche aussi la vie sociale, le travail et les proches. L’éducation thérapeutique du patient (ETP) aide à mieux vivre avec elle.
    .aliases = maladies chroniques | maladie chronique | pathologie chronique | malade chronique | chronic illness | chronic disease
    .related = etp, observance
    .source = Ministère de la Santé, « Plan pour l’amélioration de la qualité de vie des personnes atteintes de maladies chroniques 2007-2011 », 2007

## permanence
term-permanence = Permanence
    .definition = Dans Pairbot, créneau régulier pendant lequel un patient partenaire ou un pair-aidant est disponible pour échanger, dans un service hospitalier, une association ou en ligne. Vous pouvez venir sans rendez-vous ou réserver un moment. C’est un temps d’écoute et de partage d’expérience, pas une consultation médicale : pour toute question sur un traitement, adressez-vous à votre équipe soignante.
    .aliases = permanences | permanence patient | permanence en ligne | créneau | drop-in | drop-in session
    .related = annuaire, patient-partenaire, pair-aidant, maison-des-usagers
    .source = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), « Le partenariat usagers / professionnels de santé », 2020 (exemple d’une permanence patient aux Hospices civils de Lyon) ; circulaire DHOS/E1 n° 2006-550 du 28 décembre 2006 (maisons des usagers)

## annuaire
term-annuaire = Annuaire
    .definition = Liste des partenaires de Pairbot : pair-aidants, patients partenaires, médiateurs de santé pairs et associations, avec leurs domaines d’expérience et leurs lieux d’intervention. Chaque profil est vérifié par un coordinateur avant d’apparaître. Vous pouvez y chercher quelqu’un qui a vécu une situation proche de la vôtre et lui envoyer une demande de contact, qu’il reste libre d’accepter.
    .aliases = annuaire des partenaires | répertoire | repertoire | liste des partenaires | directory | partner directory
    .related = permanence, patient-partenaire, pair-aidant
    .source = Savoir(s) Patient(s), « Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie », 2021 (mise en relation par annuaire) ; Pairbot

## patient-expert
term-patient-expert = Patient expert
    .definition = Expression courante pour un patient qui connaît très bien sa maladie, souvent après une formation (par exemple un diplôme universitaire), et qui aide d’autres malades, notamment en éducation thérapeutique. Le mot « expert » renvoie à son expérience, pas à un savoir médical : il ne remplace pas le médecin. Aujourd’hui, on parle plus volontiers de patient partenaire ou de patient ressource.
    .aliases = patiente experte | patients experts | patient-expert | expert patient | expert patients
    .related = patient-partenaire, etp, du-diu, savoirs-experientiels
    .source = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), « Le partenariat usagers / professionnels de santé », 2020 ; HAS, « Soutenir et encourager l’engagement des usagers dans les secteurs social, médico-social et sanitaire », 2020

## pouvoir-d-agir
term-pouvoir-d-agir = Pouvoir d’agir
    .definition = Capacité d’une personne, ou d’un groupe, à avoir davantage de prise sur sa santé et sur sa vie : comprendre, choisir, agir et faire entendre sa voix. On emploie aussi le mot anglais « empowerment ». L’éducation thérapeutique, la pair-aidance et le partenariat en santé cherchent tous à renforcer ce pouvoir d’agir.
    .aliases = pouvoir d'agir | pouvoir dagir | empowerment | capacitation | autonomisation | empouvoirement
    .related = savoirs-experientiels, litteratie-en-sante, decision-medicale-partagee
    .source = OMS, « Charte d’Ottawa pour la promotion de la santé », 1986 ; Gross O., Gagnayre R., « Caractéristiques des savoirs des patients et liens avec leurs pouvoirs d’action : implication pour la formation médicale », Revue française de pédagogie, 2017

## maison-des-usagers
term-maison-des-usagers = Maison des usagers
    .definition = Espace d’accueil situé dans un hôpital, ouvert aux patients et à leurs proches, où des associations tiennent des permanences. On peut y trouver de l’information, une écoute, de l’aide pour ses démarches ou le contact d’un représentant des usagers. Ce n’est pas un lieu de soins ; on l’appelle parfois MDU ou « espace des usagers ».
    .aliases = MDU | maisons des usagers | maison des usagers | espace des usagers | users' centre | patients' centre
    .related = representant-des-usagers, permanence, association-agreee
    .source = Circulaire DHOS/E1 n° 2006-550 du 28 décembre 2006 (mise en place des maisons des usagers dans les établissements de santé)

## decision-medicale-partagee
term-decision-medicale-partagee = Décision médicale partagée
    .definition = Façon de prendre une décision de soin à deux : le professionnel explique les options possibles, avec leurs bénéfices et leurs risques, et la personne dit ce qui compte pour elle. Ensemble, ils choisissent la solution qui lui convient le mieux. Chacun peut prendre le temps de réfléchir, et la décision finale appartient à la personne.
    .aliases = décision partagée | decision medicale partagee | décider ensemble | prise de décision partagée | shared decision-making | shared decision making
    .related = approche-centree-patient, paternalisme, litteratie-en-sante
    .source = HAS, « Patient et professionnels de santé : décider ensemble – Concept, aides destinées aux patients et impact de la décision médicale partagée », 2013

## cops
term-cops = COPS, Centre opérationnel du partenariat en santé
    .definition = Centre de ressources de la région Occitanie qui aide à faire du partenariat en santé une réalité sur le terrain. Il a notamment co-animé en 2019 un atelier sur l’éducation thérapeutique avec des patients partenaires, et propose une plateforme de ressources en ligne, construite de façon collaborative. Les équipes qui cherchent des patients partenaires peuvent aussi passer par lui.
    .aliases = COPS | COPS Occitanie | centre opérationnel du partenariat en santé | centre operationnel du partenariat en sante | operational centre for health partnership
    .related = partenariat-en-sante, savoirs-patients, patient-partenaire, etp
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), « L’ETP avec les patients partenaires », 2019 (atelier et messages clés)

## ceppp
term-ceppp = CEPPP, Centre d’excellence sur le partenariat avec les patients et le public
    .definition = Centre né à Montréal, au Canada, où patients et professionnels de santé travaillent ensemble au sein d’une institution publique. Il aide, par des méthodes et des outils, ceux qui mènent des projets d’engagement des usagers dans les soins, l’organisation des soins, l’enseignement et la recherche, et se présente à la fois comme une école, un laboratoire et un réseau. Il dispose d’un pôle européen et fait connaître le modèle de Montréal.
    .aliases = CEPPP | centre d'excellence sur le partenariat avec les patients et le public | CEPPP pôle européen | Centre of Excellence on Partnership with Patients and the Public | CEPPP European hub
    .related = modele-de-montreal, partenariat-en-sante, patient-partenaire
    .source = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), « Le partenariat usagers / professionnels de santé », 2020

## savoirs-patients
term-savoirs-patients = Savoirs Patients
    .definition = Institut créé en 2017 en Occitanie pour faire connaître et soutenir les patients et aidants partenaires en santé ; son nom s’écrit aussi « Savoir(s) Patient(s) ». Il aide les lieux de soins, de formation et de recherche à intégrer des patients partenaires, et sert de centre de ressources : un annuaire pour les mettre en relation, un accompagnement pour contractualiser leurs interventions, une plateforme en ligne. C’est une association reconnue d’intérêt général, à gouvernance mixte : son conseil d’administration réunit des patients et proches aidants, des professionnels de santé et des personnalités qualifiées.
    .aliases = Savoir(s) Patient(s) | savoirs patient | savoir patient | institut Savoirs Patients | institut pour la promotion des patients et aidants partenaires en santé | institute for the promotion of partner patients and carers
    .related = gouvernance, annuaire, patient-partenaire, cops, continuum-d-engagement
    .source = Savoir(s) Patient(s), « Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie », 2021

## france-assos-sante
term-france-assos-sante = France Assos Santé
    .definition = Union nationale des associations agréées d’usagers du système de santé, organisée en délégations régionales, par exemple en Occitanie et en Auvergne-Rhône-Alpes. Ses délégations travaillent sur le partenariat en santé : un guide sur les usagers partenaires en Occitanie, un groupe de travail et une enquête sur les formes d’engagement des patients en Auvergne-Rhône-Alpes, une formation pour que représentants des usagers et patients partenaires agissent ensemble. Elle souligne que ces deux rôles sont différents et se complètent.
    .aliases = France Assos Sante | France Assos | France Assos Santé Occitanie | France Assos Santé Auvergne-Rhône-Alpes | union nationale des associations agréées d'usagers du système de santé | national union of approved health users' associations
    .related = association-agreee, representant-des-usagers, patient-partenaire, democratie-en-sante
    .source = France Assos Santé Auvergne-Rhône-Alpes, « Le partenariat en santé : des coopérations au service des usagers », 2023 ; France Assos Santé Occitanie, « Usagers partenaires en santé – L’avenir du soin », 2023 ; France Assos Santé, « Les différentes formes d’engagement des usagers en établissement de santé », 2023

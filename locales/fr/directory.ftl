# Pairbot directory vocabularies (French): the conditions, roles, trainings, missions and
# languages of partner profiles. Each message is `<prefix><key>`: its value is the label shown
# to people, `.aliases` lists other names people type, in both languages, separated by " | ".
# The keys are used in data/demo/partners.toml and in the database: never rename one.

## Conditions (lived experience)

condition-sclerose-en-plaques = Sclérose en plaques (SEP)
    .aliases = SEP | sclérose en plaques | sclerose en plaques | sclérose en plaque | scléroses en plaques | multiple sclerosis | MS
condition-diabete-type-1 = Diabète de type 1
    .aliases = diabète type 1 | diabete type 1 | diabète de type I | DT1 | diabétique de type 1 | diabete juvenile | diabète juvénile | type 1 diabetes | T1D | diabetes type 1 | type one diabetes
condition-diabete-type-2 = Diabète de type 2
    .aliases = diabète type 2 | diabete type 2 | diabète de type II | DT2 | diabétique de type 2 | type 2 diabetes | T2D | diabetes type 2 | type two diabetes
condition-cancer-du-sein = Cancer du sein
    .aliases = cancer du sein | cancers du sein | cancer sein | cancer mammaire | breast cancer
condition-cancer-autre = Autres cancers
    .aliases = autre cancer | cancer du poumon | cancer colorectal | cancer de la prostate | cancer de l’ovaire | cancer ORL | lymphome | leucémie | leucemie | myélome | mélanome | oncologie | other cancer | lung cancer | bowel cancer | colorectal cancer | prostate cancer | ovarian cancer | lymphoma | leukaemia | leukemia | myeloma | melanoma | oncology
condition-avc = AVC (accident vasculaire cérébral)
    .aliases = AVC | accident vasculaire cérébral | accident vasculaire cerebral | attaque cérébrale | hémorragie cérébrale | stroke | cerebrovascular accident | CVA
condition-parkinson = Maladie de Parkinson
    .aliases = Parkinson | maladie de parkinson | parkinsonien | parkinsonienne | syndrome parkinsonien | Parkinson’s | Parkinson’s disease | Parkinson disease
condition-alzheimer = Maladie d’Alzheimer et maladies apparentées
    .aliases = Alzheimer | maladie d’Alzheimer | alzeimer | maladies apparentées | démence | troubles neurocognitifs | maladie à corps de Lewy | démence fronto-temporale | Alzheimer’s | Alzheimer’s disease | dementia | Lewy body dementia | frontotemporal dementia
condition-epilepsie = Épilepsie
    .aliases = épilepsie | epilepsie | épileptique | epileptique | crises d’épilepsie | epilepsy | epileptic | epileptic seizures
condition-insuffisance-renale = Insuffisance rénale, dialyse
    .aliases = insuffisance rénale | insuffisance renale | insuffisance rénale chronique | IRC | maladie rénale chronique | MRC | dialyse | dialysé | dialysée | hémodialyse | dialyse péritonéale | kidney failure | kidney disease | chronic kidney disease | CKD | renal failure | dialysis | haemodialysis | hemodialysis
condition-greffe = Greffe, transplantation
    .aliases = greffe | greffé | greffée | greffes | transplantation | transplanté | transplantée | greffe de rein | greffe de foie | greffe de cœur | greffe de poumon | greffe de moelle osseuse | transplant | organ transplant | transplant recipient | kidney transplant | liver transplant | heart transplant | lung transplant | bone marrow transplant | stem cell transplant
condition-vih = VIH
    .aliases = VIH | VIH/sida | sida | séropositif | séropositive | séropo | PVVIH | vivre avec le VIH | HIV | HIV/AIDS | HIV positive | living with HIV | PLHIV
condition-hepatite = Hépatite
    .aliases = hépatite | hepatite | hépatites | hepathite | hépatite B | hépatite C | hépatite virale | VHB | VHC | hepatitis | hepatitis B | hepatitis C | viral hepatitis | HBV | HCV
condition-mucoviscidose = Mucoviscidose
    .aliases = mucoviscidose | muco | mucovicidose | fibrose kystique | cystic fibrosis
condition-mici = Maladie de Crohn, rectocolite (MICI)
    .aliases = MICI | Crohn | maladie de Crohn | rectocolite hémorragique | RCH | maladie inflammatoire chronique de l’intestin | colite ulcéreuse | IBD | Crohn’s | Crohn’s disease | ulcerative colitis | inflammatory bowel disease
condition-polyarthrite-rhumatoide = Polyarthrite rhumatoïde
    .aliases = polyarthrite | polyarthrite rhumatoïde | polyarthrite rhumatoide | polyarthrite rhumatismale | arthrite rhumatoïde | rheumatoid arthritis | rheumatoid
condition-lupus = Lupus
    .aliases = lupus | lupus érythémateux systémique | lupus érythémateux disséminé | lupus systémique | lupique | systemic lupus | systemic lupus erythematosus | SLE
condition-fibromyalgie = Fibromyalgie
    .aliases = fibromyalgie | fibro | fibromyalgique | fibromialgie | syndrome fibromyalgique | fibromyalgia | fibromyalgia syndrome
condition-douleur-chronique = Douleur chronique
    .aliases = douleur chronique | douleurs chroniques | douleur persistante | douleurs persistantes | syndrome douloureux chronique | algodystrophie | chronic pain | persistent pain | long-term pain | CRPS
condition-obesite = Obésité
    .aliases = obésité | obesite | obèse | obese | obésité sévère | chirurgie bariatrique | chirurgie de l’obésité | obesity | bariatric surgery | weight-loss surgery
condition-maladie-cardiovasculaire = Maladies cardiovasculaires, insuffisance cardiaque
    .aliases = maladie cardiovasculaire | maladies cardio-vasculaires | maladie cardiaque | cardiaque | cardiopathie | insuffisance cardiaque | insuffisant cardiaque | infarctus | infarctus du myocarde | crise cardiaque | maladie coronarienne | cardiovascular disease | heart disease | heart failure | heart attack | coronary heart disease | cardiac
condition-bpco = BPCO (bronchopneumopathie chronique obstructive)
    .aliases = BPCO | bronchopneumopathie chronique obstructive | emphysème | bronchite chronique | insuffisance respiratoire | maladie respiratoire obstructive | COPD | emphysema | chronic bronchitis | respiratory failure | chronic obstructive respiratory disease
condition-asthme = Asthme
    .aliases = asthme | asthme sévère | asthmatique | asthme de l’enfant | crise d’asthme | maladie respiratoire asthmatique | asthma | severe asthma | asthmatic | childhood asthma | asthmatic respiratory disease
condition-maladie-rare = Maladie rare
    .aliases = maladie rare | maladies rares | maladie orpheline | maladies orphelines | rare disease | rare diseases | rare condition | orphan disease
condition-depression = Dépression
    .aliases = dépression | depression | dépressif | dépressive | trouble dépressif | état dépressif | épisode dépressif | depressive disorder | major depression | depressed
condition-trouble-bipolaire = Trouble bipolaire
    .aliases = bipolaire | bipolarité | troubles bipolaires | trouble bipolaire | maniaco-dépression | psychose maniaco-dépressive | bipolar | bipolar disorder | manic depression
condition-schizophrenie = Schizophrénie
    .aliases = schizophrénie | schizophrenie | schyzophrénie | schizophrène | trouble schizo-affectif | psychose | troubles psychotiques | schizophrenia | schizoaffective disorder | psychosis | psychotic disorder
condition-troubles-anxieux = Troubles anxieux
    .aliases = anxiété | anxiete | trouble anxieux | anxiété généralisée | angoisse | angoisses | crises d’angoisse | attaques de panique | trouble panique | phobie | phobie sociale | anxiety | anxiety disorder | panic attacks | panic disorder | phobia | social anxiety | generalised anxiety | generalized anxiety
condition-addictions = Addictions
    .aliases = addiction | addictologie | alcool | alcoolisme | alcoolodépendance | toxicomanie | drogues | cannabis | tabac | tabagisme | jeu pathologique | jeux d’argent | substance use disorder | alcoholism | alcohol dependence | drug addiction | gambling addiction
condition-tca = Troubles du comportement alimentaire (TCA)
    .aliases = TCA | trouble du comportement alimentaire | trouble alimentaire | troubles alimentaires | anorexie | anorexie mentale | anorexique | boulimie | boulimique | hyperphagie | hyperphagie boulimique | eating disorder | eating disorders | anorexia | bulimia | binge eating | binge eating disorder
condition-autisme = Autisme (TSA)
    .aliases = TSA | autisme | autiste | trouble du spectre de l’autisme | troubles du spectre autistique | syndrome d’Asperger | Asperger | autism | autistic | ASD | autism spectrum disorder | Asperger’s
condition-handicap-enfant = Handicap de l’enfant
    .aliases = handicap de l’enfant | handicap enfant | enfant handicapé | enfant en situation de handicap | parent d’enfant handicapé | polyhandicap | enfant polyhandicapé | childhood disability | disabled child | child with a disability | children with disabilities | parent of a disabled child
condition-handicap-moteur = Handicap moteur
    .aliases = handicap moteur | handicap physique | déficience motrice | fauteuil roulant | paraplégie | paraplégique | tétraplégie | tétraplégique | blessé médullaire | lésion médullaire | amputé | amputation | paralysie cérébrale | physical disability | mobility impairment | wheelchair user | wheelchair | paraplegia | tetraplegia | quadriplegia | spinal cord injury | amputee | cerebral palsy
condition-handicap-sensoriel = Handicap sensoriel (surdité, cécité)
    .aliases = handicap sensoriel | handicap auditif | handicap visuel | surdité | sourd | sourde | malentendant | malentendante | déficience auditive | cécité | aveugle | malvoyant | malvoyante | déficience visuelle | surdicécité | sensory disability | deaf | deafness | hard of hearing | hearing loss | hearing impairment | blind | blindness | visually impaired | visual impairment | sight loss | deafblind
condition-proche-aidant = Aider un proche (proche aidant)
    .aliases = aidant | aidante | aidants | proche aidant | proche aidante | aidant familial | aidante familiale | aidance | aidant d’un proche | être aidant | jeune aidant | carer | caregiver | family carer | family caregiver | informal carer | young carer

## Roles of partners

role-pair-aidant = Pair-aidant
    .aliases = pair aidant | pairaidant | pair-aidante | pair aidante | pairs-aidants | pair-aidance | peer helper | peer supporter | peer support
role-pair-aidant-familial = Pair-aidant familial
    .aliases = pair aidant familial | pair-aidante familiale | pairs-aidants familiaux | pair-aidance familiale | family peer helper | family peer supporter | carer peer supporter
role-patient-ressource = Patient ressource
    .aliases = patient ressource | patiente ressource | patients ressources | patient-ressource | patient expert | patiente experte | resource patient | expert patient
role-patient-formateur = Patient formateur
    .aliases = patient formateur | patiente formatrice | patients formateurs | patient enseignant | patient trainer | patient teacher | patient educator
role-patient-chercheur = Patient chercheur
    .aliases = patient chercheur | patiente chercheuse | patients chercheurs | patient co-chercheur | patient researcher | patient co-researcher | patient partner in research
role-mediateur-de-sante-pair = Médiateur de santé pair (MSP)
    .aliases = MSP | médiateur de santé pair | mediateur de sante pair | médiatrice de santé paire | médiateurs de santé pairs | médiateur santé pair | peer health mediator | mental health peer worker | peer support worker
role-representant-des-usagers = Représentant des usagers (RU)
    .aliases = RU | représentant des usagers | representant des usagers | représentante des usagers | représentants des usagers | représentant d’usagers | users’ representative | patient representative | patients’ representative
role-benevole-associatif = Bénévole associatif
    .aliases = bénévole | benevole | bénévole associative | bénévoles | bénévolat | volunteer | association volunteer | charity volunteer

## Names that cover several roles (searched, never ticked): see ROLE_FAMILIES in the code

family-patient-partenaire = Patient partenaire
    .aliases = patient partenaire | patiente partenaire | patients partenaires | patientes partenaires | aidant partenaire | aidante partenaire | usager partenaire | personne accompagnée partenaire | partner patient | patient partner | partner patients

## Trainings

training-none = Pas de formation spécifique
    .aliases = aucune formation | sans formation | pas de formation | non formé | no training | no specific training | untrained
training-etp-40h = Formation ETP 40 h
    .aliases = formation ETP | ETP 40h | 40h | ETP 40 heures | 40 heures | formation de 40 heures | formation 40h | formation à l’éducation thérapeutique | formation à la dispensation de l’ETP | ETP training | 40-hour training | 40 hours | patient education training
training-du-diu = Diplôme universitaire (DU/DIU)
    .aliases = DIU | diplôme universitaire | diplome universitaire | diplôme interuniversitaire | diplôme inter-universitaire | université des patients | university diploma | university degree | inter-university diploma
training-msp-licence = Licence de médiateur de santé pair
    .aliases = licence MSP | licence médiateur de santé pair | licence de médiatrice de santé paire | licence médiateur santé pair | formation MSP | peer health mediator degree | MSP degree | MSP licence | MSP training
training-other = Autre formation
    .aliases = autre formation | autres formations | formation associative | formation courte | other training | other course | association training

## Missions

mission-ecoute = Écoute et soutien
    .aliases = écoute | ecoute | écouter | écoute active | soutien | soutien moral | écoute et soutien | listening | emotional support | listening and support
mission-temoignage = Témoignage
    .aliases = témoignage | temoignage | témoignages | témoigner | partage d’expérience | raconter son parcours | testimony | sharing experience | sharing one’s story | telling my story
mission-accompagnement = Accompagnement
    .aliases = accompagnement | accompagner | accompagnement individuel | accompagnement personnalisé | parrainage | marrainage | one-to-one support | accompaniment | mentoring | buddy
mission-co-animation-etp = Co-animation d’ateliers ETP
    .aliases = co-animation | coanimation | co-animer | co-animation ETP | ateliers ETP | ateliers d’éducation thérapeutique | séances d’éducation thérapeutique | co-facilitation | co-running sessions | ETP sessions | patient education sessions
mission-formation-professionnels = Formation des professionnels
    .aliases = formation des professionnels | former des professionnels | formation des soignants | former des soignants | enseignement | intervention en IFSI | IFSI | training professionals | training health professionals | teaching | training health staff
mission-recherche = Recherche en santé
    .aliases = recherche en santé | projet de recherche | recherche participative | participer à la recherche | health research | research project | participatory research | research involvement
mission-co-construction = Co-construction de programmes ou de séances
    .aliases = co-construction | coconstruction | co-construire | co-conception | construire un programme | construction de programme | co-design | co-designing programmes
mission-co-evaluation = Co-évaluation de programmes ou de séances
    .aliases = co-évaluation | coévaluation | co-evaluation | co-évaluer | évaluation de programme | évaluer un programme | co-evaluating programmes | programme evaluation
mission-coordination-programme = Coordination de programmes d’ETP
    .aliases = coordination de programme | coordination de programmes | coordonner un programme | coordination ETP | programme coordination | coordinating programmes
mission-groupe-de-travail = Groupes de travail et focus groups
    .aliases = groupe de travail | groupes de travail | focus group | focus groups | groupe de discussion | comité de pilotage | working group | working groups
mission-gouvernance = Gouvernance (conseils, comités)
    .aliases = gouvernance | conseil d’administration | siéger dans un conseil | instances | participation à la gouvernance | governance | board | committee
mission-ethique = Réflexion éthique
    .aliases = éthique | ethique | réflexion éthique | comité d’éthique | questions éthiques | ethics | ethics committee | ethical reflection

## Languages spoken by partners

language-fr = Français
    .aliases = français | francais | langue française | francophone | French | French language
language-en = Anglais
    .aliases = anglais | langue anglaise | anglophone | English | English language
language-es = Espagnol
    .aliases = espagnol | castillan | hispanophone | español | Spanish | Spanish language
language-ar = Arabe
    .aliases = arabe | langue arabe | arabophone | arabe dialectal | darija | Arabic | Arabic language
language-pt = Portugais
    .aliases = portugais | lusophone | português | portugais du Brésil | Portuguese | Brazilian Portuguese
language-it = Italien
    .aliases = italien | italophone | italiano | Italian | Italian language
language-de = Allemand
    .aliases = allemand | germanophone | deutsch | German | German language
language-lsf = Langue des signes française (LSF)
    .aliases = LSF | langue des signes | langue des signes française | langage des signes | French Sign Language | sign language

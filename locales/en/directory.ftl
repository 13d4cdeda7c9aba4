# Pairbot directory vocabularies (English): the conditions, roles, trainings, missions and
# languages of partner profiles. Each message is `<prefix><key>`: its value is the label shown
# to people, `.aliases` lists other names people type, in both languages, separated by " | ".
# The keys are used in data/demo/partners.toml and in the database: never rename one.

## Conditions (lived experience)

condition-sclerose-en-plaques = Multiple sclerosis (MS)
    .aliases = multiple sclerosis | MS | SEP | sclérose en plaques | sclerose en plaques | sclérose en plaque | scléroses en plaques
condition-diabete-type-1 = Type 1 diabetes
    .aliases = type 1 diabetes | T1D | diabetes type 1 | type one diabetes | diabète type 1 | diabete type 1 | diabète de type I | DT1 | diabétique de type 1 | diabete juvenile | diabète juvénile
condition-diabete-type-2 = Type 2 diabetes
    .aliases = type 2 diabetes | T2D | diabetes type 2 | type two diabetes | diabète type 2 | diabete type 2 | diabète de type II | DT2 | diabétique de type 2
condition-cancer-du-sein = Breast cancer
    .aliases = breast cancer | cancer du sein | cancers du sein | cancer sein | cancer mammaire
condition-cancer-autre = Other cancers
    .aliases = other cancer | lung cancer | bowel cancer | colorectal cancer | prostate cancer | ovarian cancer | lymphoma | leukaemia | leukemia | myeloma | melanoma | oncology | autre cancer | cancer du poumon | cancer colorectal | cancer de la prostate | cancer de l’ovaire | cancer ORL | lymphome | leucémie | leucemie | myélome | mélanome | oncologie
condition-avc = Stroke
    .aliases = stroke | cerebrovascular accident | CVA | AVC | accident vasculaire cérébral | accident vasculaire cerebral | attaque cérébrale | hémorragie cérébrale
condition-parkinson = Parkinson’s disease
    .aliases = Parkinson’s | Parkinson’s disease | Parkinson disease | Parkinson | maladie de parkinson | parkinsonien | parkinsonienne | syndrome parkinsonien
condition-alzheimer = Alzheimer’s disease and related disorders
    .aliases = Alzheimer’s | Alzheimer’s disease | dementia | Lewy body dementia | frontotemporal dementia | Alzheimer | maladie d’Alzheimer | alzeimer | maladies apparentées | démence | troubles neurocognitifs | maladie à corps de Lewy | démence fronto-temporale
condition-epilepsie = Epilepsy
    .aliases = epilepsy | epileptic | epileptic seizures | épilepsie | epilepsie | épileptique | epileptique | crises d’épilepsie
condition-insuffisance-renale = Kidney failure, dialysis
    .aliases = kidney failure | kidney disease | chronic kidney disease | CKD | renal failure | dialysis | haemodialysis | hemodialysis | insuffisance rénale | insuffisance renale | insuffisance rénale chronique | IRC | maladie rénale chronique | MRC | dialyse | dialysé | dialysée | hémodialyse | dialyse péritonéale
condition-greffe = Transplant
    .aliases = transplant | organ transplant | transplant recipient | kidney transplant | liver transplant | heart transplant | lung transplant | bone marrow transplant | stem cell transplant | greffe | greffé | greffée | greffes | transplantation | transplanté | transplantée | greffe de rein | greffe de foie | greffe de cœur | greffe de poumon | greffe de moelle osseuse
condition-vih = HIV
    .aliases = HIV | HIV/AIDS | HIV positive | living with HIV | PLHIV | VIH | VIH/sida | sida | séropositif | séropositive | séropo | PVVIH | vivre avec le VIH
condition-hepatite = Hepatitis
    .aliases = hepatitis | hepatitis B | hepatitis C | viral hepatitis | HBV | HCV | hépatite | hepatite | hépatites | hepathite | hépatite B | hépatite C | hépatite virale | VHB | VHC
condition-mucoviscidose = Cystic fibrosis
    .aliases = cystic fibrosis | mucoviscidose | muco | mucovicidose | fibrose kystique
condition-mici = Crohn’s disease, ulcerative colitis (IBD)
    .aliases = IBD | Crohn’s | Crohn’s disease | ulcerative colitis | inflammatory bowel disease | MICI | Crohn | maladie de Crohn | rectocolite hémorragique | RCH | maladie inflammatoire chronique de l’intestin | colite ulcéreuse
condition-polyarthrite-rhumatoide = Rheumatoid arthritis
    .aliases = rheumatoid arthritis | rheumatoid | polyarthrite | polyarthrite rhumatoïde | polyarthrite rhumatoide | polyarthrite rhumatismale | arthrite rhumatoïde
condition-lupus = Lupus
    .aliases = systemic lupus | systemic lupus erythematosus | SLE | lupus | lupus érythémateux systémique | lupus érythémateux disséminé | lupus systémique | lupique
condition-fibromyalgie = Fibromyalgia
    .aliases = fibromyalgia | fibromyalgia syndrome | fibromyalgie | fibro | fibromyalgique | fibromialgie | syndrome fibromyalgique
condition-douleur-chronique = Chronic pain
    .aliases = chronic pain | persistent pain | long-term pain | CRPS | douleur chronique | douleurs chroniques | douleur persistante | douleurs persistantes | syndrome douloureux chronique | algodystrophie
condition-obesite = Obesity
    .aliases = obesity | bariatric surgery | weight-loss surgery | obésité | obesite | obèse | obese | obésité sévère | chirurgie bariatrique | chirurgie de l’obésité
condition-maladie-cardiovasculaire = Heart disease, heart failure
    .aliases = cardiovascular disease | heart disease | heart failure | heart attack | coronary heart disease | cardiac | maladie cardiovasculaire | maladies cardio-vasculaires | maladie cardiaque | cardiaque | cardiopathie | insuffisance cardiaque | insuffisant cardiaque | infarctus | infarctus du myocarde | crise cardiaque | maladie coronarienne
condition-bpco = COPD (chronic obstructive pulmonary disease)
    .aliases = COPD | emphysema | chronic bronchitis | respiratory failure | chronic obstructive respiratory disease | BPCO | bronchopneumopathie chronique obstructive | emphysème | bronchite chronique | insuffisance respiratoire | maladie respiratoire obstructive
condition-asthme = Asthma
    .aliases = asthma | severe asthma | asthmatic | childhood asthma | asthmatic respiratory disease | asthme | asthme sévère | asthmatique | asthme de l’enfant | crise d’asthme | maladie respiratoire asthmatique
condition-maladie-rare = Rare disease
    .aliases = rare disease | rare diseases | rare condition | orphan disease | maladie rare | maladies rares | maladie orpheline | maladies orphelines
condition-depression = Depression
    .aliases = depressive disorder | major depression | depressed | dépression | depression | dépressif | dépressive | trouble dépressif | état dépressif | épisode dépressif
condition-trouble-bipolaire = Bipolar disorder
    .aliases = bipolar | bipolar disorder | manic depression | bipolaire | bipolarité | troubles bipolaires | trouble bipolaire | maniaco-dépression | psychose maniaco-dépressive
condition-schizophrenie = Schizophrenia
    .aliases = schizophrenia | schizoaffective disorder | psychosis | psychotic disorder | schizophrénie | schizophrenie | schyzophrénie | schizophrène | trouble schizo-affectif | psychose | troubles psychotiques
condition-troubles-anxieux = Anxiety disorders
    .aliases = anxiety | anxiety disorder | panic attacks | panic disorder | phobia | social anxiety | generalised anxiety | generalized anxiety | anxiété | anxiete | trouble anxieux | anxiété généralisée | angoisse | angoisses | crises d’angoisse | attaques de panique | trouble panique | phobie | phobie sociale
condition-addictions = Addiction
    .aliases = substance use disorder | alcoholism | alcohol dependence | drug addiction | gambling addiction | addiction | addictologie | alcool | alcoolisme | alcoolodépendance | toxicomanie | drogues | cannabis | tabac | tabagisme | jeu pathologique | jeux d’argent
condition-tca = Eating disorders
    .aliases = eating disorder | eating disorders | anorexia | bulimia | binge eating | binge eating disorder | TCA | trouble du comportement alimentaire | trouble alimentaire | troubles alimentaires | anorexie | anorexie mentale | anorexique | boulimie | boulimique | hyperphagie | hyperphagie boulimique
condition-autisme = Autism (ASD)
    .aliases = autism | autistic | ASD | autism spectrum disorder | Asperger’s | TSA | autisme | autiste | trouble du spectre de l’autisme | troubles du spectre autistique | syndrome d’Asperger | Asperger
condition-handicap-enfant = Childhood disability
    .aliases = childhood disability | disabled child | child with a disability | children with disabilities | parent of a disabled child | handicap de l’enfant | handicap enfant | enfant handicapé | enfant en situation de handicap | parent d’enfant handicapé | polyhandicap | enfant polyhandicapé
condition-handicap-moteur = Physical disability
    .aliases = physical disability | mobility impairment | wheelchair user | wheelchair | paraplegia | tetraplegia | quadriplegia | spinal cord injury | amputee | cerebral palsy | handicap moteur | handicap physique | déficience motrice | fauteuil roulant | paraplégie | paraplégique | tétraplégie | tétraplégique | blessé médullaire | lésion médullaire | amputé | amputation | paralysie cérébrale
condition-handicap-sensoriel = Sensory disability (deafness, blindness)
    .aliases = sensory disability | deaf | deafness | hard of hearing | hearing loss | hearing impairment | blind | blindness | visually impaired | visual impairment | sight loss | deafblind | handicap sensoriel | handicap auditif | handicap visuel | surdité | sourd | sourde | malentendant | malentendante | déficience auditive | cécité | aveugle | malvoyant | malvoyante | déficience visuelle | surdicécité
condition-proche-aidant = Caring for a relative (carer)
    .aliases = carer | caregiver | family carer | family caregiver | informal carer | young carer | aidant | aidante | aidants | proche aidant | proche aidante | aidant familial | aidante familiale | aidance | aidant d’un proche | être aidant | jeune aidant

## Roles of partners

role-pair-aidant = Peer helper
    .aliases = peer helper | peer supporter | peer support | pair aidant | pairaidant | pair-aidante | pair aidante | pairs-aidants | pair-aidance
role-pair-aidant-familial = Family peer helper
    .aliases = family peer helper | family peer supporter | carer peer supporter | pair aidant familial | pair-aidante familiale | pairs-aidants familiaux | pair-aidance familiale
role-patient-ressource = Resource patient
    .aliases = resource patient | expert patient | patient ressource | patiente ressource | patients ressources | patient-ressource | patient expert | patiente experte
role-patient-formateur = Patient trainer
    .aliases = patient trainer | patient teacher | patient educator | patient formateur | patiente formatrice | patients formateurs | patient enseignant
role-patient-chercheur = Patient researcher
    .aliases = patient researcher | patient co-researcher | patient partner in research | patient chercheur | patiente chercheuse | patients chercheurs | patient co-chercheur
role-mediateur-de-sante-pair = Peer health mediator (MSP)
    .aliases = peer health mediator | mental health peer worker | peer support worker | MSP | médiateur de santé pair | mediateur de sante pair | médiatrice de santé paire | médiateurs de santé pairs | médiateur santé pair
role-representant-des-usagers = Users’ representative (RU)
    .aliases = users’ representative | patient representative | patients’ representative | RU | représentant des usagers | representant des usagers | représentante des usagers | représentants des usagers | représentant d’usagers
role-benevole-associatif = Association volunteer
    .aliases = volunteer | association volunteer | charity volunteer | bénévole | benevole | bénévole associative | bénévoles | bénévolat

## Names that cover several roles (searched, never ticked): see ROLE_FAMILIES in the code

family-patient-partenaire = Partner patient
    .aliases = patient partenaire | patiente partenaire | patients partenaires | patientes partenaires | aidant partenaire | aidante partenaire | usager partenaire | personne accompagnée partenaire | partner patient | patient partner | partner patients

## Trainings

training-none = No specific training
    .aliases = no training | no specific training | untrained | aucune formation | sans formation | pas de formation | non formé
training-etp-40h = 40-hour ETP training
    .aliases = ETP training | 40-hour training | 40 hours | patient education training | formation ETP | ETP 40h | 40h | ETP 40 heures | 40 heures | formation de 40 heures | formation 40h | formation à l’éducation thérapeutique | formation à la dispensation de l’ETP
training-du-diu = University diploma (DU/DIU)
    .aliases = university diploma | university degree | inter-university diploma | DIU | diplôme universitaire | diplome universitaire | diplôme interuniversitaire | diplôme inter-universitaire | université des patients
training-msp-licence = Peer health mediator degree
    .aliases = peer health mediator degree | MSP degree | MSP licence | MSP training | licence MSP | licence médiateur de santé pair | licence de médiatrice de santé paire | licence médiateur santé pair | formation MSP
training-other = Other training
    .aliases = other training | other course | association training | autre formation | autres formations | formation associative | formation courte

## Missions

mission-ecoute = Listening and support
    .aliases = listening | emotional support | listening and support | écoute | ecoute | écouter | écoute active | soutien | soutien moral | écoute et soutien
mission-temoignage = Sharing one’s story
    .aliases = testimony | sharing experience | sharing one’s story | telling my story | témoignage | temoignage | témoignages | témoigner | partage d’expérience | raconter son parcours
mission-accompagnement = One-to-one support
    .aliases = one-to-one support | accompaniment | mentoring | buddy | accompagnement | accompagner | accompagnement individuel | accompagnement personnalisé | parrainage | marrainage
mission-co-animation-etp = Co-running ETP sessions
    .aliases = co-facilitation | co-running sessions | ETP sessions | patient education sessions | co-animation | coanimation | co-animer | co-animation ETP | ateliers ETP | ateliers d’éducation thérapeutique | séances d’éducation thérapeutique
mission-formation-professionnels = Training health professionals
    .aliases = training professionals | training health professionals | teaching | training health staff | formation des professionnels | former des professionnels | formation des soignants | former des soignants | enseignement | intervention en IFSI | IFSI
mission-recherche = Health research
    .aliases = health research | research project | participatory research | research involvement | recherche en santé | projet de recherche | recherche participative | participer à la recherche
mission-co-construction = Co-designing programmes or sessions
    .aliases = co-design | co-designing programmes | co-designing sessions | co-construction | coconstruction | co-construire | co-conception | construire un programme | construction de programme
mission-co-evaluation = Co-evaluating programmes or sessions
    .aliases = co-evaluation | co-evaluating programmes | programme evaluation | co-évaluation | coévaluation | co-évaluer | évaluation de programme | évaluer un programme
mission-coordination-programme = Coordinating ETP programmes
    .aliases = programme coordination | coordinating programmes | coordination de programme | coordination de programmes | coordonner un programme | coordination ETP
mission-groupe-de-travail = Working groups and focus groups
    .aliases = working group | working groups | focus group | focus groups | groupe de travail | groupes de travail | groupe de discussion | comité de pilotage
mission-gouvernance = Governance (boards, committees)
    .aliases = governance | board | committee | gouvernance | conseil d’administration | siéger dans un conseil | instances | participation à la gouvernance
mission-ethique = Ethics reflection
    .aliases = ethics | ethics committee | ethical reflection | éthique | ethique | réflexion éthique | comité d’éthique | questions éthiques

## Languages spoken by partners

language-fr = French
    .aliases = French | French language | français | francais | langue française | francophone
language-en = English
    .aliases = English | English language | anglais | langue anglaise | anglophone
language-es = Spanish
    .aliases = Spanish | Spanish language | espagnol | castillan | hispanophone | español
language-ar = Arabic
    .aliases = Arabic | Arabic language | arabe | langue arabe | arabophone | arabe dialectal | darija
language-pt = Portuguese
    .aliases = Portuguese | Brazilian Portuguese | portugais | lusophone | português | portugais du Brésil
language-it = Italian
    .aliases = Italian | Italian language | italien | italophone | italiano
language-de = German
    .aliases = German | German language | allemand | germanophone | deutsch
language-lsf = French Sign Language (LSF)
    .aliases = French Sign Language | sign language | LSF | langue des signes | langue des signes française | langage des signes

# Pairbot glossary (English). Definitions written for Pairbot in its own words; each cites its source.

## partenariat-en-sante
term-partenariat-en-sante = Health partnership
    .definition = A way of working in which patients, their relatives and professionals decide and act together, each bringing what they know. Professionals bring their knowledge of the illness and of care; the person who is ill brings what they have learned by living with it day to day. This partnership can concern one person’s care, but also the training of health staff, research and the way hospitals are run.
    .aliases = partenariat en santé | partenariat | partenariat patient | health partnership | patient partnership | partnership in health
    .related = patient-partenaire, dimension-individuelle, dimension-collective, savoirs-experientiels, modele-de-montreal, continuum-d-engagement
    .source = France Assos Santé Occitanie, “Usagers partenaires en santé – L’avenir du soin”, 2023; Pomey M.-P. et al., “Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé”, Santé publique, 2015

## dimension-individuelle
term-dimension-individuelle = Individual dimension (dimension individuelle)
    .definition = Partnership as it is lived in one person’s care: between a professional and the person being cared for, or supported in the social and medico-social sector, and often their carer. The person is a partner in their own care: they understand what is offered to them, decide freely and learn, with the team, to look after themselves. This dimension differs from the collective dimension, where experience is used to improve the health system for everyone.
    .aliases = individual dimension | individual partnership | partner in one's own care | partnership in one's own care | Dimension individuelle
    .related = dimension-collective, patient-partenaire, decision-medicale-partagee, proche-aidant, personne-accompagnee
    .source = France Assos Santé Occitanie, “Usagers partenaires en santé – L’avenir du soin”, 2023; COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019; Savoir(s) Patient(s), “Le partenariat en santé, des mots pour se comprendre”, 2022

## dimension-collective
term-dimension-collective = Collective dimension (dimension collective)
    .definition = Partnership when the experience of patients and relatives is used beyond their own care, to improve the health system for everyone. It can concern health policy, the organisation of hospitals and other facilities, clinical care and patient education, the training of professionals, and research and innovation. This is where resource patients, patient trainers and patient researchers in particular come in.
    .aliases = collective dimension | collective partnership | collective engagement | Dimension collective
    .related = dimension-individuelle, patient-partenaire, patient-ressource, patient-formateur, patient-chercheur, gouvernance, continuum-d-engagement
    .source = France Assos Santé Occitanie, “Usagers partenaires en santé – L’avenir du soin”, 2023; COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019; Savoir(s) Patient(s), “Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie”, 2021 (five fields of the collective dimension)

## patient-partenaire
term-patient-partenaire = Partner patient
    .definition = An umbrella term for a person with lived experience of an illness or disability, their own or a relative’s, who acts together with professionals; it includes the partner carer and, in the social and medico-social sector, the “partner supported person” (personne accompagnée partenaire). First, anyone can be a partner in their own care: well informed, free to make their own choices, and learning with the care team to manage their health. Beyond that, a partner patient puts their experience at the service of others in three main forms: resource patient, patient trainer and patient researcher. A partner patient is not a health professional: they do not diagnose or prescribe, but they bring an insider’s view.
    .aliases = patient partenaire | patiente partenaire | partner patient | partner patients | patient partner | patient-partner | partner carer | carer partner | aidant partenaire | personne accompagnée partenaire | partner supported person | usager partenaire
    .related = patient-ressource, patient-formateur, patient-chercheur, dimension-individuelle, dimension-collective, partenariat-en-sante, savoirs-experientiels, representant-des-usagers
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019; Savoir(s) Patient(s), “Le partenariat en santé, des mots pour se comprendre”, 2022; CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), “Le partenariat usagers / professionnels de santé”, 2020; Pomey M.-P. et al., “Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé”, Santé publique, 2015

## patient-ressource
term-patient-ressource = Resource patient
    .definition = One of the forms of partner patient, alongside the patient trainer and the patient researcher: a patient or carer who works alongside care teams. They may support other patients in a hospital department or an association by sharing their experience, take part in therapeutic patient education (designing, running and evaluating sessions or programmes) and have a say in governance, that is, in the bodies where decisions about how things are organised are made. They add to the care team’s work without replacing it: they are not health professionals. In Pairbot, resource patients can hold drop-in sessions.
    .aliases = patient ressource | patiente ressource | resource patient | resource patients | patient resource person | resource carer | resource partner patient
    .related = patient-partenaire, etp, gouvernance, permanence, temoignage
    .source = Savoir(s) Patient(s), “Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie”, 2021 (“Soin, éducation & gouvernance” strand); France Assos Santé Occitanie, “Usagers partenaires en santé – L’avenir du soin”, 2023; COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019

## patient-formateur
term-patient-formateur = Patient trainer
    .definition = One of the forms of partner patient: they help train health professionals, for example at university or in nursing schools. They help future health workers understand what living with an illness is like and how to work with patients as equals. They often teach alongside a professional lecturer, and may also help design and evaluate training courses.
    .aliases = patient formateur | patiente formatrice | patient trainer | patient teacher | patient educator | patient-trainer | Training professionals | training health professionals | formation de professionnels
    .related = patient-partenaire, savoirs-experientiels, co-animation
    .source = Savoir(s) Patient(s), “Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie”, 2021

## patient-chercheur
term-patient-chercheur = Patient researcher
    .definition = One of the forms of partner patient: they take part in health research projects alongside researchers. They can suggest questions that matter to patients, help prepare the study, make sense of the results and share them. Their experience of the illness keeps research closer to people’s real needs.
    .aliases = patient chercheur | patiente chercheuse | patient researcher | patient partner in research | patient co-researcher | patient-researcher | Research | health research | recherche
    .related = patient-partenaire, co-construction, savoirs-experientiels
    .source = Savoir(s) Patient(s), “Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie”, 2021; Pomey M.-P. et al., “Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé”, Santé publique, 2015

## patient-temoin
term-patient-temoin = Witness patient (patient témoin)
    .definition = A partner patient who comes to share their experience of living with an illness, for example in a therapeutic patient education workshop or at a talk. No minimum training is required; what matters are people skills: listening, stepping back from one’s own experience, talking with kindness. They differ from the patient contributor, trained for at least 40 hours, who co-runs sessions.
    .aliases = witness patient | patient witness | witness partner patient | patient témoin | patiente témoin | témoin
    .related = patient-intervenant, temoignage, patient-partenaire, savoirs-experientiels
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019 (workshop and key messages)

## patient-intervenant
term-patient-intervenant = Patient contributor (patient intervenant)
    .definition = A partner patient who has completed at least the 40-hour therapeutic patient education (TPE) training and takes an active part in sessions. They use both teaching skills (leading a group, getting people involved, adapting explanations) and what the illness has taught them. They can co-design, co-run and co-evaluate sessions with health professionals, with whom their training gives them common ground.
    .aliases = patient contributor | contributing patient | trained partner patient | patient intervenant | patiente intervenante | patient partenaire intervenant
    .related = patient-temoin, formation-40h, co-animation, co-evaluation, patient-partenaire
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019 (workshop and key messages)

## pair-aidance
term-pair-aidance = Peer support (pair-aidance)
    .definition = Mutual help between people who have been through a similar experience: the same illness, a disability, mental health difficulties or caring for a relative. Someone who has already been there listens, supports and brings hope to someone going through it now. Peer support adds to care without replacing it: peer helpers are not health professionals.
    .aliases = pair-aidance | pair aidance | pairaidance | peer support | peer-support | mutual support between peers
    .related = pair-aidant, pair-aidant-familial, mediateur-de-sante-pair, gem
    .source = HAS, “Soutenir et encourager l’engagement des usagers dans les secteurs social, médico-social et sanitaire”, 2020

## pair-aidant
term-pair-aidant = Peer helper (pair-aidant)
    .definition = Someone who draws on their own experience of an illness, a disability or a hard life situation to support others in the same position. Their help is based on listening, sharing and example, often as a volunteer, sometimes as a paid job. A peer helper is not a health professional and does not replace the doctor or the care team.
    .aliases = pair-aidant | pair aidant | pairaidant | pair-aidante | peer helper | peer helpers | peer supporter | peer worker
    .related = pair-aidance, patient-partenaire, permanence
    .source = HAS, “Soutenir et encourager l’engagement des usagers dans les secteurs social, médico-social et sanitaire”, 2020

## pair-aidant-familial
term-pair-aidant-familial = Family peer helper (pair-aidant familial)
    .definition = A relative (parent, partner, child…) who has cared for an ill or disabled family member and now supports other carers in turn. They share what they have learned: keeping going over time, finding help, looking after their own health. They are not health professionals, but people who understand from the inside what families go through.
    .aliases = pair-aidant familial | pair aidant familial | pair-aidante familiale | family peer helper | family peer supporter | carer peer supporter
    .related = proche-aidant, pair-aidance, pair-aidant
    .source = HAS, “Soutenir et encourager l’engagement des usagers dans les secteurs social, médico-social et sanitaire”, 2020; France Assos Santé Occitanie, “Usagers partenaires en santé – L’avenir du soin”, 2023

## mediateur-de-sante-pair
term-mediateur-de-sante-pair = Peer health mediator (MSP, médiateur de santé pair)
    .definition = Someone who has lived with mental health difficulties and is well along in their recovery, who has been trained and then employed by a mental health team, in a hospital or a psychiatric service. They support patients by drawing on their own journey, working with the care staff. They are neither doctors nor nurses, but recognised, paid peers; in French they are called MSP.
    .aliases = MSP | médiateur de santé pair | mediateur de sante pair | médiatrice de santé paire | peer health mediator | Peer health mediator (MSP) | mental health peer worker | peer support worker | peer health mediator degree | Licence de médiateur de santé pair
    .related = pair-aidance, pair-aidant, gem
    .source = Roelandt J.-L., Staedel B. et al., “Programme médiateurs de santé/pairs – Rapport final de l’expérimentation 2010-2014”, CCOMS (Centre collaborateur de l’OMS pour la recherche et la formation en santé mentale), 2015; HAS, “Soutenir et encourager l’engagement des usagers dans les secteurs social, médico-social et sanitaire”, 2020

## proche-aidant
term-proche-aidant = Family carer (proche-aidant)
    .definition = Someone who regularly helps a relative or friend who is ill, elderly or disabled, without doing it as a job: a partner, parent, child, friend or neighbour. They may help with care, paperwork, meals or simply by being there. Carers need support too, and French law gives them rights such as carer’s leave and respite.
    .aliases = proche-aidant | proche aidant | proche aidante | aidant | aidant familial | carer | caregiver | family carer | informal carer | family caregiver
    .related = pair-aidant-familial, usager, personne-accompagnee
    .source = Code de l’action sociale et des familles, art. L113-1-3 (loi n° 2015-1776 du 28 décembre 2015 relative à l’adaptation de la société au vieillissement)

## personne-accompagnee
term-personne-accompagnee = Supported person (personne accompagnée)
    .definition = The term used in the French social and medico-social sector (care homes, home help services, facilities for older or disabled people) for the person who receives support. It is preferred there to “patient”, a word that refers more to medical care. A supported person can also become a partner by sharing their experience.
    .aliases = personne accompagnée | personnes accompagnées | supported person | person supported | person receiving support
    .related = usager, proche-aidant, patient-partenaire
    .source = HAS, “Soutenir et encourager l’engagement des usagers dans les secteurs social, médico-social et sanitaire”, 2020

## usager
term-usager = Health service user (usager)
    .definition = Anyone who uses the health system: a patient, a supported person, a relative or any citizen. The French law of 4 March 2002 gave users rights, such as being informed, agreeing to or refusing care and seeing their medical records. The word is a reminder that everyone has a say in how health care is organised.
    .aliases = usager | usagers | usagère | health service user | service user | health system user | user
    .related = representant-des-usagers, democratie-en-sante, personne-accompagnee
    .source = Loi n° 2002-303 du 4 mars 2002 relative aux droits des malades et à la qualité du système de santé (French law on patients’ rights)

## representant-des-usagers
term-representant-des-usagers = Users’ representative (RU, représentant des usagers)
    .definition = A volunteer from an association approved for the health system, appointed by order of the director general of the regional health agency (ARS) to speak for all users: to have their rights respected and to propose improvements to the quality of care and of care pathways, for example on the patients’ committee (CDU) of a hospital or clinic. The role is collective: it draws on the experience of many patients (complaints, surveys, meetings) and on technical knowledge (rights, how care is organised), and basic training is compulsory. It needs no personal experience of illness. A partner patient, by contrast, brings their own experience; the two roles complement each other.
    .aliases = RU | représentant des usagers | representant des usagers | représentante des usagers | users' representative | Users' representative (RU) | users representative | user representative | patient representative | Représentant des usagers (RU)
    .related = commission-des-usagers, association-agreee, usager, patient-partenaire, france-assos-sante
    .source = Code de la santé publique, art. L1114-1 (loi n° 2002-303 du 4 mars 2002 relative aux droits des malades et à la qualité du système de santé); France Assos Santé, “Les différentes formes d’engagement des usagers en établissement de santé”, 2023; Savoir(s) Patient(s), “Le partenariat en santé, des mots pour se comprendre”, 2022 (table “Complémentarité représentant d’usagers et patient partenaire”)

## benevole-associatif
term-benevole-associatif = Association volunteer (bénévole associatif)
    .definition = A member of an association who, without being paid, regularly visits people in hospital, under an agreement signed between their association and the hospital. They offer company, a listening ear and a moment of conversation, especially to people who get few visitors. They are neither health staff nor users’ representatives, and have not necessarily been ill themselves.
    .aliases = Association volunteer | association volunteers | hospital volunteer | volunteer visitor | bénévole associatif | bénévole associative | bénévoles associatifs
    .related = representant-des-usagers, pair-aidance, maison-des-usagers, convention-de-partenariat
    .source = France Assos Santé Auvergne-Rhône-Alpes, “Le partenariat en santé : des coopérations au service des usagers”, 2023 (portrait of “André”); France Assos Santé, “Les différentes formes d’engagement des usagers en établissement de santé”, 2023

## commission-des-usagers
term-commission-des-usagers = CDU (Commission des usagers, patients’ committee)
    .definition = A committee that every hospital and clinic in France must have, whose job is to make sure patients’ rights are respected and that reception and care are of good quality. It looks at complaints and suggests improvements. Users’ representatives (RU) sit on it alongside the management and care staff.
    .aliases = CDU | commission des usagers | patients' committee | patients committee | users' committee | hospital users committee
    .related = representant-des-usagers, certification, maison-des-usagers
    .source = Décret n° 2016-726 du 1er juin 2016 relatif à la commission des usagers des établissements de santé

## savoirs-experientiels
term-savoirs-experientiels = Experiential knowledge
    .definition = What a person learns by living with an illness or disability, or beside an ill relative: spotting the signs that warn them, organising daily life, coping with paperwork and emotions. It builds up over time, by stepping back and talking with others in the same situation. It complements the medical knowledge of professionals.
    .aliases = savoirs expérientiels | savoir expérientiel | savoirs experientiels | experiential knowledge | lived experience | knowledge from experience
    .related = patient-partenaire, pair-aidance, modele-de-montreal
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019; Gross O., Gagnayre R., “Caractéristiques des savoirs des patients et liens avec leurs pouvoirs d’action : implication pour la formation médicale”, Revue française de pédagogie, 2017

## modele-de-montreal
term-modele-de-montreal = Montreal model
    .definition = An approach to health partnership developed at the Université de Montréal, in Canada, in the early 2010s. It rests on two pillars: recognising that professionals’ knowledge of the illness and patients’ knowledge of life with it complement each other, which makes care more relevant, and recognising that professionals and patients depend on each other to cooperate. It also describes a path: from paternalism, where things are done “to” the patient without asking them, through patient-centred approaches that act “for” them, to partnership, where care is built “with” them. The patient is seen as a full member of the care team.
    .aliases = modèle de Montréal | modele de montreal | Montreal model | Montréal model | Montreal model of patient partnership | complementary knowledge | complementarity of knowledge
    .related = partenariat-en-sante, relation-d-interdependance, savoirs-experientiels, continuum-d-engagement, approche-centree-patient, paternalisme, ceppp
    .source = Pomey M.-P. et al., “Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé”, Santé publique, 2015; CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), “Le partenariat usagers / professionnels de santé”, 2020; COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019

## relation-d-interdependance
term-relation-d-interdependance = Interdependent relationship (relation d’interdépendance)
    .definition = The second pillar of the Montreal model: professionals and patients need each other, the former to give good care and the latter to look after their own health. Neither can succeed alone; cooperating means each recognises what the other brings. The first pillar is the complementarity of their knowledge.
    .aliases = interdependent relationship | interdependence | relationship of interdependence | relation d'interdépendance | interdépendance
    .related = modele-de-montreal, savoirs-experientiels, partenariat-en-sante
    .source = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), “Le partenariat usagers / professionnels de santé”, 2020; COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019; Pomey M.-P. et al., “Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé”, Santé publique, 2015

## continuum-d-engagement
term-continuum-d-engagement = Engagement continuum
    .definition = A scale describing how far patients are involved in a decision or a project, in three levels. Consultation: they are asked for their opinion, but others decide. Collaboration: they take part in the work and their ideas count; partnership: they decide and act on an equal footing with professionals. This engagement can take place in several areas: one’s own care, the organisation of services and facilities, health policy, and also teaching and research.
    .aliases = continuum d'engagement | continuum de l'engagement | engagement continuum | patient engagement | levels of engagement | patient engagement continuum | engagement matrix | consultation collaboration partnership
    .related = modele-de-montreal, partenariat-en-sante, dimension-individuelle, dimension-collective, temoignage, co-construction
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019 (engagement matrix by C. Daix, Savoir(s) Patient(s), based on the two following articles); Pomey M.-P. et al., “Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé”, Santé publique, 2015; Carman K.L. et al., “Patient and family engagement: a framework for understanding the elements and developing interventions and policies”, Health Affairs, 2013

## approche-centree-patient
term-approche-centree-patient = Patient-centred approach
    .definition = A way of caring that starts from the person’s needs, preferences and values, not only from their illness. Care is designed for them and adapted to their situation. It is a step forward, but decisions are often still made by professionals; partnership goes further by building care with the person.
    .aliases = approche centrée patient | approche centree patient | patient-centred approach | patient-centered approach | patient-centred care | person-centred care
    .related = paternalisme, partenariat-en-sante, decision-medicale-partagee
    .source = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), “Le partenariat usagers / professionnels de santé”, 2020; Pomey M.-P. et al., “Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé”, Santé publique, 2015

## paternalisme
term-paternalisme = Paternalism
    .definition = An attitude in which the health professional alone decides what is good for the patient, without really asking their opinion, rather like a parent with a child. It often comes from good intentions, but leaves little room for the person’s own choices. Health partnership aims precisely to move away from this model.
    .aliases = paternalisme | paternalisme médical | paternalism | medical paternalism | paternalistic
    .related = approche-centree-patient, modele-de-montreal, decision-medicale-partagee
    .source = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), “Le partenariat usagers / professionnels de santé”, 2020; Pomey M.-P. et al., “Le Montreal model : enjeux du partenariat relationnel entre patients et professionnels de la santé”, Santé publique, 2015

## co-construction
term-co-construction = Co-construction
    .definition = Building a project together, patients and professionals, from the very start: defining needs, choosing solutions, then carrying them out and evaluating them. Everyone brings their knowledge and decisions are shared. A patient education workshop, an information leaflet or the way a department is organised can all be co-constructed.
    .aliases = co-construction | coconstruction | co-construire | co-design | co-creation | co-production | co-construction de programmes ou de séances | co-designing programmes or sessions
    .related = co-animation, co-evaluation, groupe-de-travail, partenariat-en-sante, continuum-d-engagement
    .source = France Assos Santé Occitanie, “Usagers partenaires en santé – L’avenir du soin”, 2023; COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019

## groupe-de-travail
term-groupe-de-travail = Working group (groupe de travail)
    .definition = A small group bringing together partner patients, relatives and professionals to think through a project together: a therapeutic patient education programme, a document, the organisation of a department. A focus group (“groupe de discussion” in French) is a one-off form of it: in a single meeting, a few people give their views and experience on a precise question. Taking part is often a good way to start getting involved.
    .aliases = Working group | working groups | Focus group | focus groups | discussion group | groupe de travail | groupe de discussion | Groupe de discussion (focus group) | groupes de travail et focus groups | working groups and focus groups
    .related = co-construction, continuum-d-engagement, temoignage, patient-partenaire
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019; Savoir(s) Patient(s), “Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie”, 2021 (“Promotion” strand)

## etp
term-etp = TPE (ETP, therapeutic patient education)
    .definition = Therapeutic patient education (ETP in French) helps people living with a chronic illness, and their relatives, to build the skills they need to live as well as possible with it: understanding their treatment, spotting warning signs, adapting daily life. It is more than just information: it takes place in one-to-one talks and workshops led by trained professionals. Partner patients can take part in designing, running, evaluating and coordinating it. It is part of care; it is always offered, never imposed.
    .aliases = ETP | TPE | éducation thérapeutique | education therapeutique | therapeutic patient education | patient education | therapeutic education
    .related = programme-etp, bilan-educatif-partage, seance-educative, co-animation, maladie-chronique
    .source = HAS, “Éducation thérapeutique du patient – Définition, finalités et organisation”, 2007; Code de la santé publique, art. L1161-1 (loi HPST, 2009); COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019

## programme-etp
term-programme-etp = TPE programme (programme d’ETP)
    .definition = An organised series of talks and workshops of therapeutic patient education (TPE, ETP in French), focused on one chronic illness such as diabetes or asthma. It starts with a shared educational assessment (BEP), continues with individual or group sessions, then reviews with the person what they have learned. Partner patients can take part at every stage: designing the programme, running sessions, evaluating it and even coordinating it. In France each programme follows national rules and is declared to the regional health agency (ARS).
    .aliases = programme ETP | programme d'ETP | programme d'éducation thérapeutique | TPE programme | TPE program | patient education programme | ETP programme
    .related = etp, bilan-educatif-partage, co-animation, co-evaluation, coordonnateur, formation-40h, ars
    .source = Code de la santé publique, art. L1161-2; décret n° 2020-1832 du 31 décembre 2020 relatif aux programmes d’éducation thérapeutique du patient; HAS, “Éducation thérapeutique du patient – Définition, finalités et organisation”, 2007; COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019

## bilan-educatif-partage
term-bilan-educatif-partage = Shared educational assessment (BEP, bilan éducatif partagé)
    .definition = The first interview of a therapeutic patient education programme, between the person and a trained professional. It covers the illness, daily life, difficulties, wishes and plans, so that goals and useful sessions can be chosen together. Called BEP in French; it used to be called “diagnostic éducatif” (educational diagnosis).
    .aliases = BEP | bilan éducatif partagé | bilan educatif partage | diagnostic éducatif | shared educational assessment | educational diagnosis | educational assessment
    .related = etp, programme-etp, seance-educative
    .source = HAS, “Éducation thérapeutique du patient – Définition, finalités et organisation”, 2007 (under the name “diagnostic éducatif”); COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019

## formation-40h
term-formation-40h = 40-hour TPE training (formation 40 h)
    .definition = Training of at least 40 hours, the minimum required in France to run or co-run therapeutic patient education (TPE) sessions. It teaches how to listen, involve people, adapt explanations and work as a team; health professionals and partner patients gain common ground there. A university diploma (DU or DIU) in patient education also qualifies. A “witness” patient, who only comes to share their story, does not need this training.
    .aliases = 40h | 40 h | 40 hours | formation 40 h | formation 40h | 40-hour training | 40 hour training | 40-hour ETP training | ETP training | TPE training | Formation ETP 40 h
    .related = etp, co-animation, du-diu, patient-intervenant, patient-temoin, patient-partenaire
    .source = Arrêté du 2 août 2010 relatif aux compétences requises pour dispenser l’éducation thérapeutique du patient (ministerial order on the skills required to provide TPE, as amended); COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019 (workshop and key messages)

## du-diu
term-du-diu = University diploma (DU/DIU, diplôme universitaire)
    .definition = A course offered by a French university in addition to national degrees; a DIU (diplôme interuniversitaire) is run jointly by several universities. Some cover therapeutic patient education (TPE) and, like the 40-hour training, allow people to run sessions; others cover partnership with patients. Some take partner patients and health professionals side by side.
    .aliases = University diploma (DU/DIU) | university diploma | inter-university diploma | DU | DIU | diplôme universitaire | diplôme interuniversitaire | Diplôme universitaire (DU/DIU)
    .related = formation-40h, co-animation, etp, patient-expert
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019 (workshop and key messages); Arrêté du 2 août 2010 relatif aux compétences requises pour dispenser l’éducation thérapeutique du patient (ministerial order on the skills required to provide TPE, as amended)

## seance-educative
term-seance-educative = Educational session (séance éducative)
    .definition = A learning time within a therapeutic patient education programme, one-to-one with a health professional or in a small group (often called a workshop). People learn, for example, to adjust their treatment, recognise warning signs or talk about their illness with those around them. Sessions leave plenty of room for discussion and questions.
    .aliases = séance éducative | seance educative | educational session | TPE session | TPE workshop | patient education workshop
    .related = etp, co-animation, temoignage
    .source = HAS, “Éducation thérapeutique du patient – Définition, finalités et organisation”, 2007

## temoignage
term-temoignage = Testimony (témoignage)
    .definition = A partner patient’s account of their own experience of illness, given in a workshop, a training course or a talk. It helps others feel less alone and gives them practical landmarks. It is often a first way of getting involved: the “witness” patient needs no particular training, just some distance from their experience and ease in talking with others, and everyone freely chooses what they share.
    .aliases = témoignage | temoignage | testimony | testimonial | patient story | sharing one's story
    .related = patient-temoin, savoirs-experientiels, continuum-d-engagement, seance-educative
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019 (workshop and key messages)

## co-animation
term-co-animation = Co-facilitation (co-animation)
    .definition = Running a session, a workshop or a training course as a pair, usually a health professional and a partner patient. Each brings their own view: one their medical knowledge, the other their experience of the illness. To co-run therapeutic patient education sessions, the partner patient must have completed at least the 40-hour training, or a university diploma (DU or DIU) in patient education.
    .aliases = co-animation | coanimation | co-facilitation | cofacilitation | co-facilitate | joint facilitation | Co-running ETP sessions | co-running sessions | co-run | Co-animation de séances d'ETP | co-animation d’ateliers ETP | co-running ETP workshops
    .related = seance-educative, formation-40h, du-diu, patient-intervenant, co-construction, co-evaluation
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019 (workshop and key messages); Savoir(s) Patient(s), “Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie”, 2021

## co-evaluation
term-co-evaluation = Co-evaluation
    .definition = Evaluating together, partner patients and professionals, a session, a therapeutic patient education programme or a project: what worked, what was missing, what needs to change. The patient’s view helps check that the action really meets the needs of the people concerned. It follows on from co-construction and co-running.
    .aliases = co-evaluation | coevaluation | co-evaluate | joint evaluation | programme co-evaluation | evaluation | co-évaluation | co-évaluation de programmes ou de séances | co-evaluating programmes or sessions
    .related = co-construction, co-animation, programme-etp, patient-intervenant
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019; Savoir(s) Patient(s), “Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie”, 2021

## coordonnateur
term-coordonnateur = ETP programme coordinator (coordonnateur de programme d’ETP)
    .definition = The person who organises and steers a therapeutic patient education (TPE) programme: linking up the team, making sure sessions run well and following up the programme’s evaluation. This coordination can also be entrusted to, or shared with, a trained partner patient: it is one of the possible missions in patient education. Note: this is not the same as Pairbot’s coordinators (coordinateurs and coordinatrices in French), who run this service, for example by checking the profiles in the directory.
    .aliases = Programme coordination | programme coordinator | ETP programme coordinator | TPE programme coordinator | program coordinator | program coordination | coordonnateur | coordonnatrice | coordination de programme | coordination de programmes d’ETP | coordinating ETP programmes
    .related = programme-etp, etp, patient-intervenant, formation-40h
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019 (workshop and key messages); décret n° 2020-1832 du 31 décembre 2020 relatif aux programmes d’éducation thérapeutique du patient

## fiche-de-mission
term-fiche-de-mission = Mission description (fiche de mission)
    .definition = A short document describing what is expected of a partner patient or a peer helper for a given task: aims, duties, useful skills, training needed and time involved. It avoids misunderstandings and helps everyone decide whether they are ready to commit. It can go with a partnership agreement.
    .aliases = fiche de mission | fiche mission | mission description | role description | mission sheet | task description
    .related = convention-de-partenariat, charte-d-engagement, patient-partenaire
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019; France Assos Santé Occitanie, “Usagers partenaires en santé – L’avenir du soin”, 2023

## convention-de-partenariat
term-convention-de-partenariat = Partnership agreement (convention de partenariat)
    .definition = A written agreement between a partner patient (or their association) and an organisation such as a hospital or a training body. It sets out each party’s role, the duration, confidentiality, insurance and, where relevant, payment or reimbursement of expenses. It protects the partner patient as much as the organisation.
    .aliases = convention de partenariat | convention | partnership agreement | partnership contract | collaboration agreement
    .related = fiche-de-mission, charte-d-engagement, patient-partenaire
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019; Savoir(s) Patient(s), “Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie”, 2021

## charte-d-engagement
term-charte-d-engagement = Charter of engagement (charte d’engagement)
    .definition = A document that the partner patient and the organisation hosting them (hospital, association, training body) sign to set the rules of their collaboration. It covers, for example, confidentiality, each party’s role and what is paid or reimbursed. It complements the mission description, which describes one specific task, and the partnership agreement, which binds the two parties more formally.
    .aliases = charter of engagement | engagement charter | commitment charter | partner patient charter | charte d'engagement | charte du patient partenaire
    .related = fiche-de-mission, convention-de-partenariat, patient-partenaire
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019 (workshop and key messages); Savoir(s) Patient(s), “Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie”, 2021 (contracting)

## gouvernance
term-gouvernance = Governance (gouvernance)
    .definition = The way an organisation is run and its decisions are made: board of directors, committees, steering bodies. Partner patients and relatives can take part in them, for example in a hospital, an association or the team steering a patient education programme, so that their experience weighs on the choices made. Some organisations have mixed governance: the Savoirs Patients association, for example, has a board with three groups, one of them made up of patients and carers.
    .aliases = Governance | shared governance | mixed governance | participation in governance | gouvernance | participation à la gouvernance
    .related = dimension-collective, patient-ressource, savoirs-patients, representant-des-usagers, commission-des-usagers
    .source = Savoir(s) Patient(s), “Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie”, 2021; France Assos Santé Occitanie, “Usagers partenaires en santé – L’avenir du soin”, 2023

## ethique
term-ethique = Ethics (réflexion éthique)
    .definition = Thinking about what is fair and respectful of people in a health project: consent, dignity, confidentiality, fairness. Partner users can contribute, for example on an ethics committee or in an ethics forum, by raising the questions patients and their relatives ask themselves. The France Assos Santé Occitanie guide lists it as one of the possible missions of partner users.
    .aliases = Ethics | ethical reflection | ethics committee | ethical questions | éthique | réflexion éthique | comité d'éthique
    .related = gouvernance, patient-chercheur, dimension-collective
    .source = France Assos Santé Occitanie, “Usagers partenaires en santé – L’avenir du soin”, 2023 (mission sheet “Réflexion éthique”)

## democratie-en-sante
term-democratie-en-sante = Health democracy (démocratie en santé)
    .definition = The principle that users and citizens take part in decisions about health, for themselves and for the whole population. In France it works through patients’ rights, users’ representatives and forums for debate such as the CRSA (regional health and autonomy conference). It used to be called “démocratie sanitaire”.
    .aliases = démocratie en santé | democratie en sante | démocratie sanitaire | health democracy | democracy in health | participatory health democracy
    .related = representant-des-usagers, crsa, usager
    .source = Loi n° 2002-303 du 4 mars 2002 relative aux droits des malades et à la qualité du système de santé; Compagnon C., “Pour l’An II de la démocratie sanitaire”, rapport à la ministre des Affaires sociales et de la Santé, 2014

## has
term-has = HAS (Haute Autorité de santé, French National Authority for Health)
    .definition = The Haute Autorité de santé (HAS, French National Authority for Health) is an independent public body created in 2004. It issues guidelines for professionals and for patients, assesses medicines and practices, and certifies the quality of hospitals and clinics. It also encourages user engagement.
    .aliases = HAS | Haute Autorité de santé | haute autorite de sante | French National Authority for Health | National Authority for Health
    .related = certification, conseil-de-l-engagement, etp, decision-medicale-partagee
    .source = Loi n° 2004-810 du 13 août 2004 relative à l’assurance maladie (health insurance act)

## conseil-de-l-engagement
term-conseil-de-l-engagement = HAS council for user engagement (Conseil pour l’engagement des usagers)
    .definition = A body of the HAS (French National Authority for Health), with users among its members, that advises the HAS on how to involve patients, supported people and relatives more in its work. It works with an HAS department dedicated to user engagement. In 2020 the HAS also published a recommendation to encourage this engagement in care, in social support and in the life of facilities. The CEPPP called it the “Conseil de l’engagement patient” in 2020.
    .aliases = HAS council for user engagement | council for user engagement | patient engagement council | CEU | conseil pour l'engagement des usagers | conseil de l'engagement patient
    .related = has, certification, continuum-d-engagement, democratie-en-sante
    .source = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), “Le partenariat usagers / professionnels de santé”, 2020; HAS, “Soutenir et encourager l’engagement des usagers dans les secteurs social, médico-social et sanitaire”, 2020

## ars
term-ars = ARS (Agence régionale de santé, regional health agency)
    .definition = The Agence régionale de santé (ARS, regional health agency) represents the French State in each region to organise health care: hospitals, prevention, facilities for older or disabled people. Among other things, it appoints users’ representatives in hospitals and receives the declarations of therapeutic patient education programmes. ARS have existed since 2010.
    .aliases = ARS | agence régionale de santé | agence regionale de sante | regional health agency | regional health authority
    .related = crsa, programme-etp, representant-des-usagers
    .source = Loi n° 2009-879 du 21 juillet 2009 portant réforme de l’hôpital et relative aux patients, à la santé et aux territoires (loi HPST)

## crsa
term-crsa = CRSA (Conférence régionale de la santé et de l’autonomie, regional health and autonomy conference)
    .definition = The Conférence régionale de la santé et de l’autonomie (CRSA, regional health and autonomy conference) brings together, in each region, users’ representatives, professionals, care facilities, elected officials and others. It advises the regional health agency (ARS) on regional health policy and holds public debates. One of its committees deals specifically with users’ rights.
    .aliases = CRSA | conférence régionale de la santé et de l'autonomie | regional health and autonomy conference | regional health conference
    .related = ars, democratie-en-sante
    .source = Code de la santé publique, art. L1432-4 (loi HPST, 2009)

## certification
term-certification = Certification (of hospitals)
    .definition = A regular assessment of every French hospital and clinic by the HAS (French National Authority for Health), carried out by experts who visit on site. It checks the quality and safety of care, and the result is made public. Since the 2020 framework, it also looks at whether patients are informed, listened to and involved in decisions and in the life of the facility.
    .aliases = certification | certification HAS | hospital certification | hospital accreditation | accreditation | HAS certification
    .related = has, commission-des-usagers
    .source = HAS, “Certification des établissements de santé pour la qualité des soins – Référentiel”, 2020

## gem
term-gem = GEM (Groupe d’entraide mutuelle, mutual aid group)
    .definition = A groupe d’entraide mutuelle (GEM, mutual aid group) is an association where people living with mental health difficulties, or certain other disabilities, meet to break isolation and help one another. The members themselves keep it going, with the support of facilitators. A GEM is not a place of care but a place for meeting people and taking part in activities.
    .aliases = GEM | groupe d'entraide mutuelle | mutual aid group | mutual support group | self-help group
    .related = pair-aidance, mediateur-de-sante-pair
    .source = Loi n° 2005-102 du 11 février 2005 pour l’égalité des droits et des chances, la participation et la citoyenneté des personnes handicapées (disability act)

## association-agreee
term-association-agreee = Approved association (association agréée)
    .definition = A patients’ or health users’ association that has received official approval, at national or regional level, after a review of its activity and independence. This approval allows it to put forward users’ representatives (RU) for hospitals and other health decision-making bodies. It is granted for a limited time and must be renewed.
    .aliases = association agréée | association agreee | agrément | approved association | approved patient association | accredited association
    .related = representant-des-usagers, usager
    .source = Code de la santé publique, art. L1114-1 (loi n° 2002-303 du 4 mars 2002 relative aux droits des malades et à la qualité du système de santé)

## litteratie-en-sante
term-litteratie-en-sante = Health literacy
    .definition = The ability to find, understand, judge and use health information to make everyday decisions. It does not depend only on the person: clear documents, simple explanations and time to ask questions all strengthen it. Not understanding everything is never a fault; it is always fine to ask for something to be explained again.
    .aliases = littératie en santé | litteratie en sante | littératie | health literacy | health-literacy
    .related = decision-medicale-partagee, pouvoir-d-agir
    .source = Sørensen K. et al., “Health literacy and public health: a systematic review and integration of definitions and models”, BMC Public Health, 2012

## observance
term-observance = Adherence (observance)
    .definition = Following a treatment or care advice as planned. The French word “observance” is often felt to be blaming, as it suggests one must “obey” the health professional; “adhésion thérapeutique” (adherence) is now preferred, as it stresses the person’s agreement and participation. If a treatment is hard to follow, talking about it with your care team often helps to find a solution.
    .aliases = observance | adhésion thérapeutique | adhesion therapeutique | adherence | treatment adherence | compliance | medication adherence
    .related = decision-medicale-partagee, etp, paternalisme
    .source = WHO, “Adherence to long-term therapies: evidence for action”, 2003

## maladie-chronique
term-maladie-chronique = Chronic illness
    .definition = An illness that lasts a long time, often for life, and needs regular care: diabetes, asthma, heart disease, cancer, multiple sclerosis, mental health conditions and many others. It may change over time and also affects social life, work and relatives. Therapeutic patient education (TPE) helps people live better with it.
    .aliases = maladie chronique | maladies chroniques | chronic illness | chronic disease | chronic condition | long-term condition
    .related = etp, observance
    .source = Ministère de la Santé, “Plan pour l’amélioration de la qualité de vie des personnes atteintes de maladies chroniques 2007-2011”, 2007

## permanence
term-permanence = Drop-in session (permanence)
    .definition = In Pairbot, a regular time slot when a partner patient or a peer helper is available to talk, in a hospital department, an association or online. You can just come along or book a time. It is a time for listening and sharing experience, not a medical consultation: for any question about a treatment, please ask your care team.
    .aliases = permanence | permanences | drop-in | drop-in session | drop in | time slot | office hours
    .related = annuaire, patient-partenaire, pair-aidant, maison-des-usagers
    .source = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), “Le partenariat usagers / professionnels de santé”, 2020 (example of a patient drop-in at the Hospices civils de Lyon); circulaire DHOS/E1 n° 2006-550 du 28 décembre 2006 (maisons des usagers)

## annuaire
term-annuaire = Directory (annuaire)
    .definition = The list of Pairbot’s partners: peer helpers, partner patients, peer health mediators and associations, with their areas of experience and the places where they work. Each profile is checked by a coordinator before it appears. You can search it for someone who has lived through a situation like yours and send them a contact request, which they are free to accept.
    .aliases = annuaire | annuaire des partenaires | directory | partner directory | partners list | list of partners
    .related = permanence, patient-partenaire, pair-aidant
    .source = Savoir(s) Patient(s), “Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie”, 2021 (matching through a directory); Pairbot

## patient-expert
term-patient-expert = Expert patient
    .definition = A common phrase for a patient who knows their illness very well, often after some training (for example a university diploma), and who helps other patients, especially in therapeutic patient education. “Expert” refers to their experience, not to medical knowledge: they do not replace the doctor. Today “partner patient” or “resource patient” is more often used.
    .aliases = patient expert | patiente experte | patients experts | expert patient | expert patients | expert-patient
    .related = patient-partenaire, etp, du-diu, savoirs-experientiels
    .source = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), “Le partenariat usagers / professionnels de santé”, 2020; HAS, “Soutenir et encourager l’engagement des usagers dans les secteurs social, médico-social et sanitaire”, 2020

## pouvoir-d-agir
term-pouvoir-d-agir = Empowerment (pouvoir d’agir)
    .definition = The ability of a person, or a group, to have more control over their health and their life: understanding, choosing, acting and making their voice heard. In French it is called “pouvoir d’agir”. Therapeutic patient education, peer support and health partnership all aim to strengthen it.
    .aliases = pouvoir d'agir | empowerment | patient empowerment | empowering | self-empowerment
    .related = savoirs-experientiels, litteratie-en-sante, decision-medicale-partagee
    .source = WHO, “Charte d’Ottawa pour la promotion de la santé”, 1986 (Ottawa Charter for Health Promotion); Gross O., Gagnayre R., “Caractéristiques des savoirs des patients et liens avec leurs pouvoirs d’action : implication pour la formation médicale”, Revue française de pédagogie, 2017

## maison-des-usagers
term-maison-des-usagers = Users’ centre (maison des usagers)
    .definition = A welcoming space inside a hospital, open to patients and their relatives, where associations hold drop-in sessions. There you can find information, a listening ear, help with paperwork or contact with a users’ representative. It is not a place of care; it is sometimes called MDU or “espace des usagers”.
    .aliases = maison des usagers | MDU | espace des usagers | users' centre | users' center | patients' centre
    .related = representant-des-usagers, permanence, association-agreee
    .source = Circulaire DHOS/E1 n° 2006-550 du 28 décembre 2006 (mise en place des maisons des usagers dans les établissements de santé)

## decision-medicale-partagee
term-decision-medicale-partagee = Shared decision-making (décision médicale partagée)
    .definition = A way of making a care decision together: the professional explains the possible options, with their benefits and risks, and the person says what matters to them. Together they choose the option that suits the person best. Both can take time to think, and the final decision belongs to the person.
    .aliases = décision médicale partagée | decision medicale partagee | shared decision-making | shared decision making | SDM | deciding together
    .related = approche-centree-patient, paternalisme, litteratie-en-sante
    .source = HAS, “Patient et professionnels de santé : décider ensemble – Concept, aides destinées aux patients et impact de la décision médicale partagée”, 2013

## cops
term-cops = COPS (Centre opérationnel du partenariat en santé, Occitanie)
    .definition = A resource centre in the Occitanie region of France that helps make health partnership a reality on the ground. Among other things, it co-ran a 2019 workshop on therapeutic patient education with partner patients, and offers an online resource platform built collaboratively. Teams looking for partner patients can also go through it.
    .aliases = COPS | COPS Occitanie | operational centre for health partnership | centre opérationnel du partenariat en santé
    .related = partenariat-en-sante, savoirs-patients, patient-partenaire, etp
    .source = COPS Occitanie (Centre opérationnel du partenariat en santé), “L’ETP avec les patients partenaires”, 2019 (workshop and key messages)

## ceppp
term-ceppp = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public)
    .definition = A centre founded in Montreal, Canada, where patients and health professionals work together within a public institution. It gives methodological support to people running user engagement projects in care, the organisation of care, teaching and research, and describes itself as a school, a lab and a network at once. It has a European hub and promotes the Montreal model.
    .aliases = CEPPP | Centre of Excellence on Partnership with Patients and the Public | CEPPP European hub | centre d'excellence sur le partenariat avec les patients et le public
    .related = modele-de-montreal, partenariat-en-sante, patient-partenaire
    .source = CEPPP (Centre d’excellence sur le partenariat avec les patients et le public), “Le partenariat usagers / professionnels de santé”, 2020

## savoirs-patients
term-savoirs-patients = Savoirs Patients (institute for partner patients and carers)
    .definition = An institute set up in 2017 in the Occitanie region of France to promote and support partner patients and carers in health; its name is also written “Savoir(s) Patient(s)”. It helps places of care, training and research bring in partner patients, and acts as a resource centre: a directory to put them in touch, support in contracting their work, an online platform. It is an association recognised as being of public interest, with mixed governance: its board brings together patients and carers, health professionals and qualified experts.
    .aliases = Savoirs Patients | Savoir(s) Patient(s) | institute for the promotion of partner patients and carers | institut Savoirs Patients
    .related = gouvernance, annuaire, patient-partenaire, cops, continuum-d-engagement
    .source = Savoir(s) Patient(s), “Un accompagnement à l’expérimentation du partenariat en santé sur quatre niveaux d’engagement patient en Occitanie”, 2021

## france-assos-sante
term-france-assos-sante = France Assos Santé (national union of health users’ associations)
    .definition = The French national union of approved associations of health system users, organised in regional branches, for example in Occitanie and Auvergne-Rhône-Alpes. Its branches work on health partnership: a guide on partner users in Occitanie, a working group and a survey on the forms of patient engagement in Auvergne-Rhône-Alpes, a training course to help users’ representatives and partner patients act together. It stresses that these two roles are different and complement each other.
    .aliases = France Assos Santé | France Assos Sante | France Assos | France Assos Santé Occitanie | France Assos Santé Auvergne-Rhône-Alpes | national union of approved health users' associations
    .related = association-agreee, representant-des-usagers, patient-partenaire, democratie-en-sante
    .source = France Assos Santé Auvergne-Rhône-Alpes, “Le partenariat en santé : des coopérations au service des usagers”, 2023; France Assos Santé Occitanie, “Usagers partenaires en santé – L’avenir du soin”, 2023; France Assos Santé, “Les différentes formes d’engagement des usagers en établissement de santé”, 2023

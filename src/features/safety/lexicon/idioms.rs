//! Everyday idioms that look like crisis wording: what, after a phrase, makes it ordinary.

/// Whether what follows a phrase ending in `last` (as written in the phrase, or as the
/// message wrote it) makes it an everyday idiom ("mourir de
/// rire", "en finir avec ces démarches", "me tuer à la tâche").
pub fn ordinary_after(last: &str, rest: &[String]) -> bool {
    let starts = |options: &[&str]| {
        options.iter().any(|o| {
            let o: Vec<&str> = o.split(' ').collect();
            rest.len() >= o.len() && rest.iter().zip(&o).all(|(w, p)| w == p)
        })
    };
    match last {
        // "I'd rather die than eat broccoli" is a preference; "je préfère crever que
        // continuer comme ça" is not.
        "mourir" | "die" | "crever" | "dead"
            if matches!(
                rest.first().map(String::as_str),
                Some("than" | "que" | "plutot")
            ) && !rest[1..]
                .iter()
                .take(3)
                .any(|w| GOING_ON.contains(&w.as_str())) =>
        {
            true
        }
        // "Mourir de sommeil, de rire, de froid": a manner of speaking, unless "de toute
        // façon".
        "mourir" | "crever"
            if matches!(rest.first().map(String::as_str), Some("de" | "d"))
                && rest.get(1).is_none_or(|w| w != "toute") =>
        {
            true
        }
        // "Me noyer dans les factures": unless it names water.
        "noyer"
            if matches!(rest.first().map(String::as_str), Some("dans" | "sous"))
                && !rest.iter().take(4).any(|w| WATER.contains(&w.as_str())) =>
        {
            true
        }
        "mourir" | "die" | "crever" | "dead" => starts(&[
            "chez",
            "dignement",
            "dans la dignite",
            "entoure",
            "entouree",
            "a la maison",
            "de rire",
            "de honte",
            "de chaud",
            "de froid",
            "d ennui",
            "de faim",
            "at home",
            "with dignity",
            "peacefully",
            "of laughter",
            "laughing",
            "of embarrassment",
            "of boredom",
            "in my own bed",
            "my hair",
            "her hair",
            "his hair",
            "their hair",
            "dans mon lit",
            "vieux",
            "vieille",
            "heureux",
            "heureuse",
            "en paix",
            "paisiblement",
            "sur une plage",
            "old",
            "happy",
            "le plus tard",
            "tres vieux",
            "tres vieille",
            "pour",
            "for",
        ]),
        "finir" | "terminer" | "end" => {
            // "en finir avec ces démarches" is ordinary; "en finir avec la vie, avec tout"
            // is not.
            match rest.iter().position(|w| w == "avec" || w == "with") {
                Some(i) => !rest[i + 1..]
                    .iter()
                    .take(3)
                    .any(|w| LIFE.contains(&w.as_str())),
                None => false,
            }
        }
        // "La mort de ma mère", "la mort de ce vieux PC": someone's or something's.
        "mort" => starts(&["de", "d", "du", "des"]),
        "tuer" | "tue" => starts(&[
            "a la tache",
            "au travail",
            "au boulot",
            "au taf",
            "a le",
            "a la",
            "a force",
            "de travail",
            "de boulot",
            "a petit feu",
            "a les",
            "le temps",
        ]),
        "disparaitre" | "disappear" => starts(&[
            "sous",
            "dans un trou",
            "under",
            "quelques",
            "un moment",
            "un peu",
            "pendant",
            "en vacances",
            "le week end",
            "de la circulation",
            "des reseaux",
            "for a while",
            "for the",
            "into",
            "for some",
            "quand",
            "when",
            "for a bit",
        ]),
        // "Il m'a menacée de partir": a quarrel, not a threat to her life.
        "menace" | "menacee" | "menaces" => starts(&[
            "d un proces",
            "d une plainte",
            "de porter plainte",
            "de me virer",
            "de me licencier",
            "de partir",
            "de me quitter",
            "de divorcer",
            "de rompre",
            "de demenager",
            "de s en aller",
        ]),
        // "Des coups de main": help given.
        "coups" | "coup" => starts(&[
            "de main",
            "de fil",
            "de pouce",
            "d oeil",
            "de coeur",
            "de foudre",
            "de mou",
            "de blues",
            "de stress",
            "de soleil",
        ]),
        // "Elle m'a mis une claque au tennis": beaten at a game.
        "claque" | "raclee" | "gifle" => starts(&["au", "aux", "en", "a la"]),
        "effondre" | "effondree" | "ecroule" | "ecroulee" => {
            starts(&["en larmes", "de rire", "in tears"])
        }
        "inutile" | "nul" | "nulle" => starts(&[
            "au travail",
            "au boulot",
            "en",
            "au",
            "a la",
            "dans",
            "at work",
        ]),
        "bon" | "toujours" | "definitivement" => {
            starts(&["de", "d", "a", "au", "en", "vivre", "loin", "chez", "dans"])
        }
        "poitrine" => starts(&["quand je tousse", "en toussant"]),
        "responding" => starts(&["to"]),
        // A hunting gun at home is not a threat.
        "fusils" => starts(&["de chasse"]),
        // "J'étouffe dans ce bureau": a feeling, not a throat that closes.
        "etouffe" => starts(&[
            "dans",
            "un peu",
            "ici",
            "avec",
            "sous",
            "de chaleur",
            "de chaud",
        ]),
        "reveiller" | "wake" => {
            starts(&["la nuit", "en pleine nuit", "toutes les nuits", "at night"])
        }
        "respirer" | "breathe" => starts(&["par le nez", "through"]),
        "noyer" => starts(&[
            "sous",
            "dans le travail",
            "dans le boulot",
            "dans mon travail",
            "dans un verre",
            "dans les papiers",
            "dans les dossiers",
        ]),
        "couper" | "coupe" | "coupee" => starts(&[
            "les cheveux",
            "les ongles",
            "la frange",
            "la barbe",
            "en cuisinant",
            "du pain",
        ]),
        "tape" | "tapes" | "tapent" | "tapee" => starts(&[
            "sur les nerfs",
            "sur le systeme",
            "dans l oeil",
            "au jeu",
            "aux jeux",
            "au foot",
            "aux cartes",
            "sur l epaule",
            "la bise",
            "la discute",
            "dans la main",
        ]),
        "touche" | "touches" | "touchent" | "frappe" => starts(&[
            "beaucoup",
            "par",
            "profondement",
            "enormement",
            "vraiment",
            "au coeur",
            "le front",
            "le coeur",
            "au ping pong",
            "aux echecs",
            "aux cartes",
            "au tennis",
        ]),
        "beat" | "beats" => starts(&["at", "to it"]),
        // "She beat me to it": first at something.
        "me" => {
            starts(&["to it"])
                || rest.first().is_some_and(|w| w == "at")
                    && !rest
                        .get(1)
                        .is_some_and(|w| matches!(w.as_str(), "home" | "night" | "school" | "work"))
        }
        // "Quelqu'un me suit sur Instagram".
        "suit" | "suivent" => starts(&["sur", "on", "en therapie"]),
        "poursuit" | "poursuivent" => starts(&["en justice", "pour", "ses", "son", "sa"]),
        "tuerais" | "tuerai" => starts(&["pour"]),
        "bat" | "battent" | "battu" | "battue" => starts(&["au", "aux", "a la", "at"]),
        "blue" | "bleu" | "bleue" | "bleues" | "bleus" => {
            starts(&["from", "because", "de froid", "a cause"])
        }
        // A toy, or patience, is not a threat.
        "flingue" | "pistolet" | "fusil" | "arme" => starts(&[
            "en plastique",
            "a eau",
            "jouet",
            "de chasse",
            "de patience",
            "de courage",
        ]),
        "gonfle" | "gonfles" => starts(&["un peu", "legerement"]),
        "here" => starts(&["when", "for", "at", "during", "until"]),
        "bruler" => starts(&["au soleil", "en cuisinant", "au four"]),
        "armee" | "armes" => starts(&["de patience", "de courage"]),
        "rope" | "knife" => starts(&["for", "to cut"]),
        "agressee" | "agresse" => starts(&["verbalement"]),
        "cogne" => starts(&["les pieds", "le pied"]),
        "appartement" | "maison" => starts(&["pour"]),
        "rien" => starts(&["en", "au", "a la", "dans"]),
        "up" => starts(&["early", "at", "before", "late", "in time"]),
        "live" => starts(&["in", "with", "at", "near", "on", "abroad"]),
        "inconsci" | "inconscient" | "inconsciente" | "inconscients" => {
            starts(&["de", "du", "des"])
        }
        "gun" => starts(&["license", "licence", "permit", "safe", "cabinet"]),
        "corde" => starts(&["a linge", "a sauter", "de guitare", "d escalade"]),
        "frapper" | "frappee" => starts(&[
            "par un ballon",
            "par une balle",
            "par la foudre",
            "par le ballon",
        ]),
        "jeter" => starts(&["a l eau"]),
        "hurts" => starts(&["after", "when i cough", "from coughing"]),
        "bout" => starts(&["de souffle", "de bras", "du fil", "du monde", "du couloir"]),
        "seul" | "seule" | "seuls" | "seules" | "alone" | "lonely" => starts(&[
            "face a", "avec", "pour", "a gerer", "dans", "in", "with", "to",
        ]),
        _ => false,
    }
}

/// What one would rather die than do, when it is life itself.
const GOING_ON: &[&str] = &[
    "continuer",
    "vivre",
    "supporter",
    "subir",
    "souffrir",
    "rester",
    "continue",
    "live",
    "living",
    "go",
    "going",
    "keep",
    "endure",
    "suffer",
    "stay",
    "be",
];

/// What one drowns in, for real.
const WATER: &[&str] = &[
    "lac",
    "riviere",
    "mer",
    "seine",
    "fleuve",
    "canal",
    "baignoire",
    "eau",
    "etang",
    "piscine",
    "loire",
    "rhone",
];

/// What "en finir avec …" must name to be about one's life.
const LIFE: &[&str] = &[
    "vie",
    "existence",
    "tout",
    "moi",
    "jours",
    "monde",
    "life",
    "everything",
    "myself",
    "it",
];

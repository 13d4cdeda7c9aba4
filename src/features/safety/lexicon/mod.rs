//! The words of emergencies, in French and English, as [`super::detect`] reads them.
//!
//! Phrases are written folded (no accents, no apostrophes, lower case) and without the
//! particle *ne*, which the reader drops. In a phrase:
//! - `a|b` is either word, `abc*` any word starting with `abc`, `=abc` that word with no
//!   typo (for words one letter away from an everyday word: "agresse", "adresse");
//! - `(a b|c)` is either run of words, `(a b|)` the words or nothing;
//! - `@name` is any word of the set [`set`] names ("@meds": the pills);
//! - `~` lets up to four other words in between (never a negation, a comma nor a word
//!   opening another clause, [`GAP_STOPS`]);
//! - `#` is a number of ten or more ("30 cachets", "vingt comprimés");
//! - a final ` $` means the phrase must end its clause;
//! - a leading `?` marks a *weak* phrase, ignored when the sentence talks about the topic
//!   (prevention, an association, signs to recognise) or tells the past ("il y a deux ans");
//! - a leading `%` marks a wish that fear reverses ("peur de mourir" is not a wish to die).
//!
//! Several phrases share a line when separated by ` | ` (with spaces). A bare `a|b` chooses
//! one *word*: alternatives of several words need a group, `(a b|c d)`.
//!
//! Prefer ideas to sentences: a set of wishing words (`@want`), a few free words, then a
//! group of every way of saying one's own death covers wordings nobody listed.

/// What a message was recognised as, each with its own help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// Immediate danger from someone (a weapon, a break-in, a threat to kill): 17 / 112.
    Danger,
    /// A medical emergency happening now: 15 / 112.
    Medical,
    /// An overdose or a poisoning: 15 / 112.
    Overdose,
    /// Suicidal thoughts, hopelessness, farewells, preparations: 3114.
    Suicide,
    /// Self-harm: 3114.
    SelfHarm,
    /// Violence in the couple or the family: 3919.
    Violence,
    /// A child in danger: 119.
    Child,
    /// Distress that is not an emergency: a listening line.
    Distress,
}

impl Category {
    /// Every category, the most urgent first: the order in which the help is given.
    pub const ALL: [Category; 8] = [
        Category::Danger,
        Category::Medical,
        Category::Overdose,
        Category::Suicide,
        Category::SelfHarm,
        Category::Violence,
        Category::Child,
        Category::Distress,
    ];

    /// The stable name used in locale ids and in the evaluation files.
    pub fn name(self) -> &'static str {
        match self {
            Category::Danger => "danger",
            Category::Medical => "medical",
            Category::Overdose => "overdose",
            Category::Suicide => "suicide",
            Category::SelfHarm => "selfharm",
            Category::Violence => "violence",
            Category::Child => "child",
            Category::Distress => "distress",
        }
    }

    /// Parses a name produced by [`Category::name`].
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// The phrases of each category.
pub const PHRASES: &[(Category, &[&str])] = &[
    (Category::Suicide, SUICIDE),
    (Category::SelfHarm, SELF_HARM),
    (Category::Overdose, OVERDOSE),
    (Category::Medical, MEDICAL),
    (Category::Violence, VIOLENCE),
    (Category::Child, CHILD),
    (Category::Danger, DANGER),
    (Category::Distress, DISTRESS),
];

mod abuse;
mod health;
mod idioms;
mod suicide;

pub use idioms::ordinary_after;

use abuse::{CHILD, DANGER, DISTRESS, VIOLENCE};
use health::{MEDICAL, OVERDOSE};
use suicide::{SELF_HARM, SUICIDE};

/// Word sets that phrases name as `@name`, to say once what many phrases share.
pub fn set(name: &str) -> Option<&'static str> {
    Some(match name {
        // Pills, generic and by name (French and English), for overdoses and stockpiles.
        "meds" => concat!(
            "medicaments|medicament|medocs|medoc|cachets|cachet|comprimes|comprime|pilules|",
            "gelules|somniferes|anxiolytiques|antidepresseurs|calmants|neuroleptiques|",
            "doliprane|dafalgan|efferalgan|paracetamol|ibuprofene|aspirine|xanax|lexomil|",
            "temesta|seresta|valium|lysanxia|stilnox|zolpidem|zopiclone|imovane|tramadol|",
            "codeine|morphine|methadone|subutex|oxycodone|lamaline|lithium|insuline|tercian|",
            "benzo*|opio*|pills|pill|tablets|meds|painkillers|sleeping|tylenol|ibuprofen|",
            "advil|aspirin|insulin|antidepressants|opioids|heroine|heroin|cocaine|coke|crack|",
            "ghb|ketamine|fentanyl|drogue|drogues|drugs|mdma|ecstasy|lsd"
        ),
        // Household products that poison.
        "poison" => concat!(
            "javel|deboucheur|destop|lessive|vaisselle|antigel|detergent|acide|soude|",
            "ammoniac|insecticide|pesticide|raticide|desherbant|white|essence|petrole|",
            "refroidissement|ammoniaque|chlore|methanol|solvant|diluant|engrais|",
            "produit|produits|bleach|antifreeze|pods"
        ),
        // Wishing, intending, longing, deciding, as French says it before a verb of
        // dying ("envie de", "je voudrais", "j'ai hâte de", "je suis prête à").
        "want" => concat!(
            "envie|envies|veux|voudrais|aimerais|souhaite|souhaiterais|gout|",
            "prefere|preferais|prefererais|desire|reve|besoin|pret|prete|decide|decidee|",
            "compte|hate|espere|prie|envisage|projette|prevois|tentation|tente|songe|",
            "pense|penser|obsede|obsedee|tentee|aimerai"
        ),
        // The same in English, before "to die", "to end it".
        "wanten" => concat!(
            "want|wanna|wish|ready|decided|planning|plan|thinking|think|considering|",
            "tempted|need|longing|hope|pray|praying|deserve|urge|urges|going|gonna|",
            "about|wants"
        ),
        "weapon" => concat!(
            "couteau|couteaux|arme|armes|fusil|pistolet|flingue|revolver|carabine|hache|",
            "machette|cutter|batte|knife|gun|rifle|pistol|weapon|machete|bat|crowbar|hammer|",
            "marteau|barre"
        ),
        // Someone who threatens, unnamed.
        "someone" => "homme|type|mec|gars|individu|quelqu|inconnu*|groupe|voisin|ex",
        // The partner (3919).
        "partner" => concat!(
            "mari|conjoint|compagnon|copain|ex|concubin|femme|compagne|copine|epoux|epouse|",
            "partenaire"
        ),
        // A parent or a relative with authority over a child (119).
        "parent" => concat!(
            "pere|papa|mere|maman|parents|oncle|tante|parrain|nounou|",
            "cousin|daron|daronne|frere|soeur"
        ),
        // What one does to hurt someone, as said in the present or the passé composé.
        "hit" => concat!(
            "frappe*|bat|battent|=battu*|tape|tapent|tapee|cogne*|etrangle*|gifle*|tabasse*|",
            "viole*|violee|brutalise*|maltraite*|bouscule*|secoue*|enferme*|menace*|",
            "terrorise*|harcel*|insulte*|humilie*|defigur*|tue|fracass*|=agresse*"
        ),
        _ => return None,
    })
}

/// Words that, just before a phrase, negate it.
pub const NEGATIONS: &[&str] = &[
    "pas",
    "jamais",
    "plus",
    "not",
    "never",
    "no",
    "t",
    "guere",
    "aucunement",
    "aucun",
    "aucune",
];

/// Words read past when looking back for a negation ("pas du tout envie de mourir").
pub const FILLERS: &[&str] = &[
    "du",
    "tout",
    "vraiment",
    "really",
    "at",
    "all",
    "au",
    "a",
    "de",
    "d",
    "even",
    "ever",
    "surtout",
    "absolument",
    "franchement",
];

/// Words that begin a new clause: a negation before them does not reach past them.
pub const CLAUSE_STARTS: &[&str] = &[
    "je", "j", "i", "il", "elle", "on", "tu", "you", "he", "she", "we", "they", "ils", "elles",
    "nous", "vous", "mais", "but", "et", "and", "donc", "car", "because", "parce", "alors", "puis",
    "then", "sinon", "or", "ou", "so",
];

/// Words a `~` does not skip, as they open another clause whose verb is not the
/// speaker's: "j'aimerais savoir si on peut mourir", "I want to know if he will die".
pub const GAP_STOPS: &[&str] = &[
    "si", "on", "qu", "quand", "comment", "pourquoi", "savoir", "if", "whether", "how", "why",
    "know",
];

/// Words that may stand inside any phrase without changing it: "il m'a encore frappée",
/// "je veux juste mourir", "I just want to die".
pub const ADVERBS: &[&str] = &[
    "encore",
    "deja",
    "souvent",
    "toujours",
    "meme",
    "vraiment",
    "tellement",
    "juste",
    "trop",
    "carrement",
    "grave",
    "serieux",
    "franchement",
    "simplement",
    "seulement",
    "genre",
    "limite",
    "tant",
    "really",
    "just",
    "so",
    "still",
    "again",
    "actually",
    "literally",
    "honestly",
    "seriously",
    "kinda",
    "like",
    "totally",
    "truly",
    "only",
    "tout",
    "toute",
    "completement",
    "totalement",
    "completely",
    "totally",
    "vrmt",
    "trop",
    "all",
    "beaucoup",
    "way",
    "far",
];

/// Words of time that may close a clause ("je me tue demain", "je craque ce soir").
pub const TIMES: &[&str] = &[
    "demain",
    "maintenant",
    "bientot",
    "ce",
    "soir",
    "cette",
    "nuit",
    "matin",
    "tonight",
    "tomorrow",
    "now",
    "soon",
    "today",
    "fr",
    "tbh",
    "ngl",
    "istg",
    "lol",
    "frr",
    "srx",
];

/// Words after which "plus" compares rather than negates ("de plus en plus envie de
/// mourir", "encore plus envie").
pub const COMPARATIVES: &[&str] = &[
    "serait", "serais", "seraient", "sera", "seront", "encore", "de", "en", "bien", "beaucoup",
    "toujours", "un", "peu", "le", "la", "des",
];

/// Words of fear: a death feared is not a death wished.
pub const FEARS: &[&str] = &[
    "peur",
    "crainte",
    "crains",
    "craint",
    "angoisse",
    "afraid",
    "scared",
    "fear",
    "terrified",
    "terrifie",
    "terrifiee",
    "inquiet",
    "inquiete",
    "worried",
    "frightened",
];

/// Markers of a sentence that talks about the subject rather than living it, written like
/// phrases (`|`, `*`, `~`, `#`).
pub const TOPICAL: &[&str] = &[
    "prevention",
    "prevenir",
    "endeuill*",
    "deuil",
    "association*",
    "formation*",
    "benevol*",
    "conference*",
    "atelier*",
    "statistique*",
    "reconnaitre",
    "signes",
    "symptome*",
    "en cas de",
    "que faire",
    "c est quoi",
    "qu est ce",
    "definition",
    "sensibilis*",
    "lutte contre",
    "film",
    "livre",
    "article",
    "reportage",
    "veterinaire",
    "comme tout le monde",
    "like everyone",
    "anniversaire",
    "noel",
    "christmas",
    "birthday",
    "=movie",
    "pour rire",
    "pour jouer",
    "en jouant",
    "en rigolant",
    "for fun",
    "mais ca va|ira|passe",
    "but it passes",
    "but i m ok|fine",
    "veto",
    "vet",
    "documentaire",
    "emission",
    "sur le suicide",
    "numero",
    "awareness",
    "training",
    "workshop",
    "signs of",
    "what to do",
    "charity",
    "volunteer*",
    "risque*",
    "eviter",
    "combien",
    "maximum",
    "dose max*",
    "temoign*",
    "accompagner",
    "podcast",
    "survivant*",
    "proches de",
    "research",
    "study",
    "s est suicid*",
    "le suicide de|d",
    "suicide de mon",
    "suicide de ma",
    "suicide de son",
    "suicide de sa",
    "par suicide",
    "died by",
    "by suicide",
    // Someone else's story, or what to answer them.
    "si quelqu un",
    "quoi repondre|dire",
    "on a parle",
    "parle* du|de la|des",
    "un proche",
    "d un ami|d une amie",
    "participant*",
    "number",
    "risk*",
    "how many|much",
    "max",
    "palliati*",
    "fin de vie",
    "detecteur*",
    "bereaved",
    "plus tard",
];

/// Markers of a sentence that tells the past, written like phrases. Not the passé composé
/// itself ("il a fait un malaise et il respire plus" is now): a time long gone.
pub const PAST: &[&str] = &[
    "il y a ~ ans|an|annees|mois|semaines|longtemps",
    "il y a plus de ~ ans|mois",
    "an|annee|mois|semaine|hiver|ete|printemps|automne dernier|derniere|passe|passee",
    "autrefois",
    "quand j etais",
    "quand il|elle etait",
    "apres mon|ma|son|sa|l|une",
    "depuis mon|ma|son|sa",
    "en 199*|200*|201*|202*",
    "en janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre",
    "years|months ago",
    "year|month ago",
    "last year|month|week|summer|winter",
    "after my|his|her",
    "since my",
    "used to",
    "when i was",
    "had a",
    "had my",
    "ans apres",
    "gueri*",
    "remis*",
    "remise",
    "sobre|abstinent|clean depuis",
];

/// Numbers of ten or more, in words.
pub const MANY: &[&str] = &[
    "dix",
    "onze",
    "douze",
    "quinze",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "cent",
    "dizaine",
    "douzaine",
    "quinzaine",
    "vingtaine",
    "trentaine",
    "ten",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "dozen",
];

/// SMS spellings and contractions, as a careful writer would have written them (folded).
pub fn contraction(word: &str) -> Option<&'static str> {
    Some(match word {
        "chui" | "chuis" | "chu" | "jsui" | "jss" => "je suis",
        "g" => "j ai",
        "jai" => "j ai",
        "jen" => "j en",
        "cest" => "c est",
        "c" => "c est",
        "sest" => "s est",
        "jsp" | "jsais" => "je sais pas",
        "pa" => "pas",
        "plu" => "plus",
        "pri" => "pris",
        "detre" => "d etre",
        "jetais" => "j etais",
        "limpression" => "l impression",
        "vx" | "veu" | "veus" => "veux",
        "vai" => "vais",
        "envi" | "anvie" => "envie",
        "tt" => "tout",
        "ts" => "tous",
        "tte" => "toute",
        "ttes" => "toutes",
        "bcp" => "beaucoup",
        "koi" => "quoi",
        "ki" => "qui",
        "ke" => "que",
        "kan" => "quand",
        "pk" | "pq" | "pkoi" | "pourkoi" => "pourquoi",
        "mwa" | "moa" => "moi",
        "twa" | "toa" => "toi",
        "ya" => "il y a",
        "qqn" | "qqun" | "qq1" | "kelkun" | "quelquun" => "quelqu un",
        "pr" => "pour",
        "ds" => "dans",
        "vs" => "vous",
        "dla" => "de la",
        "ptet" | "ptetre" => "peut etre",
        "auj" | "ajd" => "aujourd hui",
        "mm" => "meme",
        "pu" => "plus",
        "im" => "i m",
        "ive" => "i ve",
        "dont" => "don t",
        "cant" => "can t",
        "wont" => "won t",
        "didnt" => "didn t",
        "doesnt" => "doesn t",
        "isnt" => "isn t",
        "wasnt" => "wasn t",
        "aint" => "ain t",
        "whats" => "what s",
        "thats" => "that s",
        "wanna" => "want to",
        "gonna" => "going to",
        "gotta" => "got to",
        "u" => "you",
        "ur" => "your",
        "r" => "are",
        "ppl" => "people",
        "cuz" | "coz" | "bc" | "bcs" => "because",
        "idk" => "i don t know",
        "rn" => "right now",
        "pls" | "plz" => "please",
        "bf" => "boyfriend",
        "gf" => "girlfriend",
        "hubby" => "husband",
        "2" => "to",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.name()), Some(c));
        }
    }
}

//! Crisis wording detection and emergency contacts.
//!
//! Every incoming text is checked. Detection looks for whole phrases (suicidal thoughts,
//! self-harm, acute danger) in French and English, after folding accents and case, with one
//! typo allowed in longer words, and ignores phrases directly negated ("je n'ai pas envie de
//! mourir"). Single alarming words used in ordinary health talk ("mourir", "tuer", "danger")
//! never trigger on their own.

use crate::core::text::{within_one_edit, words};
use crate::features::kit::Ctx;

/// Phrases in folded words. A trailing `*` on a word matches any word starting with it; a
/// final `$` means the phrase must end its clause ("je n'ai pas envie de vivre." but not
/// "pas envie de vivre ça toute seule").
const PHRASES: &[&str] = &[
    // French: suicidal thoughts.
    "suicid*",
    "je vais me tuer",
    "vais me tue",
    "veux me tuer",
    "veux me tue",
    "voudrais me tuer",
    "envie de me tuer",
    "pense a me tuer",
    "aller me tuer",
    "envie de mourir",
    "veux mourir",
    "jveux mourir",
    "voudrais mourir",
    "veut mourir",
    "aimerais mourir",
    "prefere mourir",
    "prefererais mourir",
    "ne veux plus vivre",
    "veux plus vivre",
    "plus envie de vivre",
    "pas envie de vivre $",
    "marre de vivre",
    "plus la force de vivre",
    "envie d en finir",
    "veux en finir",
    "vais en finir",
    "en finir avec la vie",
    "en finir avec ma vie",
    "mettre fin a mes jours",
    "mettre fin a ma vie",
    "me foutre en l air",
    "veux disparaitre",
    "envie de disparaitre",
    "que tout s arrete",
    "envie de ne plus me reveiller",
    "veux ne plus me reveiller",
    "voudrais ne plus me reveiller",
    "prefere ne plus me reveiller",
    "me jeter sous",
    "me jeter du",
    "me jeter par",
    "me jeter dans le vide",
    "sauter du pont",
    "sauter du balcon",
    "sauter par la fenetre",
    "me pendre",
    "me tirer une balle",
    // French: self-harm and overdose.
    "envie de me faire du mal",
    "veux me faire du mal",
    "voudrais me faire du mal",
    "vais me faire du mal",
    "pense a me faire du mal",
    "besoin de me faire du mal",
    "je me fais du mal",
    "scarifi*",
    "me mutiler",
    "automutil*",
    "auto mutil*",
    "me couper les veines",
    "me taillader",
    "fait une overdose",
    "faire une overdose",
    "fais une overdose",
    "fait une surdose",
    "toute la boite de",
    "ai avale tous mes",
    "ai avale toutes mes",
    "toute ma boite de",
    "toutes mes pilules d un coup",
    "tous mes medicaments d un coup",
    "tous mes cachets d un coup",
    "tous mes comprimes d un coup",
    // French: acute danger.
    "je suis en danger",
    "en danger de mort",
    "il va me tuer",
    "elle va me tuer",
    "ils vont me tuer",
    "on va me tuer",
    "veut me tuer",
    "menace de me tuer",
    "il me frappe",
    "on me frappe",
    "elle me frappe $",
    "mari me frappe",
    "femme me frappe",
    "conjoint me frappe",
    "compagnon me frappe",
    "compagne me frappe",
    "copain me frappe",
    "il m a frappe*",
    "il me bat",
    "mari me bat",
    // English.
    "kill myself",
    "killing myself",
    "end my life",
    "ending my life",
    "end it all",
    "take my own life",
    "want to die",
    "wanna die",
    "wish i was dead",
    "wish i were dead",
    "better off dead",
    "no reason to live",
    "dont want to live",
    "don t want to live",
    "do not want to live",
    "dont want to be here anymore",
    "don t want to be here anymore",
    "self harm*",
    "selfharm*",
    "want to hurt myself",
    "going to hurt myself",
    "hurt myself on purpose",
    "hurting myself on purpose",
    "i m hurting myself",
    "im hurting myself",
    "been hurting myself",
    "thoughts of hurting myself",
    "cutting myself",
    "took an overdose",
    "take an overdose",
    "i overdosed",
    "ve overdosed",
    "took all my pills",
    "swallowed all my pills",
    "i am in danger",
    "i m in danger",
    "im in danger",
    "going to kill me",
    "gonna kill me",
    "wants to kill me",
    "threatening to kill me",
    "he hits me",
    "she hits me",
    "husband hits me",
    "partner hits me",
    "beats me up",
];

/// Words that, shortly before a phrase in the same clause, negate it ("don't" folds to
/// "don t").
const NEGATIONS: &[&str] = &[
    "pas", "jamais", "plus", "not", "never", "no", "t", "dont", "cant", "wont",
];

/// Words skipped when looking back for a negation ("pas du tout envie de mourir").
const FILLERS: &[&str] = &["du", "tout", "vraiment", "really", "at", "all", "ne", "n"];

/// What may follow "veux mourir" in ordinary end-of-life talk ("je veux mourir chez moi").
const PEACEFUL_ENDINGS: &[&str] = &[
    "chez",
    "dignement",
    "entoure",
    "entouree",
    "at home",
    "with dignity",
];

/// Whether a message contains crisis wording.
pub fn is_crisis(text: &str) -> bool {
    text.split(['.', ',', ';', ':', '!', '?', '\n', '(', ')'])
        .any(|clause| clause_is_crisis(&words(clause)))
}

fn clause_is_crisis(words: &[String]) -> bool {
    PHRASES.iter().any(|phrase| {
        let (phrase, clause_end) = match phrase.strip_suffix(" $") {
            Some(p) => (p, true),
            None => (*phrase, false),
        };
        let pattern: Vec<&str> = phrase.split(' ').collect();
        (0..words.len()).any(|start| {
            matches_at(words, start, &pattern)
                && (!clause_end || start + pattern.len() == words.len())
                && !negated(words, start)
                && !peaceful(words, start + pattern.len(), phrase)
        })
    })
}

fn matches_at(words: &[String], start: usize, pattern: &[&str]) -> bool {
    start + pattern.len() <= words.len()
        && pattern
            .iter()
            .zip(&words[start..])
            .all(|(p, w)| word_matches(p, w))
}

/// One pattern word against one message word, allowing one typo in words of 5+ letters
/// that begin with the same letter (so "courir" never reads as "mourir").
fn word_matches(pattern: &str, word: &str) -> bool {
    if pattern.as_bytes().first() != word.as_bytes().first() {
        return false;
    }
    if let Some(prefix) = pattern.strip_suffix('*') {
        if word.starts_with(prefix) {
            return true;
        }
        // "sucide", "suiside", "suicde": compare with the word's beginning, a letter either side.
        return prefix.len() >= 5
            && (prefix.len() - 1..=prefix.len() + 1).any(|n| {
                word.get(..n)
                    .is_some_and(|head| within_one_edit(prefix, head))
            });
    }
    word == pattern || (pattern.len() >= 5 && within_one_edit(pattern, word))
}

/// A negation among the two words before the phrase, fillers aside.
fn negated(words: &[String], start: usize) -> bool {
    words[..start]
        .iter()
        .rev()
        .filter(|w| !FILLERS.contains(&w.as_str()))
        .take(2)
        .any(|w| NEGATIONS.contains(&w.as_str()))
}

fn peaceful(words: &[String], after: usize, phrase: &str) -> bool {
    if !phrase.ends_with("mourir") && !phrase.ends_with("die") {
        return false;
    }
    let rest = words[after.min(words.len())..].join(" ");
    PEACEFUL_ENDINGS.iter().any(|e| rest.starts_with(e))
}

/// The emergency contacts and a kind sentence, in the sender's language.
pub fn emergency_text(ctx: &Ctx<'_>) -> String {
    format!(
        "{}\n\n{}",
        ctx.t("emergency-contacts"),
        ctx.t("emergency-kind")
    )
}

/// `/urgence`: the contacts, where they were asked for.
pub fn send_contacts(ctx: &mut Ctx<'_>) {
    let text = emergency_text(ctx);
    ctx.reply(text);
}

/// Crisis wording was detected: the contacts go to the person privately; a group only gets a
/// neutral reminder that points at nobody.
pub fn respond_to_crisis(ctx: &mut Ctx<'_>) {
    let text = emergency_text(ctx);
    if ctx.in_group() {
        let reminder = ctx.t("emergency-group");
        ctx.reply(reminder);
    }
    ctx.reply_privately(text);
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "safety",
    commands: &[crate::features::commands::Command::Emergency],
    actions: &[],
    dialogues: &[],
    jobs: &[],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_crisis_wording_in_french_and_english() {
        for text in [
            "j'ai envie de mourir",
            "J’ai envie de mourrir",
            "je pense au suicide",
            "je veux me suicider",
            "j'ai des pensées suicidaires",
            "je pense au sucide depuis hier",
            "SUISIDE",
            "jveux mourir",
            "je vais me tué",
            "je n'ai plus envie de vivre",
            "j'en ai marre de vivre",
            "je veux en finir",
            "je me scarifie",
            "je voudrais me faire du mal",
            "j'ai avalé tous mes médicaments",
            "aidez moi je suis en danger",
            "il va me tuer",
            "mon fils veut mourir",
            "I want to kill myself",
            "i dont want to live anymore",
            "I've been self-harming",
            "I wanna die",
            "I'm in danger",
            "je ne veux plus vivre",
            "je veux plus vivre comme ça",
            "je veux disparaître",
            "je veux que tout s'arrête",
            "je vais me tirer une balle",
            "je vais sauter du balcon",
            "j'ai avalé toute la boîte de Doliprane",
            "mon mari me frappe",
            "il m'a frappée hier soir",
            "ça va pas, je veux mourir",
            "je ne peux pas, je veux en finir",
            "I can't, I want to die",
            "I want to end it all",
            "I don't want to be here anymore",
            "I took all my pills",
            "my husband hits me",
            "je n'ai pas envie de vivre.",
        ] {
            assert!(is_crisis(text), "should detect: {text}");
        }
    }

    #[test]
    fn ordinary_health_talk_is_not_an_alarm() {
        for text in [
            "j'ai peur de mourir de ce cancer",
            "je n'ai pas envie de mourir, je veux comprendre mon traitement",
            "mon traitement me tue, je suis épuisée",
            "je suis mort de fatigue après la chimio",
            "je me bats contre la maladie depuis 10 ans",
            "je me suis coupé en cuisinant",
            "le diabète peut tuer si on ne le soigne pas",
            "est-ce dangereux de prendre ce médicament ?",
            "je ne suis pas en danger, merci",
            "I'm dying to meet other patients",
            "this pain is killing me",
            "I don't want to die, I want to live well with MS",
            "j'ai envie de courir un marathon",
            "j'ai bien pris tous mes médicaments ce matin",
            "j'avale tous mes cachets le matin",
            "j'ai peur de ne plus me réveiller après l'anesthésie",
            "cette chimio va me tuer",
            "est-ce que ce cancer va me tuer ?",
            "ce médicament peut-il me faire du mal ?",
            "quel est le risque d'overdose avec la morphine ?",
            "I hurt myself when I fell",
            "je veux mourir chez moi, pas à l'hôpital",
            "je n'ai pas envie de vivre ça toute seule, je cherche un pair-aidant",
            "je n'ai pas du tout envie de mourir",
            "il n'est plus en danger de mort",
            "elle me frappe par son courage",
            "je veux courir à nouveau après mon AVC",
            "/definition pair aidance",
            "permanence SEP à Lyon",
            "c'est quoi le continuum d'engagement ?",
            "",
        ] {
            assert!(!is_crisis(text), "false alarm: {text}");
        }
    }
}

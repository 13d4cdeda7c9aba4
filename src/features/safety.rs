//! Crisis wording detection and emergency contacts.
//!
//! Every incoming text is checked. Detection looks for whole phrases (suicidal thoughts,
//! self-harm, acute danger) in French and English, after folding accents and case, with one
//! typo allowed in longer words, and ignores phrases directly negated ("je n'ai pas envie de
//! mourir"). Single alarming words used in ordinary health talk ("mourir", "tuer", "danger")
//! never trigger on their own.

use crate::core::Ctx;
use crate::core::text::words;

/// Phrases in folded words. A trailing `*` on a word matches any word starting with it.
const PHRASES: &[&str] = &[
    // French: suicidal thoughts.
    "suicid*",
    "me tuer",
    "vais me tue",
    "veux me tue",
    "envie de mourir",
    "veux mourir",
    "jveux mourir",
    "voudrais mourir",
    "veut mourir",
    "aimerais mourir",
    "prefere mourir",
    "prefererais mourir",
    "envie d en finir",
    "veux en finir",
    "vais en finir",
    "en finir avec la vie",
    "en finir avec ma vie",
    "mettre fin a mes jours",
    "mettre fin a ma vie",
    "me foutre en l air",
    "plus envie de vivre",
    "pas envie de vivre",
    "marre de vivre",
    "plus la force de vivre",
    "ne plus me reveiller",
    "me jeter sous",
    "me jeter du",
    "me jeter par",
    "me pendre",
    "sauter du pont",
    "sauter par la fenetre",
    // French: self-harm and overdose.
    "me faire du mal",
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
    "avaler tous mes medicaments",
    "avale tous mes medicaments",
    "pris tous mes medicaments",
    "avaler tous mes cachets",
    "avale tous mes cachets",
    "pris tous mes cachets",
    // French: acute danger.
    "je suis en danger",
    "en danger de mort",
    "va me tuer",
    "veut me tuer",
    "menace de me tuer",
    "il me frappe",
    "elle me frappe",
    "on me frappe",
    // English.
    "kill myself",
    "killing myself",
    "end my life",
    "ending my life",
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
    "self harm*",
    "selfharm*",
    "hurt myself",
    "hurting myself",
    "harm myself",
    "cutting myself",
    "took an overdose",
    "take an overdose",
    "overdosed",
    "i am in danger",
    "i m in danger",
    "im in danger",
    "going to kill me",
    "gonna kill me",
    "wants to kill me",
    "threatening to kill me",
];

/// Words that, just before a phrase, negate it ("don't" folds to "don t").
const NEGATIONS: &[&str] = &[
    "pas", "jamais", "not", "never", "no", "t", "dont", "cant", "wont",
];

/// Whether a message contains crisis wording.
pub fn is_crisis(text: &str) -> bool {
    let words = words(text);
    PHRASES.iter().any(|phrase| {
        let pattern: Vec<&str> = phrase.split(' ').collect();
        (0..words.len()).any(|start| matches_at(&words, start, &pattern) && !negated(&words, start))
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
                    .is_some_and(|head| strsim::damerau_levenshtein(prefix, head) <= 1)
            });
    }
    word == pattern || (pattern.len() >= 5 && strsim::damerau_levenshtein(pattern, word) <= 1)
}

fn negated(words: &[String], start: usize) -> bool {
    words[start.saturating_sub(2)..start]
        .iter()
        .any(|w| NEGATIONS.contains(&w.as_str()))
}

/// Queues the emergency contacts and a kind sentence for the sender.
pub fn send_emergency(ctx: &mut Ctx<'_>) {
    let text = format!(
        "{}\n\n{}",
        ctx.t("emergency-contacts"),
        ctx.t("emergency-kind")
    );
    ctx.reply(text);
}

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

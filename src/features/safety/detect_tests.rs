//! The matcher's own cases: typos, negations, context, everyday idioms.

use super::*;

#[test]
fn edits_are_counted_with_swaps() {
    assert!(within_edits(b"mourir", b"mourrir", 1));
    assert!(within_edits(b"suicide", b"sucide", 1));
    assert!(within_edits(b"medicaments", b"medicamants", 1));
    assert!(within_edits(b"inconscient", b"inconsient", 1));
    assert!(within_edits(b"respirer", b"repsirer", 1));
    assert!(within_edits(b"disparaitre", b"disparetre", 2));
    assert!(!within_edits(b"disparaitre", b"disparition", 2));
    assert!(!within_edits(b"mourir", b"courir", 0));
}

#[test]
fn sms_and_missing_apostrophes_are_read() {
    let words = sentence_words("jsuis a bout, jveux plus vivre");
    assert_eq!(
        words,
        [
            "je", "suis", "a", "bout", ",", "je", "veux", "plus", "vivre"
        ]
    );
    assert_eq!(sentence_words("je ne sais pas"), ["je", "sais", "pas"]);
}

#[test]
fn categories_come_most_urgent_first() {
    let mut a = Assessment::default();
    a.insert(Category::Distress);
    a.insert(Category::Suicide);
    a.insert(Category::Danger);
    let order: Vec<Category> = a.categories().collect();
    assert_eq!(
        order,
        [Category::Danger, Category::Suicide, Category::Distress]
    );
    assert!(a.is_emergency());
}

#[test]
fn detects_crisis_wording_in_french_and_english() {
    let missed = [
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
    ]
    .into_iter()
    .filter(|t| !is_crisis(t))
    .collect::<Vec<_>>();
    assert!(missed.is_empty(), "should detect: {missed:#?}");
}

#[test]
fn two_typos_only_from_nine_letters() {
    // "suicidal" is a neighbour of "suicide", not a typo of it.
    assert!(!close(&alt("suicide"), "suicidal"));
    assert!(close(&alt("suicide"), "suicde"));
    assert!(close(&alt("medicaments"), "medicamants"));
    assert!(!word_matches(&alt("=agresse"), "adresse"));
    assert!(word_matches(&alt("agresse"), "adresse"));
    // English digraphs are not elisions: "she" is not s'+"he".
    assert_eq!((elided("she"), elided("lhomme")), (None, Some("homme")));
    assert!(!is_crisis("she beat me to it"));
}

#[test]
fn groups_spell_out_runs_of_words() {
    assert_eq!(
        variants("me (couper|faire du mal) (vite|)"),
        [
            "me couper vite",
            "me couper ",
            "me faire du mal vite",
            "me faire du mal "
        ]
    );
    assert!(is_crisis("je voudrais me faire du mal"));
}

#[test]
fn negation_after_the_verb_and_restrictive_plus() {
    assert!(!is_crisis("mon mari ne me frappe pas"));
    assert!(!is_crisis(
        "mon mari me frappe plus depuis qu'il est soigné"
    ));
    assert!(is_crisis("mon mari me frappe pas mal en ce moment"));
    // "ne plus ... que": nothing but, not a negation.
    assert!(is_crisis("il me reste plus qu'à mourir"));
    // A phrase with its own negation is not negated again by a comparative "plus".
    assert!(is_crisis("ce serait plus simple de ne plus exister"));
    assert!(is_crisis("je voudrais ne plus jamais me réveiller"));
    assert!(!is_crisis("aucune idée noire en ce moment"));
}

#[test]
fn context_markers_are_phrases() {
    let past = |t: &str| Context::of(&sentence_words(t)).past;
    assert!(past("après ma tentative il y a dix ans"));
    assert!(past("j'ai fait un infarctus en 2019"));
    // "il y a" alone opens a scene, not the past.
    assert!(!past("il y a un homme avec un couteau"));
    assert!(!past(
        "mon père a fait un malaise et il respire presque plus"
    ));
    assert!(!is_crisis(
        "j'ai fait une overdose en 2015, je suis sobre depuis"
    ));
    assert!(is_crisis(
        "mon frère a fait une overdose, il respire à peine"
    ));
}

#[test]
fn ordinary_health_talk_is_not_an_alarm() {
    let alarms = [
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
    ]
    .into_iter()
    .filter(|t| is_crisis(t))
    .collect::<Vec<_>>();
    assert!(alarms.is_empty(), "false alarms: {alarms:#?}");
}

#[test]
fn the_letter_count_never_rules_out_a_real_typo() {
    // The cheap check before counting edits must agree with counting edits alone.
    let words = [
        "mourir",
        "mourrir",
        "mouri",
        "moruir",
        "courir",
        "suicide",
        "sucide",
        "suicdie",
        "suicidal",
        "medicaments",
        "medicamants",
        "medciaments",
        "disparaitre",
        "disparetre",
        "disparition",
        "inconscient",
        "inconsient",
        "respirer",
        "repsirer",
        "respecter",
        "etrangle",
        "etranglee",
        "etrange",
        "scarifie",
        "scarifier",
        "sacrifie",
    ];
    for pattern in words {
        for word in words {
            for prefix in [false, true] {
                let a = Alt {
                    prefix,
                    ..alt(pattern)
                };
                let allowed = match pattern.len() {
                    0..5 => continue,
                    5..9 => 1,
                    _ => 2,
                };
                let full = if prefix {
                    (pattern.len() - allowed..=pattern.len() + allowed).any(|n| {
                        word.get(..n).is_some_and(|head| {
                            within_edits(pattern.as_bytes(), head.as_bytes(), allowed)
                        })
                    })
                } else {
                    within_edits(pattern.as_bytes(), word.as_bytes(), allowed)
                };
                // The first letter must be right, as always.
                let full = full && pattern.as_bytes()[0] == word.as_bytes()[0];
                assert_eq!(close(&a, word), full, "{pattern} {prefix} {word}");
            }
        }
    }
}

//! Choices waiting for an answer, and which one a typed number or label picks.
//!
//! Choices belong to the message that offered them. A person may have, in one conversation,
//! the choices of the newest reply to what they asked (a [`Slot::Question`]), those of the
//! dialogue they are in when they asked something else meanwhile ([`Slot::Dialogue`]), and
//! those of notifications that reached them ([`Slot::Notice`]). A typed answer picks in the
//! question or the dialogue; notifications only when neither waits; and when it fits two
//! different choices, nothing is picked: the person is asked which one they meant.
//!
//! Everything here is pure: the engine reads the sets, asks [`resolve`], and stores what
//! [`next_sets`] says.

use super::command::{PRIVATE_PREFIX, RUN_PREFIX};
use super::message::Choice;
use super::text::fold;

/// Which kind of message offered a set of choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The newest reply to the person's own message.
    Question,
    /// The dialogue the person is in (kept while they ask something else).
    Dialogue,
    /// A notification: a broadcast, a report, a contact request, a reminder…
    Notice,
    /// The person was asked which of several choices a typed answer meant: the next answer
    /// picks among those alone.
    Which,
}

impl Slot {
    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Slot::Question => "question",
            Slot::Dialogue => "dialogue",
            Slot::Notice => "notice",
            Slot::Which => "which",
        }
    }

    /// Parses a name produced by [`Slot::as_str`].
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "question" => Some(Slot::Question),
            "dialogue" => Some(Slot::Dialogue),
            "notice" => Some(Slot::Notice),
            "which" => Some(Slot::Which),
            _ => None,
        }
    }
}

/// Choices offered by one message, waiting for an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceSet {
    /// The stored row (0 before it is stored).
    pub id: i64,
    /// When it was offered (microseconds): the newer of two sets has the larger.
    pub seq: i64,
    /// What kind of message offered them.
    pub slot: Slot,
    /// For a [`Slot::Dialogue`] set, the dialogue kind it belongs to.
    pub dialogue: Option<String>,
    /// The question they answer (the last line of the message), to name it to the person.
    pub about: String,
    /// The choices, in the order shown.
    pub choices: Vec<Choice>,
}

/// Longest [`ChoiceSet::about`] kept, in characters.
const ABOUT_CHARS: usize = 90;

impl ChoiceSet {
    /// A set offered by a message with this text.
    pub fn offered(slot: Slot, dialogue: Option<String>, text: &str, choices: Vec<Choice>) -> Self {
        ChoiceSet {
            id: 0,
            seq: 0,
            slot,
            dialogue,
            // A notification says what it is about first; a question ends with it.
            about: if slot == Slot::Notice {
                headline(text)
            } else {
                about(text)
            },
            choices,
        }
    }
}

/// The question a message asks: its last non-empty line, shortened.
pub fn about(text: &str) -> String {
    shortened(
        text.lines()
            .map(str::trim)
            .rfind(|l| !l.is_empty())
            .unwrap_or_default(),
    )
}

/// What a notification is about: its first non-empty line, shortened.
pub fn headline(text: &str) -> String {
    shortened(
        text.lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or_default(),
    )
}

fn shortened(line: &str) -> String {
    let line = line.trim_start_matches(['•', '-', '*', ' ']);
    if line.chars().count() <= ABOUT_CHARS {
        return line.to_owned();
    }
    let mut short: String = line.chars().take(ABOUT_CHARS - 1).collect();
    short.push('…');
    short
}

/// One choice a typed answer could mean, with the question it answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The choice.
    pub choice: Choice,
    /// The question it was offered with (see [`ChoiceSet::about`]).
    pub about: String,
}

/// What a typed answer picks among the choices waiting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// Nothing: the text is read as text.
    Text,
    /// This choice's data.
    Picked(String),
    /// It fits choices of two questions or more: the person is asked which they meant.
    Ambiguous(Vec<Candidate>),
}

/// Whether every choice of a set only opens a command ("Mes réservations"): such a set is
/// a shortcut, not a question waiting for a decision.
pub fn only_shortcuts(set: &ChoiceSet) -> bool {
    set.choices
        .iter()
        .all(|c| c.data.starts_with(RUN_PREFIX) || c.data.starts_with(PRIVATE_PREFIX))
}

/// The sets a typed answer may pick in, newest first:
/// - after "which one did you mean?", only that question;
/// - the question and the dialogue still going on (`dialogue` is the kind the person is in
///   now), with the notifications that came after them, which compete (the person may be
///   answering either: asked which);
/// - with neither waiting, every notification asking for a decision, or failing that, the
///   shortcuts of notifications (see [`resolve`]).
pub fn answerable<'s>(sets: &'s [ChoiceSet], dialogue: Option<&str>) -> Vec<&'s ChoiceSet> {
    if let Some(which) = sets
        .iter()
        .filter(|s| s.slot == Slot::Which)
        .max_by_key(|s| s.seq)
    {
        return vec![which];
    }
    let mut live: Vec<&ChoiceSet> = sets
        .iter()
        .filter(|s| match s.slot {
            Slot::Question => true,
            Slot::Dialogue => s.dialogue.is_some() && s.dialogue.as_deref() == dialogue,
            Slot::Notice | Slot::Which => false,
        })
        .collect();
    // Notifications the person already had before their question are behind them.
    let since = live.iter().map(|s| s.seq).max().unwrap_or(i64::MIN);
    live.extend(
        sets.iter()
            .filter(|s| s.slot == Slot::Notice && s.seq > since && !only_shortcuts(s)),
    );
    live.sort_by_key(|s| std::cmp::Reverse(s.seq));
    live
}

/// What `text` picks among `sets` when the person is in dialogue `dialogue` (see
/// [`answerable`] and [`match_choice`]).
pub fn resolve(text: &str, sets: &[ChoiceSet], dialogue: Option<&str>) -> Resolution {
    let answerable = answerable(sets, dialogue);
    // Shortcuts offered after an action ("Les missions") give way to a notification that
    // came since and asks for a decision.
    let decided_by_notice = answerable
        .iter()
        .any(|s| s.slot == Slot::Notice && match_choice(text, &s.choices).is_some());
    let answerable = answerable
        .into_iter()
        .filter(|s| !(decided_by_notice && s.slot == Slot::Question && only_shortcuts(s)))
        .collect();
    let mut candidates = candidates(text, answerable);
    let waiting = sets
        .iter()
        .any(|s| matches!(s.slot, Slot::Question | Slot::Dialogue | Slot::Which));
    if candidates.is_empty() && !waiting {
        let mut shortcuts: Vec<&ChoiceSet> = sets
            .iter()
            .filter(|s| s.slot == Slot::Notice && only_shortcuts(s))
            .collect();
        shortcuts.sort_by_key(|s| std::cmp::Reverse(s.seq));
        candidates = self::candidates(text, shortcuts);
    }
    match candidates.len() {
        0 => Resolution::Text,
        1 => Resolution::Picked(candidates.remove(0).choice.data),
        _ => Resolution::Ambiguous(candidates),
    }
}

/// The choices `text` picks in each set, each once, newest set first.
fn candidates(text: &str, sets: Vec<&ChoiceSet>) -> Vec<Candidate> {
    let mut candidates: Vec<Candidate> = Vec::new();
    for set in sets {
        if let Some(choice) = match_choice(text, &set.choices)
            && !candidates.iter().any(|c| c.choice.data == choice.data)
        {
            candidates.push(Candidate {
                choice: choice.clone(),
                about: set.about.clone(),
            });
        }
    }
    candidates
}

/// The choices a stray answer should get again: those of the newest question or dialogue.
pub fn standing(sets: &[ChoiceSet], dialogue: Option<&str>) -> Vec<Choice> {
    answerable(sets, dialogue)
        .into_iter()
        .find(|s| s.slot != Slot::Notice)
        .map(|s| s.choices.clone())
        .unwrap_or_default()
}

/// The pending choice a typed text picks: its number (`2`), its whole label, or the first
/// word of exactly one label (`oui` for « Oui, j'accepte »).
pub fn match_choice<'c>(text: &str, pending: &'c [Choice]) -> Option<&'c Choice> {
    let text = text.trim();
    if pending.is_empty() || text.starts_with('/') {
        return None;
    }
    if let Ok(n) = text.trim_end_matches('.').parse::<usize>() {
        if pending.iter().any(|c| c.value.is_some()) {
            // The question asks for a number: "4" means four, whether offered or not.
            return pending
                .iter()
                .find(|c| c.value.is_some_and(|v| usize::try_from(v) == Ok(n)));
        }
        return n.checked_sub(1).and_then(|i| pending.get(i));
    }
    if text.chars().any(|c| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | ',' | ' '))
    {
        // "-5" or "2.5" is a number of its own, for the question to accept or refuse:
        // folded, it would read as the label "5" or the first word "2".
        return None;
    }
    let typed = fold(text);
    if typed.is_empty() {
        return None;
    }
    if let Some(c) = pending.iter().find(|c| fold(&c.label) == typed) {
        return Some(c);
    }
    let mut by_first_word = pending
        .iter()
        .filter(|c| fold(&c.label).split(' ').next() == Some(typed.as_str()));
    match (by_first_word.next(), by_first_word.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// What one handled message did to the conversation, for [`next_sets`].
#[derive(Debug, Clone, Default)]
pub struct Turn<'a> {
    /// The dialogue kind the person is in once the message is handled.
    pub dialogue_after: Option<&'a str>,
    /// Whether the message started, advanced or ended a dialogue.
    pub dialogue_moved: bool,
    /// The text and choices of the newest reply to the sender here that offers choices.
    pub offered: Option<(&'a str, &'a [Choice])>,
    /// The data the message picked (a button, or a typed answer), if any.
    pub picked: Option<&'a str>,
    /// Whether the reply asked which of several choices a typed answer meant.
    pub asked_which: bool,
}

/// How the waiting choices change after a message of their owner: the sets to keep (by
/// id) and the new set to store, if any.
///
/// - New choices from a dialogue that moved become the dialogue's set; the question is
///   answered.
/// - New choices otherwise become the question (offered once: without new choices, the
///   question is forgotten).
/// - The dialogue's set stays while that dialogue goes on untouched and the person only
///   types (a command, free text); once they pick any choice, it no longer competes.
/// - A notification's set goes once one of its choices is picked.
pub fn next_sets(sets: &[ChoiceSet], turn: &Turn<'_>) -> (Vec<i64>, Option<ChoiceSet>) {
    let answered = |s: &ChoiceSet| {
        turn.picked
            .is_some_and(|p| s.choices.iter().any(|c| c.data == p))
    };
    let fresh = turn.offered.map(|(text, choices)| {
        let in_dialogue = turn.dialogue_moved && turn.dialogue_after.is_some();
        ChoiceSet::offered(
            if turn.asked_which {
                Slot::Which
            } else if in_dialogue {
                Slot::Dialogue
            } else {
                Slot::Question
            },
            in_dialogue
                .then(|| turn.dialogue_after.map(str::to_owned))
                .flatten(),
            text,
            choices.to_vec(),
        )
    });
    let keep = sets
        .iter()
        .filter(|s| match s.slot {
            Slot::Question | Slot::Which => false,
            // Kept only while the person asks other things by typing: once they pick a
            // choice (the dialogue's, or another question's), the dialogue's old numbers
            // no longer compete. The dialogue itself goes on and still reads their text.
            Slot::Dialogue => {
                !turn.dialogue_moved
                    && turn.dialogue_after.is_some()
                    && s.dialogue.as_deref() == turn.dialogue_after
                    && turn.picked.is_none()
            }
            Slot::Notice => !answered(s),
        })
        .map(|s| s.id)
        .collect();
    (keep, fresh)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(id: i64, slot: Slot, dialogue: Option<&str>, choices: &[(&str, &str)]) -> ChoiceSet {
        ChoiceSet {
            id,
            seq: id,
            slot,
            dialogue: dialogue.map(str::to_owned),
            about: format!("question {id}"),
            choices: choices.iter().map(|(l, d)| Choice::new(*l, *d)).collect(),
        }
    }

    #[test]
    fn typed_answers_pick_pending_choices() {
        let pending = vec![
            Choice::new("Oui, j'accepte", "consent:yes"),
            Choice::new("Non merci", "consent:no"),
        ];
        let pick = |t: &str| match_choice(t, &pending).map(|c| c.data.as_str());
        assert_eq!(pick("2"), Some("consent:no"));
        assert_eq!(pick(" 1. "), Some("consent:yes"));
        assert_eq!(pick("3"), None);
        assert_eq!(pick("0"), None);
        assert_eq!(pick("OUI"), Some("consent:yes"));
        assert_eq!(pick("non merci !"), Some("consent:no"));
        assert_eq!(pick("/oui"), None);
        assert_eq!(pick("peut-être"), None);
        assert_eq!(match_choice("2", &[]), None);
    }

    #[test]
    fn typed_numbers_are_values_when_the_question_asks_for_a_number() {
        let pending = vec![
            Choice::valued("2 heures", "pnew:set:14:2", 2),
            Choice::valued("4 heures", "pnew:set:14:4", 4),
            Choice::valued("24 heures", "pnew:set:14:24", 24),
            Choice::new("Garder", "pnew:keep:14"),
        ];
        let pick = |t: &str| match_choice(t, &pending).map(|c| c.data.as_str());
        assert_eq!(pick("4"), Some("pnew:set:14:4"));
        // Not offered, and not a position either: the dialogue reads it.
        assert_eq!(pick("3"), None);
        // Nor is a number with a sign or a decimal part read as a label's first word.
        for typed in ["-4", "2.5", "4,5", "2 4"] {
            assert_eq!(pick(typed), None, "{typed}");
        }
        assert_eq!(pick("1"), None);
        assert_eq!(pick("garder"), Some("pnew:keep:14"));
        let positions: Vec<_> = Choice::positions(&pending).map(|(p, _)| p).collect();
        assert_eq!(positions, [None, None, None, None]);
    }

    #[test]
    fn an_ambiguous_first_word_picks_nothing() {
        let pending = vec![Choice::new("Voir A", "a"), Choice::new("Voir B", "b")];
        assert_eq!(match_choice("voir", &pending), None);
        assert_eq!(
            match_choice("voir b", &pending).map(|c| c.data.as_str()),
            Some("b")
        );
    }

    #[test]
    fn a_notification_never_takes_a_typed_answer_from_the_question() {
        let question = set(2, Slot::Question, None, &[("Créneau 1", "perm:book:7")]);
        let earlier = set(1, Slot::Notice, None, &[("Ne plus recevoir", "sub:off:3")]);
        let later = set(3, Slot::Notice, None, &[("Ne plus recevoir", "sub:off:3")]);
        // A notification read before the question is behind the person.
        assert_eq!(
            resolve("1", &[earlier.clone(), question.clone()], None),
            Resolution::Picked("perm:book:7".into())
        );
        // One that came after it could be what they answer: they are asked, both named.
        let Resolution::Ambiguous(both) = resolve("1", &[question.clone(), later.clone()], None)
        else {
            panic!("a notification after the question must be asked about");
        };
        let data: Vec<&str> = both.iter().map(|c| c.choice.data.as_str()).collect();
        assert_eq!(data, ["sub:off:3", "perm:book:7"]);
        // A label only one of them has is no question.
        assert_eq!(
            resolve("créneau 1", &[question.clone(), later.clone()], None),
            Resolution::Picked("perm:book:7".into())
        );
        // With no question waiting, the notification's number works.
        assert_eq!(
            resolve("1", &[later], None),
            Resolution::Picked("sub:off:3".into())
        );
        // A number none of the question's choices has is not taken by an older notification.
        assert_eq!(resolve("5", &[earlier, question], None), Resolution::Text);
    }

    #[test]
    fn notifications_that_only_open_commands_give_way() {
        let shortcut = set(1, Slot::Notice, None, &[("Ma fiche", "cmd:profil")]);
        let decision = set(2, Slot::Notice, None, &[("Accepter", "contact:accept:4")]);
        let question = set(3, Slot::Question, None, &[("Aide", "cmd:aide")]);
        assert_eq!(
            resolve("1", &[shortcut.clone(), decision], None),
            Resolution::Picked("contact:accept:4".into())
        );
        assert_eq!(
            resolve("1", std::slice::from_ref(&shortcut), None),
            Resolution::Picked("cmd:profil".into())
        );
        let later = set(
            4,
            Slot::Notice,
            None,
            &[("Mes réservations", "cmd:mes_reservations")],
        );
        assert_eq!(
            resolve("1", &[question.clone(), later], None),
            Resolution::Picked("cmd:aide".into())
        );
        // A question of shortcuts gives way to a later notification asking a decision.
        let later = set(4, Slot::Notice, None, &[("Retenir", "mis:select:2")]);
        assert_eq!(
            resolve("1", &[question, later], None),
            Resolution::Picked("mis:select:2".into())
        );
    }

    #[test]
    fn two_notifications_fitting_one_answer_are_asked_about() {
        let sets = [
            set(1, Slot::Notice, None, &[("Accepter", "contact:yes:1")]),
            set(2, Slot::Notice, None, &[("Voir", "rep:see:4")]),
        ];
        let Resolution::Ambiguous(c) = resolve("1", &sets, None) else {
            panic!("one answer for two notifications must be asked about");
        };
        // Newest first, each with its question.
        assert_eq!(c[0].choice.data, "rep:see:4");
        assert_eq!(c[1].about, "question 1");
        // A label only one of them has picks it.
        assert_eq!(
            resolve("accepter", &sets, None),
            Resolution::Picked("contact:yes:1".into())
        );
    }

    #[test]
    fn a_dialogue_and_a_later_question_fitting_one_answer_are_asked_about() {
        let sets = [
            set(
                1,
                Slot::Dialogue,
                Some("partner"),
                &[("Envoyer", "partner:send")],
            ),
            set(2, Slot::Question, None, &[("Chercher", "cmd:chercher")]),
        ];
        assert!(matches!(
            resolve("1", &sets, Some("partner")),
            Resolution::Ambiguous(_)
        ));
        assert_eq!(
            resolve("envoyer", &sets, Some("partner")),
            Resolution::Picked("partner:send".into())
        );
        // Once that dialogue is over, its choices are not answerable any more.
        assert_eq!(
            resolve("1", &sets, None),
            Resolution::Picked("cmd:chercher".into())
        );
        // The same data in both is no ambiguity.
        let same = [
            set(1, Slot::Dialogue, Some("quiz"), &[("Vrai", "quiz:t")]),
            set(2, Slot::Question, None, &[("Vrai", "quiz:t")]),
        ];
        assert_eq!(
            resolve("1", &same, Some("quiz")),
            Resolution::Picked("quiz:t".into())
        );
    }

    #[test]
    fn after_asking_which_only_the_candidates_answer() {
        let sets = [
            set(
                1,
                Slot::Dialogue,
                Some("partner"),
                &[("Envoyer", "p:send"), ("Modifier", "p:edit")],
            ),
            set(
                2,
                Slot::Question,
                None,
                &[("Aide", "cmd:aide"), ("Chercher", "cmd:chercher")],
            ),
            set(
                3,
                Slot::Which,
                None,
                &[("Envoyer", "p:send"), ("Chercher", "cmd:chercher")],
            ),
        ];
        assert_eq!(
            resolve("2", &sets, Some("partner")),
            Resolution::Picked("cmd:chercher".into())
        );
    }

    #[test]
    fn sets_follow_the_conversation() {
        let dialogue = set(1, Slot::Dialogue, Some("partner"), &[("Envoyer", "p:send")]);
        let question = set(2, Slot::Question, None, &[("Aide", "cmd:aide")]);
        let notice = set(3, Slot::Notice, None, &[("Voir", "rep:see:4")]);
        let sets = [dialogue, question, notice];
        let menu = [Choice::new("Chercher", "cmd:chercher")];

        // Another command while the dialogue waits: the dialogue's choices stay.
        let (keep, fresh) = next_sets(
            &sets,
            &Turn {
                dialogue_after: Some("partner"),
                offered: Some(("Que voulez-vous ?", &menu)),
                ..Turn::default()
            },
        );
        assert_eq!(keep, [1, 3]);
        let fresh = fresh.unwrap();
        assert_eq!(
            (fresh.slot, fresh.about.as_str()),
            (Slot::Question, "Que voulez-vous ?")
        );

        // The dialogue moves on with new choices: they replace its old ones and the question.
        let (keep, fresh) = next_sets(
            &sets,
            &Turn {
                dialogue_after: Some("partner"),
                dialogue_moved: true,
                offered: Some(("Et ensuite ?", &menu)),
                ..Turn::default()
            },
        );
        assert_eq!(keep, [3]);
        assert_eq!(fresh.unwrap().dialogue.as_deref(), Some("partner"));

        // Picking the dialogue's choice answers it, even when the dialogue stays (a list
        // whose pages are a dialogue): the next question comes from that answer.
        let (keep, _) = next_sets(
            &sets,
            &Turn {
                dialogue_after: Some("partner"),
                offered: Some(("Réserver ?", &menu)),
                picked: Some("p:send"),
                ..Turn::default()
            },
        );
        assert_eq!(keep, [3]);
        // So does picking another question's choice: the person has moved on.
        let (keep, _) = next_sets(
            &sets,
            &Turn {
                dialogue_after: Some("partner"),
                picked: Some("cmd:aide"),
                ..Turn::default()
            },
        );
        assert_eq!(keep, [3]);

        // The dialogue ends without new choices; the notification answered goes too.
        let (keep, fresh) = next_sets(
            &sets,
            &Turn {
                dialogue_after: None,
                dialogue_moved: true,
                picked: Some("rep:see:4"),
                ..Turn::default()
            },
        );
        assert!(keep.is_empty() && fresh.is_none());
    }

    #[test]
    fn the_question_asked_is_the_last_line() {
        assert_eq!(about("Voici votre fiche.\n\nL'envoyer ?\n"), "L'envoyer ?");
        assert_eq!(about("• Annuler"), "Annuler");
        assert_eq!(
            headline("\nNouvelle demande.\nDétails"),
            "Nouvelle demande."
        );
        let long = "x".repeat(200);
        assert_eq!(about(&long).chars().count(), ABOUT_CHARS);
    }
}

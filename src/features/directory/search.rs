//! `/chercher`: finding partners by free text ("cancer du sein à Lyon", "diabète 31",
//! "pair aidant bipolaire en ligne"), ranked by relevance, five at a time.
//!
//! The criteria of the last search are the dialogue's data (so "more results" works after a
//! restart); they name conditions, hence the command needs consent.

use super::results::{asked, nobody_line, unknown_line, why_near};
use super::{Directory, onboarding::places_in, places};
use crate::core::Choice;
use crate::core::text::fold;
use crate::features::commands::Command;
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{PartnerRecord, StoreError};
use serde::{Deserialize, Serialize};

/// Dialogue kind: waiting for what to search, or paging through results.
pub const DIALOGUE: &str = "search";

/// Dialogue kind of the guided search (step: the question, data: the criteria so far).
pub const GUIDED_DIALOGUE: &str = "search_guided";

/// The questions of the guided search, in order; the last two only for coordinators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Question {
    Condition,
    Place,
    Role,
    Mission,
    Training,
}

const QUESTIONS: [Question; 5] = [
    Question::Condition,
    Question::Place,
    Question::Role,
    Question::Mission,
    Question::Training,
];

/// Results per page.
pub const PAGE_SIZE: usize = 5;

/// What a person looks for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Criteria {
    /// Condition keys.
    pub conditions: Vec<String>,
    /// Department codes.
    pub departments: Vec<String>,
    /// Role keys.
    pub roles: Vec<String>,
    /// The name of several roles asked ("patient partenaire"), whose roles are in `roles`:
    /// results name it rather than each role it covers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_family: Option<String>,
    /// Asked for online meetings.
    pub online: bool,
    /// Coordinators recruiting: missions the partner must accept (`mission:…`).
    pub missions: Vec<String>,
    /// Coordinators recruiting: trainings, one of which the partner must have
    /// (`formation:…`).
    pub trainings: Vec<String>,
    /// The conditions came from one broad word ("diabète"): any one of them answers the
    /// search. Otherwise each was named, and a result answers fully only with all of them.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub any_condition: bool,
    /// Words that named nothing known, as typed (only when no condition was recognised):
    /// the reply says so, and then nothing is presented as a match.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<String>,
}

impl Criteria {
    /// Nothing understood.
    pub fn is_empty(&self) -> bool {
        self.conditions.is_empty()
            && self.departments.is_empty()
            && self.roles.is_empty()
            && !self.online
            && self.missions.is_empty()
            && self.trainings.is_empty()
    }
}

/// Reads a free-text search. `mission:` and `formation:` (or `training:`) filters are read
/// only when `recruiting` (coordinators).
pub fn parse(dir: &Directory, text: &str, recruiting: bool) -> Criteria {
    let mut missions = Vec::new();
    let mut trainings = Vec::new();
    let mut rest = Vec::new();
    for word in text.split_whitespace() {
        let filter = word.split_once(':').filter(|(name, value)| {
            recruiting
                && !value.is_empty()
                && matches!(
                    name.to_lowercase().as_str(),
                    "mission" | "formation" | "training"
                )
        });
        match filter {
            Some((name, value)) => {
                let (vocabulary, list) = if name.eq_ignore_ascii_case("mission") {
                    (&dir.missions, &mut missions)
                } else {
                    (&dir.trainings, &mut trainings)
                };
                if let super::super::vocabulary::Lookup::Found(i) =
                    vocabulary.lookup(&value.replace('-', " "))
                {
                    list.push(vocabulary.keys()[i].clone());
                }
            }
            None => rest.push(word),
        }
    }
    let text = rest.join(" ");
    // Words that name a role are not read again as a condition: "pair aidant" is a role,
    // not also "aidant" (caring for a relative).
    let role_spans = dir.roles.find_spans(&text);
    // A family named inside a role's own name ("patient partner in research") is that role.
    let mut family_spans = dir.role_families.find_spans(&text);
    family_spans.retain(|f| !role_spans.iter().any(|r| f.within(r)));
    let folded = fold(&text);
    let rest: String = folded
        .split(' ')
        .enumerate()
        .filter(|(i, _)| !role_spans.iter().chain(&family_spans).any(|s| s.covers(*i)))
        .map(|(_, w)| w)
        .collect::<Vec<_>>()
        .join(" ");
    let (departments, online) = places_in(&text);
    let (conditions, any_condition) = conditions_in(dir, &rest);
    // Unknown words matter when something else was understood: they were probably the
    // condition, which the results would otherwise silently ignore. Alone, the reply says
    // nothing was understood.
    let understood_else = !departments.is_empty()
        || online
        || !role_spans.is_empty()
        || !family_spans.is_empty()
        || !missions.is_empty()
        || !trainings.is_empty();
    let unknown = if conditions.is_empty() && understood_else {
        // Filters typed by someone who cannot use them are not unknown words either.
        let plain: String = text
            .split_whitespace()
            .filter(|w| {
                !w.split_once(':').is_some_and(|(name, _)| {
                    matches!(
                        name.to_lowercase().as_str(),
                        "mission" | "formation" | "training"
                    )
                })
            })
            .collect::<Vec<_>>()
            .join(" ");
        let plain_words = fold(&plain);
        let rest: String = rest
            .split(' ')
            .filter(|w| plain_words.split(' ').any(|p| p == *w))
            .collect::<Vec<_>>()
            .join(" ");
        unknown_words(dir, &plain, &rest, &departments)
    } else {
        Vec::new()
    };
    let mut roles: Vec<String> = role_spans
        .iter()
        .map(|s| dir.roles.keys()[s.key].clone())
        .collect();
    // A family alone is named as such; beside a role of its own, each is listed.
    let families: Vec<&String> = family_spans
        .iter()
        .map(|s| &dir.role_families.keys()[s.key])
        .collect();
    let role_family = match families.as_slice() {
        [family] if roles.is_empty() => Some((*family).clone()),
        _ => None,
    };
    for family in families {
        for role in super::family_roles(family) {
            if !roles.iter().any(|r| r == role) {
                roles.push((*role).to_owned());
            }
        }
    }
    Criteria {
        conditions,
        any_condition,
        departments,
        roles,
        role_family,
        online,
        missions,
        trainings,
        unknown,
    }
}

/// The conditions a text names: whole names and synonyms, else every condition a broad word
/// covers ("diabète": every kind of diabetes), else one name despite a typo. The flag is
/// true when any one of them answers the search (a broad word), false when each was named.
fn conditions_in(dir: &Directory, text: &str) -> (Vec<String>, bool) {
    let keys = |found: Vec<usize>| -> Vec<String> {
        found
            .into_iter()
            .map(|i| dir.conditions.keys()[i].clone())
            .collect()
    };
    let named = keys(dir.conditions.find_all(text));
    if !named.is_empty() {
        return (named, false);
    }
    let broad = keys(dir.conditions.find_by_words(text));
    if !broad.is_empty() {
        return (broad, true);
    }
    match dir.conditions.lookup(text) {
        super::super::vocabulary::Lookup::Found(i) => {
            (vec![dir.conditions.keys()[i].clone()], true)
        }
        _ => (Vec::new(), false),
    }
}

/// Words of a search that say how, not what: never reported as unknown.
const FILLER_WORDS: &[&str] = &[
    "cherche",
    "chercher",
    "recherche",
    "rechercher",
    "trouver",
    "quelqu",
    "quelquun",
    "avec",
    "pour",
    "dans",
    "pres",
    "autour",
    "vers",
    "region",
    "ville",
    "departement",
    "atteint",
    "atteinte",
    "souffre",
    "souffrant",
    "vivant",
    "vivre",
    "ayant",
    "avoir",
    "mon",
    "mes",
    "notre",
    "votre",
    "aussi",
    "parler",
    "echanger",
    "temoignage",
    "experience",
    "vecu",
    "ligne",
    "visio",
    "distance",
    "internet",
    "secteur",
    "besoin",
    "aide",
    "aider",
    "looking",
    "someone",
    "somebody",
    "anyone",
    "with",
    "near",
    "living",
    "people",
    "person",
    "around",
    "online",
    "remote",
    "talk",
    "lived",
    "from",
    "area",
    "need",
    "help",
    "france",
    "bonjour",
    "bonsoir",
    "salut",
    "merci",
    "hello",
    "please",
    "thanks",
    "thank",
];

/// The words of a search that named no condition and that nothing else understood: as
/// typed, for the reply to say they are unknown. `rest` is the folded text without the
/// words of roles.
fn unknown_words(dir: &Directory, text: &str, rest: &str, departments: &[String]) -> Vec<String> {
    let vocabularies = [
        &dir.conditions,
        &dir.roles,
        &dir.missions,
        &dir.trainings,
        &dir.languages,
    ];
    let mut unknown = Vec::new();
    for word in rest.split(' ') {
        let understood = word.chars().count() < 4
            || word.chars().any(|c| c.is_ascii_digit())
            || FILLER_WORDS.contains(&word)
            || vocabularies.iter().any(|v| v.knows_word(word))
            || !places_in(word).0.is_empty()
            // A word of a place's name ("saint" in "Saint-Étienne").
            || places_in(&text_without(text, word)).0 != departments;
        if !understood {
            let typed = text
                .split_whitespace()
                .find(|t| fold(t).split(' ').any(|w| w == word))
                .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
                .unwrap_or_else(|| word.to_owned());
            if !unknown.contains(&typed) {
                unknown.push(typed);
            }
        }
    }
    unknown
}

/// `text` without the whitespace-separated tokens in which the folded `word` appears.
fn text_without(text: &str, word: &str) -> String {
    text.split_whitespace()
        .filter(|t| !fold(t).split(' ').any(|w| w == word))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `/chercher [texte]`.
pub async fn command(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    if text.trim().is_empty() {
        ctx.set_dialogue(DIALOGUE, -1, "{}".to_owned()).await?;
        let ask = ctx.t("search-ask");
        let choices = vec![ctx.choice("search-guided", FindAction::Guided)];
        ctx.reply_with(ask, choices);
        return Ok(());
    }
    run(ctx, text).await
}

/// Asks question `step` of the guided search, with its buttons.
fn ask_question(ctx: &mut Ctx<'_>, step: usize, preface: Option<String>) {
    let question = QUESTIONS[step];
    let engine = ctx.services();
    let dir = engine.directory();
    let (id, vocabulary) = match question {
        Question::Condition => ("search-guided-condition", None),
        Question::Place => ("search-guided-place", None),
        Question::Role => ("search-guided-role", Some(&dir.roles)),
        Question::Mission => ("search-guided-mission", Some(&dir.missions)),
        Question::Training => ("search-guided-training", Some(&dir.trainings)),
    };
    let mut choices: Vec<Choice> = vocabulary
        .map(|v| {
            v.keys()
                .iter()
                .map(|key| {
                    Choice::new(
                        v.label(engine.i18n(), ctx.lang, key),
                        FindAction::Answer(step, key.clone()),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    if question == Question::Place {
        choices.push(ctx.choice(
            "search-guided-online",
            FindAction::Answer(step, ONLINE.to_owned()),
        ));
    }
    choices.push(ctx.choice(
        "search-guided-skip",
        FindAction::Answer(step, SKIP.to_owned()),
    ));
    let mut text = preface.map(|p| p + "\n\n").unwrap_or_default();
    text.push_str(&ctx.t(id));
    ctx.reply_with(text, choices);
}

/// The number of guided questions this person is asked.
fn question_count(ctx: &Ctx<'_>) -> usize {
    if ctx.is_coordinator() {
        QUESTIONS.len()
    } else {
        3
    }
}

/// Records an answer to question `step` and asks the next one, or shows the results.
async fn advance(ctx: &mut Ctx<'_>, step: usize, criteria: Criteria) -> Result<(), StoreError> {
    let next = step + 1;
    if next >= question_count(ctx) {
        ctx.clear_dialogue().await?;
        return show(ctx, &criteria, 0).await;
    }
    ctx.set_dialogue(
        GUIDED_DIALOGUE,
        next as i64,
        serde_json::to_string(&criteria)?,
    )
    .await?;
    ask_question(ctx, next, None);
    Ok(())
}

/// Text typed during the guided search: a condition, or a place.
pub async fn on_guided_text(
    ctx: &mut Ctx<'_>,
    step: i64,
    data: &str,
    text: &str,
) -> Result<(), StoreError> {
    let mut criteria: Criteria = serde_json::from_str(data).unwrap_or_default();
    let step = usize::try_from(step).unwrap_or(0).min(QUESTIONS.len() - 1);
    let dir = ctx.services().directory();
    match QUESTIONS[step] {
        Question::Condition => {
            let (found, any) = conditions_in(dir, text);
            if found.is_empty() {
                let sorry = ctx.t("search-guided-condition-unknown");
                ask_question(ctx, step, Some(sorry));
                return Ok(());
            }
            criteria.conditions = found;
            criteria.any_condition = any;
        }
        Question::Place => {
            let (departments, online) = places_in(text);
            if departments.is_empty() && !online {
                let sorry = ctx.t("partner-places-not-understood");
                ask_question(ctx, step, Some(sorry));
                return Ok(());
            }
            criteria.departments = departments;
            criteria.online = online;
        }
        Question::Role | Question::Mission | Question::Training => {
            let sorry = ctx.t("partner-not-understood");
            ask_question(ctx, step, Some(sorry));
            return Ok(());
        }
    }
    advance(ctx, step, criteria).await
}

/// A `find:g:<step>:<answer>` button of the guided search.
async fn on_guided_choice(ctx: &mut Ctx<'_>, step: usize, answer: &str) -> Result<(), StoreError> {
    let state = ctx.dialogue().await?;
    let Some(state) =
        state.filter(|s| s.kind == GUIDED_DIALOGUE && usize::try_from(s.step) == Ok(step))
    else {
        return crate::features::kit::stale_choice(ctx);
    };
    let step = usize::try_from(state.step)
        .unwrap_or(0)
        .min(QUESTIONS.len() - 1);
    let mut criteria: Criteria = serde_json::from_str(&state.data).unwrap_or_default();
    let dir = ctx.services().directory();
    let known = |v: &super::super::vocabulary::Vocabulary| v.position(answer).is_some();
    match (QUESTIONS[step], answer) {
        (_, SKIP) => {}
        (Question::Place, ONLINE) => criteria.online = true,
        (Question::Role, key) if known(&dir.roles) => criteria.roles = vec![key.to_owned()],
        (Question::Mission, key) if known(&dir.missions) => {
            criteria.missions = vec![key.to_owned()];
        }
        (Question::Training, key) if known(&dir.trainings) => {
            criteria.trainings = vec![key.to_owned()];
        }
        _ => return crate::features::kit::stale_choice(ctx),
    }
    advance(ctx, step, criteria).await
}

/// Text typed after `/chercher` asked for it.
pub async fn on_text(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    run(ctx, text).await
}

async fn run(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    let criteria = parse(ctx.services().directory(), text, ctx.is_coordinator());
    if criteria.is_empty() {
        ctx.clear_dialogue().await?;
        let reply = ctx.t("search-not-understood");
        ctx.reply(reply);
        return Ok(());
    }
    show(ctx, &criteria, 0).await
}

crate::actions! {
    /// A button of the search.
    pub enum FindAction = "find" {
        /// Starts the guided search.
        Guided = "guided",
        /// Answers question `step` of the guided search with a key, `online` or `skip`.
        Answer(step: usize, answer: String) = "g",
        /// The next page of results.
        More = "more",
    }
}

/// The guided answer that skips a question.
const SKIP: &str = "skip";
/// The guided answer "online" to the place question.
const ONLINE: &str = "online";

/// A `find:…` choice: the next page of the last search, or the guided search.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: FindAction) -> Result<(), StoreError> {
    if action == FindAction::Guided {
        ctx.set_dialogue(GUIDED_DIALOGUE, 0, "{}".to_owned())
            .await?;
        ask_question(ctx, 0, None);
        return Ok(());
    }
    if let FindAction::Answer(step, answer) = &action {
        return on_guided_choice(ctx, *step, answer).await;
    }
    let state = ctx.dialogue().await?;
    match (action, state) {
        (FindAction::More, Some(state)) if state.kind == DIALOGUE && state.step >= 0 => {
            let criteria: Criteria = serde_json::from_str(&state.data).unwrap_or_default();
            show(ctx, &criteria, state.step as usize + 1).await
        }
        _ => crate::features::kit::stale_choice(ctx),
    }
}

async fn show(ctx: &mut Ctx<'_>, criteria: &Criteria, page: usize) -> Result<(), StoreError> {
    let engine = ctx.services();
    let index = engine
        .search_cache()
        .get(engine.directory(), &mut ctx.tx)
        .await?;
    let start = page * PAGE_SIZE;
    let searcher = (ctx.msg.platform, &ctx.msg.sender);
    let found = index.search(engine.directory(), criteria, searcher, start, PAGE_SIZE);
    // Whether anyone at all has the conditions asked, wherever they are: says which part
    // of the search nobody answers.
    let anywhere = || {
        let everywhere = Criteria {
            departments: Vec::new(),
            online: false,
            ..criteria.clone()
        };
        index
            .search(engine.directory(), &everywhere, searcher, 0, 0)
            .exact
    };
    if found.total == 0 {
        ctx.clear_dialogue().await?;
        let mut text = if criteria.unknown.is_empty() {
            nobody_line(ctx, criteria, anywhere() > 0)
        } else {
            unknown_line(ctx, criteria, "search-unknown-guided")
        };
        text.push_str("\n\n");
        text.push_str(&ctx.t("search-none"));
        let choices = vec![
            ctx.choice("search-guided", FindAction::Guided),
            ctx.choice("menu-glossary", Command::Glossary.data()),
        ];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    if start >= found.total {
        ctx.clear_dialogue().await?;
        let text = ctx.t("search-no-more");
        ctx.reply(text);
        return Ok(());
    }
    // The index is at the database's current version: these are visible.
    let ids: Vec<i64> = found.hits.iter().map(|h| h.id).collect();
    let ranked = ctx.tx.partners_by_ids(&ids).await?;
    ctx.set_dialogue(DIALOGUE, page as i64, serde_json::to_string(criteria)?)
        .await?;
    let mut text = if page > 0 {
        ctx.t_args(
            "search-results-next",
            &args([
                ("from", start + 1),
                ("to", (start + PAGE_SIZE).min(found.total)),
                ("total", found.total),
            ]),
        )
    } else if !criteria.unknown.is_empty() {
        let mut text = unknown_line(ctx, criteria, "search-unknown-guided");
        text.push_str("\n\n");
        text.push_str(&ctx.t_args(
            "search-unknown-rest",
            &args([("asked", asked(ctx, criteria))]),
        ));
        text
    } else if found.exact > 0 {
        let mut values = args([("asked", asked(ctx, criteria))]);
        values.set("count", found.exact);
        ctx.t_args("search-results-exact", &values)
    } else {
        format!(
            "{} {}",
            nobody_line(ctx, criteria, anywhere() > 0),
            ctx.t("search-nearest-first")
        )
    };
    for (n, (hit, record)) in found.hits.iter().zip(&ranked).enumerate() {
        if !hit.exact && found.exact > 0 && start + n == found.exact {
            text.push_str("\n\n");
            text.push_str(&ctx.t("search-nearest"));
        }
        text.push_str("\n\n");
        text.push_str(&card(ctx, record));
        if !hit.exact
            && let Some(why) = why_near(
                ctx,
                criteria,
                (&record.profile.conditions, Some(&record.profile.roles)),
                &record.profile.departments,
                record.profile.online,
                "search-why",
            )
        {
            text.push('\n');
            text.push_str(&why);
        }
    }
    // Where peers are offered, a reminder that they are not health professionals.
    text.push_str("\n\n");
    text.push_str(&ctx.t("peer-reminder"));
    let mut choices: Vec<Choice> = ranked
        .iter()
        .map(|record| super::contact::ask_choice(ctx, record))
        .collect();
    if start + PAGE_SIZE < found.total {
        choices.push(ctx.choice("search-more", FindAction::More));
    }
    ctx.reply_with(text, choices);
    Ok(())
}

/// A result as a person sees it: never a handle, a phone or an address.
fn card(ctx: &Ctx<'_>, record: &PartnerRecord) -> String {
    let engine = ctx.services();
    let (i18n, dir, lang) = (engine.i18n(), engine.directory(), ctx.lang);
    let p = &record.profile;
    let join = |v: &super::super::vocabulary::Vocabulary, keys: &[String]| {
        keys.iter()
            .map(|k| v.label(i18n, lang, k))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut experience = join(&dir.conditions, &p.conditions);
    if !p.extra_conditions.is_empty() {
        if !experience.is_empty() {
            experience.push_str(", ");
        }
        experience.push_str(&p.extra_conditions);
    }
    ctx.t_args(
        "search-card",
        &args([
            ("pseudonym", p.pseudonym.clone()),
            ("roles", join(&dir.roles, &p.roles)),
            ("experience", experience),
            ("places", places(ctx, p)),
            (
                "training",
                super::training_label(i18n, lang, dir, &p.training),
            ),
            ("languages", join(&dir.languages, &p.languages)),
            (
                "association",
                if p.association.is_empty() {
                    ctx.t("partner-field-empty")
                } else {
                    p.association.clone()
                },
            ),
        ]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::I18n;

    fn dir() -> Directory {
        Directory::load(&I18n::load().unwrap())
    }

    #[test]
    fn reads_free_text_searches() {
        let d = dir();
        let c = parse(&d, "cancer du sein à Lyon", false);
        assert_eq!(c.conditions, ["cancer-du-sein"]);
        assert_eq!(c.departments, ["69"]);
        let c = parse(&d, "diabète de type 1 31", false);
        assert_eq!(c.departments, ["31"]);
        assert!(c.conditions.contains(&"diabete-type-1".to_owned()), "{c:?}");
        let c = parse(&d, "pair aidant bipolaire en ligne", false);
        // Only the longest name: "pair aidant" is not also "aidant" (family carer).
        assert!(c.online && c.roles == ["pair-aidant"], "{c:?}");
        assert!(
            c.conditions.contains(&"trouble-bipolaire".to_owned()),
            "{c:?}"
        );
        assert!(parse(&d, "bonjour", false).is_empty());
        let c = parse(&d, "diabete 31", false);
        assert!(
            c.conditions.contains(&"diabete-type-1".to_owned())
                && c.conditions.contains(&"diabete-type-2".to_owned()),
            "{c:?}"
        );
        let c = parse(&d, "quelqu'un qui a une maladie chronique", false);
        assert!(c.conditions.is_empty(), "{c:?}");
        let c = parse(&d, "mission:co-animation formation:40h Toulouse", true);
        assert_eq!(c.missions, ["co-animation-etp"]);
        assert_eq!(c.trainings, ["etp-40h"]);
        assert_eq!(c.departments, ["31"]);
        // Filters are for coordinators only; others' words are read as usual.
        assert!(parse(&d, "mission:co-animation", false).missions.is_empty()); // Two-letter abbreviations count beside a place too, as whole words only.
        let c = parse(&d, "MS Toulouse", false);
        assert_eq!(c.conditions, ["sclerose-en-plaques"], "{c:?}");
        assert_eq!(c.departments, ["31"]);
        let c = parse(&d, "un RU à Lyon", false);
        assert_eq!(c.roles, ["representant-des-usagers"], "{c:?}");
        assert!(parse(&d, "Msieur Rumeur", false).is_empty());
    }
}

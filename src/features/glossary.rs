//! The glossary: `/definition`, `/glossaire`, and definitions for free-text questions.
//!
//! Terms live in `locales/<lang>/glossary.ftl` as messages `term-<key>` with the attributes
//! `definition`, `aliases`, `related` and `source`. Lookup forgives case, accents, hyphens,
//! spaces and small typos, and searches the aliases of every language.

use super::vocabulary::{self, Lookup, Vocabulary};
use crate::core::Choice;
use crate::core::text::fold;
use crate::features::commands::Command;
use crate::features::kit::Ctx;
use crate::i18n::{I18n, Lang, args};
use crate::store::StoreError;

/// Dialogue kind used while waiting for the word to define.
pub const DIALOGUE: &str = "define";

/// Terms per page in `/glossaire`.
pub const PAGE_SIZE: usize = 8;

/// Prefix of glossary message ids.
const TERM_PREFIX: &str = "term-";

/// Every attribute a term must have.
pub const TERM_ATTRIBUTES: [&str; 4] = ["definition", "aliases", "related", "source"];

/// Question words stripped before lookup ("c'est quoi l'ETP ?").
const PREFIXES: &[&str] = &[
    "c est quoi",
    "qu est ce que",
    "qu est ce qu",
    "que veut dire",
    "que signifie",
    "ca veut dire quoi",
    "la definition de",
    "definition de",
    "definition du",
    "definition",
    "what is",
    "what s",
    "what are",
    "the meaning of",
    "meaning of",
    "define",
];
/// Articles stripped at the start of the query.
const ARTICLES: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "the", "a", "an",
];
/// Politeness stripped at the end.
const SUFFIXES: &[&str] = &["svp", "s il vous plait", "s il te plait", "please", "stp"];

/// The glossary was written inconsistently (caught at start-up and by tests).
#[derive(Debug, thiserror::Error)]
pub enum GlossaryError {
    /// A term lacks an attribute in a language.
    #[error("glossary term {key} has no {attribute} in {lang}")]
    MissingAttribute {
        /// Term key.
        key: String,
        /// Attribute name.
        attribute: &'static str,
        /// Language code.
        lang: &'static str,
    },
    /// A related key names no term.
    #[error("glossary term {key} refers to unknown term {related}")]
    UnknownRelated {
        /// Term key.
        key: String,
        /// The unknown key.
        related: String,
    },
}

/// One term.
#[derive(Debug, Clone)]
pub struct Term {
    /// Stable key, e.g. `pair-aidance`.
    pub key: String,
    /// Keys of related terms.
    pub related: Vec<String>,
}

impl Term {
    /// The Fluent message id.
    pub fn message_id(&self) -> String {
        format!("{TERM_PREFIX}{}", self.key)
    }
}

/// All terms: their vocabulary (labels and aliases) and how they relate.
#[derive(Debug)]
pub struct Glossary {
    vocabulary: Vocabulary,
    terms: Vec<Term>,
}

/// The term keys declared in the French glossary file, in file order.
pub fn declared_keys() -> Vec<String> {
    vocabulary::declared_keys("glossary.ftl", TERM_PREFIX)
}

impl Glossary {
    /// Builds the glossary from the loaded locales.
    pub fn load(i18n: &I18n) -> Result<Self, GlossaryError> {
        let vocabulary = Vocabulary::load(i18n, "glossary.ftl", TERM_PREFIX);
        let keys = vocabulary.keys().to_vec();
        let mut terms = Vec::with_capacity(keys.len());
        for key in &keys {
            let id = vocabulary.message_id(key);
            for lang in Lang::ALL {
                for attribute in TERM_ATTRIBUTES {
                    if i18n.attr(lang, &id, attribute).is_none() {
                        return Err(GlossaryError::MissingAttribute {
                            key: key.clone(),
                            attribute,
                            lang: lang.code(),
                        });
                    }
                }
            }
            let related: Vec<String> = i18n
                .attr(Lang::Fr, &id, "related")
                .unwrap_or_default()
                .split(',')
                .map(|k| k.trim().to_owned())
                .filter(|k| !k.is_empty())
                .collect();
            if let Some(unknown) = related.iter().find(|k| !keys.contains(k)) {
                return Err(GlossaryError::UnknownRelated {
                    key: key.clone(),
                    related: unknown.clone(),
                });
            }
            terms.push(Term {
                key: key.clone(),
                related,
            });
        }
        Ok(Glossary { vocabulary, terms })
    }

    /// Every term, in file order.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// The term with this key.
    pub fn position(&self, key: &str) -> Option<usize> {
        self.vocabulary.position(key)
    }

    /// Finds what a person means by `query`, question words ("c'est quoi…") aside.
    pub fn lookup(&self, query: &str) -> Lookup {
        self.vocabulary.lookup(&strip_question(&fold(query)))
    }
}

fn strip_question(folded: &str) -> String {
    let mut s = folded.trim().to_owned();
    for prefix in PREFIXES {
        if let Some(rest) = s.strip_prefix(prefix)
            && (rest.is_empty() || rest.starts_with(' '))
        {
            s = rest.trim().to_owned();
            break;
        }
    }
    for suffix in SUFFIXES {
        if let Some(rest) = s.strip_suffix(suffix)
            && (rest.is_empty() || rest.ends_with(' '))
        {
            s = rest.trim().to_owned();
        }
    }
    loop {
        let first = s.split(' ').next().unwrap_or_default();
        // Keep a lone word: "des" alone might be what the person looks for.
        if ARTICLES.contains(&first) && s.len() > first.len() {
            s = s[first.len()..].trim().to_owned();
        } else {
            return s;
        }
    }
}

/// `/definition [terme]`.
pub async fn define_command(ctx: &mut Ctx<'_>, query: &str) -> Result<(), StoreError> {
    if query.trim().is_empty() && ctx.in_group() {
        // In a group the next message may be anyone's chatter: ask for the word inline.
        let text = ctx.t("def-ask-group");
        ctx.reply(text);
        return Ok(());
    }
    if query.trim().is_empty() {
        ctx.set_dialogue(DIALOGUE, 0, "{}".to_owned()).await?;
        let text = ctx.t("def-ask");
        ctx.reply(text);
        return Ok(());
    }
    answer_query(ctx, query);
    Ok(())
}

/// The word typed after `/definition` asked for it.
pub async fn on_dialogue_text(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    ctx.clear_dialogue().await?;
    answer_query(ctx, text);
    Ok(())
}

crate::actions! {
    /// A term button: shows its definition.
    pub enum DefinitionAction = "def" {
        Show(term: String) = "",
    }
}

crate::actions! {
    /// A page of the glossary.
    pub enum GlossaryAction = "gloss" {
        Page(page: usize) = "",
    }
}

/// A `def:<key>` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: DefinitionAction) -> Result<(), StoreError> {
    let DefinitionAction::Show(key) = action;
    match ctx.services().glossary().position(&key) {
        Some(i) => {
            show_term(ctx, i);
            Ok(())
        }
        None => crate::features::kit::stale_choice(ctx),
    }
}

/// Free text in a private chat: answers when it clearly names a term; `false` otherwise.
pub fn answer_free_text(ctx: &mut Ctx<'_>, text: &str) -> bool {
    match ctx.services().glossary().lookup(text) {
        Lookup::Found(i) => {
            show_term(ctx, i);
            true
        }
        Lookup::Suggestions(found) if text.split_whitespace().count() <= 4 => {
            suggest(ctx, text, &found);
            true
        }
        _ => false,
    }
}

fn answer_query(ctx: &mut Ctx<'_>, query: &str) {
    match ctx.services().glossary().lookup(query) {
        Lookup::Found(i) => show_term(ctx, i),
        Lookup::Suggestions(found) => suggest(ctx, query, &found),
        Lookup::Nothing => {
            // In a group, what a member typed is not repeated as the bot's own words.
            let text = if ctx.in_group() {
                ctx.t("def-unknown-group")
            } else {
                ctx.t_args("def-unknown", &args([("query", shorten(query))]))
            };
            let choices = vec![ctx.choice("menu-glossary", Command::Glossary.data())];
            ctx.reply_with(text, choices);
        }
    }
}

fn suggest(ctx: &mut Ctx<'_>, query: &str, found: &[usize]) {
    let text = if ctx.in_group() {
        ctx.t("def-suggest-group")
    } else {
        ctx.t_args("def-suggest", &args([("query", shorten(query))]))
    };
    let choices = found.iter().map(|&i| term_choice(ctx, i)).collect();
    ctx.reply_with(text, choices);
}

fn term_choice(ctx: &Ctx<'_>, i: usize) -> Choice {
    let term = &ctx.services().glossary().terms()[i];
    Choice::list_item(
        ctx.t(&term.message_id()),
        DefinitionAction::Show(term.key.clone()),
    )
}

fn show_term(ctx: &mut Ctx<'_>, i: usize) {
    let glossary = ctx.services().glossary();
    let term = &glossary.terms()[i];
    let id = term.message_id();
    let i18n = ctx.services().i18n();
    let text = ctx.t_args(
        "def-card",
        &args([
            ("title", ctx.t(&id)),
            (
                "definition",
                i18n.attr(ctx.lang, &id, "definition").unwrap_or_default(),
            ),
            (
                "source",
                i18n.attr(ctx.lang, &id, "source").unwrap_or_default(),
            ),
        ]),
    );
    let choices = term
        .related
        .iter()
        .filter_map(|k| glossary.position(k))
        .map(|j| term_choice(ctx, j))
        .collect();
    ctx.reply_with(text, choices);
}

/// `/glossaire [page]`.
pub fn list_command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let page = rest.trim().parse::<usize>().unwrap_or(1).max(1) - 1;
    show_page(ctx, page);
    Ok(())
}

/// A `gloss:<page>` choice (0-based).
pub fn on_page(ctx: &mut Ctx<'_>, action: GlossaryAction) -> Result<(), StoreError> {
    let GlossaryAction::Page(page) = action;
    show_page(ctx, page);
    Ok(())
}

fn show_page(ctx: &mut Ctx<'_>, page: usize) {
    let glossary = ctx.services().glossary();
    let mut order: Vec<(String, usize)> = (0..glossary.terms().len())
        .map(|i| (fold(&ctx.t(&glossary.terms()[i].message_id())), i))
        .collect();
    order.sort();
    let pages = order.len().div_ceil(PAGE_SIZE).max(1);
    let page = page.min(pages - 1);
    let mut choices: Vec<Choice> = order
        .iter()
        .skip(page * PAGE_SIZE)
        .take(PAGE_SIZE)
        .map(|(_, i)| term_choice(ctx, *i))
        .collect();
    if page > 0 {
        choices.push(ctx.choice("page-previous", GlossaryAction::Page(page - 1)));
    }
    if page + 1 < pages {
        choices.push(ctx.choice("page-next", GlossaryAction::Page(page + 1)));
    }
    let text = ctx.t_args(
        "glossary-page",
        &args([("page", page + 1), ("pages", pages), ("count", order.len())]),
    );
    ctx.reply_with(text, choices);
}

/// A query echoed back, cut to a readable length.
fn shorten(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= 60 {
        return text.to_owned();
    }
    let cut: String = text.chars().take(59).collect();
    format!("{cut}…")
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "glossary",
    commands: &[
        crate::features::commands::Command::Definition,
        crate::features::commands::Command::Glossary,
    ],
    actions: &[DefinitionAction::PREFIX, GlossaryAction::PREFIX],
    dialogues: &[crate::features::feature::Dialogue::plain(DIALOGUE)],
    jobs: &[],
};

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary() -> Glossary {
        Glossary::load(&I18n::load().expect("locales")).expect("glossary")
    }

    fn found_key(g: &Glossary, query: &str) -> Option<String> {
        match g.lookup(query) {
            Lookup::Found(i) => Some(g.terms()[i].key.clone()),
            _ => None,
        }
    }

    #[test]
    fn has_at_least_forty_terms_with_sources() {
        let g = glossary();
        assert!(g.terms().len() >= 40, "{} terms", g.terms().len());
    }

    #[test]
    fn forgives_case_accents_hyphens_and_typos() {
        let g = glossary();
        for (query, key) in [
            ("pair aidance", "pair-aidance"),
            ("pairaidance", "pair-aidance"),
            ("PAIR-AIDANCE", "pair-aidance"),
            ("pair-aidence", "pair-aidance"),
            ("education therapeutique", "etp"),
            ("Éducation thérapeutique du patient", "etp"),
            ("RU", "representant-des-usagers"),
            ("représentant des usagé", "representant-des-usagers"),
            ("representant des usagers", "representant-des-usagers"),
            ("c'est quoi l'ETP ?", "etp"),
            ("qu'est-ce que le modèle de Montréal", "modele-de-montreal"),
            ("what is peer support", "pair-aidance"),
            ("BEP", "bilan-educatif-partage"),
            ("40h", "formation-40h"),
            ("savoirs experientiel", "savoirs-experientiels"),
            ("litteratie en sante", "litteratie-en-sante"),
        ] {
            assert_eq!(
                found_key(&g, query).as_deref(),
                Some(key),
                "query {query:?}"
            );
        }
    }

    #[test]
    fn vague_queries_get_suggestions_and_nonsense_gets_nothing() {
        let g = glossary();
        match g.lookup("patient") {
            Lookup::Suggestions(s) => assert!(s.len() >= 2, "{s:?}"),
            other => panic!("expected suggestions, got {other:?}"),
        }
        assert_eq!(g.lookup("xkcdqwerty"), Lookup::Nothing);
        assert_eq!(g.lookup("   "), Lookup::Nothing);
        assert_eq!(g.lookup("zz"), Lookup::Nothing);
    }
}

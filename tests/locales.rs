//! Locale completeness: every message, attribute and variable exists in every language, and
//! every message id the code asks for exists.

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use pairbot::features::commands::COMMANDS;
use pairbot::features::glossary::{TERM_ATTRIBUTES, declared_keys};
use pairbot::features::quiz::QUESTIONS;
use pairbot::i18n::{I18n, Lang, SOURCES};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Id-shaped string literals in the code that are not message ids.
const NOT_MESSAGE_IDS: &[&str] = &[
    "data-table",
    "data-column",
    "data-kind",
    "pairbot-files",
    "x-telegram-bot-api-secret-token",
    "allow-server",
    "pairbot-matrix",
    // A spreadsheet column's English header (`pairbot import programmes`).
    "co-run",
];

type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

/// For each message: its attributes and the variables it uses.
fn shape(text: &str) -> Shape {
    let resource = fluent_syntax::parser::parse(text).expect("valid Fluent");
    let mut out = Shape::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            let mut attrs = BTreeSet::new();
            for a in &m.attributes {
                attrs.insert(a.id.name.to_owned());
                pattern_vars(&a.value, &mut vars);
            }
            out.insert(m.id.name.to_owned(), (attrs, vars));
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn files(lang: Lang) -> BTreeMap<&'static str, &'static str> {
    SOURCES
        .iter()
        .filter(|(l, _, _)| *l == lang)
        .map(|(_, f, t)| (*f, *t))
        .collect()
}

#[test]
fn every_language_has_the_same_files_messages_attributes_and_variables() {
    let fr = files(Lang::Fr);
    for lang in Lang::ALL {
        let other = files(lang);
        assert_eq!(
            fr.keys().collect::<Vec<_>>(),
            other.keys().collect::<Vec<_>>(),
            "{lang:?} files"
        );
        for (file, text) in &fr {
            let (a, b) = (shape(text), shape(other[file]));
            for (id, (attrs, vars)) in &a {
                let Some((attrs2, vars2)) = b.get(id) else {
                    panic!("{id} ({file}) missing in {lang:?}");
                };
                assert_eq!(attrs, attrs2, "attributes of {id} differ in {lang:?}");
                assert_eq!(vars, vars2, "variables of {id} differ in {lang:?}");
            }
            for id in b.keys() {
                assert!(
                    a.contains_key(id),
                    "{id} ({file}) exists in {lang:?} but not in French"
                );
            }
        }
    }
}

#[test]
fn locale_files_on_disk_are_the_embedded_ones() {
    for (lang, file, text) in SOURCES {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang.code())
            .join(file);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            *text,
            "{}",
            path.display()
        );
    }
    for lang in Lang::ALL {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang.code());
        for entry in std::fs::read_dir(dir).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            assert!(
                SOURCES.iter().any(|(l, f, _)| *l == lang && *f == name),
                "locales/{}/{name} is not listed in i18n::SOURCES",
                lang.code()
            );
        }
    }
}

fn is_id_shaped(literal: &str) -> bool {
    literal.contains('-')
        && !literal.starts_with('-')
        && !literal.ends_with('-')
        && literal
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Id-shaped string literals (`word-word…`) outside test modules and comments.
fn id_literals(code: &str) -> Vec<String> {
    let code = code.split("#[cfg(test)]").next().unwrap_or(code);
    let mut ids = Vec::new();
    for line in code.lines() {
        let mut literal: Option<String> = None;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match (&mut literal, c) {
                (None, '/') if chars.peek() == Some(&'/') => break,
                (None, '"') => literal = Some(String::new()),
                (Some(_), '\\') => {
                    chars.next();
                }
                (Some(text), '"') => {
                    if is_id_shaped(text) {
                        ids.push(text.clone());
                    }
                    literal = None;
                }
                (Some(text), c) => text.push(c),
                (None, _) => {}
            }
        }
    }
    ids
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists_in_every_language() {
    let i18n = I18n::load().unwrap();
    let mut wanted: Vec<String> = Vec::new();
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    for file in &files {
        let code = std::fs::read_to_string(file).unwrap();
        wanted.extend(
            id_literals(&code)
                .into_iter()
                .filter(|id| !NOT_MESSAGE_IDS.contains(&id.as_str())),
        );
    }
    assert!(
        wanted.len() > 50,
        "the scan found too few ids: {}",
        wanted.len()
    );
    // Ids built at run time.
    wanted.extend(COMMANDS.iter().map(|c| c.help_id.to_owned()));
    wanted.extend(QUESTIONS.iter().map(|(id, _)| (*id).to_owned()));
    wanted.extend(Lang::ALL.iter().map(|l| format!("lang-name-{}", l.code())));
    for kind in [
        pairbot::features::quiz::DIALOGUE,
        pairbot::features::glossary::DIALOGUE,
        pairbot::features::directory::onboarding::DIALOGUE,
        pairbot::features::directory::vetting::DIALOGUE,
        pairbot::features::directory::search::DIALOGUE,
        pairbot::features::permanence::manage::DIALOGUE,
        pairbot::features::permanence::listing::LIST_DIALOGUE,
        pairbot::features::etp::signup::DIALOGUE,
        pairbot::features::etp::create::DIALOGUE,
        pairbot::features::etp::team::BEP_DIALOGUE,
        pairbot::features::etp::team::REFUSE_DIALOGUE,
        pairbot::features::etp::mission_form::DIALOGUE,
        pairbot::features::broadcast::DIALOGUE,
        "role",
        "condition",
        "department",
        "language",
        "mission",
    ] {
        wanted.push(format!("data-kind-{}", kind.replace('_', "-")));
    }
    wanted.extend(declared_keys().iter().map(|k| format!("term-{k}")));
    // Vocabulary keys written in the code (`"etp-40h"`) are keys, not message ids: they
    // must exist with their prefix.
    const PREFIXES: [&str; 7] = [
        "term-",
        "condition-",
        "role-",
        "training-",
        "mission-",
        "mission-kind-",
        "language-",
    ];
    for id in &wanted {
        for lang in Lang::ALL {
            let known =
                i18n.has(lang, id) || PREFIXES.iter().any(|p| i18n.has(lang, &format!("{p}{id}")));
            assert!(known, "the code asks for {id}, missing in {lang:?}");
        }
    }
    for (id, _) in QUESTIONS {
        for lang in Lang::ALL {
            assert!(
                i18n.attr(lang, id, "explanation").is_some(),
                "{id} has no explanation"
            );
        }
    }
}

#[test]
fn glossary_terms_are_complete_and_related_terms_agree() {
    let i18n = I18n::load().unwrap();
    let keys = declared_keys();
    assert!(keys.len() >= 40);
    for key in &keys {
        let id = format!("term-{key}");
        for lang in Lang::ALL {
            for attr in TERM_ATTRIBUTES {
                let value = i18n.attr(lang, &id, attr).unwrap_or_default();
                assert!(!value.trim().is_empty(), "{id}.{attr} empty in {lang:?}");
            }
        }
        assert_eq!(
            i18n.attr(Lang::Fr, &id, "related"),
            i18n.attr(Lang::En, &id, "related"),
            "{id}.related differs between languages"
        );
    }
}

#[test]
fn the_scanner_finds_ids_and_skips_the_rest() {
    let code = r#"
        ctx.t("help-intro"); let x = "SELECT a-b"; // "comment-id"
        ctx.t_args("too-long", &args([("max", 1)]));
        #[cfg(test)]
        mod tests { const A: &str = "pair-aidance"; }
    "#;
    assert_eq!(id_literals(code), ["help-intro", "too-long"]);
}

/// Every piece of literal text of a file's messages and attributes (with the attribute's
/// name, if any): text elements and string literals, in select variants too.
fn literal_texts(text: &str) -> Vec<(String, Option<String>, String)> {
    fn pattern(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
        for element in &p.elements {
            match element {
                PatternElement::TextElement { value } => out.push((*value).to_owned()),
                PatternElement::Placeable { expression } => expression_texts(expression, out),
            }
        }
    }
    fn expression_texts(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(InlineExpression::StringLiteral { value }) => {
                out.push((*value).to_owned());
            }
            Expression::Inline(InlineExpression::Placeable { expression }) => {
                expression_texts(expression, out);
            }
            Expression::Inline(_) => {}
            Expression::Select { variants, .. } => {
                for v in variants {
                    pattern(&v.value, out);
                }
            }
        }
    }
    let resource = fluent_syntax::parser::parse(text).expect("valid Fluent");
    let mut found = Vec::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut pieces = Vec::new();
            if let Some(p) = &m.value {
                pattern(p, &mut pieces);
            }
            found.extend(pieces.drain(..).map(|t| (m.id.name.to_owned(), None, t)));
            for a in &m.attributes {
                pattern(&a.value, &mut pieces);
                let name = Some(a.id.name.to_owned());
                found.extend(
                    pieces
                        .drain(..)
                        .map(|t| (m.id.name.to_owned(), name.clone(), t)),
                );
            }
        }
    }
    found
}

/// French puts a no-break space before `:` (U+00A0) and a narrow one before `; ? !`
/// (U+202F), and no-break spaces inside « »; an ordinary space there lets a line break
/// leave the sign alone at the start of a line. English puts no space before them (the
/// French titles quoted in sources excepted).
#[test]
fn punctuation_spacing_follows_each_language() {
    for (file, text) in files(Lang::Fr) {
        for (id, attribute, piece) in literal_texts(text) {
            let chars: Vec<char> = piece.chars().collect();
            for (i, pair) in chars.windows(2).enumerate() {
                let wrong = (pair[0] == ' ' && matches!(pair[1], ':' | ';' | '?' | '!' | '»'))
                    || (pair[0] == '«' && pair[1] == ' ');
                assert!(
                    !wrong,
                    "{file}: {id}{} has an ordinary space at {i}: {piece:?}",
                    attribute.map(|a| format!(".{a}")).unwrap_or_default()
                );
            }
        }
    }
    for (file, text) in files(Lang::En) {
        for (id, attribute, piece) in literal_texts(text) {
            if attribute.as_deref() == Some("source") {
                continue;
            }
            let chars: Vec<char> = piece.chars().collect();
            for pair in chars.windows(2) {
                assert!(
                    !(pair[0].is_whitespace() && matches!(pair[1], ':' | ';' | '?' | '!')),
                    "{file}: {id} has a space before {:?}: {piece:?}",
                    pair[1]
                );
            }
        }
    }
}

/// Every command is documented in the README under its French name, and described in both
/// languages for `/aide` (its `help-…` message).
#[test]
fn every_command_is_in_the_readme_and_the_help() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let i18n = I18n::load().unwrap();
    let mut names = BTreeSet::new();
    for spec in COMMANDS {
        for name in spec.names {
            assert!(names.insert(*name), "/{name} is named twice");
        }
        assert!(
            readme.contains(&format!("`/{}", spec.name())),
            "/{} is not in the README",
            spec.name()
        );
        for lang in Lang::ALL {
            assert!(
                i18n.has(lang, spec.help_id),
                "{} missing in {lang:?}",
                spec.help_id
            );
        }
    }
}

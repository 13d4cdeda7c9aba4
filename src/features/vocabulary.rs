//! Controlled vocabularies read from the locale files (glossary terms, conditions, roles…):
//! each is a family of messages `<prefix><key>` whose value is the label and whose
//! `.aliases` attribute lists other names, in every language. Lookup forgives case, accents,
//! hyphens, spaces and small typos.

use crate::core::text::{compact, fold, similarity_from, within_one_edit};
use crate::i18n::{I18n, Lang, SOURCES};
use fluent_syntax::ast::Entry;

/// Score from which a fuzzy match is taken as the answer.
const FOUND: f64 = 0.85;
/// Score from which a key is worth suggesting.
const SUGGEST: f64 = 0.6;
/// How many suggestions at most.
const MAX_SUGGESTIONS: usize = 5;

/// A name found in a text: `len` folded words from word `start`, naming entry `key`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// The first word.
    pub start: usize,
    /// How many words.
    pub len: usize,
    /// The entry's position.
    pub key: usize,
}

impl Span {
    /// Whether word `word` is part of this name.
    pub fn covers(&self, word: usize) -> bool {
        (self.start..self.start + self.len).contains(&word)
    }

    /// Whether this name lies within `other`.
    pub fn within(&self, other: &Span) -> bool {
        other.start <= self.start && self.start + self.len <= other.start + other.len
    }
}

/// The outcome of a lookup, as positions in [`Vocabulary::keys`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// One key clearly matches.
    Found(usize),
    /// Several keys could be meant, best first.
    Suggestions(Vec<usize>),
    /// Nothing close.
    Nothing,
}

#[derive(Debug)]
struct IndexEntry {
    compact: String,
    /// The words of the folded name, split once here rather than at each lookup.
    words: Vec<String>,
    key: usize,
    /// Made from the key itself (`de`, `recherche`): good for exact lookup, too common a
    /// word to be spotted in free text.
    from_key: bool,
}

/// One vocabulary and its lookup index.
#[derive(Debug)]
pub struct Vocabulary {
    prefix: &'static str,
    keys: Vec<String>,
    index: Vec<IndexEntry>,
}

/// The keys of the messages `<prefix>…` declared in the French file `file`, in file order.
pub fn declared_keys(file: &str, prefix: &str) -> Vec<String> {
    let Some((_, _, text)) = SOURCES
        .iter()
        .find(|(lang, name, _)| *lang == Lang::Fr && *name == file)
    else {
        return Vec::new();
    };
    let resource = match fluent_syntax::parser::parse(*text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => m.id.name.strip_prefix(prefix).map(str::to_owned),
            _ => None,
        })
        .collect()
}

impl Vocabulary {
    /// Indexes the labels and aliases of `<prefix><key>` messages of `file`, in every language.
    pub fn load(i18n: &I18n, file: &str, prefix: &'static str) -> Self {
        let keys = declared_keys(file, prefix);
        let mut index = Vec::new();
        for (i, key) in keys.iter().enumerate() {
            let id = format!("{prefix}{key}");
            for lang in Lang::ALL {
                let label = i18n.text(lang, &id);
                let aliases = i18n.attr(lang, &id, "aliases").unwrap_or_default();
                let names = std::iter::once(label.as_str())
                    .chain(label_parts(&label))
                    .chain(aliases.split('|'))
                    .map(|n| (n, false))
                    .chain(std::iter::once((key.as_str(), true)));
                for (name, from_key) in names {
                    let compact = compact(name);
                    if !compact.is_empty() {
                        let folded = fold(name);
                        index.push(IndexEntry {
                            compact,
                            words: folded
                                .split(' ')
                                .filter(|w| !w.is_empty())
                                .map(str::to_owned)
                                .collect(),
                            key: i,
                            from_key,
                        });
                    }
                }
            }
        }
        Vocabulary {
            prefix,
            keys,
            index,
        }
    }

    /// Every key, in file order.
    pub fn keys(&self) -> &[String] {
        &self.keys
    }

    /// The position of `key`.
    pub fn position(&self, key: &str) -> Option<usize> {
        self.keys.iter().position(|k| k == key)
    }

    /// The message id of a key.
    pub fn message_id(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    /// The label of a key in `lang`.
    pub fn label(&self, i18n: &I18n, lang: Lang, key: &str) -> String {
        i18n.text(lang, &self.message_id(key))
    }

    /// What a person means by `query` (already stripped of question words).
    pub fn lookup(&self, query: &str) -> Lookup {
        let folded = fold(query);
        let q = folded.replace(' ', "");
        if q.is_empty() {
            return Lookup::Nothing;
        }
        if let Some(e) = self.index.iter().find(|e| e.compact == q) {
            return Lookup::Found(e.key);
        }
        if q.len() < 4 {
            return Lookup::Nothing;
        }
        let query_words: Vec<&str> = folded.split(' ').collect();
        // Best score per key.
        let mut best = vec![0.0_f64; self.keys.len()];
        for e in &self.index {
            // Below SUGGEST a score changes nothing, so it need not be computed exactly.
            let mut score = similarity_from(&q, &e.compact, SUGGEST);
            if q.len() >= 5 && e.compact.starts_with(&q) {
                score = score.max(0.75);
            }
            if contains_run(&e.words, &query_words) {
                score = score.max(0.7);
            }
            if score > best[e.key] {
                best[e.key] = score;
            }
        }
        let mut ranked: Vec<(usize, f64)> = best
            .into_iter()
            .enumerate()
            .filter(|(_, s)| *s >= SUGGEST)
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        match ranked.as_slice() {
            [] => Lookup::Nothing,
            [(key, score)] if *score >= FOUND => Lookup::Found(*key),
            [(key, score), (_, second), ..] if *score >= FOUND && score - second >= 0.05 => {
                Lookup::Found(*key)
            }
            _ => Lookup::Suggestions(
                ranked
                    .iter()
                    .take(MAX_SUGGESTIONS)
                    .map(|(k, _)| *k)
                    .collect(),
            ),
        }
    }

    /// Every key named in a longer text, in order of appearance: whole names (label or
    /// alias) found as word sequences, exactly or with one typo in words of 6+ letters.
    pub fn find_all(&self, text: &str) -> Vec<usize> {
        self.find_spans(text).into_iter().map(|s| s.key).collect()
    }

    /// Like [`Vocabulary::find_all`], with where each name was found among the folded
    /// words of `text` (see [`fold`]), so a caller can tell which words were understood.
    pub fn find_spans(&self, text: &str) -> Vec<Span> {
        let words: Vec<String> = fold(text).split(' ').map(str::to_owned).collect();
        // (start, length in words, key) of every name found.
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        for e in self
            .index
            .iter()
            .filter(|e| !e.from_key && e.compact.len() >= 2)
        {
            let name = &e.words;
            if name.is_empty() || name.len() > words.len() {
                continue;
            }
            for start in 0..=words.len() - name.len() {
                let matches = name.iter().zip(&words[start..]).all(|(n, w)| {
                    // Folded words are ASCII: one edit apart needs lengths at most one
                    // apart, checked first because most pairs fail it.
                    n == w
                        || (n.len() >= 6 && n.len().abs_diff(w.len()) <= 1 && within_one_edit(n, w))
                });
                // A lone short alias ("ms", "sep") must be a whole word, which it is here.
                if matches && !found.iter().any(|(_, _, k)| *k == e.key) {
                    found.push((start, name.len(), e.key));
                }
            }
        }
        // A name inside a longer one found at the same place is not meant on its own:
        // "pair aidant" is not also "aidant".
        let inside = |&(s, l, _): &(usize, usize, usize)| {
            found
                .iter()
                .any(|&(s2, l2, _)| l2 > l && s2 <= s && s + l <= s2 + l2)
        };
        let mut kept: Vec<(usize, usize, usize)> =
            found.iter().copied().filter(|m| !inside(m)).collect();
        kept.sort();
        kept.into_iter()
            .map(|(start, len, key)| Span { start, len, key })
            .collect()
    }
}

/// Words too general to narrow a search on their own ("maladie de…", "trouble…").
const GENERAL_WORDS: &[&str] = &[
    "maladie",
    "maladies",
    "trouble",
    "troubles",
    "syndrome",
    "chronique",
    "chroniques",
    "personne",
    "personnes",
    "disease",
    "disorder",
    "patient",
    "patients",
    "autre",
    "autres",
];

impl Vocabulary {
    /// Whether a folded word is part of one of the names (labels and aliases).
    pub fn knows_word(&self, word: &str) -> bool {
        self.index.iter().any(|e| e.words.iter().any(|w| w == word))
    }

    /// Keys whose names contain one of the text's words (of 5+ letters, general words
    /// aside): "diabète" gives both types of diabetes, "cancer" every cancer.
    pub fn find_by_words(&self, text: &str) -> Vec<usize> {
        let mut found = Vec::new();
        for word in fold(text).split(' ') {
            if word.len() < 5 || GENERAL_WORDS.contains(&word) {
                continue;
            }
            for e in self.index.iter().filter(|e| !e.from_key) {
                if e.words.iter().any(|w| w == word) && !found.contains(&e.key) {
                    found.push(e.key);
                }
            }
        }
        found
    }
}

/// "Éducation thérapeutique du patient (ETP)" also answers to its two halves.
fn label_parts(label: &str) -> Vec<&str> {
    match label.split_once('(') {
        Some((before, after)) => vec![before, after.trim_end_matches(')')],
        None => Vec::new(),
    }
}

/// Whether the words of `run` appear one after the other in `words`: for folded text
/// (words joined by single spaces), whether `" {haystack} "` contains `" {needle} "`. Done
/// on the words each index entry already keeps, rather than by a substring search over its
/// text: this runs for every entry of a vocabulary on every fuzzy lookup, and a substring
/// search sets up its searcher on every call, which alone was a visible share of a message's
/// work.
fn contains_run(words: &[String], run: &[&str]) -> bool {
    if run.is_empty() {
        return words.is_empty();
    }
    words
        .windows(run.len())
        .any(|w| w.iter().zip(run).all(|(a, b)| a == b))
}

#[cfg(test)]
mod tests {
    use super::contains_run;
    use proptest::prelude::*;

    fn words(text: &str) -> Vec<String> {
        text.split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    }

    fn has(haystack: &str, needle: &str) -> bool {
        let run: Vec<&str> = needle.split(' ').filter(|w| !w.is_empty()).collect();
        contains_run(&words(haystack), &run)
    }

    #[test]
    fn whole_words_only() {
        assert!(has("pair aidant", "aidant"));
        assert!(!has("pair aidants", "aidant"));
        assert!(has("xab ab ab", "ab ab"));
        assert!(!has("", "a"));
    }

    proptest! {
        /// For folded text (words joined by single spaces), the same answer as padding both
        /// with spaces and searching.
        #[test]
        fn as_padded_contains(
            haystack in proptest::collection::vec("[ab1]{1,3}", 0..6),
            needle in proptest::collection::vec("[ab1]{1,3}", 0..3),
        ) {
            let (haystack, needle) = (haystack.join(" "), needle.join(" "));
            prop_assert_eq!(
                has(&haystack, &needle),
                format!(" {haystack} ").contains(&format!(" {needle} "))
            );
        }
    }
}

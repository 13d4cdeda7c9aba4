//! Recognising an emergency in what a person wrote, the way people really write it.
//!
//! Pure text work, run on every incoming text before anything else: no database, no
//! allocation beyond the message's own words, so it also runs when the database is down.
//!
//! A message is cut into sentences, each sentence into words (accents and case folded,
//! SMS contractions expanded, the French negative particle *ne* dropped, as speech drops
//! it), then compared with the phrases of [`super::lexicon`]. A phrase matches:
//! - word by word, each word allowing one typo from 5 letters and two from 9 (the first
//!   letter must be right, so "courir" never reads as "mourir");
//! - across a missing apostrophe ("jai", "darreter") or a glued pronoun ("jsuis");
//! - with a few free words where the phrase says so (`~`: "ma vie n'a franchement plus
//!   aucun sens"), never across a comma, a negation or the start of another clause
//!   ("j'aimerais savoir si on peut mourir");
//! - with adverbs anywhere inside ("il m'a encore frappée", "je veux juste mourir") and,
//!   before a clause end, adverbs and times ("je me tue demain");
//! - with an SMS pronoun stripped of its vowel ("jvai m tuer");
//! - unless it is negated just before ("je n'ai pas envie de mourir") or, as French puts
//!   it, just after ("mon mari ne me frappe pas"), feared rather than
//!   wished ("j'ai peur de ne plus me réveiller"), an everyday idiom ("en finir avec ces
//!   démarches", "mourir de rire") or, for phrases marked weak, talked about as a topic or
//!   as the past ("la prévention du suicide", "mon infarctus il y a deux ans").

use super::lexicon::{self, Category};
use crate::core::text::fold;
use std::cell::{Cell, OnceCell};
use std::sync::LazyLock;

/// What a message was recognised as: a set of [`Category`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Assessment(u16);

impl Assessment {
    /// Whether nothing was recognised.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether `category` was recognised.
    pub fn contains(self, category: Category) -> bool {
        self.0 & (1 << category as u16) != 0
    }

    fn insert(&mut self, category: Category) {
        self.0 |= 1 << category as u16;
    }

    /// The categories recognised, most urgent first (the order of [`Category::ALL`]).
    pub fn categories(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |c| self.contains(*c))
    }

    /// Whether something more than distress (a danger to life or health) was recognised.
    pub fn is_emergency(self) -> bool {
        self.categories().any(|c| c != Category::Distress)
    }
}

/// What a message says, as far as emergencies go.
pub fn assess(text: &str) -> Assessment {
    let found = Cell::new(Assessment::default());
    each_match(
        text,
        |phrase| !found.get().contains(phrase.category),
        |phrase| {
            let mut now = found.get();
            now.insert(phrase.category);
            found.set(now);
        },
    );
    found.get()
}

/// The phrases a message matched, as written in the lexicon (to tune the lexicon).
pub fn explain(text: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    each_match(text, |_| true, |phrase| out.push(phrase.source));
    out
}

/// Calls `found` with every phrase that holds somewhere in `text`, among those `wanted`.
fn each_match(text: &str, wanted: impl Fn(&Phrase) -> bool, mut found: impl FnMut(&Phrase)) {
    let compiled = &*COMPILED;
    for sentence in text.split(['.', ';', '!', '?', '\n', '\r', '(', ')', '…']) {
        let words = sentence_words(sentence);
        if words.is_empty() {
            continue;
        }
        // Read only when a weak phrase asks: most sentences match nothing.
        let context = OnceCell::new();
        for start in 0..words.len() {
            let starts = phrase_starts(compiled, &words[start]);
            for &(first, ok) in starts.iter() {
                for &i in &compiled.by_first[first] {
                    let phrase = &compiled.phrases[i];
                    if !wanted(phrase) {
                        continue;
                    }
                    if let Some(end) = match_start(&phrase.tokens, ok, &words, start)
                        && phrase.holds(&words, start, end, &context)
                    {
                        found(phrase);
                    }
                }
            }
        }
    }
}

/// The first words of the lexicon that `word` may be, each with whether it is one (else it
/// may only be one glued to the next word, as in "jai" or "dont").
fn first_words(compiled: &Compiled, word: &str) -> Vec<(usize, bool)> {
    compiled
        .candidates(word)
        .filter_map(|&first| {
            let head = &compiled.phrases[compiled.by_first[first][0]];
            let ok = head.starts_with(word);
            (ok || head.may_glue(word)).then_some((first, ok))
        })
        .collect()
}

/// Words already looked up, and the first words they may be: comparing a word with the
/// lexicon's first words (with typos) is most of the reading, and the words people write
/// repeat ("je", "pas", "rendez-vous"). Per thread, and forgotten when it grows: it holds
/// single words, never a message.
type Memo = std::collections::HashMap<String, std::rc::Rc<[(usize, bool)]>>;

thread_local! {
    static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo::new());
}

/// How many words [`MEMO`] keeps before it starts again.
const MEMO_WORDS: usize = 4096;

fn phrase_starts(compiled: &Compiled, word: &str) -> std::rc::Rc<[(usize, bool)]> {
    MEMO.with_borrow_mut(|memo| {
        if let Some(found) = memo.get(word) {
            return found.clone();
        }
        if memo.len() >= MEMO_WORDS {
            memo.clear();
        }
        let found: std::rc::Rc<[(usize, bool)]> = first_words(compiled, word).into();
        memo.insert(word.to_owned(), found.clone());
        found
    })
}

/// Whether a message contains crisis wording of any kind.
pub fn is_crisis(text: &str) -> bool {
    !assess(text).is_empty()
}

/// The comma that separates two clauses of a sentence, kept as a word so that negations
/// and clause ends can see it.
const COMMA: &str = ",";

/// A sentence's words, folded, contractions expanded, *ne* dropped, commas kept.
fn sentence_words(sentence: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, clause) in sentence.split([',', ':']).enumerate() {
        if i > 0 && out.last().is_some_and(|w| w != COMMA) {
            out.push(COMMA.to_owned());
        }
        for word in fold(clause).split(' ').filter(|w| !w.is_empty()) {
            expand(word, &mut out);
        }
    }
    out
}

/// Pushes `word` as a careful writer would have written it.
fn expand(word: &str, out: &mut Vec<String>) {
    // The negative particle, which speech and SMS drop anyway: phrases never contain it.
    if matches!(word, "ne" | "n") {
        return;
    }
    if let Some(expansion) = lexicon::contraction(word) {
        out.extend(expansion.split(' ').map(str::to_owned));
        return;
    }
    // "jsuis", "jveux", "jpeux", "jme": no French word starts with j and a consonant.
    let bytes = word.as_bytes();
    if bytes.len() >= 3 && bytes[0] == b'j' && !is_vowel(bytes[1]) && bytes[1].is_ascii_alphabetic()
    {
        out.push("je".to_owned());
        expand(&word[1..], out);
        return;
    }
    out.push(word.to_owned());
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'h')
}

/// One word of a phrase.
#[derive(Debug)]
enum Token {
    /// Any of these words (`*` at the end: any word starting so).
    Word(Vec<Alt>),
    /// Up to [`GAP`] words that are not a negation nor a clause break.
    Gap,
    /// A number of ten or more (`#`), in digits or in words.
    Many,
}

#[derive(Debug)]
struct Alt {
    text: String,
    prefix: bool,
    /// `=abc`: no typo allowed, where one letter makes another everyday word ("agresse",
    /// "adresse").
    exact: bool,
    /// The letters it has ([`letters`]), to rule out most typos before counting edits.
    letters: u32,
}

/// The set of letters a word has, one bit each (digits and the rest ignored).
fn letters(word: &[u8]) -> u32 {
    word.iter()
        .filter(|b| b.is_ascii_lowercase())
        .fold(0, |set, b| set | 1 << (b - b'a'))
}

/// The most words a `~` skips.
const GAP: usize = 4;

/// A phrase of the lexicon, compiled.
#[derive(Debug)]
struct Phrase {
    category: Category,
    /// As written in the lexicon, for [`explain`].
    source: &'static str,
    tokens: Vec<Token>,
    /// `$`: must end its clause ("je craque", not "je craque pour ce gâteau").
    clause_end: bool,
    /// `?`: ignored when the sentence is about the topic or the past.
    weak: bool,
    /// `%`: ignored when feared rather than wished ("peur de mourir").
    fearable: bool,
    /// Its first word as written, and that word's number among all first words.
    first_source: String,
    first: usize,
}

struct Compiled {
    phrases: Vec<Phrase>,
    /// The phrases of each distinct first word ([`Phrase::first`]), the first of them
    /// standing for the word itself.
    by_first: Vec<Vec<usize>>,
    /// Distinct first words by their first letter: a message word is compared only with
    /// the first words that can be it, and the phrases of a first word are tried only when
    /// it is (many phrases share one: "@want ~ (mourir|crever|…)" spells out into dozens).
    by_letter: Vec<Vec<usize>>,
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let mut phrases = Vec::new();
    for (category, list) in lexicon::PHRASES {
        for line in *list {
            for source in line.split(" | ") {
                let source: &'static str = source;
                for text in variants(source) {
                    phrases.push(compile(*category, source, &text));
                }
            }
        }
    }
    // Phrases spelled out from one source share their first word: number them once.
    let mut ids = std::collections::HashMap::new();
    let mut by_first: Vec<Vec<usize>> = Vec::new();
    for (i, phrase) in phrases.iter_mut().enumerate() {
        let next = ids.len();
        phrase.first = *ids
            .entry(std::mem::take(&mut phrase.first_source))
            .or_insert(next);
        if phrase.first == by_first.len() {
            by_first.push(Vec::new());
        }
        by_first[phrase.first].push(i);
    }
    let mut by_letter = vec![Vec::new(); 26];
    for (first, members) in by_first.iter().enumerate() {
        let Some(Token::Word(alts)) = phrases[members[0]].tokens.first() else {
            panic!("a phrase starts with a word: {:?}", phrases[members[0]]);
        };
        let mut letters: Vec<usize> = alts
            .iter()
            .filter_map(|a| a.text.bytes().next())
            .map(|b| usize::from(b.checked_sub(b'a').expect("a phrase starts with a letter")))
            .collect();
        letters.sort_unstable();
        letters.dedup();
        for letter in letters {
            by_letter[letter].push(first);
        }
    }
    Compiled {
        phrases,
        by_first,
        by_letter,
    }
});

impl Compiled {
    /// The first words that `word` may be: by its first letter, or by its second after an
    /// elided article or pronoun ("jetouffe" may start "etouffe").
    fn candidates(&self, word: &str) -> impl Iterator<Item = &usize> {
        let bytes = word.as_bytes();
        let letter = |b: u8| b.is_ascii_lowercase().then(|| usize::from(b - b'a'));
        let first = bytes.first().copied().and_then(letter);
        let second =
            (bytes.len() > 2 && ELIDED.contains(&bytes[0]) && after_elision(bytes[0], bytes[1]))
                .then(|| letter(bytes[1]))
                .flatten()
                .filter(|s| Some(*s) != first);
        first
            .into_iter()
            .chain(second)
            .flat_map(move |l| self.by_letter[l].iter())
    }
}

/// Letters that an apostrophe turns into a prefix: j', l', d', m', t', s', c', n'.
const ELIDED: [u8; 8] = *b"jldmtscn";

/// The phrases a source stands for, its groups spelled out: `(a b|c)` is "a b" or "c", and
/// `(a b|)` is "a b" or nothing. A word's own `a|b` only chooses one word; a group may
/// choose whole words ("me (couper|faire du mal)").
fn variants(source: &str) -> Vec<String> {
    let (Some(open), Some(close)) = (source.find('('), source.find(')')) else {
        return vec![source.to_owned()];
    };
    assert!(open < close, "a group opens before it closes: {source}");
    let (head, tail) = (&source[..open], &source[close + 1..]);
    source[open + 1..close]
        .split('|')
        .flat_map(|choice| variants(&format!("{head}{choice}{tail}")))
        .collect()
}

fn compile(category: Category, source: &'static str, text: &str) -> Phrase {
    let mut text = text.trim();
    let (mut weak, mut fearable) = (false, false);
    while let Some(rest) = text.strip_prefix(['?', '%']) {
        weak |= text.starts_with('?');
        fearable |= text.starts_with('%');
        text = rest;
    }
    let clause_end = text.ends_with(" $");
    let tokens = tokens(text.trim_end_matches(" $"));
    let first_source = text.split(' ').find(|t| !t.is_empty()).unwrap_or_default();
    Phrase {
        category,
        source,
        tokens,
        clause_end,
        weak,
        fearable,
        first_source: first_source.to_owned(),
        first: 0,
    }
}

/// The tokens of a phrase or a context marker, as written.
fn tokens(text: &str) -> Vec<Token> {
    text.split(' ')
        .filter(|t| !t.is_empty())
        .map(|t| match t {
            "~" => Token::Gap,
            "#" => Token::Many,
            _ => Token::Word(
                t.split('|')
                    .flat_map(|a| match a.strip_prefix('@') {
                        Some(name) => lexicon::set(name)
                            .unwrap_or_else(|| panic!("no word set @{name}"))
                            .split('|')
                            .map(alt)
                            .collect(),
                        None => vec![alt(a)],
                    })
                    .collect(),
            ),
        })
        .collect()
}

/// One alternative of a phrase word: `abc*` is any word starting with `abc`, `=abc` allows
/// no typo.
fn alt(text: &str) -> Alt {
    let exact = text.starts_with('=');
    let text = text.trim_start_matches('=');
    let prefix = text.ends_with('*');
    let text = text.trim_end_matches('*').to_owned();
    Alt {
        letters: letters(text.as_bytes()),
        text,
        prefix,
        exact,
    }
}

/// Where the phrase's tokens from `ti` match the words from `wi`: the index after the
/// last word matched.
fn match_from(tokens: &[Token], ti: usize, words: &[String], wi: usize) -> Option<usize> {
    let Some(token) = tokens.get(ti) else {
        return Some(wi);
    };
    match token {
        Token::Gap => {
            for skip in 0..=GAP {
                if skip > 0 {
                    let skipped = words.get(wi + skip - 1)?;
                    // Nor the start of another clause: "j'aimerais savoir si on peut
                    // mourir de la SEP" does not wish to die.
                    if skipped == COMMA
                        || negates(words, wi + skip - 1)
                        || lexicon::GAP_STOPS.contains(&skipped.as_str())
                    {
                        return None;
                    }
                }
                if let Some(end) = match_from(tokens, ti + 1, words, wi + skip) {
                    return Some(end);
                }
            }
            None
        }
        Token::Many => {
            let word = words.get(wi)?;
            if is_many(word) {
                return match_from(tokens, ti + 1, words, wi + 1);
            }
            // "j'ai pris genre 15 cachets": see below.
            if ti > 0 && lexicon::ADVERBS.contains(&word.as_str()) {
                return match_from(tokens, ti, words, wi + 1);
            }
            None
        }
        Token::Word(alts) => {
            let word = words.get(wi)?;
            if alts.iter().any(|a| word_matches(a, word))
                && let Some(end) = match_from(tokens, ti + 1, words, wi + 1)
            {
                return Some(end);
            }
            // Two words of the phrase glued in one ("jai", "cest", "dont", "im").
            if glued_pair(alts, tokens.get(ti + 1), word) {
                return match_from(tokens, ti + 2, words, wi + 1);
            }
            // An adverb inside a phrase changes nothing of what it says: "il m'a encore
            // frappée", "je veux juste mourir", "j'ai pris genre 15 cachets".
            if ti > 0 && lexicon::ADVERBS.contains(&word.as_str()) {
                return match_from(tokens, ti, words, wi + 1);
            }
            None
        }
    }
}

/// Where a phrase matches from `start`, its first word already known to match or not
/// (`first_ok`): [`match_from`] without comparing the first word again.
fn match_start(tokens: &[Token], first_ok: bool, words: &[String], start: usize) -> Option<usize> {
    let Some(Token::Word(alts)) = tokens.first() else {
        return match_from(tokens, 0, words, start);
    };
    if first_ok && let Some(end) = match_from(tokens, 1, words, start + 1) {
        return Some(end);
    }
    glued_pair(alts, tokens.get(1), &words[start])
        .then(|| match_from(tokens, 2, words, start + 1))
        .flatten()
}

/// Whether `word` is a word of `alts` glued to a word of the `next` token.
fn glued_pair(alts: &[Alt], next: Option<&Token>, word: &str) -> bool {
    let Some(Token::Word(next)) = next else {
        return false;
    };
    alts.iter()
        .any(|a| next.iter().any(|b| glued(&a.text, b, word)))
}

/// Whether `word` is `a` then `b` without their apostrophe or space ("j"+"ai", "don"+"t",
/// "je"+"suis" as "jsuis").
fn glued(a: &str, b: &Alt, word: &str) -> bool {
    if a.is_empty() || b.prefix {
        return false;
    }
    let Some(rest) = word.strip_prefix(a).or_else(|| {
        (a.len() <= 3 && a.ends_with('e'))
            .then(|| word.strip_prefix(&a[..a.len() - 1]))
            .flatten()
    }) else {
        return false;
    };
    rest == b.text
}

/// One word of a phrase against one word of the message.
fn word_matches(alt: &Alt, word: &str) -> bool {
    let pattern = alt.text.as_str();
    if alt.prefix {
        if word.starts_with(pattern) {
            return true;
        }
    } else if word == pattern {
        return true;
    }
    // SMS drops the vowel of a pronoun even before a consonant: "jvai m tuer".
    if let [p, b'e'] = pattern.as_bytes()
        && word.as_bytes() == [*p]
        && b"jmtsl".contains(p)
    {
        return true;
    }
    // An elided article or pronoun glued on: "jetouffe", "darreter", "lair".
    if let Some(rest) = elided(word)
        && (rest == pattern || (alt.prefix && rest.starts_with(pattern)))
    {
        return true;
    }
    !alt.exact && close(alt, word)
}

/// `word` without a glued elided letter ("jetouffe" → "etouffe"), when it has one.
fn elided(word: &str) -> Option<&str> {
    let bytes = word.as_bytes();
    (bytes.len() > 2 && ELIDED.contains(&bytes[0]) && after_elision(bytes[0], bytes[1]))
        .then(|| &word[1..])
}

/// Whether `second` can follow the elided `first`: a vowel, or a mute h after l', d', j',
/// m', n' ("lhomme", "dhabitude"). Not "sh", "th", "ch": those begin "she", "the", "cher",
/// never an elision.
fn after_elision(first: u8, second: u8) -> bool {
    is_vowel(second) && (second != b'h' || !matches!(first, b's' | b't' | b'c'))
}

/// Within the typos allowed: one from 5 letters, two from 9, the first letter right. For a
/// prefix, the word's beginning of about the same length is compared.
///
/// Two typos only from 9 letters: from 7, two edits turn one word of a family into its
/// neighbour ("suicidal" into "suicide", "suicidaire" into "suicider"), which then
/// escapes the context rules written for that neighbour.
fn close(alt: &Alt, word: &str) -> bool {
    let (pattern, prefix) = (alt.text.as_str(), alt.prefix);
    let allowed = match pattern.len() {
        0..5 => return false,
        5..9 => 1,
        _ => 2,
    };
    let bytes = word.as_bytes();
    if pattern.as_bytes()[0] != bytes[0]
        || (!prefix && pattern.len().abs_diff(bytes.len()) > allowed)
    {
        return false;
    }
    // Each letter of the pattern that the word lacks costs at least one edit, and so does
    // each letter the word has that the pattern lacks: counting them is much cheaper than
    // counting edits, and rules out nearly every pair. (For a prefix, the longest beginning
    // compared lacks the fewest.)
    let head = &bytes[..bytes.len().min(pattern.len() + allowed)];
    let have = letters(head);
    let missing = (alt.letters & !have).count_ones() as usize;
    let extra = if prefix {
        0
    } else {
        (have & !alt.letters).count_ones() as usize
    };
    if missing > allowed || extra > allowed {
        return false;
    }
    if prefix {
        return (pattern.len().saturating_sub(allowed)..=pattern.len() + allowed).any(|n| {
            word.get(..n)
                .is_some_and(|head| within_edits(pattern.as_bytes(), head.as_bytes(), allowed))
        });
    }
    within_edits(pattern.as_bytes(), word.as_bytes(), allowed)
}

/// Whether at most `k` insertions, deletions, substitutions or swaps of neighbours turn `a`
/// into `b` (restricted Damerau-Levenshtein; the words are short).
fn within_edits(a: &[u8], b: &[u8], k: usize) -> bool {
    if a.len().abs_diff(b.len()) > k {
        return false;
    }
    // Three rows on the stack: this runs for every word against many phrases. Longer
    // words than any of the lexicon's are never a typo of one.
    const MAX: usize = 40;
    if b.len() >= MAX {
        return false;
    }
    let width = b.len() + 1;
    let mut rows = [0usize; 3 * MAX];
    for (j, cell) in rows[..width].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (cur, prev, prev2) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        rows[cur * width] = i;
        let mut best = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[prev * width + j] + 1)
                .min(rows[cur * width + j - 1] + 1)
                .min(rows[prev * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[prev2 * width + j - 2] + 1);
            }
            rows[cur * width + j] = d;
            best = best.min(d);
        }
        if best > k {
            return false;
        }
    }
    rows[(a.len() % 3) * width + b.len()] <= k
}

/// A number of ten or more: "30", "vingt", "dozen".
fn is_many(word: &str) -> bool {
    match word.parse::<u32>() {
        Ok(n) => n >= 10,
        Err(_) => lexicon::MANY.contains(&word),
    }
}

/// What the whole sentence says about how to read its phrases.
struct Context {
    /// It talks about the subject (prevention, an association, signs to recognise…).
    topical: bool,
    /// It tells the past ("il y a deux ans", "after my stroke").
    past: bool,
}

/// The context markers of [`lexicon::TOPICAL`] and [`lexicon::PAST`], compiled like phrases
/// so that they can say "il y a ~ ans" rather than a bare "il y a" (which also opens
/// "il y a un homme avec un couteau").
static MARKERS: LazyLock<[Vec<Vec<Token>>; 2]> = LazyLock::new(|| {
    [lexicon::TOPICAL, lexicon::PAST].map(|list| list.iter().map(|m| tokens(m)).collect())
});

impl Context {
    fn of(words: &[String]) -> Self {
        let has = |markers: &[Vec<Token>]| {
            markers.iter().any(|marker| {
                (0..words.len()).any(|start| match_from(marker, 0, words, start).is_some())
            })
        };
        let [topical, past] = &*MARKERS;
        Context {
            topical: has(topical),
            past: has(past),
        }
    }
}

impl Phrase {
    /// Whether a match of this phrase over `words[start..end]` means what it says.
    fn holds(
        &self,
        words: &[String],
        start: usize,
        end: usize,
        context: &OnceCell<Context>,
    ) -> bool {
        // Adverbs and times do not reopen a clause: "je craque complètement", "je me tue
        // demain".
        let after = words[end..].iter().find(|w| {
            !lexicon::ADVERBS.contains(&w.as_str()) && !lexicon::TIMES.contains(&w.as_str())
        });
        if self.clause_end && after.is_some_and(|w| w != COMMA) {
            return false;
        }
        if lookback(words, start).any(|i| negates(words, i)) || negated_after(&words[end..]) {
            return false;
        }
        // Fear reaches further than a negation: "I'm afraid I'll never wake up".
        if self.fearable
            && words[..start]
                .iter()
                .rev()
                .take_while(|w| *w != COMMA)
                .any(|w| lexicon::FEARS.contains(&w.as_str()))
        {
            return false;
        }
        // Keyed by the phrase's own last word and by the word the message used there, for
        // a phrase ending in a word set ("@hit": "frappe", "tape").
        // Past adverbs: "il me frappe toujours au ping-pong".
        let rest = &words[end..];
        let rest = &rest[rest
            .iter()
            .take_while(|w| lexicon::ADVERBS.contains(&w.as_str()))
            .count()..];
        if lexicon::ordinary_after(self.last_word(), rest)
            || end > start && lexicon::ordinary_after(&words[end - 1], rest)
        {
            return false;
        }
        if self.weak {
            let context = context.get_or_init(|| Context::of(words));
            return !context.topical && !context.past;
        }
        true
    }

    /// Whether `word` is the phrase's first word.
    fn starts_with(&self, word: &str) -> bool {
        match self.tokens.first() {
            Some(Token::Word(alts)) => alts.iter().any(|a| word_matches(a, word)),
            _ => false,
        }
    }

    /// Whether `word` begins like the phrase's first word, as it must to hold it glued to
    /// the next ([`glued`]).
    fn may_glue(&self, word: &str) -> bool {
        match self.tokens.first() {
            Some(Token::Word(alts)) => alts.iter().any(|a| {
                let a = a.text.as_str();
                !a.is_empty()
                    && (word.starts_with(a)
                        || (a.len() <= 3
                            && a.ends_with('e')
                            && word.starts_with(&a[..a.len() - 1])))
            }),
            _ => false,
        }
    }

    fn last_word(&self) -> &str {
        self.tokens
            .iter()
            .rev()
            .find_map(|t| match t {
                Token::Word(alts) => alts.first().map(|a| a.text.as_str()),
                _ => None,
            })
            .unwrap_or_default()
    }
}

/// The positions of the few words just before `start` that may govern it: at most three
/// that are not fillers, stopping at a comma or where a new clause begins ("j'en peux plus
/// je veux mourir": "plus" does not negate "veux mourir").
///
/// A phrase that begins with its own negation ("plus envie de vivre", "jamais me
/// réveiller", "plus exister") already says which way it points: the words before it are
/// not read as negating it ("ne plus jamais me réveiller", "ce serait plus simple de ne
/// plus exister", where the first "plus" compares).
fn lookback(words: &[String], start: usize) -> impl Iterator<Item = usize> + '_ {
    let own = lexicon::NEGATIONS.contains(&words[start].as_str());
    (0..if own { 0 } else { start })
        .rev()
        .take_while(|&i| words[i] != COMMA && !lexicon::CLAUSE_STARTS.contains(&words[i].as_str()))
        .filter(|&i| !lexicon::FILLERS.contains(&words[i].as_str()))
        .take(3)
}

/// Whether the words just after a phrase negate it, as French places "pas", "plus" and
/// "jamais" after the verb once *ne* is dropped: "mon mari me frappe pas", "il me bat
/// jamais". Not "pas mal" (a lot: "ça saigne pas mal") nor "pas que" (not only).
fn negated_after(rest: &[String]) -> bool {
    let next = rest.get(1).map(String::as_str);
    match rest.first().map(String::as_str) {
        Some("jamais") => true,
        Some("pas") => !matches!(next, Some("mal" | "que" | "qu")),
        // "il me frappe plus depuis", but not "il me frappe plus fort".
        Some("plus") => matches!(next, None | Some(COMMA | "depuis" | "jamais" | "du")),
        _ => false,
    }
}

/// Whether the word at `i` is a negation: "plus" compares after "encore", "de plus en";
/// before "que" any negation restricts rather than negates ("il me reste plus qu'à
/// mourir": nothing but).
fn negates(words: &[String], i: usize) -> bool {
    let word = words[i].as_str();
    let restricts = words.get(i + 1).is_some_and(|w| w == "que" || w == "qu");
    let compares =
        word == "plus" && i > 0 && lexicon::COMPARATIVES.contains(&words[i - 1].as_str());
    lexicon::NEGATIONS.contains(&word) && !restricts && !compares
}

#[cfg(test)]
#[path = "detect_tests.rs"]
mod tests;

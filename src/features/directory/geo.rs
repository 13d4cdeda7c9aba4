//! French geography for the partner directory: the 101 departments, their regions (as of
//! 2016) and the cities people type, with lookups that forgive case, accents, hyphens,
//! "St" for "Saint" and small typos.
//!
//! "Neighbouring" departments are the other departments of the same region. This is a
//! documented approximation of real adjacency: two departments of one region may not touch,
//! and departments that touch across a regional border are not neighbours here.

use crate::core::text::{compact, fold, similarity_from};
use std::collections::HashMap;
use std::sync::LazyLock;

pub use super::places::{CITIES, DEPARTMENTS, Department, Region};

/// Lowest similarity (0 to 1) for a typo to be taken as a name.
const FUZZY_MIN: f64 = 0.85;
/// How much the best fuzzy match must beat the best match of another department.
const FUZZY_MARGIN: f64 = 0.05;
/// Shortest whole input (letters, without spaces) that [`find_department`] corrects.
const FUZZY_MIN_INPUT: usize = 5;
/// Shortest word that [`find_departments`] corrects.
const FUZZY_MIN_WORD: usize = 6;
/// Shortest run of numbers taken as a phone number rather than department codes.
const PHONE_RUN: usize = 4;

/// Words after which a number is a quantity, a time, a date or an address, not a code.
const NOT_A_CODE_BEFORE: &[&str] = &[
    // Durations, ages, times and quantities ("%" becomes "pourcent" before folding).
    "h",
    "heure",
    "heures",
    "min",
    "minute",
    "minutes",
    "an",
    "ans",
    "annee",
    "annees",
    "mois",
    "semaine",
    "semaines",
    "jour",
    "jours",
    "fois",
    "pourcent",
    "kg",
    "g",
    "mg",
    "ml",
    "l",
    "cm",
    "mm",
    "m",
    "km",
    "eur",
    "euro",
    "euros",
    "ad",
    "ap",
    "deg",
    // Dates.
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    // Street numbers.
    "rue",
    "avenue",
    "av",
    "bd",
    "boulevard",
    "chemin",
    "place",
    "allee",
    "impasse",
    "route",
    "quai",
    "cours",
    "bis",
    "ter",
];

/// Words after which a number is a score, a type or a rank, not a code ("8 sur 10",
/// "type 2", "stade 4").
const NOT_A_CODE_AFTER: &[&str] = &[
    "sur", "type", "stade", "grade", "niveau", "classe", "page", "chambre", "etage", "ligne",
    "bus", "tram", "numero", "no", "n", "age", "agee",
];

/// Common French words one typo away from a place name ("moyenne" and Mayenne): never
/// corrected.
const NEVER_CORRECTED: &[&str] = &[
    "bouges",
    "bourses",
    "canines",
    "celles",
    "charpente",
    "chartes",
    "colombe",
    "courges",
    "creusee",
    "creuser",
    "creuses",
    "creusez",
    "dangers",
    "echelles",
    "glandes",
    "gronde",
    "hallier",
    "manches",
    "mangers",
    "marotte",
    "ministere",
    "moelle",
    "moulin",
    "mouline",
    "moyenne",
    "orient",
    "pallier",
    "parcelles",
    "portiers",
    "postiers",
    "potiers",
    "prennes",
    "rallier",
    "rayonne",
    "sevrant",
    "valences",
    "viennes",
];

/// Searchable forms of every department name and city.
struct Index {
    /// Folded word forms ("haute garonne") to the department's position in [`DEPARTMENTS`].
    by_words: HashMap<String, usize>,
    /// Compact forms ("hautegaronne") to the department's position.
    by_compact: HashMap<String, usize>,
    /// Every compact form with its department's position, for typos.
    compacts: Vec<(String, usize)>,
    /// The most words in one name.
    max_words: usize,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let position = |code: &str| {
        DEPARTMENTS
            .iter()
            .position(|d| d.code == code)
            .unwrap_or_else(|| panic!("unknown department code {code} in CITIES"))
    };
    let names = DEPARTMENTS
        .iter()
        .enumerate()
        .map(|(i, d)| (d.name, i))
        .chain(CITIES.iter().map(|&(name, code)| (name, position(code))));
    let mut index = Index {
        by_words: HashMap::new(),
        by_compact: HashMap::new(),
        compacts: Vec::new(),
        max_words: 1,
    };
    for (name, i) in names {
        let words = normalize(name);
        index.max_words = index.max_words.max(words.split(' ').count());
        let joined = compact(&words);
        index.by_words.insert(words, i);
        if !index.by_compact.contains_key(&joined) {
            index.compacts.push((joined.clone(), i));
        }
        index.by_compact.insert(joined, i);
    }
    index
});

/// The department with this code. Accepts "1" for "01" and any case ("2a" for "2A").
pub fn department(code: &str) -> Option<&'static Department> {
    let code = code.trim();
    let padded;
    let code = if code.len() == 1 && code.as_bytes()[0].is_ascii_digit() {
        padded = format!("0{code}");
        padded.as_str()
    } else {
        code
    };
    DEPARTMENTS
        .iter()
        .find(|d| d.code.eq_ignore_ascii_case(code))
}

/// The department a person means by a short answer: a code ("31", "2A", "971"), a
/// department name ("haute garonne", with small typos such as "haute-garone"), a city
/// ("lyon", "St Etienne"), or a sentence naming exactly one of these ("à Lyon"). `None` for
/// anything else.
pub fn find_department(text: &str) -> Option<&'static Department> {
    if let Some(found) = department(text) {
        return Some(found);
    }
    let joined = compact(&normalize(text));
    if joined.is_empty() {
        return None;
    }
    if let Some(&i) = INDEX.by_compact.get(&joined) {
        return Some(&DEPARTMENTS[i]);
    }
    if joined.len() >= FUZZY_MIN_INPUT
        && let Some(found) = closest(&joined)
    {
        return Some(found);
    }
    match find_departments(text).as_slice() {
        [only] => Some(only),
        _ => None,
    }
}

/// Every department named in a longer text, by code, department name or city, in order of
/// appearance and without duplicates: "en Isère ou dans le Rhône" gives 38 then 69.
///
/// Names match whole words only ("lotion" is not the Lot). A number is a code only when it
/// is a valid two- or three-character code that is not a quantity, time, date, street
/// number ("40 h", "12 ans", "3 mai", "12 rue") or part of a phone number. Single words of
/// six letters or more may hold a typo.
pub fn find_departments(text: &str) -> Vec<&'static Department> {
    let normalized = normalize(&prepare(text));
    let words: Vec<&str> = normalized.split(' ').filter(|w| !w.is_empty()).collect();
    let mut found: Vec<&'static Department> = Vec::new();
    let mut start = 0;
    while start < words.len() {
        let (department, taken) = match_at(&words, start);
        if let Some(department) = department
            && !found.iter().any(|d| d.code == department.code)
        {
            found.push(department);
        }
        start += taken;
    }
    found
}

/// The other departments of the same region (see the module documentation), in code order.
pub fn neighbours(code: &str) -> Vec<&'static Department> {
    let Some(of) = department(code) else {
        return Vec::new();
    };
    DEPARTMENTS
        .iter()
        .filter(|d| d.region == of.region && d.code != of.code)
        .collect()
}

/// The department named at `words[start..]`, and how many words were read.
fn match_at(words: &[&str], start: usize) -> (Option<&'static Department>, usize) {
    let longest = INDEX.max_words.min(words.len() - start);
    for len in (1..=longest).rev() {
        let phrase = words[start..start + len].join(" ");
        if let Some(&i) = INDEX.by_words.get(&phrase) {
            return (Some(&DEPARTMENTS[i]), len);
        }
    }
    let word = words[start];
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return (code_at(words, start), 1);
    }
    if word.len() >= FUZZY_MIN_WORD {
        return (closest(word), 1);
    }
    (None, 1)
}

/// The department whose code is `words[start]`, if that number is used as a code.
fn code_at(words: &[&str], start: usize) -> Option<&'static Department> {
    let word = words[start];
    if word.len() < 2 {
        return None;
    }
    let is_number = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
    let numbers_before = words[..start]
        .iter()
        .rev()
        .take_while(|w| is_number(w))
        .count();
    let numbers_after = words[start + 1..]
        .iter()
        .take_while(|w| is_number(w))
        .count();
    if numbers_before + 1 + numbers_after >= PHONE_RUN {
        return None;
    }
    let next = words.get(start + 1).copied();
    let previous = start.checked_sub(1).map(|i| words[i]);
    if next.is_some_and(|w| NOT_A_CODE_BEFORE.contains(&w))
        || previous.is_some_and(|w| NOT_A_CODE_AFTER.contains(&w))
    {
        return None;
    }
    DEPARTMENTS
        .iter()
        .find(|d| d.code.eq_ignore_ascii_case(word))
}

/// The department whose name or city is clearly the closest to `query` (a compact form).
fn closest(query: &str) -> Option<&'static Department> {
    if NEVER_CORRECTED.contains(&query) {
        return None;
    }
    let mut scores = vec![0.0_f64; DEPARTMENTS.len()];
    for (name, i) in &INDEX.compacts {
        // A score below FUZZY_MIN - FUZZY_MARGIN can be neither the best nor a close second.
        let score = similarity_from(query, name, FUZZY_MIN - FUZZY_MARGIN);
        scores[*i] = scores[*i].max(score);
    }
    let (best, best_score) = scores
        .iter()
        .copied()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    let second_score = scores
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != best)
        .map(|(_, &s)| s)
        .fold(0.0_f64, f64::max);
    if best_score >= FUZZY_MIN && best_score - second_score >= FUZZY_MARGIN {
        Some(&DEPARTMENTS[best])
    } else {
        None
    }
}

/// Marks what folding would lose: "%" becomes a word, and digits joined by ':', '/', '.' or
/// ',' ("14:30", "12/03", "3,5") stay one token so they never read as codes.
fn prepare(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        match c {
            '%' => out.push_str(" pourcent "),
            ':' | '/' | '.' | ',' if between_digits => out.push('x'),
            _ => out.push(c),
        }
    }
    out
}

/// [`fold`] with the usual abbreviations spelt out ("st" → "saint", "hte" → "haute").
fn normalize(text: &str) -> String {
    fold(text)
        .split(' ')
        .map(|word| match word {
            "st" => "saint",
            "ste" => "sainte",
            "sts" => "saints",
            "hte" => "haute",
            "htes" => "hautes",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::Region::*;
    use super::*;
    use std::collections::HashSet;

    fn codes(found: Vec<&Department>) -> Vec<&str> {
        found.iter().map(|d| d.code).collect()
    }

    fn code_of(text: &str) -> Option<&'static str> {
        find_department(text).map(|d| d.code)
    }

    #[test]
    fn there_are_101_departments_with_unique_codes_and_names() {
        assert_eq!(DEPARTMENTS.len(), 101);
        let codes: HashSet<_> = DEPARTMENTS.iter().map(|d| d.code).collect();
        assert_eq!(codes.len(), 101);
        let names: HashSet<_> = DEPARTMENTS.iter().map(|d| compact(d.name)).collect();
        assert_eq!(names.len(), 101);
        assert!(!codes.contains("20"));
        for n in (1..=95).filter(|&n| n != 20) {
            assert!(codes.contains(format!("{n:02}").as_str()), "missing {n:02}");
        }
        for code in ["2A", "2B", "971", "972", "973", "974", "976"] {
            assert!(codes.contains(code), "missing {code}");
        }
    }

    #[test]
    fn regions_have_their_official_number_of_departments() {
        let count = |region| DEPARTMENTS.iter().filter(|d| d.region == region).count();
        let expected = [
            (AuvergneRhoneAlpes, 12),
            (BourgogneFrancheComte, 8),
            (Bretagne, 4),
            (CentreValDeLoire, 6),
            (Corse, 2),
            (GrandEst, 10),
            (HautsDeFrance, 5),
            (IleDeFrance, 8),
            (Normandie, 5),
            (NouvelleAquitaine, 12),
            (Occitanie, 13),
            (PaysDeLaLoire, 5),
            (ProvenceAlpesCoteDAzur, 6),
            (Guadeloupe, 1),
            (Martinique, 1),
            (Guyane, 1),
            (LaReunion, 1),
            (Mayotte, 1),
        ];
        for (region, n) in expected {
            assert_eq!(count(region), n, "{}", region.name());
        }
        assert_eq!(AuvergneRhoneAlpes.name(), "Auvergne-Rhône-Alpes");
        assert_eq!(department("974").unwrap().region, LaReunion);
    }

    #[test]
    fn cities_are_many_unique_and_in_valid_departments() {
        assert!(CITIES.len() >= 140, "{} cities", CITIES.len());
        let mut seen = HashSet::new();
        for &(name, code) in CITIES {
            assert!(department(code).is_some(), "{name}: bad code {code}");
            assert!(seen.insert(fold(name)), "duplicate city {name}");
        }
    }

    #[test]
    fn no_name_leads_to_two_departments() {
        let mut seen: HashMap<String, &str> = HashMap::new();
        let names = DEPARTMENTS
            .iter()
            .map(|d| (d.name, d.code))
            .chain(CITIES.iter().copied());
        for (name, code) in names {
            if let Some(other) = seen.insert(compact(name), code) {
                assert_eq!(other, code, "{name} names two departments");
            }
        }
    }

    #[test]
    fn every_name_and_city_finds_its_department() {
        for d in DEPARTMENTS {
            assert_eq!(code_of(d.name), Some(d.code), "{}", d.name);
            assert_eq!(codes(find_departments(d.name)), [d.code], "{}", d.name);
        }
        for &(name, code) in CITIES {
            assert_eq!(code_of(name), Some(code), "{name}");
            assert_eq!(codes(find_departments(name)), [code], "{name}");
        }
    }

    #[test]
    fn codes_are_found_in_their_usual_forms() {
        assert_eq!(department("31").unwrap().name, "Haute-Garonne");
        assert_eq!(department("1").unwrap().name, "Ain");
        assert_eq!(department("01").unwrap().name, "Ain");
        assert_eq!(department("2a").unwrap().name, "Corse-du-Sud");
        assert_eq!(department("2B").unwrap().name, "Haute-Corse");
        assert_eq!(department("971").unwrap().name, "Guadeloupe");
        assert_eq!(department("20"), None);
        assert_eq!(department("96"), None);
        assert_eq!(department("975"), None);
        assert_eq!(department(""), None);
        assert_eq!(code_of(" 31 "), Some("31"));
        assert_eq!(code_of("2A"), Some("2A"));
        assert_eq!(code_of("971"), Some("971"));
    }

    #[test]
    fn names_and_cities_are_found_whatever_their_spelling() {
        assert_eq!(code_of("haute garonne"), Some("31"));
        assert_eq!(code_of("HAUTE-GARONNE"), Some("31"));
        assert_eq!(code_of("lyon"), Some("69"));
        assert_eq!(code_of("Saint-Étienne"), Some("42"));
        assert_eq!(code_of("St Etienne"), Some("42"));
        assert_eq!(code_of("st-etienne"), Some("42"));
        assert_eq!(code_of("Seine-St-Denis"), Some("93"));
        assert_eq!(code_of("Saint-Denis"), Some("93"));
        assert_eq!(code_of("Saint-Denis de la Réunion"), Some("974"));
        assert_eq!(code_of("Côtes-d'Armor"), Some("22"));
        assert_eq!(code_of("cotes d armor"), Some("22"));
        assert_eq!(code_of("Pointe-à-Pitre"), Some("971"));
        assert_eq!(code_of("fort de france"), Some("972"));
        assert_eq!(code_of("Cayenne"), Some("973"));
        assert_eq!(code_of("Mamoudzou"), Some("976"));
        assert_eq!(code_of("Ajaccio"), Some("2A"));
        assert_eq!(code_of("Bastia"), Some("2B"));
        assert_eq!(code_of("j'habite à Montpellier"), Some("34"));
    }

    #[test]
    fn small_typos_are_forgiven() {
        assert_eq!(code_of("haute garone"), Some("31"));
        assert_eq!(code_of("haute-garone"), Some("31"));
        assert_eq!(code_of("isere"), Some("38"));
        assert_eq!(code_of("isére"), Some("38"));
        assert_eq!(code_of("bouches du rhone"), Some("13"));
        assert_eq!(code_of("bouche du rhone"), Some("13"));
        assert_eq!(code_of("montpelier"), Some("34"));
        assert_eq!(code_of("marseile"), Some("13"));
        assert_eq!(code_of("saint etiene"), Some("42"));
        assert_eq!(codes(find_departments("suivi à Montpelier")), ["34"]);
    }

    #[test]
    fn anything_else_is_not_a_department() {
        for text in [
            "",
            "   ",
            "bonjour",
            "oui",
            "40 h",
            "maintenant",
            "20",
            "hello world",
        ] {
            assert_eq!(code_of(text), None, "{text}");
        }
    }

    #[test]
    fn departments_are_found_in_longer_texts() {
        assert_eq!(codes(find_departments("cancer du sein à Lyon")), ["69"]);
        assert_eq!(codes(find_departments("diabète 31")), ["31"]);
        assert_eq!(
            codes(find_departments("en Isère ou dans le Rhône")),
            ["38", "69"]
        );
        assert_eq!(codes(find_departments("Saint-Étienne")), ["42"]);
        assert_eq!(codes(find_departments("St Etienne")), ["42"]);
        assert_eq!(
            codes(find_departments("Lyon, Villeurbanne ou le 69 ?")),
            ["69"]
        );
        assert_eq!(codes(find_departments("dans les Bouches-du-Rhône")), ["13"]);
        assert_eq!(codes(find_departments("en Haute-Loire")), ["43"]);
        assert_eq!(codes(find_departments("Indre-et-Loire")), ["37"]);
        assert_eq!(
            codes(find_departments("à Saint-Denis de la Réunion")),
            ["974"]
        );
        assert_eq!(codes(find_departments("vers Saint-Denis")), ["93"]);
        assert_eq!(codes(find_departments("Corse 2A ou 2B")), ["2A", "2B"]);
        assert!(find_departments("").is_empty());
    }

    #[test]
    fn numbers_are_codes_only_when_they_mean_it() {
        assert!(find_departments("40 h").is_empty());
        assert!(find_departments("40 heures par semaine").is_empty());
        assert!(find_departments("j'ai 31 ans").is_empty());
        assert!(find_departments("40 %").is_empty());
        assert!(find_departments("40%").is_empty());
        assert!(find_departments("le 12 mars à 14:30").is_empty());
        assert!(find_departments("au 12 rue de la Paix").is_empty());
        assert!(find_departments("06 12 34 56 78").is_empty());
        assert!(find_departments("diabète de type 1").is_empty());
        assert!(find_departments("3,5 sur 10").is_empty());
        assert!(find_departments("96 ou 20").is_empty());
        assert_eq!(codes(find_departments("dans le 31 ou le 34")), ["31", "34"]);
    }

    #[test]
    fn short_names_match_whole_words_only() {
        assert_eq!(codes(find_departments("Ain")), ["01"]);
        assert_eq!(code_of("Ain"), Some("01"));
        assert_eq!(codes(find_departments("dans l'Ain")), ["01"]);
        for text in [
            "maintenant",
            "une lotion",
            "une variable",
            "norder",
            "archer",
            "regarder",
            "gardien",
            "certain",
        ] {
            assert!(find_departments(text).is_empty(), "{text}");
            assert_eq!(code_of(text), None, "{text}");
        }
        assert_eq!(codes(find_departments("le Lot et le Var")), ["46", "83"]);
        // Common words one typo away from a place are not corrected.
        for text in [
            "la moyenne",
            "celles qui",
            "le ministère",
            "la moelle",
            "un moulin",
        ] {
            assert!(find_departments(text).is_empty(), "{text}");
        }
        assert_eq!(codes(find_departments("Nord")), ["59"]);
    }

    #[test]
    fn neighbours_share_the_region() {
        let near = codes(neighbours("31"));
        assert!(near.contains(&"34"));
        assert!(!near.contains(&"69"));
        assert!(!near.contains(&"31"));
        assert_eq!(near.len(), 12);
        assert_eq!(codes(neighbours("2A")), ["2B"]);
        assert_eq!(codes(neighbours("2b")), ["2A"]);
        assert!(neighbours("974").is_empty());
        assert!(neighbours("20").is_empty());
    }

    #[test]
    fn corsica_has_two_codes() {
        assert_eq!(code_of("Corse-du-Sud"), Some("2A"));
        assert_eq!(code_of("haute corse"), Some("2B"));
        assert_eq!(department("2A").unwrap().region, Corse);
        assert_eq!(department("2B").unwrap().region, Corse);
        assert_eq!(Corse.name(), "Corse");
    }
}

//! Text folding shared by command parsing, the glossary, choices and the safety check.

use unicode_normalization::UnicodeNormalization;

/// Lowercase ASCII words separated by single spaces: accents removed (`é` → `e`,
/// `œ` → `oe`), punctuation and apostrophes turned into spaces.
pub fn fold(text: &str) -> String {
    let composed: String = text.nfkc().collect();
    let ascii = deunicode::deunicode(&composed).to_ascii_lowercase();
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// [`fold`] without spaces: "pair aidance", "pair-aidance" and "pairaidance" all give
/// `pairaidance`.
pub fn compact(text: &str) -> String {
    fold(text).replace(' ', "")
}

/// The words of [`fold`].
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_removes_accents_case_and_punctuation() {
        assert_eq!(
            fold("  Représentant des USAGÉS !"),
            "representant des usages"
        );
        assert_eq!(fold("L’ETP, c'est quoi ?"), "l etp c est quoi");
        assert_eq!(fold("Sœur"), "soeur");
        // Decomposed accents (e + combining acute) fold the same as composed ones.
        assert_eq!(fold("e\u{301}ducation"), "education");
    }

    #[test]
    fn compact_joins_hyphenated_and_spaced_forms() {
        assert_eq!(compact("pair-aidance"), "pairaidance");
        assert_eq!(compact("Pair aidance"), "pairaidance");
        assert_eq!(compact("---"), "");
    }
}

//! Localised text: Fluent bundles for every supported language, French first.
//!
//! Every sentence a person reads comes from `locales/<lang>/*.ftl`, embedded in the binary.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

/// A language Pairbot speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Every supported language, default first.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Reads a platform language code such as `fr`, `fr-CA` or `en_GB`; `None` when the
    /// language is not supported.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The Fluent sources compiled into the binary: (language, file name, content).
pub const SOURCES: &[(Lang, &str, &str)] = &[
    (Lang::Fr, "main.ftl", include_str!("../locales/fr/main.ftl")),
    (
        Lang::Fr,
        "glossary.ftl",
        include_str!("../locales/fr/glossary.ftl"),
    ),
    (Lang::Fr, "quiz.ftl", include_str!("../locales/fr/quiz.ftl")),
    (
        Lang::Fr,
        "directory.ftl",
        include_str!("../locales/fr/directory.ftl"),
    ),
    (
        Lang::Fr,
        "permanence.ftl",
        include_str!("../locales/fr/permanence.ftl"),
    ),
    (Lang::Fr, "etp.ftl", include_str!("../locales/fr/etp.ftl")),
    (
        Lang::Fr,
        "journal.ftl",
        include_str!("../locales/fr/journal.ftl"),
    ),
    (
        Lang::Fr,
        "moderation.ftl",
        include_str!("../locales/fr/moderation.ftl"),
    ),
    (Lang::En, "main.ftl", include_str!("../locales/en/main.ftl")),
    (
        Lang::En,
        "glossary.ftl",
        include_str!("../locales/en/glossary.ftl"),
    ),
    (Lang::En, "quiz.ftl", include_str!("../locales/en/quiz.ftl")),
    (
        Lang::En,
        "directory.ftl",
        include_str!("../locales/en/directory.ftl"),
    ),
    (
        Lang::En,
        "permanence.ftl",
        include_str!("../locales/en/permanence.ftl"),
    ),
    (Lang::En, "etp.ftl", include_str!("../locales/en/etp.ftl")),
    (
        Lang::En,
        "journal.ftl",
        include_str!("../locales/en/journal.ftl"),
    ),
    (
        Lang::En,
        "moderation.ftl",
        include_str!("../locales/en/moderation.ftl"),
    ),
];

/// A Fluent file that could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    /// The file has syntax errors.
    #[error("locale file {lang}/{file} has {count} syntax error(s)")]
    Syntax {
        /// Language folder.
        lang: &'static str,
        /// File name.
        file: String,
        /// Number of errors.
        count: usize,
    },
    /// Two files of one language define the same message.
    #[error("locale {lang} defines a message twice (in {file})")]
    Duplicate {
        /// Language folder.
        lang: &'static str,
        /// File name.
        file: String,
    },
}

/// Arguments for a message with variables.
pub type Args<'a> = FluentArgs<'a>;

/// Builds Fluent arguments from `(name, value)` pairs.
pub fn args<'a, V>(pairs: impl IntoIterator<Item = (&'a str, V)>) -> Args<'a>
where
    V: Into<FluentValue<'a>>,
{
    let mut out = FluentArgs::new();
    for (name, value) in pairs {
        out.set(name, value);
    }
    out
}

/// All languages' bundles.
pub struct I18n {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").finish_non_exhaustive()
    }
}

impl I18n {
    /// Loads the embedded [`SOURCES`].
    pub fn load() -> Result<Self, I18nError> {
        Self::from_sources(SOURCES)
    }

    /// Loads the given sources (tests use this with their own files).
    pub fn from_sources(sources: &[(Lang, &str, &str)]) -> Result<Self, I18nError> {
        let mut bundles = HashMap::new();
        for lang in Lang::ALL {
            let langid: LanguageIdentifier = lang.code().parse().expect("valid language code");
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Without this every variable is wrapped in invisible isolation marks.
            bundle.set_use_isolating(false);
            for (_, file, text) in sources.iter().filter(|(l, _, _)| *l == lang) {
                let resource =
                    FluentResource::try_new((*text).to_owned()).map_err(|(_, errs)| {
                        I18nError::Syntax {
                            lang: lang.code(),
                            file: (*file).to_owned(),
                            count: errs.len(),
                        }
                    })?;
                bundle
                    .add_resource(resource)
                    .map_err(|_| I18nError::Duplicate {
                        lang: lang.code(),
                        file: (*file).to_owned(),
                    })?;
            }
            bundles.insert(lang, bundle);
        }
        Ok(I18n { bundles })
    }

    /// Whether `lang` has the message `id`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundles[&lang].has_message(id)
    }

    /// The text of message `id` in `lang`.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, None, None)
    }

    /// The text of message `id` in `lang`, with variables.
    pub fn text_args(&self, lang: Lang, id: &str, args: &Args<'_>) -> String {
        self.format(lang, id, None, Some(args))
    }

    /// The text of attribute `attr` of message `id`, if both exist.
    pub fn attr(&self, lang: Lang, id: &str, attr: &str) -> Option<String> {
        let bundle = &self.bundles[&lang];
        bundle.get_message(id)?.get_attribute(attr)?;
        Some(self.format(lang, id, Some(attr), None))
    }

    fn format(&self, lang: Lang, id: &str, attr: Option<&str>, args: Option<&Args<'_>>) -> String {
        let bundle = &self.bundles[&lang];
        let pattern = bundle.get_message(id).and_then(|m| match attr {
            Some(a) => m.get_attribute(a).map(|a| a.value()),
            None => m.value(),
        });
        let Some(pattern) = pattern else {
            // The locale tests make this unreachable for ids written in the code; in release
            // the id itself is better than a crash.
            debug_assert!(false, "missing message {id} in {}", lang.code());
            tracing::error!(
                message_id = id,
                lang = lang.code(),
                "missing locale message"
            );
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            // A variable the code did not pass: the locale tests and every test that shows
            // this message catch it in debug builds.
            debug_assert!(false, "message {id} in {} failed: {errors:?}", lang.code());
            tracing::error!(
                message_id = id,
                lang = lang.code(),
                "locale message formatting failed"
            );
        }
        text.into_owned()
    }
}

/// The time zone every date is shown in.
pub const TIME_ZONE: chrono_tz::Tz = chrono_tz::Europe::Paris;

/// A Unix instant as a local date and time for `lang` (Europe/Paris).
pub fn format_instant(lang: Lang, secs: i64) -> String {
    use chrono::TimeZone;
    let Some(local) = TIME_ZONE.timestamp_opt(secs, 0).single() else {
        return secs.to_string();
    };
    match lang {
        Lang::Fr => local.format("%d/%m/%Y à %H:%M").to_string(),
        Lang::En => local.format("%d %b %Y, %H:%M").to_string(),
    }
}

/// A Unix instant as a local date for `lang` (Europe/Paris): "07/12/2026", "7 Dec 2026".
pub fn format_day(lang: Lang, secs: i64) -> String {
    use chrono::TimeZone;
    let Some(local) = TIME_ZONE.timestamp_opt(secs, 0).single() else {
        return secs.to_string();
    };
    match lang {
        Lang::Fr => local.format("%d/%m/%Y").to_string(),
        Lang::En => local.format("%-d %b %Y").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_platform_language_codes() {
        assert_eq!(Lang::from_code("fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn instants_are_shown_in_paris_time_across_daylight_saving() {
        // 2026-01-15 12:00 UTC is 13:00 in Paris (winter), 2026-07-15 12:00 UTC is 14:00.
        assert_eq!(
            format_instant(Lang::Fr, 1_768_478_400),
            "15/01/2026 à 13:00"
        );
        assert_eq!(
            format_instant(Lang::En, 1_784_116_800),
            "15 Jul 2026, 14:00"
        );
    }

    #[test]
    fn days_are_shown_in_paris_time() {
        // 2026-12-31 23:30 UTC is already 1 January in Paris.
        assert_eq!(format_day(Lang::Fr, 1_798_759_800), "01/01/2027");
        assert_eq!(format_day(Lang::En, 1_798_759_800), "1 Jan 2027");
    }

    #[test]
    fn variables_are_not_wrapped_in_isolation_marks() {
        let i18n = I18n::load().expect("locales load");
        let text = i18n.text_args(Lang::Fr, "too-long", &args([("max", 4096)]));
        assert!(
            !text.contains('\u{2068}') && text.contains("4096"),
            "{text}"
        );
    }
}

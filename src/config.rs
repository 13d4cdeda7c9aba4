//! Configuration: command-line flags, then environment, then the config file, then defaults.
//! Secrets (database passwords, later bot tokens) are never printed.

use crate::core::settings::{Limits, Retention};
use crate::core::{Platform, Settings};
use crate::i18n::Lang;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// A configuration problem, reported at start-up.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read the configuration file {path}: {reason}")]
    Read {
        /// File path.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// The file is not valid.
    #[error("invalid configuration file {path}: {reason}")]
    Invalid {
        /// File path.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// A value is not valid.
    #[error("invalid configuration value for {key}: {reason}")]
    Value {
        /// The setting.
        key: &'static str,
        /// What went wrong.
        reason: String,
    },
}

/// The configuration file (`pairbot.toml`); every key is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// `postgres://…`, `sqlite:…` or a SQLite file path.
    pub database_url: Option<String>,
    /// `fr` (default) or `en`, for people whose platform reports another language.
    pub default_language: Option<String>,
    /// Who runs this Pairbot, shown by `/start`.
    pub operator_name: Option<String>,
    /// How to reach them, shown by `/start`.
    pub operator_contact: Option<String>,
    /// Where the console writes files it sends (exports).
    pub files_dir: Option<PathBuf>,
    /// Coordinators as `platform:id`, e.g. `console:coordo`, `telegram:123456`.
    #[serde(default)]
    pub coordinators: Vec<String>,
    /// Admins as `platform:id`: coordinators who also promote and demote others.
    #[serde(default)]
    pub admins: Vec<String>,
    /// A coordinators' group, as `platform:chat id`, where audited actions are mirrored.
    pub audit_room: Option<String>,
    /// The Telegram adapter.
    #[serde(default)]
    pub telegram: TelegramConfig,
    /// The Matrix adapter.
    #[serde(default)]
    pub matrix: MatrixConfig,
    /// What one person may do, at most.
    #[serde(default)]
    pub limits: LimitsConfig,
    /// How long each kind of data is kept.
    #[serde(default)]
    pub retention: RetentionConfig,
}

/// The `[retention]` section, in days: each absent value keeps its default (see the README's
/// retention table).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionConfig {
    /// People who never consented, after their last message (default 30).
    pub unconsented_days: Option<i64>,
    /// People who consented, after their last message (default 730).
    pub inactive_days: Option<i64>,
    /// How long before that erasure they are told (default 30).
    pub notice_days: Option<i64>,
    /// Group members' counters, after their last message (default 30).
    pub group_members_days: Option<i64>,
    /// Ended contact requests (default 183).
    pub contacts_days: Option<i64>,
    /// Bookings, after their slot (default 365).
    pub bookings_days: Option<i64>,
    /// Ended ETP sign-ups (default 365).
    pub signups_days: Option<i64>,
    /// Decided reports, expired warnings, ended sanctions (default 365).
    pub moderation_days: Option<i64>,
    /// Unfinished dialogues and unanswered questions (default 30).
    pub dialogues_days: Option<i64>,
    /// Messages waiting for a platform that is not running (default 7).
    pub outbox_days: Option<i64>,
    /// The coordinators' audit log (default 1826, five years).
    pub audit_days: Option<i64>,
    /// Decided expense claims (default 365).
    pub expenses_days: Option<i64>,
}

impl RetentionConfig {
    fn settings(&self) -> Result<Retention, ConfigError> {
        let defaults = Retention::default();
        let days = |key: &'static str, value: Option<i64>, default: i64| match value {
            Some(n) if n < 1 => Err(ConfigError::Value {
                key,
                reason: format!("{n} days would erase data as soon as it is stored (1 or more)"),
            }),
            Some(n) => Ok(n),
            None => Ok(default),
        };
        let retention = Retention {
            unconsented_days: days(
                "retention.unconsented_days",
                self.unconsented_days,
                defaults.unconsented_days,
            )?,
            inactive_days: days(
                "retention.inactive_days",
                self.inactive_days,
                defaults.inactive_days,
            )?,
            notice_days: days(
                "retention.notice_days",
                self.notice_days,
                defaults.notice_days,
            )?,
            group_members_days: days(
                "retention.group_members_days",
                self.group_members_days,
                defaults.group_members_days,
            )?,
            contacts_days: days(
                "retention.contacts_days",
                self.contacts_days,
                defaults.contacts_days,
            )?,
            bookings_days: days(
                "retention.bookings_days",
                self.bookings_days,
                defaults.bookings_days,
            )?,
            signups_days: days(
                "retention.signups_days",
                self.signups_days,
                defaults.signups_days,
            )?,
            moderation_days: days(
                "retention.moderation_days",
                self.moderation_days,
                defaults.moderation_days,
            )?,
            dialogues_days: days(
                "retention.dialogues_days",
                self.dialogues_days,
                defaults.dialogues_days,
            )?,
            outbox_days: days(
                "retention.outbox_days",
                self.outbox_days,
                defaults.outbox_days,
            )?,
            audit_days: days("retention.audit_days", self.audit_days, defaults.audit_days)?,
            expenses_days: days(
                "retention.expenses_days",
                self.expenses_days,
                defaults.expenses_days,
            )?,
        };
        if retention.notice_days >= retention.inactive_days {
            return Err(ConfigError::Value {
                key: "retention.notice_days",
                reason: "the notice must come before the erasure (fewer days than inactive_days)"
                    .into(),
            });
        }
        Ok(retention)
    }
}

/// The `[limits]` section: each absent value keeps its default.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsConfig {
    /// Active bookings of one permanence on one day, per person (default 1).
    pub bookings_per_day: Option<i64>,
    /// Reports one person may make in an hour (default 5).
    pub reports_per_hour: Option<i64>,
    /// Permanences a partner may create in a day (default 3).
    pub permanences_per_day: Option<i64>,
    /// Messages one person may have relayed in a minute (default 10).
    pub relays_per_minute: Option<i64>,
    /// Contact requests one person may have waiting for an answer (default 3).
    pub contacts_waiting: Option<i64>,
}

/// The `[matrix]` section.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixConfig {
    /// Homeserver URL.
    pub homeserver: Option<String>,
    /// The bot's user id (`@pairbot:example.org`).
    pub user_id: Option<String>,
    /// Password for the first login (prefer `MATRIX_PASSWORD`).
    pub password: Option<String>,
    /// Or an access token (prefer `MATRIX_ACCESS_TOKEN`).
    pub access_token: Option<String>,
    /// Folder of the matrix-sdk stores and session.
    pub store_dir: Option<PathBuf>,
    /// Passphrase of those stores (prefer `MATRIX_STORE_PASSPHRASE`).
    pub store_passphrase: Option<String>,
    /// Keep the stores unencrypted on purpose (no passphrase); logged at each start.
    pub store_unencrypted: Option<bool>,
    /// Servers whose users may invite the bot into group rooms (default: the bot's own).
    pub allowed_servers: Option<Vec<String>>,
    /// The pause after a sync that brought several messages, in ms (0 to 1000).
    pub gather_ms: Option<u64>,
}

impl std::fmt::Debug for MatrixConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never prints the password, token or passphrase.
        f.debug_struct("MatrixConfig")
            .field("homeserver", &self.homeserver)
            .field("user_id", &self.user_id)
            .field("store_dir", &self.store_dir)
            .field("allowed_servers", &self.allowed_servers)
            .finish_non_exhaustive()
    }
}

/// The `[telegram]` section.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TelegramConfig {
    /// The bot token (prefer the `TELEGRAM_BOT_TOKEN` environment variable).
    pub token: Option<String>,
    /// Bot API server (default: Telegram's).
    pub api_url: Option<String>,
    /// The bot's username, if `getMe` cannot tell it.
    pub username: Option<String>,
    /// Public HTTPS URL for webhook mode (polling when absent).
    pub webhook_url: Option<String>,
    /// Local address the webhook listens on.
    pub listen: Option<String>,
    /// Webhook secret (prefer `TELEGRAM_WEBHOOK_SECRET`; random when absent).
    pub webhook_secret: Option<String>,
    /// How many processes send for this bot (each keeps to its share of the rate limits).
    pub instances: Option<u32>,
}

impl std::fmt::Debug for TelegramConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never prints the token or the secret.
        f.debug_struct("TelegramConfig")
            .field("api_url", &self.api_url)
            .field("username", &self.username)
            .field("webhook_url", &self.webhook_url)
            .field("listen", &self.listen)
            .field("instances", &self.instances)
            .finish_non_exhaustive()
    }
}

impl FileConfig {
    /// Reads a file; a missing file is an error only when `required`.
    pub fn load(path: &Path, required: bool) -> Result<Self, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(FileConfig::default());
            }
            Err(e) => {
                return Err(ConfigError::Read {
                    path: path.to_owned(),
                    reason: e.to_string(),
                });
            }
        };
        toml::from_str(&text).map_err(|e| ConfigError::Invalid {
            path: path.to_owned(),
            reason: e.message().to_owned(),
        })
    }
}

/// The default configuration file: `<config dir>/pairbot/pairbot.toml`.
pub fn default_config_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("pairbot").join("pairbot.toml"))
}

/// The default SQLite file in the user's data directory (a separate one for the demo).
pub fn default_database_path(demo: bool) -> PathBuf {
    let name = if demo {
        "pairbot-demo.db"
    } else {
        "pairbot.db"
    };
    dirs::data_dir()
        .map(|d| d.join("pairbot"))
        .unwrap_or_else(|| PathBuf::from("."))
        .join(name)
}

/// The default folder of the Matrix stores.
pub fn default_matrix_store_dir() -> PathBuf {
    dirs::data_dir()
        .map(|d| d.join("pairbot").join("matrix"))
        .unwrap_or_else(|| PathBuf::from("pairbot-matrix"))
}

/// The default folder for files the console sends.
pub fn default_files_dir() -> PathBuf {
    dirs::data_dir()
        .map(|d| d.join("pairbot").join("files"))
        .unwrap_or_else(|| PathBuf::from("pairbot-files"))
}

/// Reads `platform:id`.
pub fn parse_member(text: &str) -> Result<(Platform, String), ConfigError> {
    let invalid = || ConfigError::Value {
        key: "coordinators",
        reason: "expected platform:id, e.g. console:coordo or telegram:123456".to_owned(),
    };
    let (platform, id) = text.split_once(':').ok_or_else(invalid)?;
    let platform = Platform::parse(platform.trim()).ok_or_else(invalid)?;
    let id = id.trim();
    if id.is_empty() {
        return Err(invalid());
    }
    Ok((platform, id.to_owned()))
}

impl LimitsConfig {
    fn settings(&self) -> Result<Limits, ConfigError> {
        let defaults = Limits::default();
        let at_least_one = |key: &'static str, value: Option<i64>, default: i64| match value {
            Some(n) if n < 1 => Err(ConfigError::Value {
                key,
                reason: format!("{n} would refuse everything (1 or more)"),
            }),
            Some(n) => Ok(n),
            None => Ok(default),
        };
        Ok(Limits {
            bookings_per_day: at_least_one(
                "limits.bookings_per_day",
                self.bookings_per_day,
                defaults.bookings_per_day,
            )?,
            reports_per_hour: at_least_one(
                "limits.reports_per_hour",
                self.reports_per_hour,
                defaults.reports_per_hour,
            )?,
            permanences_per_day: at_least_one(
                "limits.permanences_per_day",
                self.permanences_per_day,
                defaults.permanences_per_day,
            )?,
            relays_per_minute: at_least_one(
                "limits.relays_per_minute",
                self.relays_per_minute,
                defaults.relays_per_minute,
            )?,
            contacts_waiting: at_least_one(
                "limits.contacts_waiting",
                self.contacts_waiting,
                defaults.contacts_waiting,
            )?,
        })
    }
}

impl FileConfig {
    /// The core settings this file describes.
    pub fn settings(&self) -> Result<Settings, ConfigError> {
        let default_lang = match &self.default_language {
            Some(code) => Lang::from_code(code).ok_or_else(|| ConfigError::Value {
                key: "default_language",
                reason: format!("{code} is not supported (fr or en)"),
            })?,
            None => Lang::Fr,
        };
        let admins: Vec<(Platform, String)> = self
            .admins
            .iter()
            .map(|c| parse_member(c))
            .collect::<Result<_, _>>()?;
        let mut coordinators: Vec<(Platform, String)> = self
            .coordinators
            .iter()
            .map(|c| parse_member(c))
            .collect::<Result<_, _>>()?;
        // Admins are coordinators too.
        for admin in &admins {
            if !coordinators.contains(admin) {
                coordinators.push(admin.clone());
            }
        }
        Ok(Settings {
            default_lang,
            operator_name: self.operator_name.clone(),
            operator_contact: self.operator_contact.clone(),
            coordinators,
            admins,
            audit_room: self.audit_room.as_deref().map(parse_member).transpose()?,
            demo: false,
            limits: self.limits.settings()?,
            retention: self.retention.settings()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admins_are_coordinators_too() {
        let config: FileConfig = toml::from_str(
            r#"
            admins = ["telegram:1"]
            coordinators = ["telegram:2", "telegram:1"]
            "#,
        )
        .expect("valid");
        let settings = config.settings().expect("valid settings");
        assert_eq!(settings.admins, vec![(Platform::Telegram, "1".to_owned())]);
        assert_eq!(
            settings.coordinators,
            vec![
                (Platform::Telegram, "2".to_owned()),
                (Platform::Telegram, "1".to_owned())
            ]
        );
        let bad: FileConfig = toml::from_str(r#"admins = ["nobody"]"#).expect("valid toml");
        assert!(bad.settings().is_err());
        let room: FileConfig =
            toml::from_str(r#"audit_room = "matrix:!coordos:example.org""#).expect("valid toml");
        assert_eq!(
            room.settings().expect("valid").audit_room,
            Some((Platform::Matrix, "!coordos:example.org".to_owned()))
        );
    }

    #[test]
    fn reads_a_complete_file() {
        let config: FileConfig = toml::from_str(
            r#"
            database_url = "postgres://pairbot@db/pairbot"
            default_language = "en"
            operator_name = "Association X"
            coordinators = ["console:coordo", "matrix:@anne:example.org"]
            "#,
        )
        .expect("valid");
        let settings = config.settings().expect("valid settings");
        assert_eq!(settings.default_lang, Lang::En);
        assert_eq!(
            settings.coordinators,
            vec![
                (Platform::Console, "coordo".to_owned()),
                (Platform::Matrix, "@anne:example.org".to_owned())
            ]
        );
    }

    #[test]
    fn rejects_unknown_keys_and_bad_values() {
        assert!(toml::from_str::<FileConfig>("databse_url = 'x'").is_err());
        let bad_lang = FileConfig {
            default_language: Some("de".into()),
            ..FileConfig::default()
        };
        assert!(bad_lang.settings().is_err());
        assert!(parse_member("irc:bob").is_err());
        assert!(parse_member("console:").is_err());
        assert!(parse_member("coordo").is_err());
    }

    #[test]
    fn limits_keep_their_defaults_and_refuse_zero() {
        let config: FileConfig = toml::from_str(
            r#"
            [limits]
            relays_per_minute = 20
            contacts_waiting = 5
            "#,
        )
        .expect("valid");
        let limits = config.settings().expect("valid settings").limits;
        assert_eq!((limits.relays_per_minute, limits.contacts_waiting), (20, 5));
        assert_eq!(limits.bookings_per_day, Limits::default().bookings_per_day);
        let zero: FileConfig = toml::from_str("[limits]\ncontacts_waiting = 0").expect("valid");
        assert!(zero.settings().is_err());
    }

    #[test]
    fn retention_keeps_its_defaults_and_refuses_nonsense() {
        let config: FileConfig = toml::from_str(
            r#"
            [retention]
            inactive_days = 1095
            bookings_days = 90
            "#,
        )
        .expect("valid");
        let keep = config.settings().expect("valid settings").retention;
        assert_eq!((keep.inactive_days, keep.bookings_days), (1095, 90));
        assert_eq!(keep.audit_days, Retention::default().audit_days);
        for bad in [
            "[retention]\noutbox_days = 0",
            "[retention]\ninactive_days = 20\nnotice_days = 30",
        ] {
            let file: FileConfig = toml::from_str(bad).expect("valid TOML");
            assert!(file.settings().is_err(), "{bad}");
        }
        assert!(toml::from_str::<FileConfig>("[retention]\nforever = 1").is_err());
    }

    #[test]
    fn a_missing_optional_file_is_empty() {
        let config = FileConfig::load(Path::new("/nonexistent/pairbot.toml"), false).expect("ok");
        assert!(config.database_url.is_none());
        assert!(FileConfig::load(Path::new("/nonexistent/pairbot.toml"), true).is_err());
    }
}

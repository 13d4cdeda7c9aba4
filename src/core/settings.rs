//! The deployment choices every layer may read.

use super::message::{Platform, UserId};
use crate::i18n::Lang;

/// Deployment choices the core needs.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Language for people whose platform reports none we speak.
    pub default_lang: Lang,
    /// Who runs this Pairbot (shown by `/start`).
    pub operator_name: Option<String>,
    /// How to reach them (shown by `/start`).
    pub operator_contact: Option<String>,
    /// Coordinators named in the configuration, as (platform, user id); admins are among
    /// them. Admins promote others from the chat (stored roles).
    pub coordinators: Vec<(Platform, String)>,
    /// Admins, as (platform, user id): they promote and demote coordinators.
    pub admins: Vec<(Platform, String)>,
    /// A coordinators' group where each audited action is also posted, if any.
    pub audit_room: Option<(Platform, String)>,
    /// Demo mode: fictional operator and data.
    pub demo: bool,
    /// What one person may do, at most.
    pub limits: Limits,
    /// How long each kind of data is kept.
    pub retention: Retention,
}

impl Settings {
    /// Admins and coordinators named in the configuration, admins first, each once.
    pub fn configured_coordinators(&self) -> Vec<(Platform, String)> {
        let mut all = self.admins.clone();
        for c in &self.coordinators {
            if !all.contains(c) {
                all.push(c.clone());
            }
        }
        all
    }

    /// Whether this person is an admin.
    pub fn is_admin(&self, platform: Platform, user: &UserId) -> bool {
        self.admins
            .iter()
            .any(|(p, u)| *p == platform && *u == user.0)
    }

    /// Whether this person is a coordinator by the configuration (roles given in the
    /// chat are read from the store: see `Ctx::is_coordinator`).
    pub fn is_coordinator(&self, platform: Platform, user: &UserId) -> bool {
        self.is_admin(platform, user)
            || self
                .coordinators
                .iter()
                .any(|(p, u)| *p == platform && *u == user.0)
    }
}

/// What one person may do, at most, so that nobody takes every place or floods others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Active bookings of one permanence on one day (one person could take every slot).
    pub bookings_per_day: i64,
    /// Reports one person may make in an hour (each reaches every coordinator).
    pub reports_per_hour: i64,
    /// Permanences a partner may create in a day (coordinators are not limited).
    pub permanences_per_day: i64,
    /// Messages one person may have relayed in a minute (each notifies the other person).
    pub relays_per_minute: i64,
    /// Contact requests one person may have waiting for an answer at once.
    pub contacts_waiting: i64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            bookings_per_day: 1,
            reports_per_hour: 5,
            permanences_per_day: 3,
            relays_per_minute: 10,
            contacts_waiting: 3,
        }
    }
}

/// How long each kind of data is kept, in days (storage limitation: data is erased once it
/// has served its purpose). Every duration counts from the event named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retention {
    /// A person who never consented, from their last message (all that is kept about them
    /// is their id and language).
    pub unconsented_days: i64,
    /// A person who consented, from their last message; they are told
    /// [`Retention::notice_days`] before, and any message from them keeps everything.
    pub inactive_days: i64,
    /// How long before an erasure for inactivity the person is told.
    pub notice_days: i64,
    /// A group member's counters (messages seen, flood window), from their last message;
    /// a member a coordinator trusted keeps that mark.
    pub group_members_days: i64,
    /// A contact request and its introduction, from its end (declined, expired, withdrawn
    /// or ended).
    pub contacts_days: i64,
    /// A booking, from the end of its slot (the indicators keep anonymous monthly counts).
    pub bookings_days: i64,
    /// An ETP sign-up, from its last change once it ended (refused, withdrawn) or its
    /// programme closed.
    pub signups_days: i64,
    /// A report, from its decision; a warning, from its expiry; a timed sanction, from its
    /// end.
    pub moderation_days: i64,
    /// An unfinished dialogue or an unanswered question, from when it was asked.
    pub dialogues_days: i64,
    /// A message still waiting to be sent (its platform has not been running).
    pub outbox_days: i64,
    /// A line of the coordinators' audit log.
    pub audit_days: i64,
    /// An expense claim, from its decision (the treasurer keeps the monthly export for the
    /// accounts); a claim waiting for an answer stays.
    pub expenses_days: i64,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            unconsented_days: 30,
            inactive_days: 730,
            notice_days: 30,
            group_members_days: 30,
            contacts_days: 183,
            bookings_days: 365,
            signups_days: 365,
            moderation_days: 365,
            dialogues_days: 30,
            outbox_days: 7,
            audit_days: 1826,
            expenses_days: 365,
        }
    }
}

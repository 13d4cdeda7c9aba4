//! Retention: what time erases (see [`crate::core::settings::Retention`]), and telling
//! people before their data goes for inactivity.
//!
//! [`batch`] does one bounded batch of every kind in the caller's transaction; the caller
//! commits and calls it again until it reports nothing done, so message handling waits at
//! most one batch.

use crate::core::message::Outgoing;
use crate::features::kit::Services;
use crate::features::privacy::ForgetAction;
use crate::i18n::args;
use crate::store::{Expiring, StoreError, Tx};
use std::collections::BTreeMap;

const DAY: i64 = 86_400;

/// Rows (or people) one batch handles at most, per kind.
pub const BATCH: i64 = 500;

/// What retention did, by kind: rows deleted, or people told or erased.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Purged(pub BTreeMap<&'static str, u64>);

impl Purged {
    /// Adds `n` to `kind`.
    pub fn add(&mut self, kind: &'static str, n: u64) {
        if n > 0 {
            *self.0.entry(kind).or_default() += n;
        }
    }

    /// Adds every count of `other`.
    pub fn merge(&mut self, other: &Purged) {
        for (kind, n) in &other.0 {
            self.add(kind, *n);
        }
    }

    /// The sum of every count.
    pub fn total(&self) -> u64 {
        self.0.values().sum()
    }
}

/// The name a kind is reported under (logs, metrics, `pairbot purge`).
fn name(kind: Expiring) -> &'static str {
    match kind {
        Expiring::GroupMembers => "group_members",
        Expiring::Reports => "reports",
        Expiring::Warnings => "warnings",
        Expiring::Sanctions => "sanctions",
        Expiring::Dialogues => "dialogues",
        Expiring::ChoiceSets => "choice_sets",
        Expiring::Outbox => "outbox",
        Expiring::Audit => "audit_log",
        Expiring::ExpenseClaims => "expense_claims",
        Expiring::EvaluationInvites => "evaluation_invites",
    }
}

/// One batch of every kind, at `at` (Unix seconds), in `tx`: the notices of erasure to
/// send, and what was done.
pub async fn batch(
    services: &Services,
    tx: &mut Tx,
    at: i64,
    limit: i64,
) -> Result<(Vec<Outgoing>, Purged), StoreError> {
    let keep = &services.settings().retention;
    let mut done = Purged::default();
    for kind in Expiring::ALL {
        let days = match kind {
            Expiring::GroupMembers => keep.group_members_days,
            Expiring::Reports | Expiring::Warnings | Expiring::Sanctions => keep.moderation_days,
            Expiring::Dialogues | Expiring::ChoiceSets => keep.dialogues_days,
            Expiring::Outbox => keep.outbox_days,
            Expiring::Audit => keep.audit_days,
            Expiring::ExpenseClaims => keep.expenses_days,
            Expiring::EvaluationInvites => keep.signups_days,
        };
        let n = tx.purge_expiring(kind, at - days * DAY, limit).await?;
        done.add(name(kind), n);
    }
    done.add(
        "contacts",
        tx.purge_contacts(at - keep.contacts_days * DAY, limit)
            .await?,
    );
    done.add(
        "bookings",
        tx.purge_bookings(at - keep.bookings_days * DAY, limit)
            .await?,
    );
    done.add(
        "etp_signups",
        tx.purge_signups(at - keep.signups_days * DAY, limit)
            .await?,
    );

    let settings = services.settings();
    let staff =
        |p: &(crate::core::Platform, crate::core::UserId)| settings.is_coordinator(p.0, &p.1);
    // People who never consented: only their id and language were kept.
    let unconsented: Vec<_> = tx
        .unconsented_before(at - keep.unconsented_days * DAY, limit)
        .await?
        .into_iter()
        .filter(|p| !staff(p))
        .collect();
    done.add("people_unconsented", erase(tx, &unconsented).await?);
    // People told a while ago who did not come back.
    let silent: Vec<_> = tx
        .told_before(at - keep.notice_days * DAY, limit)
        .await?
        .into_iter()
        .filter(|p| !staff(p))
        .collect();
    done.add("people_inactive", erase(tx, &silent).await?);
    // People whose erasure is near: told first, once.
    let mut notices = Vec::new();
    let erase_on = at + keep.notice_days * DAY;
    for person in tx
        .inactive_to_tell(
            at - (keep.inactive_days - keep.notice_days) * DAY,
            at,
            limit,
        )
        .await?
        .into_iter()
        .filter(|p| !staff(p))
    {
        tx.mark_erasure_notice(person.0, &person.1, at).await?;
        let lang = services.lang_of(tx, person.0, &person.1).await?;
        let mut values = args([("days", keep.notice_days.to_string())]);
        values.set("date", crate::i18n::format_day(lang, erase_on));
        values.set("months", (keep.inactive_days / 30).to_string());
        notices.push(services.notice_in(
            lang,
            person.0,
            &person.1,
            "retention-notice",
            values,
            &[
                ("retention-keep", ForgetAction::Keep.into()),
                ("retention-erase-now", ForgetAction::Ask.into()),
            ],
        ));
        done.add("people_told", 1);
    }
    Ok((notices, done))
}

/// Erases these people, platform by platform, a statement per table for each platform's
/// share; returns how many people.
async fn erase(
    tx: &mut Tx,
    people: &[(crate::core::Platform, crate::core::UserId)],
) -> Result<u64, StoreError> {
    for platform in [
        crate::core::Platform::Telegram,
        crate::core::Platform::Matrix,
        crate::core::Platform::Console,
    ] {
        let ids: Vec<crate::core::UserId> = people
            .iter()
            .filter(|(p, _)| *p == platform)
            .map(|(_, u)| u.clone())
            .collect();
        tx.erase_users(platform, &ids).await?;
    }
    Ok(people.len() as u64)
}

//! Group moderation: settings per group, members seen, warnings, timed sanctions and
//! bot-level blocks.

use super::{StoreError, Tx};
use crate::core::message::{ChatId, Platform, UserId};

/// What a coordinator set for one group; [`GroupSettings::default`] for the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupSettings {
    /// The group's rules, as written by a coordinator.
    pub rules: Option<String>,
    /// Whether newcomers are welcomed (with the rules, when there are some).
    pub welcome: bool,
    /// More than this many messages within [`GroupSettings::flood_seconds`] mutes.
    pub flood_messages: i64,
    /// The flood window; 0 turns flood control off.
    pub flood_seconds: i64,
    /// How long a flood mutes.
    pub flood_mute_minutes: i64,
    /// Links and media are held in a member's first this-many messages; 0 turns it off.
    pub newcomer_messages: i64,
    /// This many live warnings mute; 0 turns escalation off.
    pub warn_limit: i64,
    /// How long escalation mutes.
    pub warn_mute_minutes: i64,
}

impl Default for GroupSettings {
    fn default() -> Self {
        GroupSettings {
            rules: None,
            welcome: true,
            flood_messages: 10,
            flood_seconds: 10,
            flood_mute_minutes: 60,
            newcomer_messages: 3,
            warn_limit: 3,
            warn_mute_minutes: 24 * 60,
        }
    }
}

/// What one group message tells of its sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberActivity {
    /// First time the bot sees them in this group.
    pub first_seen: bool,
    /// Messages seen from them, this one included (counting stops past the newcomer limit).
    pub messages: i64,
    /// A coordinator lifted the newcomer holding.
    pub trusted: bool,
    /// Messages within the current flood window, this one included.
    pub in_window: i64,
}

/// A mute or ban whose end has come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndedSanction {
    /// Where.
    pub platform: Platform,
    /// Which group.
    pub chat: ChatId,
    /// Who.
    pub user: UserId,
    /// `mute` or `ban`.
    pub kind: String,
}

type SettingsRow = (Option<String>, i64, i64, i64, i64, i64, i64, i64);

impl Tx {
    /// The settings of a group (the defaults when none were set).
    pub async fn group_settings(
        &mut self,
        platform: Platform,
        chat: &ChatId,
    ) -> Result<GroupSettings, StoreError> {
        let row: Option<SettingsRow> = sqlx::query_as(
            "SELECT rules, welcome, flood_messages, flood_seconds, flood_mute_minutes, \
                 newcomer_messages, warn_limit, warn_mute_minutes \
             FROM group_settings WHERE platform = $1 AND chat_id = $2",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .fetch_optional(&mut *self.inner)
        .await?;
        Ok(row.map_or_else(GroupSettings::default, |r| GroupSettings {
            rules: r.0,
            welcome: r.1 != 0,
            flood_messages: r.2,
            flood_seconds: r.3,
            flood_mute_minutes: r.4,
            newcomer_messages: r.5,
            warn_limit: r.6,
            warn_mute_minutes: r.7,
        }))
    }

    /// Stores the settings of a group.
    pub async fn set_group_settings(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        settings: &GroupSettings,
        at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO group_settings (platform, chat_id, rules, welcome, flood_messages, \
                 flood_seconds, flood_mute_minutes, newcomer_messages, warn_limit, \
                 warn_mute_minutes, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
             ON CONFLICT (platform, chat_id) DO UPDATE SET rules = excluded.rules, \
                 welcome = excluded.welcome, flood_messages = excluded.flood_messages, \
                 flood_seconds = excluded.flood_seconds, \
                 flood_mute_minutes = excluded.flood_mute_minutes, \
                 newcomer_messages = excluded.newcomer_messages, \
                 warn_limit = excluded.warn_limit, \
                 warn_mute_minutes = excluded.warn_mute_minutes, \
                 updated_at = excluded.updated_at",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .bind(&settings.rules)
        .bind(i64::from(settings.welcome))
        .bind(settings.flood_messages)
        .bind(settings.flood_seconds)
        .bind(settings.flood_mute_minutes)
        .bind(settings.newcomer_messages)
        .bind(settings.warn_limit)
        .bind(settings.warn_mute_minutes)
        .bind(at)
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Counts one message of a member in a group (the caller holds the member's lock) and
    /// tells what is known of them. `window` is the flood window in seconds; `cap` is where
    /// message counting stops (the newcomer limit: nothing more is needed).
    pub async fn member_message(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
        at: i64,
        window: i64,
        cap: i64,
    ) -> Result<MemberActivity, StoreError> {
        let row: Option<(i64, i64, i64, i64)> = sqlx::query_as(
            "SELECT messages, trusted, window_started_at, window_count FROM group_members \
             WHERE platform = $1 AND chat_id = $2 AND user_id = $3",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .bind(&user.0)
        .fetch_optional(&mut *self.inner)
        .await?;
        let Some((messages, trusted, window_started_at, window_count)) = row else {
            sqlx::query(
                "INSERT INTO group_members (platform, chat_id, user_id, first_seen_at, messages, \
                     trusted, window_started_at, window_count) VALUES ($1, $2, $3, $4, 1, 0, $4, 1)",
            )
            .bind(platform.as_str())
            .bind(&chat.0)
            .bind(&user.0)
            .bind(at)
            .execute(&mut *self.inner)
            .await?;
            return Ok(MemberActivity {
                first_seen: true,
                messages: 1,
                trusted: false,
                in_window: 1,
            });
        };
        let messages = if messages > cap {
            messages
        } else {
            messages + 1
        };
        // A fixed window: it restarts with the first message after it ends.
        let (window_started_at, in_window) = if at - window_started_at >= window.max(1) {
            (at, 1)
        } else {
            (window_started_at, window_count + 1)
        };
        sqlx::query(
            "UPDATE group_members SET messages = $4, window_started_at = $5, window_count = $6 \
             WHERE platform = $1 AND chat_id = $2 AND user_id = $3",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .bind(&user.0)
        .bind(messages)
        .bind(window_started_at)
        .bind(in_window)
        .execute(&mut *self.inner)
        .await?;
        Ok(MemberActivity {
            first_seen: false,
            messages,
            trusted: trusted != 0,
            in_window,
        })
    }

    /// Records that a member joined (welcomed once); returns whether they were new here.
    pub async fn member_joined(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
        at: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "INSERT INTO group_members (platform, chat_id, user_id, first_seen_at, messages, \
                 trusted, window_started_at, window_count) VALUES ($1, $2, $3, $4, 0, 0, $4, 0) \
             ON CONFLICT DO NOTHING",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .bind(&user.0)
        .bind(at)
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Lifts the newcomer holding for a member.
    pub async fn trust_member(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
        at: i64,
    ) -> Result<(), StoreError> {
        self.member_joined(platform, chat, user, at).await?;
        sqlx::query(
            "UPDATE group_members SET trusted = 1 \
             WHERE platform = $1 AND chat_id = $2 AND user_id = $3",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .bind(&user.0)
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Records a warning; returns the member's live warnings at `at`, this one included.
    pub async fn add_warning(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
        reason: &str,
        at: i64,
        expires_at: i64,
    ) -> Result<i64, StoreError> {
        sqlx::query(
            "INSERT INTO warnings (platform, chat_id, user_id, reason, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .bind(&user.0)
        .bind(reason)
        .bind(at)
        .bind(expires_at)
        .execute(&mut *self.inner)
        .await?;
        self.live_warnings(platform, chat, user, at).await
    }

    /// A member's warnings not yet expired at `at`.
    pub async fn live_warnings(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
        at: i64,
    ) -> Result<i64, StoreError> {
        let (n,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM warnings \
             WHERE platform = $1 AND chat_id = $2 AND user_id = $3 AND expires_at > $4",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .bind(&user.0)
        .bind(at)
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(n)
    }

    /// Remembers to lift a mute or ban at `until`, replacing an earlier end of the same kind.
    pub async fn set_sanction_end(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
        kind: &str,
        until: Option<i64>,
    ) -> Result<(), StoreError> {
        self.drop_sanction_end(platform, chat, user, kind).await?;
        if let Some(until_at) = until {
            sqlx::query(
                "INSERT INTO sanctions (platform, chat_id, user_id, kind, until_at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(platform.as_str())
            .bind(&chat.0)
            .bind(&user.0)
            .bind(kind)
            .bind(until_at)
            .execute(&mut *self.inner)
            .await?;
        }
        Ok(())
    }

    /// Forgets the end of a mute or ban (lifted by hand, or made permanent).
    pub async fn drop_sanction_end(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
        kind: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "DELETE FROM sanctions \
             WHERE platform = $1 AND chat_id = $2 AND user_id = $3 AND kind = $4",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .bind(&user.0)
        .bind(kind)
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Takes the sanctions ended at `at`: each is returned once, even with several bot
    /// processes (the rows go in the caller's transaction).
    pub async fn take_ended_sanctions(
        &mut self,
        at: i64,
    ) -> Result<Vec<EndedSanction>, StoreError> {
        let rows: Vec<(String, String, String, String)> = sqlx::query_as(
            "DELETE FROM sanctions WHERE until_at <= $1 \
             RETURNING platform, chat_id, user_id, kind",
        )
        .bind(at)
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(p, chat, user, kind)| {
                Some(EndedSanction {
                    platform: Platform::parse(&p)?,
                    chat: ChatId(chat),
                    user: UserId(user),
                    kind,
                })
            })
            .collect())
    }

    /// Blocks a person from the bot (again, with a new reason); returns whether they were
    /// not blocked yet.
    pub async fn block_person(
        &mut self,
        person: (Platform, &UserId),
        reason: &str,
        at: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "INSERT INTO blocks (platform, user_id, reason, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (platform, user_id) DO NOTHING",
        )
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .bind(reason)
        .bind(at)
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Lifts a block; returns whether there was one.
    pub async fn unblock_person(
        &mut self,
        person: (Platform, &UserId),
    ) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM blocks WHERE platform = $1 AND user_id = $2")
            .bind(person.0.as_str())
            .bind(&person.1.0)
            .execute(&mut *self.inner)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Whether a person is blocked from the bot.
    pub async fn is_barred(&mut self, person: (Platform, &UserId)) -> Result<bool, StoreError> {
        let row: Option<(i64,)> =
            sqlx::query_as("SELECT created_at FROM blocks WHERE platform = $1 AND user_id = $2")
                .bind(person.0.as_str())
                .bind(&person.1.0)
                .fetch_optional(&mut *self.inner)
                .await?;
        Ok(row.is_some())
    }
}

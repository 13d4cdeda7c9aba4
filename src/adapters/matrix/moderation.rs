//! Moderation in Matrix rooms: bans, kicks and removals, and mutes through power levels.
//!
//! Every decision reads the room's power levels from the homeserver, not from the bot's
//! own view of the room: that view learns of the bot's own changes only through a later
//! sync (see [`super::sync`]), and an action right after another (an unmute right after a
//! mute) must start from the first one's result. A change sent back is the homeserver's
//! content with one member's level changed, so it never undoes a change the bot has not
//! seen yet.

use super::Matrix;
use super::sync::StateEntry;
use crate::core::{
    ChatId, Moderation, ModerationAction, ModerationError, Platform, UserId as CoreUserId,
};
use matrix_sdk::room::Room;
use matrix_sdk::ruma::api::client::state::get_state_event_for_key;
use matrix_sdk::ruma::api::error::ErrorKind;
use matrix_sdk::ruma::events::StateEventType;
use matrix_sdk::ruma::events::room::power_levels::{
    RoomPowerLevels, RoomPowerLevelsEventContent, UserPowerLevel,
};
use matrix_sdk::ruma::{Int, OwnedEventId, OwnedUserId, RoomId, UserId};

impl Moderation for Matrix {
    fn platform(&self) -> Platform {
        Platform::Matrix
    }

    async fn apply(&self, chat: &ChatId, action: &ModerationAction) -> Result<(), ModerationError> {
        if let Some(changed) = self.apply_now(chat, action).await? {
            self.refresh_state(changed).await;
        }
        Ok(())
    }
}

impl Matrix {
    /// Carries `action` out, and tells which piece of the room's state it changed, if any.
    async fn apply_now(
        &self,
        chat: &ChatId,
        action: &ModerationAction,
    ) -> Result<Option<StateEntry>, ModerationError> {
        let room_id =
            <&RoomId>::try_from(chat.0.as_str()).map_err(|_| ModerationError::NotFound)?;
        let room = self
            .client
            .get_room(room_id)
            .ok_or(ModerationError::NotFound)?;
        let me = self.own_user().ok_or(ModerationError::Unavailable)?;
        let (content, levels) = self.power_levels_now(&room).await?;
        let membership = |user: &UserId| Some(StateEntry::membership(room_id, user));
        match action {
            ModerationAction::Ban { user, .. } => {
                // Matrix has no timed ban: the core lifts it when the time comes.
                let user = parse_user(user)?;
                if !levels.user_can_ban_user(&me, &user) {
                    return Err(ModerationError::MissingRight);
                }
                room.ban_user(&user, None)
                    .await
                    .map_err(|e| moderation_error(&e))?;
                Ok(membership(&user))
            }
            ModerationAction::Unban { user } => {
                let user = parse_user(user)?;
                if !levels.user_can_ban(&me) {
                    return Err(ModerationError::MissingRight);
                }
                room.unban_user(&user, None)
                    .await
                    .map_err(|e| moderation_error(&e))?;
                Ok(membership(&user))
            }
            ModerationAction::Kick { user } => {
                let user = parse_user(user)?;
                if !levels.user_can_kick_user(&me, &user) {
                    return Err(ModerationError::MissingRight);
                }
                room.kick_user(&user, None)
                    .await
                    .map_err(|e| moderation_error(&e))?;
                Ok(membership(&user))
            }
            ModerationAction::Delete { message } => {
                let event = OwnedEventId::try_from(message.as_str())
                    .map_err(|_| ModerationError::NotFound)?;
                if !levels.user_can_redact_event_of_other(&me) {
                    return Err(ModerationError::MissingRight);
                }
                room.redact(&event, None, None)
                    .await
                    .map_err(|e| moderation_error(&matrix_sdk::Error::Http(Box::new(e))))?;
                Ok(None)
            }
            ModerationAction::Mute { user, .. } => {
                let user = parse_user(user)?;
                let current = match levels.for_user(&user) {
                    UserPowerLevel::Int(i) => i,
                    _ => return Err(ModerationError::Protected),
                };
                if !may_set_level(&levels, &me, &user) {
                    return Err(ModerationError::MissingRight);
                }
                let muted = levels.events_default - Int::from(1);
                if current <= muted {
                    return Ok(None);
                }
                // Remembered so unmuting restores it, not some default.
                self.engine
                    .adapter_state()
                    .set(&mute_key(room_id, &user), &current.to_string())
                    .await
                    .map_err(|_| ModerationError::Unavailable)?;
                set_level(&room, content, &levels, &user, muted).await?;
                Ok(Some(StateEntry::power_levels(room_id)))
            }
            ModerationAction::Unmute { user } => {
                let user = parse_user(user)?;
                if !may_set_level(&levels, &me, &user) {
                    return Err(ModerationError::MissingRight);
                }
                let key = mute_key(room_id, &user);
                let store = self.engine.adapter_state();
                let previous = store
                    .get(&key)
                    .await
                    .map_err(|_| ModerationError::Unavailable)?
                    .and_then(|v| v.parse::<i64>().ok())
                    .and_then(|v| Int::try_from(v).ok())
                    .unwrap_or(levels.users_default);
                set_level(&room, content, &levels, &user, previous).await?;
                let _ = store.set(&key, "").await;
                Ok(Some(StateEntry::power_levels(room_id)))
            }
        }
    }

    /// The room's power levels as the homeserver holds them now: the content (to change
    /// and send back) and what it grants whom.
    async fn power_levels_now(
        &self,
        room: &Room,
    ) -> Result<(RoomPowerLevelsEventContent, RoomPowerLevels), ModerationError> {
        let request = get_state_event_for_key::v3::Request::new(
            room.room_id().to_owned(),
            StateEventType::RoomPowerLevels,
            String::new(),
        );
        let response = self.client.send(request).await.map_err(|e| {
            match e.client_api_error_kind() {
                // Not in the room (any more).
                Some(ErrorKind::Forbidden) => ModerationError::NotFound,
                // No power levels at all: only the room's creator may act, never the bot.
                Some(ErrorKind::NotFound) => ModerationError::MissingRight,
                _ => ModerationError::Unavailable,
            }
        })?;
        let content = response
            .into_content()
            .deserialize_as_unchecked::<RoomPowerLevelsEventContent>()
            .map_err(|_| ModerationError::Unavailable)?;
        // The room's version decides what its creators may (unlimited power from v12 on).
        let creators = room.creators().ok_or(ModerationError::Unavailable)?;
        let rules = room.clone_info().room_version_rules_or_default();
        let levels = RoomPowerLevels::new(content.clone().into(), &rules.authorization, creators);
        Ok((content, levels))
    }
}

/// Sends `content` with `user`'s level set to `level` (left out when it is the default).
async fn set_level(
    room: &Room,
    mut content: RoomPowerLevelsEventContent,
    levels: &RoomPowerLevels,
    user: &UserId,
    level: Int,
) -> Result<(), ModerationError> {
    if level == levels.users_default {
        content.users.remove(user);
    } else {
        content.users.insert(user.to_owned(), level);
    }
    room.send_state_event(content)
        .await
        .map(|_| ())
        .map_err(|e| moderation_error(&e))
}

/// Whether `me` may change `target`'s power level: the right to send power levels, and
/// more power than `target`.
fn may_set_level(levels: &RoomPowerLevels, me: &UserId, target: &UserId) -> bool {
    levels.user_can_send_state(me, StateEventType::RoomPowerLevels)
        && levels.for_user(me) > levels.for_user(target)
}

fn parse_user(user: &CoreUserId) -> Result<OwnedUserId, ModerationError> {
    <&UserId>::try_from(user.0.as_str())
        .map(ToOwned::to_owned)
        .map_err(|_| ModerationError::NotFound)
}

/// The adapter state key keeping a muted member's previous power level.
fn mute_key(room: &RoomId, user: &UserId) -> String {
    format!("matrix.muted:{room}:{user}")
}

fn moderation_error(error: &matrix_sdk::Error) -> ModerationError {
    match error.client_api_error_kind() {
        Some(ErrorKind::Forbidden) => ModerationError::MissingRight,
        Some(ErrorKind::NotFound) => ModerationError::NotFound,
        Some(_) => ModerationError::Unsupported,
        None => ModerationError::Unavailable,
    }
}

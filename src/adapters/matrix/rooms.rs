//! Which rooms the bot enters and which it treats as private: decided from what it can
//! verify (who invites it, how many people a room holds now), never from what a room says
//! of itself. A room's creator sets its "direct chat" marker, and the marker stays however
//! many people join later: trusting it would post personal replies where everyone reads.

use super::{Matrix, incoming};
use crate::core::{ChatKind, Outgoing, SendError};
use matrix_sdk::room::Room;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::{OwnedUserId, RoomId, UserId};
use matrix_sdk::{RoomMemberships, RoomState};
use std::time::Duration;

impl Matrix {
    /// Joins a room it was invited to when the inviter is a coordinator or a user of an
    /// allowed server, for a direct chat as for a group: whatever the invitation says of
    /// itself, a room from elsewhere is declined.
    pub(super) async fn consider_invite(&self, room: Room, inviter: Option<OwnedUserId>) {
        let inviter = match inviter {
            Some(i) => Some(i),
            None => room
                .invite_details()
                .await
                .ok()
                .and_then(|d| d.inviter.map(|m| m.user_id().to_owned())),
        };
        let allowed = inviter.as_ref().is_some_and(|who| {
            self.options.coordinators.iter().any(|c| c == who.as_str())
                || self
                    .options
                    .allowed_servers
                    .iter()
                    .any(|s| s == who.server_name().as_str())
        });
        if !allowed {
            tracing::info!("declined an invitation outside the invitation policy");
            let _ = room.leave().await;
            return;
        }
        // The server may not know the room yet right after the invite: retry a little.
        for attempt in 0..5u64 {
            match room.join().await {
                Ok(()) => return,
                Err(e) => {
                    tracing::warn!(error = %e, attempt, "could not join a room yet");
                    tokio::time::sleep(Duration::from_millis(500 * (attempt + 1))).await;
                }
            }
        }
    }

    /// What the pure parser needs to know of a room (see [`incoming::RoomFacts`]), read at
    /// each event, so a private chat that someone else joins is a group from then on.
    pub(super) async fn room_facts(room: &Room) -> incoming::RoomFacts {
        incoming::RoomFacts {
            id: room.room_id().to_string(),
            members: members(room).await,
        }
    }

    /// The room for a message: the given one, or a private chat with the person (created,
    /// encrypted, when there is none yet).
    pub(super) async fn room_for(&self, message: &Outgoing) -> Result<Room, SendError> {
        if let Some(chat) = &message.chat {
            let id = <&RoomId>::try_from(chat.0.as_str()).map_err(|_| SendError::Rejected)?;
            return self.client.get_room(id).ok_or(SendError::Rejected);
        }
        let user = <&UserId>::try_from(message.user.0.as_str()).map_err(|_| SendError::Rejected)?;
        let known = self
            .direct_rooms
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(user)
            .cloned();
        if let Some(room) = known.and_then(|id| self.client.get_room(&id)) {
            if private_with(&room, user).await {
                return Ok(room);
            }
            // Someone else came in since the person last wrote from there.
            self.direct_rooms
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .remove(user);
        }
        // Rooms marked direct or not: what counts is who is in them now.
        for room in self.client.joined_rooms() {
            if private_with(&room, user).await {
                return Ok(room);
            }
        }
        self.client
            .create_dm(user)
            .await
            .map_err(|e| super::classify(&e))
    }

    /// Remembers `room` as where `user` last wrote privately from.
    pub(super) fn remember_private(&self, user: &UserId, room: &Room) {
        self.direct_rooms
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(user.to_owned(), room.room_id().to_owned());
    }
}

/// How many people are in `room` or invited to it: the larger of the server's count and
/// the members the local store knows (the server's summary is absent or late at times).
async fn members(room: &Room) -> u64 {
    let local = room
        .members_no_sync(RoomMemberships::ACTIVE)
        .await
        .map_or(0, |members| members.len() as u64);
    room.active_members_count().max(local)
}

/// Whether `room` is a joined room of just the bot and `user`.
async fn private_with(room: &Room, user: &UserId) -> bool {
    room.state() == RoomState::Joined
        && Matrix::room_facts(room).await.kind() == ChatKind::Private
        && matches!(
            room.get_member_no_sync(user).await,
            Ok(Some(m)) if matches!(m.membership(), MembershipState::Join | MembershipState::Invite)
        )
}

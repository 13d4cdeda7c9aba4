//! The sync loop: one long-polling sync after another, quiet about what the bot never uses.

use super::Matrix;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::deserialized_responses::RawAnySyncOrStrippedState;
use matrix_sdk::ruma::api::client::state::get_state_event_for_key;
use matrix_sdk::ruma::events::StateEventType;
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, RoomId, UserId};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The pause after a sync that brought messages, before the next: messages written
/// meanwhile then come in one sync instead of one each. Every sync costs the bot about 2 ms
/// of CPU whatever it carries (matrix-sdk saves its encryption account at each one), which
/// with 20 people writing at once was a quarter of the CPU per reply. A person writing again
/// after a reply never waits for it (the pause is over by then); a message sent within it
/// waits at most this long.
const GATHER_AFTER_MESSAGES: Duration = Duration::from_millis(50);

/// The pause after a sync that brought several messages, which means people are writing
/// at once: a longer gathering saves more syncs there, and each of them waits for others'
/// replies anyway. [`super::MatrixOptions::gather_under_load`] changes it.
const GATHER_UNDER_LOAD: Duration = Duration::from_millis(100);

impl Matrix {
    /// Syncs until cancelled, each sync continuing from the previous one's token, leaving
    /// out what the bot never uses (see [`quiet_sync`]). Unlike
    /// `Client::sync`, it does not pause a second after a sync that returned quickly (one
    /// carrying the person's message, then one carrying the bot's own reply): that pause
    /// delayed the next message by up to a second (measured: 989 ms per answer against 75 ms
    /// for a plain client). It pauses briefly after messages (see [`GATHER_AFTER_MESSAGES`]
    /// and [`GATHER_UNDER_LOAD`]),
    /// a second when the server answered at once with nothing, and after a failure, longer
    /// each time (up to 30 s).
    pub(super) async fn sync_forever(&self) {
        let mut settings = SyncSettings::default()
            .timeout(Duration::from_secs(20))
            .filter(quiet_sync(self.own_user()));
        let mut failures = 0u32;
        // The first sync of a run (a full one, when the process is new) brings the state at
        // the start of each room's latest events, with the bot's own later changes left
        // out (see [`Matrix::confirm_own_changes`]): the second asks for the full state.
        let mut first = true;
        let under_load = self.options.gather_under_load.unwrap_or(GATHER_UNDER_LOAD);
        loop {
            let started = std::time::Instant::now();
            let full_state = self.full_state_due.swap(false, Ordering::AcqRel);
            if full_state {
                // matrix-sdk ignores a response whose position is the one it holds, which a
                // full-state sync right after the note that woke the last one would be.
                self.note_state_change().await;
            }
            let result = self
                .client
                .sync_once(settings.clone().full_state(full_state))
                .await;
            if full_state && result.is_err() {
                self.full_state_due.store(true, Ordering::Release);
            } else if result.is_ok() {
                self.confirm_own_changes().await;
            }
            match result {
                Ok(response) => {
                    failures = 0;
                    if std::mem::take(&mut first) {
                        self.full_state_due.store(true, Ordering::Release);
                    }
                    self.engine.platform_alive(crate::core::Platform::Matrix);
                    let nothing = response.rooms.is_empty()
                        && response.to_device.is_empty()
                        && response.account_data.is_empty()
                        && response.presence.is_empty();
                    let messages: usize = response
                        .rooms
                        .joined
                        .values()
                        .map(|room| room.timeline.events.len())
                        .sum();
                    settings = settings.token(response.next_batch);
                    if nothing && started.elapsed() < Duration::from_secs(1) {
                        // The server does not hold the request open: do not hammer it.
                        tokio::time::sleep(Duration::from_secs(1)).await;
                    } else if messages > 1 {
                        tokio::time::sleep(under_load).await;
                    } else if messages == 1 {
                        tokio::time::sleep(GATHER_AFTER_MESSAGES).await;
                    }
                }
                Err(e) => {
                    failures += 1;
                    let wait =
                        Duration::from_secs(1 << failures.min(5)).min(Duration::from_secs(30));
                    tracing::warn!(error = %e, retry_in_secs = wait.as_secs(), "Matrix sync failed");
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }
}

/// A sync filter without presence, typing notifications, read receipts, nor the bot's own
/// events in room timelines: the bot uses none of them, and each would end a waiting sync
/// (a client shows its user typing before and after every message, which cost two more
/// syncs per message; the bot's own reply ended one more, and a sync is the bot's costliest
/// step). The server then leaves out the bot's own state changes too (kicks, bans, power
/// levels): after making one, the bot asks for the full state (`full_state_due`), until
/// its view shows the change (see [`Matrix::confirm_own_changes`]). Rooms it joins or
/// creates come with their full state anyway.
pub(super) fn quiet_sync(
    me: Option<matrix_sdk::ruma::OwnedUserId>,
) -> matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter {
    use matrix_sdk::ruma::api::client::filter::{Filter, FilterDefinition, RoomEventFilter};
    let mut quiet = FilterDefinition::default();
    quiet.presence = Filter::ignore_all();
    quiet.room.ephemeral = RoomEventFilter::ignore_all();
    quiet.room.timeline.not_senders = me.into_iter().collect();
    matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter::FilterDefinition(quiet)
}

impl Matrix {
    /// After the bot changed a room's state itself: its syncs leave out its own events (see
    /// [`sync::quiet_sync`]), so the next one asks for the full state, and a note in the
    /// bot's private account data ends the sync waiting on the server, so that the change
    /// is seen at once rather than at that sync's timeout.
    pub(super) async fn refresh_state(&self, changed: StateEntry) {
        {
            let mut pending = self.own_changes.lock().unwrap_or_else(|p| p.into_inner());
            pending.retain(|(entry, _)| *entry != changed);
            pending.push((changed, 0));
        }
        self.full_state_due.store(true, Ordering::Release);
        self.note_state_change().await;
    }

    /// After a sync: the bot's own changes its view shows now are forgotten, the others are
    /// asked for again with a full-state sync (at most [`FULL_STATE_TRIES`] times each).
    ///
    /// A sync does not always bring them: when a piece of state changed twice since the
    /// last sync (a mute, then an unmute) and someone wrote in between, Synapse picks one
    /// of the two versions arbitrarily (about 6 times in 10 the older one, measured), and
    /// the bot's own events, which would set it right, are left out of its timeline. The
    /// next sync starts after both and gets it right.
    pub(super) async fn confirm_own_changes(&self) {
        let pending =
            std::mem::take(&mut *self.own_changes.lock().unwrap_or_else(|p| p.into_inner()));
        if pending.is_empty() {
            return;
        }
        let mut again = Vec::new();
        for (entry, tries) in pending {
            if self.shows_latest(&entry).await == Some(false) {
                if tries + 1 < FULL_STATE_TRIES {
                    again.push((entry, tries + 1));
                } else {
                    tracing::warn!("the bot's view of a room never showed its own change");
                }
            }
        }
        if again.is_empty() {
            return;
        }
        let mut pending = self.own_changes.lock().unwrap_or_else(|p| p.into_inner());
        for (entry, tries) in again {
            // A change made meanwhile to the same piece starts its own count.
            if !pending.iter().any(|(e, _)| *e == entry) {
                pending.push((entry, tries));
            }
        }
        self.full_state_due.store(true, Ordering::Release);
    }

    /// Whether the bot's view of `entry` is the homeserver's latest event for it; `None`
    /// when either cannot be read (then nothing more can be done about it).
    async fn shows_latest(&self, entry: &StateEntry) -> Option<bool> {
        let room = self.client.get_room(&entry.room)?;
        let local = match room.get_state_event(entry.kind.clone(), &entry.key).await {
            Ok(Some(RawAnySyncOrStrippedState::Sync(event))) => {
                event.get_field::<OwnedEventId>("event_id").ok().flatten()
            }
            Ok(_) => None,
            Err(_) => return None,
        };
        let mut request = get_state_event_for_key::v3::Request::new(
            entry.room.clone(),
            entry.kind.clone(),
            entry.key.clone(),
        );
        request.format = get_state_event_for_key::v3::StateEventFormat::Event;
        let latest = self
            .client
            .send(request)
            .await
            .ok()?
            .into_event()
            .get_field::<OwnedEventId>("event_id")
            .ok()
            .flatten()?;
        Some(local == Some(latest))
    }

    /// Writes the time in the bot's private account data (`org.pairbot.state_changed`):
    /// nothing else, and only the bot reads it. Any change there ends a waiting sync and
    /// moves the sync position on.
    pub(super) async fn note_state_change(&self) {
        // Never twice the same: an unchanged note would not move the sync position.
        static NOTES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = NOTES.fetch_add(1, Ordering::AcqRel);
        let now = matrix_sdk::ruma::MilliSecondsSinceUnixEpoch::now().get();
        let Ok(note) =
            matrix_sdk::ruma::serde::Raw::from_json_string(format!("{{\"at\":{now},\"n\":{n}}}"))
        else {
            return;
        };
        if let Err(e) = self
            .client
            .account()
            .set_account_data_raw("org.pairbot.state_changed".into(), note)
            .await
        {
            tracing::warn!(error = %e, "could not note a state change");
        }
    }
}

/// How many syncs, at most, the bot checks for one of its own changes before giving up
/// (the first one may have been under way when the change was made).
const FULL_STATE_TRIES: u8 = 6;

/// The bot's own changes to rooms' state its view does not show yet, each with the number
/// of syncs that did not bring it.
pub(super) type OwnChanges = Arc<Mutex<Vec<(StateEntry, u8)>>>;

/// One piece of a room's state: a member's membership, or the power levels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct StateEntry {
    room: OwnedRoomId,
    kind: StateEventType,
    key: String,
}

impl StateEntry {
    /// `user`'s membership of `room`.
    pub(super) fn membership(room: &RoomId, user: &UserId) -> Self {
        StateEntry {
            room: room.to_owned(),
            kind: StateEventType::RoomMember,
            key: user.to_string(),
        }
    }

    /// The power levels of `room`.
    pub(super) fn power_levels(room: &RoomId) -> Self {
        StateEntry {
            room: room.to_owned(),
            kind: StateEventType::RoomPowerLevels,
            key: String::new(),
        }
    }
}

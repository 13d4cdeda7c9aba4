//! Telegram's rate limits kept by making each message wait for its turn, the most urgent
//! first, with no fixed tick: a message that breaks no limit leaves at once.
//!
//! The limits (Bot API FAQ): about 30 messages a second for the whole bot, about one a
//! second in one chat (short bursts are tolerated), 20 a minute in one group. The bot-wide
//! limit is kept by spacing messages evenly, so network jitter never bunches them over it;
//! the per-chat ones by sliding windows. A message waiting for a bot-wide turn lets any
//! more urgent one go first (a reply passes a broadcast's copies).
//!
//! [`Schedule`] is the decision alone (no clock, no waiting), tested on its own; [`Pace`]
//! waits for it.

use crate::core::Lane;
use std::collections::{BTreeSet, HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::Instant;

/// How many messages one private chat may receive within [`CHAT_WINDOW`]: one a second
/// on average, a reply in two parts (a file and its text) without waiting.
const CHAT_BURST: usize = 3;
/// See [`CHAT_BURST`].
const CHAT_WINDOW: Duration = Duration::from_secs(3);
/// The window of the group limit.
const GROUP_WINDOW: Duration = Duration::from_secs(60);

/// The limits one process keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Messages a second for the whole bot.
    pub per_sec_overall: u32,
    /// Messages a minute in one group.
    pub per_min_group: u32,
}

impl Limits {
    /// Telegram's limits for one of `instances` processes sending for the same bot: those
    /// for the whole bot and for groups are shared out (a group's messages may go through
    /// any process), kept slightly under the limit so that network jitter never adds up to
    /// more; those for one private chat are kept (a person's messages are sent by one
    /// process at a time, in order).
    pub fn shared(instances: u32) -> Self {
        let n = instances.max(1);
        let overall = (30 / n).max(1);
        Limits {
            per_sec_overall: overall.saturating_sub(overall / 15).max(1),
            per_min_group: (20 / n).max(1),
        }
    }
}

/// A message waiting for a bot-wide turn: its lane, then its arrival.
type Ticket = (Lane, u64);

/// Who may send when: the state behind [`Pace`], with the time given by the caller.
#[derive(Debug)]
pub struct Schedule {
    every: Duration,
    per_min_group: usize,
    /// The earliest time of the next bot-wide turn.
    next_free: Option<Instant>,
    /// Recent sending times per chat, oldest first (at most the window's allowance).
    recent: HashMap<i64, VecDeque<Instant>>,
    /// Messages whose chat allows them, waiting for a bot-wide turn.
    waiting: BTreeSet<Ticket>,
    issued: u64,
    granted: u64,
}

impl Schedule {
    /// A schedule keeping `limits`.
    pub fn new(limits: Limits) -> Self {
        Schedule {
            every: Duration::from_secs(1) / limits.per_sec_overall.max(1),
            per_min_group: limits.per_min_group.max(1) as usize,
            next_free: None,
            recent: HashMap::new(),
            waiting: BTreeSet::new(),
            issued: 0,
            granted: 0,
        }
    }

    /// When `chat` may next receive a message, as far as its own limit goes (`now` when
    /// it may at once). Private chats have positive ids, groups negative ones.
    pub fn chat_ready(&self, chat: i64, now: Instant) -> Instant {
        let (allowance, window) = chat_limit(chat, self.per_min_group);
        match self.recent.get(&chat) {
            Some(sent) if sent.len() >= allowance => {
                (sent[sent.len() - allowance] + window).max(now)
            }
            _ => now,
        }
    }

    /// Puts a message whose chat allows it in line for a bot-wide turn.
    pub fn enqueue(&mut self, lane: Lane) -> Ticket {
        self.issued += 1;
        let ticket = (lane, self.issued);
        self.waiting.insert(ticket);
        ticket
    }

    /// Takes `ticket` out of line without sending (the message was abandoned).
    pub fn cancel(&mut self, ticket: Ticket) {
        self.waiting.remove(&ticket);
    }

    /// The turn of `ticket` for `chat` at `now`: `Ok` and recorded as sent when it is
    /// first in line (most urgent lane, then first come) and the bot-wide spacing allows;
    /// otherwise `Err` with the time to look again (`None`: when another was granted).
    pub fn try_grant(
        &mut self,
        ticket: Ticket,
        chat: i64,
        now: Instant,
    ) -> Result<(), Option<Instant>> {
        if self.waiting.first() != Some(&ticket) {
            return Err(None);
        }
        let at = self.next_free.map_or(now, |free| free.max(now));
        if at > now {
            return Err(Some(at));
        }
        self.waiting.remove(&ticket);
        self.next_free = Some(now + self.every);
        let (allowance, _) = chat_limit(chat, self.per_min_group);
        let sent = self.recent.entry(chat).or_default();
        sent.push_back(now);
        while sent.len() > allowance {
            sent.pop_front();
        }
        self.granted += 1;
        if self.granted.is_multiple_of(1024) {
            // Forgets chats that no window remembers any more.
            self.recent.retain(|_, sent| {
                sent.back()
                    .is_some_and(|t| now.duration_since(*t) < GROUP_WINDOW)
            });
        }
        Ok(())
    }
}

/// A chat's allowance and window.
fn chat_limit(chat: i64, per_min_group: usize) -> (usize, Duration) {
    if chat < 0 {
        (per_min_group, GROUP_WINDOW)
    } else {
        (CHAT_BURST, CHAT_WINDOW)
    }
}

/// Makes messages wait for their turn under a [`Schedule`]; shared by every sending task.
#[derive(Clone, Debug)]
pub struct Pace {
    schedule: Arc<Mutex<Schedule>>,
    granted: Arc<tokio::sync::Notify>,
}

/// Takes an abandoned message out of line, so it never holds up the others.
struct InLine<'a> {
    pace: &'a Pace,
    ticket: Option<Ticket>,
}

impl Drop for InLine<'_> {
    fn drop(&mut self) {
        if let Some(ticket) = self.ticket.take() {
            self.pace.lock().cancel(ticket);
            self.pace.granted.notify_waiters();
        }
    }
}

impl Pace {
    /// A pace keeping `limits`.
    pub fn new(limits: Limits) -> Self {
        Pace {
            schedule: Arc::new(Mutex::new(Schedule::new(limits))),
            granted: Arc::new(tokio::sync::Notify::new()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Schedule> {
        // The schedule stays consistent whatever panicked while holding it.
        self.schedule
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Waits until a message in `lane` may be sent to `chat`.
    pub async fn turn(&self, chat: i64, lane: Lane) {
        // A chat's messages are sent one after the other, so nothing else moves its
        // window meanwhile.
        let ready = self.lock().chat_ready(chat, Instant::now());
        tokio::time::sleep_until(ready).await;
        let mut in_line = InLine {
            pace: self,
            ticket: Some(self.lock().enqueue(lane)),
        };
        let ticket = in_line.ticket.expect("just put in line");
        loop {
            let granted = self.granted.notified();
            tokio::pin!(granted);
            // Registered before looking, so a grant made just after is not missed.
            granted.as_mut().enable();
            let outcome = self.lock().try_grant(ticket, chat, Instant::now());
            match outcome {
                Ok(()) => {
                    in_line.ticket = None;
                    self.granted.notify_waiters();
                    return;
                }
                Err(Some(at)) => {
                    // First in line: its time, unless a more urgent message comes first.
                    tokio::select! {
                        _ = tokio::time::sleep_until(at) => {}
                        _ = granted => {}
                    }
                }
                Err(None) => granted.await,
            }
        }
    }

    /// How many messages wait for a bot-wide turn.
    #[cfg(test)]
    fn waiting(&self) -> usize {
        self.lock().waiting.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits {
        per_sec_overall: 30,
        per_min_group: 20,
    };

    #[test]
    fn the_shares_of_several_processes_never_reach_zero() {
        assert_eq!(Limits::shared(1).per_sec_overall, 28);
        assert_eq!(Limits::shared(1).per_min_group, 20);
        assert_eq!(Limits::shared(3).per_sec_overall, 10);
        assert_eq!(Limits::shared(3).per_min_group, 6);
        assert_eq!(
            Limits::shared(1000),
            Limits {
                per_sec_overall: 1,
                per_min_group: 1
            }
        );
        assert_eq!(Limits::shared(0), Limits::shared(1));
    }

    #[test]
    fn a_message_that_breaks_no_limit_leaves_at_once() {
        let mut s = Schedule::new(LIMITS);
        let now = Instant::now();
        let t = s.enqueue(Lane::Reply);
        assert_eq!(s.try_grant(t, 1, now), Ok(()));
        // Another chat, later than the spacing: at once too.
        let later = now + Duration::from_millis(40);
        let t = s.enqueue(Lane::Bulk);
        assert_eq!(s.try_grant(t, 2, later), Ok(()));
    }

    #[test]
    fn the_bot_wide_limit_spaces_messages_evenly() {
        let mut s = Schedule::new(LIMITS);
        let now = Instant::now();
        let first = s.enqueue(Lane::Bulk);
        assert_eq!(s.try_grant(first, 1, now), Ok(()));
        let second = s.enqueue(Lane::Bulk);
        let every = Duration::from_secs(1) / 30;
        assert_eq!(s.try_grant(second, 2, now), Err(Some(now + every)));
        assert_eq!(s.try_grant(second, 2, now + every), Ok(()));
    }

    #[test]
    fn a_more_urgent_message_takes_the_next_turn() {
        let mut s = Schedule::new(LIMITS);
        let now = Instant::now();
        let copies: Vec<_> = (0..5).map(|_| s.enqueue(Lane::Bulk)).collect();
        assert_eq!(s.try_grant(copies[0], 10, now), Ok(()));
        let reply = s.enqueue(Lane::Reply);
        let next = now + Duration::from_secs(1) / 30;
        // The broadcast's next copy, though older, steps aside.
        assert_eq!(s.try_grant(copies[1], 11, next), Err(None));
        assert_eq!(s.try_grant(reply, 1, next), Ok(()));
        assert!(s.try_grant(copies[1], 11, next).is_err());
        assert_eq!(
            s.try_grant(copies[1], 11, next + Duration::from_secs(1)),
            Ok(())
        );
    }

    #[test]
    fn a_private_chat_gets_a_short_burst_then_one_a_second() {
        let mut s = Schedule::new(LIMITS);
        let mut now = Instant::now();
        for _ in 0..CHAT_BURST {
            assert_eq!(s.chat_ready(7, now), now);
            let t = s.enqueue(Lane::Reply);
            assert_eq!(s.try_grant(t, 7, now), Ok(()));
            now += Duration::from_millis(100);
        }
        let ready = s.chat_ready(7, now);
        assert!(ready > now, "a fourth message within the window waits");
        // Never more than the allowance in any window.
        assert!(ready.duration_since(now) <= CHAT_WINDOW);
        // Other chats are not held up.
        assert_eq!(s.chat_ready(8, now), now);
    }

    #[test]
    fn a_group_gets_twenty_a_minute() {
        let mut s = Schedule::new(LIMITS);
        let start = Instant::now();
        let mut now = start;
        for _ in 0..20 {
            now = s.chat_ready(-100, now).max(now);
            let t = s.enqueue(Lane::Notice);
            assert_eq!(s.try_grant(t, -100, now), Ok(()));
            now += Duration::from_millis(50);
        }
        assert_eq!(s.chat_ready(-100, now), start + GROUP_WINDOW);
    }

    #[tokio::test(start_paused = true)]
    async fn an_abandoned_message_never_holds_up_the_others() {
        let pace = Pace::new(LIMITS);
        pace.turn(1, Lane::Bulk).await;
        // Waits for the next turn, then is dropped while first in line.
        let abandoned = tokio::time::timeout(Duration::from_millis(1), pace.turn(2, Lane::Reply));
        assert!(abandoned.await.is_err());
        assert_eq!(pace.waiting(), 0);
        tokio::time::timeout(Duration::from_millis(100), pace.turn(3, Lane::Bulk))
            .await
            .expect("the next message gets its turn");
    }

    #[tokio::test(start_paused = true)]
    async fn urgent_messages_pass_a_queue_of_copies() {
        let pace = Pace::new(LIMITS);
        let order = Arc::new(Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        for n in 0..10i64 {
            let (pace, order) = (pace.clone(), order.clone());
            tasks.push(tokio::spawn(async move {
                pace.turn(100 + n, Lane::Bulk).await;
                order.lock().unwrap().push(n);
            }));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        let started = Instant::now();
        pace.turn(1, Lane::Reply).await;
        let waited = started.elapsed();
        order.lock().unwrap().push(-1);
        for t in tasks {
            t.await.unwrap();
        }
        let order = order.lock().unwrap().clone();
        let at = order.iter().position(|&n| n == -1).unwrap();
        assert!(at <= 3, "the reply went out after {at} copies: {order:?}");
        assert!(waited <= Duration::from_secs(1) / 30, "waited {waited:?}");
    }
}

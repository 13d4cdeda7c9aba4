//! Telegram's rate limits kept by making each message wait for its turn, the most urgent
//! first, with no fixed tick: a message that breaks no limit leaves at once.
//!
//! The limits (Bot API FAQ): about 30 messages a second for the whole bot, about one a
//! second in one chat (short bursts are tolerated), 20 a minute in one group. For the whole
//! bot, no more than the share in any one second; notices and broadcast copies are also
//! spaced evenly, so that a long run of them never reaches Telegram in bursts that network
//! jitter could push over the limit, and so that a reply never finds a second's worth of
//! turns just taken. Replies may go together (twenty people answered at once). One private
//! chat has a bucket of three messages that refills at one a second; a group, a sliding
//! minute. A message waiting for a bot-wide turn lets any more urgent one go first.
//!
//! [`Schedule`] is the decision alone (no clock, no waiting), tested on its own; [`Pace`]
//! waits for it.

use crate::core::Lane;
use std::collections::{BTreeSet, HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::Instant;

/// How many messages one private chat may receive at once; then one a second.
const CHAT_BURST: f64 = 3.0;
/// The window of the group limit.
const GROUP_WINDOW: Duration = Duration::from_secs(60);
/// The window of the bot-wide limit.
const SECOND: Duration = Duration::from_secs(1);

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

/// What one chat received lately.
#[derive(Debug)]
enum ChatLoad {
    /// A private chat's bucket: messages it may receive now, and when that was counted.
    Bucket(f64, Instant),
    /// A group's sending times within the last minute, oldest first.
    Window(VecDeque<Instant>),
}

/// Who may send when: the state behind [`Pace`], with the time given by the caller.
#[derive(Debug)]
pub struct Schedule {
    per_sec: usize,
    every: Duration,
    per_min_group: usize,
    /// The bot-wide turns of the last second, oldest first.
    last_second: VecDeque<Instant>,
    recent: HashMap<i64, ChatLoad>,
    /// Messages whose chat allows them, waiting for a bot-wide turn.
    waiting: BTreeSet<Ticket>,
    issued: u64,
    granted: u64,
}

impl Schedule {
    /// A schedule keeping `limits`.
    pub fn new(limits: Limits) -> Self {
        Schedule {
            per_sec: limits.per_sec_overall.max(1) as usize,
            every: SECOND / limits.per_sec_overall.max(1),
            per_min_group: limits.per_min_group.max(1) as usize,
            last_second: VecDeque::new(),
            recent: HashMap::new(),
            waiting: BTreeSet::new(),
            issued: 0,
            granted: 0,
        }
    }

    /// When `chat` may next receive a message, as far as its own limit goes (`now` when
    /// it may at once). Private chats have positive ids, groups negative ones.
    pub fn chat_ready(&self, chat: i64, now: Instant) -> Instant {
        match self.recent.get(&chat) {
            Some(ChatLoad::Bucket(tokens, at)) => {
                let tokens = refill(*tokens, *at, now);
                if tokens >= 1.0 {
                    now
                } else {
                    now + Duration::from_secs_f64(1.0 - tokens)
                }
            }
            Some(ChatLoad::Window(sent)) if sent.len() >= self.per_min_group => {
                (sent[sent.len() - self.per_min_group] + GROUP_WINDOW).max(now)
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
    /// first in line (most urgent lane, then first come) and the bot-wide limit allows;
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
        while self
            .last_second
            .front()
            .is_some_and(|t| now.duration_since(*t) >= SECOND)
        {
            self.last_second.pop_front();
        }
        let mut at = match self.last_second.front() {
            Some(oldest) if self.last_second.len() >= self.per_sec => *oldest + SECOND,
            _ => now,
        };
        if ticket.0 != Lane::Reply
            && let Some(last) = self.last_second.back()
        {
            at = at.max(*last + self.every);
        }
        if at > now {
            return Err(Some(at));
        }
        self.waiting.remove(&ticket);
        self.last_second.push_back(now);
        match self.recent.entry(chat).or_insert_with(|| {
            if chat < 0 {
                ChatLoad::Window(VecDeque::new())
            } else {
                ChatLoad::Bucket(CHAT_BURST, now)
            }
        }) {
            ChatLoad::Bucket(tokens, at) => {
                *tokens = (refill(*tokens, *at, now) - 1.0).max(0.0);
                *at = now;
            }
            ChatLoad::Window(sent) => {
                sent.push_back(now);
                while sent.len() > self.per_min_group {
                    sent.pop_front();
                }
            }
        }
        self.granted += 1;
        if self.granted.is_multiple_of(1024) {
            // Forgets chats whose limit remembers nothing any more.
            self.recent.retain(|_, load| match load {
                ChatLoad::Bucket(tokens, at) => refill(*tokens, *at, now) < CHAT_BURST,
                ChatLoad::Window(sent) => sent
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < GROUP_WINDOW),
            });
        }
        Ok(())
    }
}

/// A private chat's bucket `tokens` counted at `at`, refilled at one a second until `now`.
fn refill(tokens: f64, at: Instant, now: Instant) -> f64 {
    (tokens + now.duration_since(at).as_secs_f64()).min(CHAT_BURST)
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

    fn every() -> Duration {
        SECOND / 30
    }

    /// Grants `ticket` as soon as the schedule allows from `now`; returns when.
    fn grant_when_allowed(s: &mut Schedule, ticket: Ticket, chat: i64, now: Instant) -> Instant {
        match s.try_grant(ticket, chat, now) {
            Ok(()) => now,
            Err(Some(at)) => {
                assert_eq!(s.try_grant(ticket, chat, at), Ok(()));
                at
            }
            Err(None) => panic!("not first in line"),
        }
    }

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
        let later = now + Duration::from_millis(40);
        let t = s.enqueue(Lane::Bulk);
        assert_eq!(s.try_grant(t, 2, later), Ok(()));
    }

    #[test]
    fn replies_go_together_within_the_second_s_share() {
        let mut s = Schedule::new(LIMITS);
        let now = Instant::now();
        for chat in 0..30 {
            let t = s.enqueue(Lane::Reply);
            assert_eq!(s.try_grant(t, chat, now), Ok(()), "reply {chat}");
        }
        // The 31st waits for the first to leave the second.
        let t = s.enqueue(Lane::Reply);
        assert_eq!(s.try_grant(t, 99, now), Err(Some(now + SECOND)));
        assert_eq!(s.try_grant(t, 99, now + SECOND), Ok(()));
    }

    #[test]
    fn notices_and_copies_are_spaced_evenly() {
        let mut s = Schedule::new(LIMITS);
        let now = Instant::now();
        for lane in [Lane::Notice, Lane::Bulk] {
            let first = s.enqueue(lane);
            let at = grant_when_allowed(&mut s, first, 1, now);
            let second = s.enqueue(lane);
            assert_eq!(s.try_grant(second, 2, at), Err(Some(at + every())));
            assert_eq!(s.try_grant(second, 2, at + every()), Ok(()));
        }
    }

    #[test]
    fn never_more_than_the_share_in_any_second() {
        let mut s = Schedule::new(LIMITS);
        let start = Instant::now();
        let mut granted = Vec::new();
        let mut now = start;
        // Replies and copies mixed, asking every 5 ms for three seconds.
        for n in 0..600i64 {
            let lane = if n % 3 == 0 { Lane::Reply } else { Lane::Bulk };
            let t = s.enqueue(lane);
            if s.try_grant(t, n, now).is_ok() {
                granted.push(now);
            } else {
                s.cancel(t);
            }
            now += Duration::from_millis(5);
        }
        for (i, t) in granted.iter().enumerate() {
            let within = granted[i..]
                .iter()
                .take_while(|u| u.duration_since(*t) < SECOND);
            assert!(
                within.count() <= 30,
                "more than 30 in the second from {t:?}"
            );
        }
        assert!(
            granted.len() >= 80,
            "only {} in three seconds",
            granted.len()
        );
    }

    #[test]
    fn a_more_urgent_message_takes_the_next_turn() {
        let mut s = Schedule::new(LIMITS);
        let now = Instant::now();
        let copies: Vec<_> = (0..5).map(|_| s.enqueue(Lane::Bulk)).collect();
        assert_eq!(s.try_grant(copies[0], 10, now), Ok(()));
        let reply = s.enqueue(Lane::Reply);
        let next = now + every();
        // The broadcast's next copy, though older, steps aside; the reply needs no
        // spacing, and the copy keeps its spacing from the reply.
        assert_eq!(s.try_grant(copies[1], 11, next), Err(None));
        assert_eq!(s.try_grant(reply, 1, now), Ok(()));
        assert_eq!(s.try_grant(copies[1], 11, next), Ok(()));
    }

    #[test]
    fn a_private_chat_gets_a_short_burst_then_one_a_second() {
        let mut s = Schedule::new(LIMITS);
        let start = Instant::now();
        let mut now = start;
        for _ in 0..3 {
            assert_eq!(s.chat_ready(7, now), now);
            let t = s.enqueue(Lane::Reply);
            assert_eq!(s.try_grant(t, 7, now), Ok(()));
            now += Duration::from_millis(100);
        }
        // 0.3 refilled since the first: the fourth waits until a whole message is back.
        let ready = s.chat_ready(7, now);
        assert_eq!(ready, start + SECOND);
        let t = s.enqueue(Lane::Reply);
        assert_eq!(s.try_grant(t, 7, ready), Ok(()));
        // Then one a second.
        assert_eq!(s.chat_ready(7, ready), ready + SECOND);
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
            let at = grant_when_allowed(&mut s, t, -100, now);
            now = at + Duration::from_millis(50);
        }
        assert_eq!(s.chat_ready(-100, now), start + GROUP_WINDOW);
    }

    #[tokio::test(start_paused = true)]
    async fn an_abandoned_message_never_holds_up_the_others() {
        let pace = Pace::new(LIMITS);
        pace.turn(1, Lane::Bulk).await;
        // Waits for the next turn, then is dropped while first in line.
        let abandoned = tokio::time::timeout(Duration::from_millis(1), pace.turn(2, Lane::Notice));
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
        assert!(waited < every(), "waited {waited:?}");
    }
}

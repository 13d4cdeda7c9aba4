//! Sending the outbox: one or several senders per platform, each person's messages in
//! order, moderation actions carried out once.

use super::engine::{Engine, EngineError};
use super::jobs::MAINTENANCE_EVERY;
use crate::core::message::{Lane, Outgoing, Platform};
use crate::core::{ModerationError, SendError, Transport};
use crate::store::StoreError;
use std::sync::Arc;
use tokio::sync::watch;

/// How many outbox messages a sender claims at a time when it sends them one by one (well
/// within the lease). A transport that sends several at once claims as many as it has
/// free slots.
const DELIVERY_BATCH: i64 = 16;

/// How often a delivery loop proves it is alive and looks for dead senders' claims.
const HEARTBEAT_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

/// A sender silent for this long (seconds) is taken for dead: its claims go to the others.
const SENDER_SILENCE_SECS: i64 = 10;

/// A sender that could not prove it is alive for this long stops sending what it claimed
/// (the others will soon take it over), so a message is not sent by two processes.
const SENDER_DOUBT: std::time::Duration = std::time::Duration::from_secs(5);

/// A delivery loop's standing as one of possibly several senders of a platform.
#[derive(Debug)]
struct Sending {
    id: crate::store::SenderId,
    /// True while the loop could not prove it is alive for a while: others may be taking
    /// over its claims.
    in_doubt: std::sync::atomic::AtomicBool,
    /// How many times others found it dead and took its claims.
    losses: std::sync::atomic::AtomicU64,
}

impl Sending {
    fn in_doubt(&self) -> bool {
        self.in_doubt.load(std::sync::atomic::Ordering::Acquire)
    }

    fn losses(&self) -> u64 {
        self.losses.load(std::sync::atomic::Ordering::Acquire)
    }
}

/// One in so many of a transport's in-flight slots is kept from broadcast copies.
const BULK_SHARE: usize = 4;

/// A claim under way in [`Engine::deliver_in_parallel`].
struct Claiming<F> {
    claim: std::pin::Pin<Box<F>>,
    /// How many free slots it fills.
    asked: usize,
    /// Whether a run ended since it was asked: a short claim then proves nothing.
    stale: bool,
    /// The queue's version (see [`Engine::outbox_changes`]) when it was asked.
    version: u64,
}

/// How a run of [`Engine::deliver_in_parallel`] ended.
struct RunDone {
    /// Whether it sent broadcast copies (it held a broadcast slot).
    bulk: bool,
    end: Result<(usize, RunEnd), EngineError>,
    /// Whether its claim was cut short by the free slots.
    cut: bool,
    /// The queue's version when its claim was asked.
    claimed_at: u64,
}

/// Messages claimed to be sent one after the other.
struct Run<'a> {
    /// In the order to send them.
    entries: Vec<crate::store::OutboxEntry>,
    /// Watched while broadcast copies are sent: a change (something queued) cuts the run
    /// short, so the more urgent message is claimed next.
    yield_to: Option<&'a watch::Receiver<u64>>,
    /// Where to note the messages sent, for the next claim to remove (`None`: each is
    /// removed at once).
    done: Option<&'a std::sync::Mutex<Vec<i64>>>,
}

/// How a run of messages to one recipient ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RunEnd {
    /// Every message was dealt with.
    Done,
    /// The platform was busy or the claims are in doubt: no more sending for now.
    Stopped,
}

/// Splits a claimed batch (in queue order) into one run per recipient, each in queue
/// order, the runs ordered by their first message.
fn runs_per_recipient(
    batch: Vec<crate::store::OutboxEntry>,
) -> Vec<Vec<crate::store::OutboxEntry>> {
    let mut runs: Vec<Vec<crate::store::OutboxEntry>> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for entry in batch {
        let key = entry.message.chat_or_user().to_owned();
        match index.get(&key) {
            Some(&i) => runs[i].push(entry),
            None => {
                index.insert(key, runs.len());
                runs.push(vec![entry]);
            }
        }
    }
    runs
}

impl Engine {
    /// An adapter's delivery loop: sends the outbox of the transport's platform until
    /// `shutdown` turns true, waking as soon as messages are queued (and every second, for
    /// retries and other processes' messages), with [`Engine::maintenance`] every ten minutes.
    ///
    /// On PostgreSQL several processes may run this loop for the same platform: each
    /// registers as a sender, proves it is alive every two seconds, and takes over the
    /// claims of a sender silent for ten seconds (see [`Store::take_over_claims`]). SQLite
    /// serves one process: it sends alone, and what an earlier process left claimed (killed
    /// mid-send) is due again at the start.
    pub async fn deliver_until<T>(&self, transport: &T, mut shutdown: watch::Receiver<bool>)
    where
        T: Transport,
    {
        let platform = transport.platform();
        let sending = self.start_sending(platform, &shutdown).await;
        let listener = tokio::spawn(self.clone().listen(platform, shutdown.clone()));
        // Beside delivery, so that a long broadcast never holds up reminders and the end
        // of timed sanctions.
        let jobs = tokio::spawn(self.clone().run_jobs_until(shutdown.clone()));
        let mut changes = self.outbox_changes();
        // Woken because something was queued: no need to look whether anything is due
        // before claiming (at the start, an earlier process may have left messages).
        let mut queued = true;
        loop {
            let sending = sending.as_ref().map(|(s, _)| s.as_ref());
            if !sending.is_some_and(Sending::in_doubt)
                && let Err(e) = self
                    .deliver_as(transport, sending, Some(&shutdown), !queued)
                    .await
            {
                tracing::error!(error = %e, platform = %platform, "delivery failed");
            }
            if *shutdown.borrow() {
                break;
            }
            queued = tokio::select! {
                _ = changes.changed() => true,
                _ = tokio::time::sleep(std::time::Duration::from_secs(1)) => false,
                _ = shutdown.changed() => false,
            };
        }
        jobs.abort();
        listener.abort();
        if let Some((sending, heartbeat)) = sending {
            heartbeat.abort();
            if let Err(e) = self.store().retire_sender(&sending.id).await {
                tracing::warn!(error = %e, "could not hand back claims at shutdown");
            }
        }
    }

    /// Where several processes may send (PostgreSQL): this loop's name as a sender, with
    /// the task proving it alive. Alone (SQLite): none; an earlier process's claims are
    /// released instead. Heartbeats there would be three writes every two seconds for no
    /// one to read, and each write is followed by a checkpoint.
    async fn start_sending(
        &self,
        platform: Platform,
        shutdown: &watch::Receiver<bool>,
    ) -> Option<(Arc<Sending>, tokio::task::JoinHandle<()>)> {
        if self.store().backend() == crate::store::Backend::Sqlite {
            match self.store().release_claims(platform).await {
                Ok(0) => {}
                Ok(n) => {
                    tracing::info!(messages = n, platform = %platform, "messages an earlier process had claimed are due again")
                }
                Err(e) => {
                    tracing::warn!(error = %e, "could not release an earlier process's claims")
                }
            }
            return None;
        }
        let sending = Arc::new(Sending {
            id: crate::store::SenderId::random(),
            in_doubt: std::sync::atomic::AtomicBool::new(false),
            losses: std::sync::atomic::AtomicU64::new(0),
        });
        if let Err(e) = self.store().register_sender(&sending.id, platform).await {
            tracing::warn!(error = %e, "could not register as a sender");
        }
        let heartbeat = tokio::spawn(self.clone().heartbeat(
            platform,
            Arc::clone(&sending),
            shutdown.clone(),
        ));
        Some((sending, heartbeat))
    }

    /// Runs [`Engine::maintenance`] every ten minutes and each feature's timed job at its
    /// period, until `shutdown`.
    async fn run_jobs_until(self, mut shutdown: watch::Receiver<bool>) {
        let mut last_maintenance: Option<std::time::Instant> = None;
        // When each feature's job last ran, in the order of `super::jobs()`.
        let mut last_runs: Vec<Option<std::time::Instant>> = super::jobs().map(|_| None).collect();
        loop {
            if last_maintenance.is_none_or(|t| t.elapsed() > MAINTENANCE_EVERY) {
                if let Err(e) = self.maintenance().await {
                    tracing::warn!(error = %e, "maintenance failed");
                }
                last_maintenance = Some(std::time::Instant::now());
            }
            for (job, last) in super::jobs().zip(last_runs.iter_mut()) {
                if last.is_none_or(|t| t.elapsed() > job.every) {
                    if let Err(e) = self.run_job(job, crate::store::now()).await {
                        tracing::warn!(error = %e, job = job.name, "timed job failed");
                    }
                    *last = Some(std::time::Instant::now());
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(std::time::Duration::from_secs(1)) => {}
                _ = shutdown.wait_for(|stop| *stop) => return,
            }
        }
    }

    /// Wakes this process's delivery loops for `platform` whenever any process commits
    /// messages for it (PostgreSQL's `LISTEN`), until `shutdown`; on SQLite there is
    /// nothing to listen to (one process writes, and wakes its loops itself).
    async fn listen(self, platform: Platform, mut shutdown: watch::Receiver<bool>) {
        let mut listener = None;
        loop {
            if listener.is_none() {
                match self.store().outbox_listener(platform).await {
                    Ok(Some(made)) => listener = Some(made),
                    Ok(None) => return,
                    Err(e) => tracing::warn!(error = %e, "could not listen for queued messages"),
                }
            }
            let heard = tokio::select! {
                heard = async {
                    match listener.as_mut() {
                        Some(l) => l.queued().await,
                        // Not connected: the one-second poll sends meanwhile; try again later.
                        None => {
                            tokio::time::sleep(HEARTBEAT_EVERY).await;
                            Ok(false)
                        }
                    }
                } => heard,
                _ = shutdown.wait_for(|stop| *stop) => return,
            };
            match heard {
                Ok(true) => self
                    .inner
                    .outbox_version
                    .send_modify(|v| *v = v.wrapping_add(1)),
                Ok(false) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "lost the queued-messages listener");
                    listener = None;
                }
            }
        }
    }

    /// Proves every [`HEARTBEAT_EVERY`] that `sending` is alive and takes over dead senders'
    /// claims, until `shutdown`.
    async fn heartbeat(
        self,
        platform: Platform,
        sending: Arc<Sending>,
        mut shutdown: watch::Receiver<bool>,
    ) {
        use std::sync::atomic::Ordering;
        let mut proven = std::time::Instant::now();
        loop {
            match self.store().sender_alive(&sending.id, platform).await {
                Ok(alive) => {
                    if !alive {
                        // Found dead by another process: what this one holds is being sent
                        // by others. It is registered again and claims afresh.
                        tracing::warn!(platform = %platform, "this sender was taken for dead; its claims went to others");
                        sending.losses.fetch_add(1, Ordering::AcqRel);
                    }
                    proven = std::time::Instant::now();
                    sending.in_doubt.store(false, Ordering::Release);
                }
                Err(e) => {
                    tracing::warn!(error = %e, "could not prove this sender alive");
                    if proven.elapsed() > SENDER_DOUBT {
                        sending.in_doubt.store(true, Ordering::Release);
                    }
                }
            }
            match self
                .store()
                .take_over_claims(platform, SENDER_SILENCE_SECS)
                .await
            {
                Ok(0) => {}
                Ok(n) => {
                    tracing::info!(messages = n, platform = %platform, "took over a silent sender's messages");
                    self.inner.outbox_version.send_modify(|v| *v += 1);
                }
                Err(e) => tracing::warn!(error = %e, "could not look for silent senders"),
            }
            tokio::select! {
                _ = tokio::time::sleep(HEARTBEAT_EVERY) => {}
                _ = shutdown.wait_for(|stop| *stop) => return,
            }
        }
    }

    /// A random prefix kept with the database, so that outbox keys (row numbers) never
    /// repeat a key a platform saw from an earlier database with the same bot account.
    async fn delivery_prefix(&self) -> Result<&str, EngineError> {
        const KEY: &str = "outbox.key_prefix";
        let prefix = self
            .inner
            .delivery_prefix
            .get_or_try_init(|| async {
                if let Some(known) = self.store().adapter_state(KEY).await? {
                    return Ok::<_, StoreError>(known);
                }
                let made = crate::store::unique_token("pb");
                self.store().set_adapter_state(KEY, &made).await?;
                Ok(made)
            })
            .await?;
        Ok(prefix)
    }

    /// Carries out a queued moderation action. A passing failure is retried like a message;
    /// any other failure is final, and the coordinator who asked is told why.
    async fn carry_out<T>(
        &self,
        transport: &T,
        message: &Outgoing,
        order: &crate::core::ModerationOrder,
    ) -> Result<Result<(), SendError>, EngineError>
    where
        T: Transport,
    {
        let Some(chat) = &message.chat else {
            return Ok(Err(SendError::Rejected));
        };
        let error = match transport.moderate(chat, &order.action).await {
            Ok(()) => return Ok(Ok(())),
            Err(ModerationError::Unavailable) => {
                return Ok(Err(SendError::Retry {
                    after: std::time::Duration::from_secs(5),
                }));
            }
            Err(error) => error,
        };
        tracing::warn!(error = %error, platform = %message.platform, "moderation action not carried out");
        if order.tell_on_failure {
            let why = match error {
                ModerationError::MissingRight => "moderation-failed-rights",
                ModerationError::Protected => "moderation-failed-protected",
                ModerationError::NotFound => "moderation-failed-gone",
                _ => "moderation-failed-unsupported",
            };
            let mut tx = self.store().begin().await?;
            let lang = self
                .services()
                .lang_of(&mut tx, message.platform, &message.user)
                .await?;
            let text = format!(
                "{}\n{}",
                self.i18n().text(lang, "moderation-failed"),
                self.i18n().text(lang, why)
            );
            let notice = Outgoing::private(message.platform, message.user.clone(), text);
            self.queue_and_commit(tx, std::slice::from_ref(&notice))
                .await?;
        }
        // Done with: retrying cannot help, and the outbox row must not block later ones.
        Ok(Ok(()))
    }

    /// Sends every due outbox message of the transport's platform, in order, as its only
    /// sender (the console, tests; adapters use [`Engine::deliver_until`]); returns how many
    /// were sent. Stops at the first passing failure, which is retried later.
    pub async fn deliver<T>(&self, transport: &T) -> Result<usize, EngineError>
    where
        T: Transport,
    {
        self.deliver_as(transport, None, None, true).await
    }

    /// [`Engine::deliver`] in the name of `sending` when there may be other senders: it
    /// stops, leaving the rest of its claims, as soon as it is no longer sure they are its
    /// own. Once `shutdown` turns true it sends replies and notices only: broadcast copies
    /// wait in the outbox for the next start rather than hold up the stop for minutes.
    /// With `probe`, it first reads whether anything is due ([`Store::anything_due`]), so an
    /// idle poll does not write; a transport sending one message at a time always reads
    /// first ([`Store::claim_outbox`]).
    async fn deliver_as<T>(
        &self,
        transport: &T,
        sending: Option<&Sending>,
        shutdown: Option<&watch::Receiver<bool>>,
        probe: bool,
    ) -> Result<usize, EngineError>
    where
        T: Transport,
    {
        let up_to = || {
            if shutdown.is_some_and(|s| *s.borrow()) {
                Lane::Notice
            } else {
                Lane::Bulk
            }
        };
        if transport.max_in_flight() <= 1 {
            self.deliver_in_order(transport, sending, &up_to).await
        } else {
            self.deliver_in_parallel(transport, sending, &up_to, probe)
                .await
        }
    }

    /// Sends one message at a time, in the order claimed (the most urgent lane first). A
    /// run of broadcast copies is cut short when anything else is queued meanwhile.
    async fn deliver_in_order<T>(
        &self,
        transport: &T,
        sending: Option<&Sending>,
        up_to: &(dyn Fn() -> Lane + Sync),
    ) -> Result<usize, EngineError>
    where
        T: Transport,
    {
        let busy = std::sync::atomic::AtomicBool::new(false);
        let mut changes = self.outbox_changes();
        let mut sent = 0;
        loop {
            let batch = self
                .store()
                .claim_outbox(
                    transport.platform(),
                    sending.map(|s| &s.id),
                    DELIVERY_BATCH,
                    up_to(),
                )
                .await?;
            if batch.is_empty() {
                return Ok(sent);
            }
            changes.mark_unchanged();
            let losses = sending.map(Sending::losses);
            let run = Run {
                entries: batch,
                yield_to: Some(&changes),
                done: None,
            };
            let (n, end) = self
                .send_run(transport, run, sending, losses, &busy)
                .await?;
            sent += n;
            if end == RunEnd::Stopped {
                return Ok(sent);
            }
        }
    }

    /// Sends to up to [`Transport::max_in_flight`] people or chats at once, each person's
    /// messages in order, claiming more as soon as a slot is free or something is queued:
    /// a slow call holds up only its own chat. Broadcast copies never take the last
    /// quarter of the slots (see [`BULK_SHARE`]), which stay free for replies and notices.
    async fn deliver_in_parallel<T>(
        &self,
        transport: &T,
        sending: Option<&Sending>,
        up_to: &(dyn Fn() -> Lane + Sync),
        mut probe: bool,
    ) -> Result<usize, EngineError>
    where
        T: Transport,
    {
        use futures_util::StreamExt;
        let parallel = transport.max_in_flight();
        let bulk_slots = (parallel - parallel / BULK_SHARE).max(1);
        let losses = sending.map(Sending::losses);
        // Set by the first run the platform finds busy: the others stop too, rather than
        // keep asking while it says to wait.
        let busy = std::sync::atomic::AtomicBool::new(false);
        let busy = &busy;
        let mut changes = self.outbox_changes();
        changes.mark_unchanged();
        // Sent since the last claim, removed by the next one (see
        // [`Store::claim_outbox_after`]), and by a last one with nothing to take at the end.
        let done = std::sync::Mutex::new(Vec::new());
        let done = &done;
        // Several processes share PostgreSQL: a process killed between a send and the
        // claim that would have recorded it leaves the message to be sent again by the
        // one that takes its claims over. There each sent message is removed at once
        // (PostgreSQL takes the extra write in parallel), so only a message in flight at
        // the kill can be repeated. SQLite, with one writer and one process, keeps the
        // removal for the next claim.
        let deferred = (self.store().backend() == crate::store::Backend::Sqlite).then_some(done);
        let platform = transport.platform();
        let flush = async || {
            let sent = std::mem::take(&mut *done.lock().expect("sent list"));
            if !sent.is_empty() {
                self.store().outbox_sent_all(&sent).await?;
            }
            Ok::<_, EngineError>(())
        };
        let mut running = futures_util::stream::FuturesUnordered::new();
        let mut bulk_running = 0;
        let mut sent = 0;
        let mut failure = None;
        // The last claim took everything it could: no use claiming again before something
        // is queued or a run ends that may have held something back (see below).
        let mut exhausted = false;
        let mut stop = false;
        // The claim under way (see [`Claiming`]). It is awaited alongside
        // the runs, never alone: a run left unpolled could hold SQLite's writer turn or a
        // pooled connection that the claim itself waits for (seen: ten-second stalls).
        // Never dropped before it ends, or what it claimed would wait for its lease.
        let mut claiming = None;
        loop {
            let free = parallel - running.len();
            if claiming.is_none() && !stop && !exhausted && free > 0 {
                let up_to = if bulk_running < bulk_slots {
                    up_to()
                } else {
                    Lane::Notice
                };
                let sent = std::mem::take(&mut *done.lock().expect("sent list"));
                let version = *changes.borrow();
                // Only the first claim of an idle poll looks first; later ones follow a
                // send or something queued.
                let look_first = std::mem::take(&mut probe) && sent.is_empty();
                let claim = async move {
                    if look_first && !self.store().anything_due(platform).await? {
                        return Ok(Vec::new());
                    }
                    let claimed = self
                        .store()
                        .claim_outbox_after(
                            &sent,
                            platform,
                            sending.map(|s| &s.id),
                            free as i64,
                            up_to,
                        )
                        .await;
                    if claimed.is_err() {
                        // Still to remove (sending them again would repeat them).
                        done.lock().expect("sent list").extend(sent);
                    }
                    claimed
                };
                claiming = Some(Claiming {
                    claim: Box::pin(claim),
                    asked: free,
                    stale: false,
                    version,
                });
            }
            if claiming.is_none() && running.is_empty() {
                if stop || exhausted {
                    let flushed = flush().await;
                    return match failure {
                        Some(e) => Err(e),
                        None => flushed.map(|()| sent),
                    };
                }
                continue;
            }
            tokio::select! {
                claimed = async { (&mut claiming.as_mut().expect("checked").claim).await },
                    if claiming.is_some() =>
                {
                    let Claiming {
                        asked,
                        stale,
                        version,
                        ..
                    } = claiming.take().expect("checked");
                    let batch = claimed.unwrap_or_else(|e| {
                        failure.get_or_insert(e.into());
                        stop = true;
                        Vec::new()
                    });
                    // A run that ended meanwhile may have made more claimable (its person's
                    // next message, a bulk slot): a short claim then proves nothing.
                    exhausted = !stale && batch.len() < asked;
                    // Cut short by the free slots: a person's later messages may be left.
                    let cut = batch.len() >= asked;
                    for entries in runs_per_recipient(batch) {
                        // A person's messages are never in a less urgent lane than their
                        // later ones, so the first tells the run's lane.
                        let bulk = entries[0].lane == Lane::Bulk;
                        bulk_running += usize::from(bulk);
                        let run = Run {
                            entries,
                            yield_to: None,
                            done: deferred,
                        };
                        running.push(async move {
                            let end = self.send_run(transport, run, sending, losses, busy).await;
                            RunDone {
                                bulk,
                                end,
                                cut,
                                claimed_at: version,
                            }
                        });
                    }
                }
                Some(RunDone { bulk, end, cut, claimed_at }) = running.next(),
                    if !running.is_empty() =>
                {
                    bulk_running -= usize::from(bulk);
                    // A claim again only when this run may have held something back: a
                    // broadcast slot it frees, its person's messages its claim left (cut
                    // short) or queued since (a person's messages wait for their earlier
                    // ones). Otherwise a claim would find what the last one found: at a
                    // reply at a time, that was one write of four statements per reply.
                    if bulk || cut || *changes.borrow() != claimed_at {
                        exhausted = false;
                        if let Some(claim) = claiming.as_mut() {
                            claim.stale = true;
                        }
                    }
                    match end {
                        Ok((n, end)) => {
                            sent += n;
                            stop |= end == RunEnd::Stopped;
                        }
                        Err(e) => {
                            failure.get_or_insert(e);
                            stop = true;
                        }
                    }
                }
                Ok(()) = changes.changed(), if !stop && claiming.is_none() => exhausted = false,
            }
        }
    }

    /// Sends `run` one message after the other; stops at a passing failure (retried later,
    /// the rest handed back, `busy` set), when another run set `busy` (the rest handed
    /// back), or when the claims are in doubt; hands back the rest of a broadcast when
    /// something was queued meanwhile. Returns how many were sent.
    async fn send_run<T>(
        &self,
        transport: &T,
        run: Run<'_>,
        sending: Option<&Sending>,
        losses: Option<u64>,
        busy: &std::sync::atomic::AtomicBool,
    ) -> Result<(usize, RunEnd), EngineError>
    where
        T: Transport,
    {
        let store = self.store();
        let owner = sending.map(|s| &s.id);
        // Hands back what this run will not send, while it is still this sender's claim:
        // left leased, it would wait for the lease to end even once this sender is sure
        // of itself again.
        let hand_back = async |rest: &[crate::store::OutboxEntry]| {
            for entry in rest {
                store.outbox_release(entry.id, owner).await?;
            }
            Ok::<_, StoreError>(())
        };
        let Run {
            entries: run,
            yield_to,
            done: run_done,
        } = run;
        let mut sent = 0;
        for (i, entry) in run.iter().enumerate() {
            if sending.is_some_and(|s| s.in_doubt() || Some(s.losses()) != losses) {
                tracing::warn!("claims in doubt; sending paused");
                // The database may be what fails: the claims then end with their lease,
                // or go to another sender.
                if let Err(e) = hand_back(&run[i..]).await {
                    tracing::warn!(error = %e, "could not hand back claims in doubt");
                }
                return Ok((sent, RunEnd::Stopped));
            }
            if busy.load(std::sync::atomic::Ordering::Acquire) {
                hand_back(&run[i..]).await?;
                return Ok((sent, RunEnd::Stopped));
            }
            if entry.lane == Lane::Bulk
                && yield_to.is_some_and(|c| c.has_changed().unwrap_or(false))
            {
                // Claimed again at once, the most urgent first.
                hand_back(&run[i..]).await?;
                return Ok((sent, RunEnd::Done));
            }
            let outcome = match &entry.message.moderation {
                Some(order) => self.carry_out(transport, &entry.message, order).await?,
                None => {
                    let key = format!("{}.{}", self.delivery_prefix().await?, entry.id);
                    transport.send_once(&key, entry.lane, &entry.message).await
                }
            };
            match outcome {
                Ok(()) => {
                    match run_done {
                        // Removed by the next claim.
                        Some(done) => done.lock().expect("sent list").push(entry.id),
                        None => store.outbox_sent(entry.id).await?,
                    }
                    self.metrics().sent(entry.message.platform);
                    sent += 1;
                }
                Err(SendError::Retry { after }) => {
                    tracing::warn!(outbox_id = entry.id, "platform busy; will retry");
                    self.metrics().send_failed(entry.message.platform, "retry");
                    busy.store(true, std::sync::atomic::Ordering::Release);
                    store
                        .outbox_retry(entry.id, after.as_secs().max(1) as i64)
                        .await?;
                    hand_back(&run[i + 1..]).await?;
                    return Ok((sent, RunEnd::Stopped));
                }
                Err(SendError::Rejected) => {
                    tracing::warn!(outbox_id = entry.id, "platform refused a message");
                    self.metrics()
                        .send_failed(entry.message.platform, "rejected");
                    store.outbox_failed(entry.id).await?;
                }
            }
        }
        Ok((sent, RunEnd::Done))
    }
}

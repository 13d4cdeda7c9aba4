//! The console adapter: one message per input line, replies on standard output.
//!
//! A line `alice: /definition ETP` comes from `alice`; a line without a prefix comes from the
//! default user. Replies print as `[bot → alice] text` with choices numbered under it, and
//! `alice: 2` picks choice 2. Empty lines and lines starting with `#` are skipped, so scripts
//! can carry comments. Files (exports) are written to a folder and their path printed.
//!
//! Groups: `alice@entraide: bonjour` is a message from `alice` in the group `entraide`;
//! `bob@entraide: >alice /signaler` answers alice's last message there; `[arrivée]` (or
//! `[joined]`) as the whole text says alice joined, and `[média]` (`[media]`) before a text
//! marks a photo or a file. Replies in a group print as `[bot → alice@entraide]`, and the
//! moderation actions the bot asks for print as `[moderation @entraide] …` (recorded, since
//! a terminal has no members to mute).

use crate::app::Engine;
use crate::app::EngineError;
use crate::core::{
    Body, ChatId, ChatKind, Choice, Incoming, ModerationAction, ModerationError, Outgoing,
    Platform, ReplyTo, SendError, Transport, UserId,
};
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::io::{AsyncBufRead, AsyncBufReadExt};

/// How the console runs.
#[derive(Debug, Clone)]
pub struct ConsoleOptions {
    /// Who sends lines without a `name:` prefix.
    pub default_user: String,
    /// The language code the "platform" reports for every console user.
    pub language: Option<String>,
    /// Where files sent to console users are written.
    pub files_dir: PathBuf,
}

/// A console failure (reading input or writing output); message handling errors never
/// stop the console.
#[derive(Debug, thiserror::Error)]
pub enum ConsoleError {
    /// Standard input or output failed.
    #[error("console input/output failed: {0}")]
    Io(#[from] std::io::Error),
    /// The outbox could not be read.
    #[error(transparent)]
    Engine(#[from] EngineError),
}

/// Splits a line into (user, text); `None` for blank and comment lines. The user may carry
/// a group (`alice@entraide`): see [`split_group`].
pub fn parse_line<'a>(line: &'a str, default_user: &'a str) -> Option<(&'a str, &'a str)> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    if let Some((name, rest)) = line.split_once(':')
        && is_sender(name)
        && (rest.is_empty() || rest.starts_with(' '))
    {
        return Some((name, rest.trim()));
    }
    Some((default_user, line))
}

/// `alice@entraide` → (`alice`, Some(`entraide`)); `alice` → (`alice`, None).
pub fn split_group(sender: &str) -> (&str, Option<&str>) {
    match sender.split_once('@') {
        Some((user, group)) => (user, Some(group)),
        None => (sender, None),
    }
}

fn is_sender(name: &str) -> bool {
    match name.split_once('@') {
        Some((user, group)) => is_user_name(user) && is_user_name(group),
        None => is_user_name(name),
    }
}

/// What the console remembers to build group messages: each member's last message id per
/// group, for `>name` replies.
#[derive(Debug, Default)]
struct Groups {
    /// (group, member) → (message id, text), held in memory only.
    last: HashMap<(String, String), (String, String)>,
    next_id: u64,
}

impl Groups {
    /// The message for a line typed by `user` (in `group`, if any).
    fn incoming(&mut self, user: &str, group: Option<&str>, text: &str) -> Incoming {
        let Some(group) = group else {
            return Incoming::private_text(Platform::Console, user, text);
        };
        self.next_id += 1;
        let id = format!("m{}", self.next_id);
        let mut text = text.trim();
        let mut reply_to = None;
        if let Some(rest) = text.strip_prefix('>') {
            let (name, rest) = rest.split_once(' ').unwrap_or((rest, ""));
            if let Some((message, said)) = self.last.get(&(group.to_owned(), name.to_owned())) {
                reply_to = Some(ReplyTo {
                    message: message.clone(),
                    author: Some(UserId(name.to_owned())),
                    author_name: name.to_owned(),
                    text: Some(said.clone()),
                    author_language: None,
                });
                text = rest.trim();
            }
        }
        let mut media = false;
        for tag in ["[média]", "[media]"] {
            if let Some(rest) = text.strip_prefix(tag) {
                media = true;
                text = rest.trim();
            }
        }
        let body = if matches!(text, "[arrivée]" | "[joined]") {
            Body::Joined
        } else {
            self.last.insert(
                (group.to_owned(), user.to_owned()),
                (id.clone(), text.to_owned()),
            );
            Body::Text(text.to_owned())
        };
        Incoming {
            chat: ChatId(group.to_owned()),
            chat_kind: ChatKind::Group,
            body,
            message_id: Some(id),
            reply_to,
            media,
            ..Incoming::private_text(Platform::Console, user, "")
        }
    }
}

fn is_user_name(name: &str) -> bool {
    (1..=32).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// Prints messages for console users.
pub struct ConsoleTransport<W> {
    out: Mutex<W>,
    files_dir: PathBuf,
    files: AtomicU64,
}

impl<W> ConsoleTransport<W>
where
    W: Write + Send,
{
    /// A transport printing to `out` and writing files under `files_dir`.
    pub fn new(out: W, files_dir: PathBuf) -> Self {
        ConsoleTransport {
            out: Mutex::new(out),
            files_dir,
            files: AtomicU64::new(0),
        }
    }

    /// Gives the writer back.
    pub fn into_inner(self) -> W {
        self.out.into_inner().unwrap_or_else(|e| e.into_inner())
    }

    fn render(&self, message: &Outgoing) -> String {
        let to = match &message.chat {
            Some(group) if group.0 != message.user.0 => format!("{}@{}", message.user.0, group.0),
            _ => message.user.0.clone(),
        };
        let mut text = if message.text.is_empty() {
            format!("[bot → {to}]\n")
        } else {
            format!("[bot → {to}] {}\n", message.text)
        };
        for (position, choice) in Choice::positions(&message.choices) {
            match position {
                Some(i) => text.push_str(&format!("  {i}. {}\n", choice.label)),
                None => text.push_str(&format!("  • {}\n", choice.label)),
            }
        }
        if let Some(file) = &message.attachment {
            match self.write_file(message, file) {
                Ok(path) => text.push_str(&format!("  📎 {}\n", path.display())),
                // The text still goes out; a file that cannot be written must not hold back
                // every later message to this person.
                Err(e) => tracing::error!(error = %e, "console could not write a file"),
            }
        }
        text
    }

    fn write_file(
        &self,
        message: &Outgoing,
        file: &crate::core::Attachment,
    ) -> std::io::Result<PathBuf> {
        {
            crate::files::private_dir(&self.files_dir)?;
            let n = self.files.fetch_add(1, Ordering::Relaxed);
            let safe_user: String = message
                .user
                .0
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
                .collect();
            let path = self.files_dir.join(format!(
                "{safe_user}-{}-{n}-{}",
                std::process::id(),
                file.file_name
            ));
            crate::files::write_private(&path, file.content.as_bytes())?;
            Ok(path)
        }
    }
}

impl<W> Transport for ConsoleTransport<W>
where
    W: Write + Send,
{
    fn platform(&self) -> Platform {
        Platform::Console
    }

    async fn send(&self, message: &Outgoing) -> Result<(), SendError> {
        let text = self.render(message);
        self.print(&text).map_err(|_| SendError::Retry {
            after: std::time::Duration::from_secs(1),
        })
    }

    async fn moderate(
        &self,
        chat: &ChatId,
        action: &ModerationAction,
    ) -> Result<(), ModerationError> {
        let until = |until: &Option<i64>| {
            until.map_or_else(String::new, |t| {
                chrono::DateTime::from_timestamp(t, 0)
                    .map(|d| format!(" until {}", d.format("%Y-%m-%d %H:%M UTC")))
                    .unwrap_or_default()
            })
        };
        let line = match action {
            ModerationAction::Ban { user, until: u } => format!("ban {}{}", user.0, until(u)),
            ModerationAction::Unban { user } => format!("unban {}", user.0),
            ModerationAction::Mute { user, until: u } => format!("mute {}{}", user.0, until(u)),
            ModerationAction::Unmute { user } => format!("unmute {}", user.0),
            ModerationAction::Kick { user } => format!("kick {}", user.0),
            ModerationAction::Delete { message } => format!("delete {message}"),
        };
        self.print(&format!("[moderation @{}] {line}\n", chat.0))
            .map_err(|_| ModerationError::Unavailable)
    }
}

impl<W> ConsoleTransport<W>
where
    W: Write + Send,
{
    fn print(&self, text: &str) -> std::io::Result<()> {
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        out.write_all(text.as_bytes()).and_then(|()| out.flush())
    }
}

/// Reads lines until end of input, handling each and printing every reply.
pub async fn run<R, W>(
    engine: &Engine,
    input: R,
    transport: &ConsoleTransport<W>,
    options: &ConsoleOptions,
) -> Result<(), ConsoleError>
where
    R: AsyncBufRead + Unpin,
    W: Write + Send,
{
    // Messages queued while the console was not running go out first, with those a killed
    // console had claimed (one console runs on a database at a time).
    engine
        .adapter_state()
        .release_claims(Platform::Console)
        .await?;
    engine.maintenance().await?;
    engine.expire_contacts_at(crate::store::now()).await?;
    engine.deliver(transport).await?;
    let mut lines = input.lines();
    let mut groups = Groups::default();
    while let Some(line) = lines.next_line().await? {
        let Some((sender, text)) = parse_line(&line, &options.default_user) else {
            continue;
        };
        let (user, group) = split_group(sender);
        let mut msg = groups.incoming(user, group, text);
        msg.language = options.language.clone();
        if let Err(e) = engine.handle(&msg).await {
            tracing::error!(error = %e, "could not handle a console message");
            if let Some(apology) = engine.failure_reply(&msg) {
                let _ = transport.send(&apology).await;
            }
        }
        if let Err(e) = engine.lift_ended_sanctions(crate::store::now()).await {
            tracing::error!(error = %e, "could not lift ended sanctions");
        }
        if let Err(e) = engine.deliver(transport).await {
            tracing::error!(error = %e, "could not deliver console messages");
        }
    }
    engine.deliver(transport).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_prefixed_plain_blank_and_comment_lines() {
        assert_eq!(
            parse_line("alice: /find diabète", "vous"),
            Some(("alice", "/find diabète"))
        );
        assert_eq!(parse_line("alice: 2", "vous"), Some(("alice", "2")));
        assert_eq!(parse_line("/aide", "vous"), Some(("vous", "/aide")));
        assert_eq!(
            parse_line("Note : bonjour", "vous"),
            Some(("vous", "Note : bonjour"))
        );
        assert_eq!(
            parse_line("voir http://exemple.fr", "vous"),
            Some(("vous", "voir http://exemple.fr"))
        );
        assert_eq!(
            parse_line("http://exemple.fr", "vous"),
            Some(("vous", "http://exemple.fr"))
        );
        assert_eq!(
            parse_line("alice@entraide: >bob /avertir spam", "vous"),
            Some(("alice@entraide", ">bob /avertir spam"))
        );
        assert_eq!(split_group("alice@entraide"), ("alice", Some("entraide")));
        assert_eq!(split_group("alice"), ("alice", None));
        assert_eq!(
            parse_line("écrivez à anne@exemple.fr: merci", "vous"),
            Some(("vous", "écrivez à anne@exemple.fr: merci"))
        );
        assert_eq!(parse_line("   ", "vous"), None);
        assert_eq!(parse_line("# a comment", "vous"), None);
    }
}

#[cfg(test)]
mod group_tests {
    use super::*;

    #[test]
    fn group_lines_carry_replies_joins_and_media() {
        let mut groups = Groups::default();
        let first = groups.incoming("alice", Some("entraide"), "bonjour");
        assert_eq!(first.chat_kind, ChatKind::Group);
        assert_eq!(first.chat, ChatId("entraide".into()));
        let reply = groups.incoming("bob", Some("entraide"), ">alice /signaler insulte");
        assert_eq!(reply.body, Body::Text("/signaler insulte".into()));
        let to = reply.reply_to.expect("a reply");
        assert_eq!(Some(to.message), first.message_id);
        assert_eq!(to.author, Some(UserId("alice".into())));
        // Nobody called carol wrote there: the text stays as typed.
        let odd = groups.incoming("bob", Some("entraide"), ">carol salut");
        assert_eq!(odd.reply_to, None);
        assert_eq!(odd.body, Body::Text(">carol salut".into()));
        assert_eq!(
            groups.incoming("dan", Some("entraide"), "[arrivée]").body,
            Body::Joined
        );
        let photo = groups.incoming("dan", Some("entraide"), "[média] regardez");
        assert!(photo.media);
        assert_eq!(photo.body, Body::Text("regardez".into()));
        let private = groups.incoming("dan", None, "/aide");
        assert_eq!(private.chat_kind, ChatKind::Private);
    }
}

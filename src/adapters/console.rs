//! The console adapter: one message per input line, replies on standard output.
//!
//! A line `alice: /definition ETP` comes from `alice`; a line without a prefix comes from the
//! default user. Replies print as `[bot → alice] text` with choices numbered under it, and
//! `alice: 2` picks choice 2. Empty lines and lines starting with `#` are skipped, so scripts
//! can carry comments. Files (exports) are written to a folder and their path printed.

use crate::core::{
    Choice, Engine, EngineError, Incoming, Outgoing, Platform, SendError, Transport,
};
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

/// Splits a line into (user, text); `None` for blank and comment lines.
pub fn parse_line<'a>(line: &'a str, default_user: &'a str) -> Option<(&'a str, &'a str)> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    if let Some((name, rest)) = line.split_once(':')
        && is_user_name(name)
        && (rest.is_empty() || rest.starts_with(' '))
    {
        return Some((name, rest.trim()));
    }
    Some((default_user, line))
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
        let mut text = if message.text.is_empty() {
            format!("[bot → {}]\n", message.user.0)
        } else {
            format!("[bot → {}] {}\n", message.user.0, message.text)
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
            std::fs::create_dir_all(&self.files_dir)?;
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
            std::fs::write(&path, &file.content)?;
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
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        out.write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .map_err(|_| SendError::Retry {
                after: std::time::Duration::from_secs(1),
            })
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
    // Messages queued while the console was not running go out first.
    engine.maintenance().await?;
    engine.deliver(transport).await?;
    let mut lines = input.lines();
    while let Some(line) = lines.next_line().await? {
        let Some((user, text)) = parse_line(&line, &options.default_user) else {
            continue;
        };
        let mut msg = Incoming::private_text(Platform::Console, user, text);
        msg.language = options.language.clone();
        if let Err(e) = engine.handle(&msg).await {
            tracing::error!(error = %e, "could not handle a console message");
            if let Some(apology) = engine.failure_reply(&msg) {
                let _ = transport.send(&apology).await;
            }
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
        assert_eq!(parse_line("   ", "vous"), None);
        assert_eq!(parse_line("# a comment", "vous"), None);
    }
}

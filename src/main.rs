//! The `pairbot` command: configuration at the edge, then an adapter.

use anyhow::Context;
use clap::{Parser, Subcommand};
use pairbot::adapters::console::{self, ConsoleOptions, ConsoleTransport};
use pairbot::config::{self, FileConfig};
use pairbot::core::{Engine, Platform};
use pairbot::i18n::{I18n, Lang};
use pairbot::store::Store;
use std::io::IsTerminal;
use std::path::PathBuf;

/// Pairbot: a chat bot for health partnership (partenariat en santé).
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    /// Configuration file (default: <config dir>/pairbot/pairbot.toml when it exists).
    #[arg(long, global = true, env = "PAIRBOT_CONFIG")]
    config: Option<PathBuf>,
    /// Database: postgres://… URL, sqlite:… URL or SQLite file path.
    #[arg(
        long,
        global = true,
        env = "PAIRBOT_DATABASE_URL",
        hide_env_values = true
    )]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Chat with the bot in the terminal, one message per line (`name: text`).
    Console {
        /// Use the fictional demo (its own SQLite file unless a database is given).
        #[arg(long)]
        demo: bool,
        /// Treat this console user as a coordinator (repeatable).
        #[arg(long = "coordinator", value_name = "NAME")]
        coordinators: Vec<String>,
        /// Who sends lines without a `name:` prefix.
        #[arg(long, default_value = "vous")]
        user: String,
        /// Language the console users' "platform" reports (fr or en).
        #[arg(long)]
        lang: Option<String>,
        /// Folder for files the bot sends (exports).
        #[arg(long)]
        files_dir: Option<PathBuf>,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("PAIRBOT_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    let cli = Cli::parse();
    let file = match (&cli.config, config::default_config_path()) {
        (Some(path), _) => FileConfig::load(path, true)?,
        (None, Some(path)) => FileConfig::load(&path, false)?,
        (None, None) => FileConfig::default(),
    };
    match cli.command {
        Command::Console {
            demo,
            coordinators,
            user,
            lang,
            files_dir,
        } => {
            let mut settings = file.settings()?;
            settings.demo = demo;
            settings
                .coordinators
                .extend(coordinators.into_iter().map(|c| (Platform::Console, c)));
            let url = cli
                .database_url
                .or_else(|| std::env::var("DATABASE_URL").ok().filter(|u| !u.is_empty()))
                .or(file.database_url.clone())
                .unwrap_or_else(|| config::default_database_path(demo).display().to_string());
            let store = Store::open(&url).await?;
            let engine = Engine::new(store, settings).context("cannot load the locales")?;
            if let Some(code) = &lang
                && Lang::from_code(code).is_none()
            {
                anyhow::bail!("unsupported language {code} (fr or en)");
            }
            let options = ConsoleOptions {
                default_user: user,
                language: lang.clone(),
                files_dir: files_dir
                    .or(file.files_dir)
                    .unwrap_or_else(config::default_files_dir),
            };
            if std::io::stdin().is_terminal() {
                let hint_lang = lang
                    .as_deref()
                    .and_then(Lang::from_code)
                    .unwrap_or(engine.settings().default_lang);
                eprintln!("{}", I18n::load()?.text(hint_lang, "console-hint"));
            }
            let transport = ConsoleTransport::new(std::io::stdout(), options.files_dir.clone());
            let input = tokio::io::BufReader::new(tokio::io::stdin());
            console::run(&engine, input, &transport, &options).await?;
            engine.store().close().await;
        }
    }
    Ok(())
}

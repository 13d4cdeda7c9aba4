//! The `pairbot` command: configuration at the edge, then an adapter.

use anyhow::Context;
use clap::{Parser, Subcommand};
use pairbot::adapters::console::{self, ConsoleOptions, ConsoleTransport};
use pairbot::app::Engine;
use pairbot::config::{self, FileConfig};
use pairbot::core::{Platform, Settings};
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
    /// With `telegram` or `matrix`: serve /metrics and /healthz on this address (e.g.
    /// 127.0.0.1:9184).
    #[arg(long, global = true, env = "PAIRBOT_METRICS", value_name = "ADDR")]
    metrics: Option<std::net::SocketAddr>,
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
        /// Treat this console user as an admin: a coordinator who promotes others
        /// (repeatable).
        #[arg(long = "admin", value_name = "NAME")]
        admins: Vec<String>,
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
    /// Check the configuration, the database and the platform credentials, then say
    /// whether the bot can start (exit status 1 if not). Changes nothing.
    Check {
        #[cfg(feature = "telegram")]
        #[command(flatten)]
        telegram: TelegramArgs,
        #[cfg(feature = "matrix")]
        #[command(flatten)]
        matrix: MatrixArgs,
    },
    /// Write a consistent copy of the SQLite database to FILE, while the bot runs.
    Backup {
        /// The new file (never overwritten).
        file: PathBuf,
    },
    /// Load the directory from a spreadsheet saved as CSV (French or English headers).
    Import {
        /// What the file holds.
        what: Table,
        /// The CSV file.
        file: PathBuf,
        /// Approve the imported profiles at once (default: left for a coordinator's review).
        #[arg(long)]
        approve: bool,
        /// List every problem, and what would change, without changing anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write the directory as CSV, in the format `import` reads.
    Export {
        /// What to export.
        what: Table,
        /// The CSV file to write (standard output if absent).
        file: Option<PathBuf>,
        /// Headers, labels and separator for this language: fr (`;`) or en (`,`).
        #[arg(long, default_value = "fr")]
        lang: String,
    },
    /// Apply the retention rules now (the running bot does it every ten minutes).
    Purge {
        /// Only report what would be erased.
        #[arg(long)]
        dry_run: bool,
    },
    /// Run the Telegram bot (token in TELEGRAM_BOT_TOKEN).
    #[cfg(feature = "telegram")]
    Telegram(TelegramArgs),
    /// Run the Matrix bot (password in MATRIX_PASSWORD or token in MATRIX_ACCESS_TOKEN).
    #[cfg(feature = "matrix")]
    Matrix(MatrixArgs),
}

/// What `import` and `export` handle.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Table {
    /// Partner profiles (pair-aidants, patients ressources and partenaires).
    Partners,
    /// ETP programmes (therapeutic patient education).
    Programmes,
    /// Weekly permanences (drop-in slots held by partner patients).
    Permanences,
}

#[cfg(feature = "matrix")]
#[derive(Debug, clap::Args)]
struct MatrixArgs {
    /// Homeserver URL, e.g. https://matrix.example.org.
    #[arg(long, env = "MATRIX_HOMESERVER")]
    homeserver: Option<String>,
    /// The bot's user id, e.g. @pairbot:example.org.
    #[arg(long, env = "MATRIX_USER_ID")]
    user_id: Option<String>,
    /// Folder for the encrypted session and key stores.
    #[arg(long)]
    store_dir: Option<PathBuf>,
    /// A server whose users may invite the bot, to a direct chat or a group room (repeatable).
    #[arg(long = "allow-server", value_name = "SERVER")]
    allowed_servers: Vec<String>,
    /// Keep the Matrix stores unencrypted, on purpose (without MATRIX_STORE_PASSPHRASE).
    #[arg(long, env = "MATRIX_STORE_UNENCRYPTED")]
    store_unencrypted: bool,
    /// Pause after a sync that brought several messages, in ms (default 100).
    #[arg(long, env = "PAIRBOT_MATRIX_GATHER_MS", value_parser = clap::value_parser!(u64).range(0..=1000))]
    gather_ms: Option<u64>,
}

#[cfg(feature = "telegram")]
#[derive(Debug, clap::Args)]
struct TelegramArgs {
    /// Bot API server URL (self-hosted servers, tests).
    #[arg(long, env = "TELEGRAM_API_URL")]
    api_url: Option<String>,
    /// The bot's username, when getMe cannot tell it.
    #[arg(long)]
    username: Option<String>,
    /// Receive updates on this public HTTPS URL instead of long polling.
    #[arg(long)]
    webhook_url: Option<String>,
    /// Local address for the webhook listener.
    #[arg(long)]
    listen: Option<String>,
    /// Do not respect Telegram's rate limits (test servers only).
    #[arg(long)]
    no_throttle: bool,
    /// How many Pairbot processes send for this bot (webhook mode behind a load
    /// balancer): each keeps to its share of Telegram's rate limits.
    #[arg(long, env = "PAIRBOT_TELEGRAM_INSTANCES")]
    instances: Option<u32>,
    /// Do not register the command menus at start-up.
    #[arg(long)]
    no_register_commands: bool,
    /// Long-polling timeout, in seconds.
    #[arg(long, default_value_t = 25)]
    poll_timeout: u32,
}

/// What is logged unless `PAIRBOT_LOG` says otherwise: warnings and errors, without three
/// kinds of matrix-sdk noise that say nothing wrong. It logs as errors the 404 answers to its
/// own probes for secret storage (an account without it, as the bot's is); it warns that no
/// backup key exists whenever keys could be backed up (the bot keeps no server-side key
/// backup, on purpose: its keys live in its encrypted store); and on a first start it may
/// warn that its own new device "might have been deleted", when the server lists devices
/// before the new one's keys are in. The adapter logs the failures that matter itself
/// (sync, sending, moderation).
const DEFAULT_LOG: &str = "warn,matrix_sdk::http_client=off,matrix_sdk_crypto::backups=error,\
                           matrix_sdk_crypto::identities::manager=error";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let filter = tracing_subscriber::EnvFilter::try_from_env("PAIRBOT_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(DEFAULT_LOG));
    let logs = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(filter);
    // One JSON object per line for log collectors; the same fields either way (opaque
    // ids and counts, never what people wrote).
    match std::env::var("PAIRBOT_LOG_FORMAT").as_deref() {
        Ok("json") => logs.json().flatten_event(true).init(),
        Ok("text" | "") | Err(_) => logs.init(),
        Ok(other) => anyhow::bail!("PAIRBOT_LOG_FORMAT is text or json, not {other:?}"),
    }
    let cli = Cli::parse();
    let loaded = match (&cli.config, config::default_config_path()) {
        (Some(path), _) => FileConfig::load(path, true),
        (None, Some(path)) => FileConfig::load(&path, false),
        (None, None) => Ok(FileConfig::default()),
    }
    .and_then(|file| file.settings().map(|settings| (file, settings)));
    if let Command::Check { .. } = &cli.command {
        let report = check(cli, loaded).await;
        print!("{}", report.render());
        std::process::exit(if report.passed() { 0 } else { 1 });
    }
    let (file, mut settings) = loaded?;
    match cli.command {
        Command::Check { .. } => unreachable!("handled above"),
        Command::Backup { file: dest } => {
            let engine = open_engine(cli.database_url, &file, settings, false).await?;
            engine.store().backup_to(&dest).await?;
            engine.store().close().await;
            println!("Copied to {}.", dest.display());
        }
        Command::Console {
            demo,
            coordinators,
            admins,
            user,
            lang,
            files_dir,
        } => {
            settings.demo = demo;
            settings
                .coordinators
                .extend(coordinators.into_iter().map(|c| (Platform::Console, c)));
            for admin in admins {
                settings
                    .coordinators
                    .push((Platform::Console, admin.clone()));
                settings.admins.push((Platform::Console, admin));
            }
            if let Some(code) = &lang
                && Lang::from_code(code).is_none()
            {
                anyhow::bail!("unsupported language {code} (fr or en)");
            }
            // Fictional partners must never land in a real directory: with --demo, the
            // database is the demo's own file or one named explicitly on the command line.
            let configured_elsewhere = cli.database_url.is_none()
                && (std::env::var("DATABASE_URL").is_ok_and(|u| !u.is_empty())
                    || file.database_url.is_some());
            if demo && configured_elsewhere {
                anyhow::bail!(
                    "--demo loads fictional partners: give it its own database with \
                     --database-url, or unset DATABASE_URL / database_url"
                );
            }
            let engine = open_engine(cli.database_url, &file, settings, demo).await?;
            if demo {
                pairbot::demo::load(engine.store()).await?;
                pairbot::demo::load_permanences(engine.store(), pairbot::store::now()).await?;
                pairbot::demo::load_programmes(engine.store(), pairbot::store::now()).await?;
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
        Command::Import {
            what,
            file: path,
            approve,
            dry_run,
        } => {
            if approve && !matches!(what, Table::Partners) {
                anyhow::bail!(
                    "--approve is for partners: permanences and programmes open once imported"
                );
            }
            let content =
                std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            // Spreadsheets sometimes save in Windows-1252: read as UTF-8 where it is.
            let content = String::from_utf8(content).map_err(|_| {
                anyhow::anyhow!(
                    "{} is not UTF-8 text: save it again as \"CSV UTF-8\"",
                    path.display()
                )
            })?;
            let engine = open_engine(cli.database_url, &file, settings, false).await?;
            let (report, what) = match what {
                Table::Partners => (
                    pairbot::admin::partners::import(&engine, &content, approve, dry_run).await?,
                    "profiles",
                ),
                Table::Programmes => (
                    pairbot::admin::programmes::import(&engine, &content, dry_run).await?,
                    "programmes",
                ),
                Table::Permanences => (
                    pairbot::admin::permanences::import(&engine, &content, dry_run).await?,
                    "permanences",
                ),
            };
            engine.store().close().await;
            print!("{}", report.render(dry_run, what));
            if !report.problems.is_empty() {
                std::process::exit(1);
            }
        }
        Command::Export {
            what,
            file: path,
            lang,
        } => {
            let lang = Lang::from_code(&lang)
                .with_context(|| format!("unsupported language {lang} (fr or en)"))?;
            let engine = open_engine(cli.database_url, &file, settings, false).await?;
            let csv = match what {
                Table::Partners => pairbot::admin::partners::export(&engine, lang).await?,
                Table::Programmes => pairbot::admin::programmes::export(&engine, lang).await?,
                Table::Permanences => pairbot::admin::permanences::export(&engine, lang).await?,
            };
            engine.store().close().await;
            match path {
                Some(path) => pairbot::files::write_private(&path, csv.as_bytes())
                    .with_context(|| format!("cannot write {}", path.display()))?,
                None => print!("{csv}"),
            }
        }
        Command::Purge { dry_run } => {
            let engine = open_engine(cli.database_url, &file, settings, false).await?;
            let at = pairbot::store::now();
            let done = if dry_run {
                engine.preview_retention(at).await?
            } else {
                engine.apply_retention(at).await?
            };
            print!("{}", pairbot::admin::purge_report(&done, dry_run));
            engine.store().close().await;
        }
        #[cfg(feature = "matrix")]
        Command::Matrix(args) => {
            let metrics = cli.metrics;
            let options = matrix_options(args, &file.matrix, &settings)?;
            let engine = open_engine(cli.database_url, &file, settings, false).await?;
            let shutdown = shutdown_signal();
            observe(&engine, metrics, Platform::Matrix, &shutdown).await?;
            pairbot::adapters::matrix::run(engine.clone(), options, shutdown).await?;
            engine.store().close().await;
        }
        #[cfg(feature = "telegram")]
        Command::Telegram(args) => {
            let metrics = cli.metrics;
            let options = telegram_options(args, &file.telegram, &settings)?;
            let engine = open_engine(cli.database_url, &file, settings, false).await?;
            let shutdown = shutdown_signal();
            observe(&engine, metrics, Platform::Telegram, &shutdown).await?;
            pairbot::adapters::telegram::run(engine.clone(), options, shutdown).await?;
            engine.store().close().await;
        }
    }
    Ok(())
}

/// The database named by the flag, the environment, the file or the default.
fn database_url(flag: Option<String>, file: &FileConfig, demo: bool) -> String {
    flag.or_else(|| std::env::var("DATABASE_URL").ok().filter(|u| !u.is_empty()))
        .or(file.database_url.clone())
        .unwrap_or_else(|| config::default_database_path(demo).display().to_string())
}

/// `pairbot check`: every finding, the configuration first (nothing else can be checked
/// without it).
async fn check(
    cli: Cli,
    loaded: Result<(FileConfig, Settings), config::ConfigError>,
) -> pairbot::admin::Report {
    use pairbot::admin::{Finding, Report, Status};
    let (file, settings) = match loaded {
        Ok(loaded) => loaded,
        Err(e) => {
            return Report(vec![Finding::new(
                Status::Failed,
                "configuration",
                e.to_string(),
            )]);
        }
    };
    let source = match (&cli.config, config::default_config_path()) {
        (Some(path), _) => path.display().to_string(),
        (None, Some(path)) if path.exists() => path.display().to_string(),
        _ => "no file: defaults and environment".to_owned(),
    };
    let mut report = Report(vec![Finding::new(Status::Ok, "configuration", source)]);
    let url = database_url(cli.database_url.clone(), &file, false);
    report.0.push(pairbot::admin::check_database(&url).await);
    let Command::Check {
        #[cfg(feature = "telegram")]
        telegram,
        #[cfg(feature = "matrix")]
        matrix,
    } = cli.command
    else {
        return report;
    };
    #[cfg(feature = "telegram")]
    report.0.push(
        match telegram_options(telegram, &file.telegram, &settings) {
            Err(_) if !telegram_configured(&file.telegram) => {
                Finding::new(Status::Skipped, "telegram", "no token configured")
            }
            Err(e) => Finding::new(Status::Failed, "telegram", format!("{e:#}")),
            Ok(options) => match pairbot::adapters::telegram::check(&options).await {
                Ok(name) => Finding::new(Status::Ok, "telegram", format!("token accepted: {name}")),
                Err(e) => Finding::new(Status::Failed, "telegram", e.to_string()),
            },
        },
    );
    #[cfg(feature = "matrix")]
    let matrix_wanted = matrix.homeserver.is_some() || matrix_configured(&file.matrix);
    #[cfg(feature = "matrix")]
    report
        .0
        .push(match matrix_options(matrix, &file.matrix, &settings) {
            Err(_) if !matrix_wanted => {
                Finding::new(Status::Skipped, "matrix", "no homeserver configured")
            }
            Err(e) => Finding::new(Status::Failed, "matrix", format!("{e:#}")),
            Ok(options) => match pairbot::adapters::matrix::check(&options).await {
                Ok(found) => Finding::new(Status::Ok, "matrix", found),
                Err(e) => Finding::new(Status::Failed, "matrix", e.to_string()),
            },
        });
    #[cfg(not(any(feature = "telegram", feature = "matrix")))]
    let _ = settings;
    report
}

/// Whether a Telegram token is given anywhere.
#[cfg(feature = "telegram")]
fn telegram_configured(file: &config::TelegramConfig) -> bool {
    std::env::var("TELEGRAM_BOT_TOKEN").is_ok_and(|t| !t.trim().is_empty())
        || file.token.as_deref().is_some_and(|t| !t.trim().is_empty())
}

/// Whether a Matrix homeserver is given anywhere.
#[cfg(feature = "matrix")]
fn matrix_configured(file: &config::MatrixConfig) -> bool {
    std::env::var("MATRIX_HOMESERVER").is_ok_and(|t| !t.trim().is_empty())
        || file.homeserver.is_some()
}

/// Serves `/metrics` and `/healthz` on `addr`, when given, until `shutdown`.
#[cfg(any(feature = "telegram", feature = "matrix"))]
async fn observe(
    engine: &Engine,
    addr: Option<std::net::SocketAddr>,
    platform: Platform,
    shutdown: &tokio::sync::watch::Receiver<bool>,
) -> anyhow::Result<()> {
    if let Some(addr) = addr {
        let bound = pairbot::adapters::observe::spawn(
            engine.clone(),
            addr,
            vec![platform],
            shutdown.clone(),
        )
        .await?;
        tracing::info!(%bound, "metrics and health served");
    }
    Ok(())
}

/// Opens the database named by the flag, the environment, the file or the default.
async fn open_engine(
    flag: Option<String>,
    file: &FileConfig,
    settings: Settings,
    demo: bool,
) -> anyhow::Result<Engine> {
    let store = Store::open(&database_url(flag, file, demo)).await?;
    let engine = Engine::new(store, settings).context("cannot load the locales")?;
    // The directory index is read in the background, so the first search waits less.
    let warming = engine.clone();
    tokio::spawn(async move {
        if let Err(e) = warming.warm_up().await {
            tracing::warn!(error = %e, "could not prepare the search index");
        }
    });
    Ok(engine)
}

#[cfg(feature = "telegram")]
fn telegram_options(
    args: TelegramArgs,
    file: &config::TelegramConfig,
    settings: &Settings,
) -> anyhow::Result<pairbot::adapters::telegram::TelegramOptions> {
    use pairbot::adapters::telegram::{TelegramOptions, WebhookOptions, webhook};
    // Secrets come from the environment or the file, never from the command line, where
    // other users of the machine could read them.
    let secret = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let token = secret("TELEGRAM_BOT_TOKEN")
        .or_else(|| file.token.clone())
        .filter(|t| !t.trim().is_empty())
        .context("no Telegram bot token: set TELEGRAM_BOT_TOKEN (see the README)")?;
    let webhook = match args.webhook_url.or_else(|| file.webhook_url.clone()) {
        Some(url) => {
            let listen = args
                .listen
                .or_else(|| file.listen.clone())
                .unwrap_or_else(|| "127.0.0.1:8443".to_owned());
            Some(WebhookOptions {
                url,
                listen: listen
                    .parse()
                    .with_context(|| format!("invalid listen address {listen}"))?,
                secret: match std::env::var("TELEGRAM_WEBHOOK_SECRET")
                    .ok()
                    .or_else(|| file.webhook_secret.clone())
                {
                    // Set but unusable (empty, short, odd characters): refused, never
                    // replaced behind the operator's back.
                    Some(s) if !webhook::valid_secret(&s) => anyhow::bail!(
                        "the Telegram webhook secret must be 16 to 256 letters, digits, '_' or \
                         '-'; remove it to have a random one made at each start"
                    ),
                    Some(s) => s,
                    None => webhook::random_secret(),
                },
            })
        }
        None => None,
    };
    let coordinators = settings
        .coordinators
        .iter()
        .filter(|(p, _)| *p == Platform::Telegram)
        .filter_map(|(_, id)| id.parse().ok())
        .collect();
    Ok(TelegramOptions {
        token,
        api_url: args.api_url.or_else(|| file.api_url.clone()),
        username: args.username.or_else(|| file.username.clone()),
        throttle: !args.no_throttle,
        instances: args.instances.or(file.instances).unwrap_or(1).max(1),
        poll_timeout: args.poll_timeout,
        webhook,
        register_commands: !args.no_register_commands,
        coordinators,
    })
}

#[cfg(feature = "matrix")]
fn matrix_options(
    args: MatrixArgs,
    file: &config::MatrixConfig,
    settings: &Settings,
) -> anyhow::Result<pairbot::adapters::matrix::MatrixOptions> {
    let secret = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    let homeserver = args
        .homeserver
        .or_else(|| file.homeserver.clone())
        .context("no Matrix homeserver: set MATRIX_HOMESERVER (see the README)")?;
    let user_id = args
        .user_id
        .or_else(|| file.user_id.clone())
        .context("no Matrix user id: set MATRIX_USER_ID (see the README)")?;
    let own_server = user_id.split_once(':').map(|(_, s)| s.to_owned());
    let mut allowed_servers = args.allowed_servers;
    if allowed_servers.is_empty() {
        allowed_servers = file
            .allowed_servers
            .clone()
            .unwrap_or_else(|| own_server.into_iter().collect());
    }
    // The stores keep the keys of every encrypted conversation: encrypted unless the
    // operator says otherwise, and then said in the log at each start.
    let store_passphrase = secret("MATRIX_STORE_PASSPHRASE")
        .or_else(|| file.store_passphrase.clone())
        .filter(|p| !p.trim().is_empty());
    if store_passphrase.is_none() {
        if !(args.store_unencrypted || file.store_unencrypted.unwrap_or(false)) {
            anyhow::bail!(
                "no passphrase for the Matrix stores: set MATRIX_STORE_PASSPHRASE (they keep the \
                 keys of every encrypted conversation), or start with --store-unencrypted to \
                 keep them unencrypted on purpose"
            );
        }
        tracing::warn!(
            "the Matrix stores are not encrypted (--store-unencrypted): anyone who can read \
             the store folder can read the keys of the bot's conversations"
        );
    }
    let gather_ms = args.gather_ms.or(file.gather_ms);
    if gather_ms.is_some_and(|ms| ms > 1000) {
        anyhow::bail!("[matrix] gather_ms is {gather_ms:?}: it must be between 0 and 1000 (ms)");
    }
    Ok(pairbot::adapters::matrix::MatrixOptions {
        homeserver,
        user_id,
        password: secret("MATRIX_PASSWORD").or_else(|| file.password.clone()),
        access_token: secret("MATRIX_ACCESS_TOKEN").or_else(|| file.access_token.clone()),
        store_dir: args
            .store_dir
            .or_else(|| file.store_dir.clone())
            .unwrap_or_else(config::default_matrix_store_dir),
        store_passphrase,
        allowed_servers,
        coordinators: settings
            .coordinators
            .iter()
            .filter(|(p, _)| *p == Platform::Matrix)
            .map(|(_, id)| id.clone())
            .collect(),
        gather_under_load: gather_ms.map(std::time::Duration::from_millis),
    })
}

/// Turns true on Ctrl-C or SIGTERM.
#[cfg(any(feature = "telegram", feature = "matrix"))]
fn shutdown_signal() -> tokio::sync::watch::Receiver<bool> {
    let (tx, rx) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        #[cfg(unix)]
        {
            let mut term =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = async {
                    match term.as_mut() {
                        Some(t) => { t.recv().await; }
                        None => std::future::pending::<()>().await,
                    }
                } => {}
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("shutting down: finishing the work in hand");
        let _ = tx.send(true);
    });
    rx
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_has_no_conflicting_arguments() {
        // Two subcommands flattened into `check` once both had `--metrics`: clap only
        // notices such a clash when the command is built.
        <super::Cli as clap::CommandFactory>::command().debug_assert();
    }

    #[cfg(feature = "matrix")]
    #[test]
    fn the_matrix_gathering_pause_is_read_within_bounds() {
        use clap::Parser;
        let gather = |ms: &str| {
            super::Cli::try_parse_from(["pairbot", "matrix", "--gather-ms", ms]).map(
                |cli| match cli.command {
                    super::Command::Matrix(args) => args.gather_ms,
                    _ => None,
                },
            )
        };
        assert_eq!(gather("0").unwrap(), Some(0));
        assert_eq!(gather("150").unwrap(), Some(150));
        for wrong in ["1001", "-5", "cent"] {
            assert!(gather(wrong).is_err(), "{wrong}");
        }
    }
}

//! The team's side of sign-ups (coordinators): the queue per programme (`/etp_demandes`),
//! proposing BEP dates, enrolling, the waiting list, refusing with a reason, and the CSV
//! export of a programme's sign-ups (`/etp_export`). Every change tells the person.

use super::{moment, status_label};
use crate::core::{Attachment, Choice};
use crate::features::commands::Command;
use crate::features::kit::Ctx;
use crate::features::permanence::schedule::{self, DatesError};
use crate::i18n::args;
use crate::store::{ProgrammeRecord, SignupRecord, SignupStatus, StoreError, Transition};

/// Dialogue kinds: BEP dates, and a refusal's reason (the step is the sign-up number).
pub const BEP_DIALOGUE: &str = "etp_bep";
pub const REFUSE_DIALOGUE: &str = "etp_refuse";

/// Sign-ups listed at once by `/etp_demandes`.
const QUEUE_SHOWN: usize = 10;

/// Most BEP dates proposed at once, and the longest reason.
const MAX_BEP_OPTIONS: usize = 5;
const MAX_REASON: usize = 300;

/// The states waiting for the team.
const WAITING_FOR_TEAM: [SignupStatus; 4] = [
    SignupStatus::Requested,
    SignupStatus::BepProposed,
    SignupStatus::BepConfirmed,
    SignupStatus::Waitlisted,
];

/// `/etp_demandes [numéro]`: the sign-ups waiting for the team, programme by programme,
/// oldest first.
pub async fn queue(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let only: Option<i64> = rest
        .trim()
        .trim_start_matches(['n', '°', '#'])
        .trim()
        .parse()
        .ok();
    let mut programmes = ctx.tx.programmes(true).await?;
    programmes.retain(|p| ctx.covers(&p.details.structure));
    let mut text = ctx.t("etp-queue");
    let mut choices = Vec::new();
    let mut shown = 0;
    let mut waiting = 0;
    for p in programmes
        .iter()
        .filter(|p| only.is_none_or(|id| id == p.id))
    {
        let signups = ctx.tx.programme_signups(p.id, &WAITING_FOR_TEAM).await?;
        if signups.is_empty() {
            continue;
        }
        waiting += signups.len();
        let enrolled = ctx.tx.enrolled_count(p.id).await?;
        let mut values = args([
            ("title", p.details.title.clone()),
            ("number", p.id.to_string()),
        ]);
        values.set("enrolled", enrolled);
        values.set("capacity", p.details.capacity);
        text.push_str("\n\n");
        text.push_str(&ctx.t_args("etp-queue-programme", &values));
        for s in signups {
            if shown == QUEUE_SHOWN {
                break;
            }
            shown += 1;
            text.push_str("\n• ");
            text.push_str(&line(ctx, &s));
            choices.push(Choice::new(
                ctx.t_args("etp-handle-n", &args([("number", s.id)])),
                TeamAction::Menu(s.id),
            ));
        }
    }
    if waiting == 0 {
        let text = ctx.t("etp-queue-empty");
        ctx.reply(text);
        return Ok(());
    }
    if waiting > shown {
        text.push_str("\n\n");
        text.push_str(&ctx.t_args("etp-queue-more", &args([("count", waiting - shown)])));
    }
    ctx.reply_with(text, choices);
    Ok(())
}

/// One sign-up as the team reads it.
fn line(ctx: &Ctx<'_>, s: &SignupRecord) -> String {
    let mut line = ctx.t_args(
        "etp-queue-line",
        &args([
            ("number", s.id.to_string()),
            ("name", s.shared.name.clone()),
            ("status", status_label(ctx, ctx.lang, s.status)),
        ]),
    );
    if let Some(at) = s.bep_at.filter(|_| s.status == SignupStatus::BepConfirmed) {
        line.push_str(&ctx.t_args("etp-mine-bep", &args([("when", moment(ctx, ctx.lang, at))])));
    }
    line
}

crate::actions! {
    /// A coordinator's button on a sign-up (numbered by sign-up) or a programme's queue
    /// (numbered by programme).
    pub enum TeamAction = "etpt" {
        /// The sign-ups of programme `N` waiting for the team.
        Queue(programme: i64) = "queue",
        /// The sign-ups of programme `N` as CSV.
        Export(programme: i64) = "export",
        /// What can be done with sign-up `N`.
        Menu(signup: i64) = "menu",
        /// Proposes dates for the educational assessment.
        Propose(signup: i64) = "propose",
        /// Asks for the reason of a refusal.
        Refuse(signup: i64) = "refuse",
        Enrol(signup: i64) = "enrol",
        /// Puts the sign-up on the waiting list.
        Wait(signup: i64) = "wait",
        /// Takes the sign-up off the waiting list.
        Resume(signup: i64) = "resume",
        /// Proposes the dates just typed although one falls on a Sunday.
        KeepBep(signup: i64) = "bepok",
    }
}

/// An `etpt:<action>:<number>` choice (a sign-up's number, or a programme's for `queue`
/// and `export`).
pub async fn on_choice(ctx: &mut Ctx<'_>, action: TeamAction) -> Result<(), StoreError> {
    if !ctx.is_coordinator() {
        let text = ctx.t("coordinator-only");
        ctx.reply(text);
        return Ok(());
    }
    let id = match action {
        TeamAction::Queue(programme) => return queue(ctx, &programme.to_string()).await,
        TeamAction::Export(programme) => return export(ctx, &programme.to_string()).await,
        TeamAction::Menu(id)
        | TeamAction::Propose(id)
        | TeamAction::Refuse(id)
        | TeamAction::Enrol(id)
        | TeamAction::Wait(id)
        | TeamAction::Resume(id) => id,
        TeamAction::KeepBep(id) => return keep_bep(ctx, id).await,
    };
    let Some((s, p)) = load(ctx, id).await? else {
        return Ok(());
    };
    let now = ctx.now();
    match action {
        TeamAction::Menu(_) => menu(ctx, &s, &p),
        TeamAction::Propose(_) => {
            ctx.set_dialogue(BEP_DIALOGUE, s.id, String::new()).await?;
            let text = ctx.t_args("etp-ask-bep", &args([("name", s.shared.name.clone())]));
            ctx.reply(text);
        }
        TeamAction::Refuse(_) => {
            ctx.set_dialogue(REFUSE_DIALOGUE, s.id, String::new())
                .await?;
            let text = ctx.t_args("etp-ask-reason", &args([("name", s.shared.name.clone())]));
            ctx.reply(text);
        }
        TeamAction::Enrol(_) => {
            if ctx.tx.enrolled_count(p.id).await? >= p.details.capacity {
                let text = ctx.t("etp-full");
                let choices = vec![ctx.choice("etp-waitlist", TeamAction::Wait(s.id))];
                ctx.reply_with(text, choices);
                return Ok(());
            }
            if let Some(at) = bep_ahead(&s, now) {
                let when = moment(ctx, ctx.lang, at);
                let text = ctx.t_args("etp-enrol-after-bep", &args([("when", when)]));
                ctx.reply(text);
                return Ok(());
            }
            let change = Transition {
                bep_held_by: Some(now),
                ..Transition::new(&[SignupStatus::BepConfirmed], SignupStatus::Enrolled)
            };
            apply(ctx, &s, &p, &change, "etp-told-enrolled", now).await?;
        }
        TeamAction::Wait(_) => {
            let change = Transition::new(
                &[
                    SignupStatus::Requested,
                    SignupStatus::BepProposed,
                    SignupStatus::BepConfirmed,
                ],
                SignupStatus::Waitlisted,
            );
            apply(ctx, &s, &p, &change, "etp-told-waitlisted", now).await?;
        }
        TeamAction::Resume(_) => {
            let change = Transition::new(&[SignupStatus::Waitlisted], SignupStatus::Requested);
            apply(ctx, &s, &p, &change, "etp-told-resumed", now).await?;
        }
        TeamAction::Queue(_) | TeamAction::Export(_) | TeamAction::KeepBep(_) => {}
    }
    Ok(())
}

/// The start of a confirmed assessment that has not begun yet (or `None` when there is
/// none to wait for): a person is enrolled once the shared assessment has taken place.
fn bep_ahead(s: &SignupRecord, now: i64) -> Option<i64> {
    match (s.status, s.bep_at) {
        (SignupStatus::BepConfirmed, Some(at)) if at > now => Some(at),
        _ => None,
    }
}

/// A sign-up and its programme, or the reply that it is gone.
async fn load(
    ctx: &mut Ctx<'_>,
    id: i64,
) -> Result<Option<(SignupRecord, ProgrammeRecord)>, StoreError> {
    let Some(s) = ctx.tx.signup(id).await? else {
        let text = ctx.t("etp-signup-gone");
        ctx.reply(text);
        return Ok(None);
    };
    let Some(p) = ctx.tx.programme(s.programme_id).await? else {
        let text = ctx.t("etp-signup-gone");
        ctx.reply(text);
        return Ok(None);
    };
    if !in_scope(ctx, &p) {
        return Ok(None);
    }
    Ok(Some((s, p)))
}

/// Whether the sender's role covers this programme; if not, says so.
pub fn in_scope(ctx: &mut Ctx<'_>, p: &ProgrammeRecord) -> bool {
    if ctx.covers(&p.details.structure) {
        return true;
    }
    let organisation = ctx.organisation().unwrap_or_default().to_owned();
    let text = ctx.t_args("role-out-of-scope", &args([("organisation", organisation)]));
    ctx.reply(text);
    false
}

/// A sign-up in full, with what can be done at its stage.
fn menu(ctx: &mut Ctx<'_>, s: &SignupRecord, p: &ProgrammeRecord) {
    let preference = if s.shared.preference.is_empty() {
        ctx.t("etp-any-time")
    } else {
        s.shared.preference.clone()
    };
    let mut text = ctx.t_args(
        "etp-signup-detail",
        &args([
            ("title", p.details.title.clone()),
            ("number", s.id.to_string()),
            ("name", s.shared.name.clone()),
            ("reach", s.shared.reach.clone()),
            ("preference", preference),
            ("status", status_label(ctx, ctx.lang, s.status)),
        ]),
    );
    if let Some(at) = s.bep_at.filter(|_| s.status == SignupStatus::BepConfirmed) {
        text.push_str(&ctx.t_args("etp-mine-bep", &args([("when", moment(ctx, ctx.lang, at))])));
    }
    let ahead = bep_ahead(s, ctx.now());
    if ahead.is_some() {
        text.push('\n');
        text.push_str(&ctx.t("etp-enrol-later"));
    }
    let id = s.id;
    let mut choices = Vec::new();
    let mut offer = |label: &str, action: fn(i64) -> TeamAction| {
        choices.push(ctx.choice(label, action(id)));
    };
    match s.status {
        SignupStatus::Requested | SignupStatus::BepProposed => {
            offer("etp-propose", TeamAction::Propose);
            offer("etp-waitlist", TeamAction::Wait);
            offer("etp-refuse", TeamAction::Refuse);
        }
        SignupStatus::BepConfirmed => {
            if ahead.is_none() {
                offer("etp-enrol", TeamAction::Enrol);
            }
            offer("etp-propose", TeamAction::Propose);
            offer("etp-waitlist", TeamAction::Wait);
            offer("etp-refuse", TeamAction::Refuse);
        }
        SignupStatus::Waitlisted => {
            offer("etp-resume", TeamAction::Resume);
            offer("etp-refuse", TeamAction::Refuse);
        }
        SignupStatus::Enrolled | SignupStatus::Refused | SignupStatus::Withdrawn => {}
    }
    ctx.reply_with(text, choices);
}

/// Applies a transition and tells the person (`told`), or says it no longer applies.
async fn apply(
    ctx: &mut Ctx<'_>,
    s: &SignupRecord,
    p: &ProgrammeRecord,
    change: &Transition<'_>,
    told: &str,
    now: i64,
) -> Result<(), StoreError> {
    if !ctx.tx.move_signup(s.id, change, now).await? {
        let text = ctx.t("etp-transition-stale");
        let choices = vec![ctx.choice("etp-handle", TeamAction::Menu(s.id))];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    ctx.audit(
        &format!("signup.{}", change.to.as_str()),
        format!("signup:{}", s.id),
        change.reason,
    )
    .await?;
    let lang = ctx
        .services()
        .lang_of(&mut ctx.tx, s.platform, &s.user)
        .await?;
    let mut values = args([
        ("title", p.details.title.clone()),
        ("number", s.id.to_string()),
        ("reason", change.reason.unwrap_or_default().to_owned()),
    ]);
    if let Some(at) = s.bep_at {
        values.set("bep", moment(ctx, lang, at));
    } else {
        values.set("bep", "");
    }
    ctx.notify(
        s.platform,
        &s.user,
        told,
        values,
        &[("menu-my-signups", Command::MySignups.data().to_owned())],
    )
    .await?;
    let text = ctx.t_args(
        "etp-team-done",
        &args([
            ("number", s.id.to_string()),
            ("status", status_label(ctx, ctx.lang, change.to)),
        ]),
    );
    let choices = vec![ctx.choice("etp-back-to-queue", TeamAction::Queue(p.id))];
    ctx.reply_with(text, choices);
    Ok(())
}

/// The BEP dates typed by a coordinator (dialogue step: the sign-up number).
pub async fn on_bep_text(ctx: &mut Ctx<'_>, id: i64, text: &str) -> Result<(), StoreError> {
    if !ctx.is_coordinator() {
        ctx.clear_dialogue().await?;
        return Ok(());
    }
    let now = ctx.now();
    let today = schedule::local_date(now);
    let options: Result<Vec<i64>, &str> = match schedule::parse_moments(text, today) {
        Ok(found) if found.len() > MAX_BEP_OPTIONS => Err("etp-bep-too-many"),
        Ok(found) => {
            let instants: Vec<i64> = found
                .iter()
                .filter_map(|(d, m)| schedule::local_instant(*d, *m))
                .collect();
            if instants.len() != found.len() || instants.iter().any(|at| *at <= now) {
                Err("pnew-dates-past")
            } else {
                Ok(instants)
            }
        }
        Err(DatesError::Past) => Err("pnew-dates-past"),
        Err(DatesError::TooFar) => Err("pnew-dates-too-far"),
        Err(DatesError::Unreadable) => Err("etp-bep-invalid"),
    };
    let options = match options {
        Ok(options) => options,
        Err(problem) => {
            let text = ctx.t(problem);
            ctx.reply(text);
            return Ok(());
        }
    };
    // A Sunday is most often a slip of the calendar: the dates wait for a confirmation
    // (kept in the dialogue), and other dates typed instead replace them.
    if let Some(sunday) = options.iter().find(|at| is_sunday(**at)) {
        let data = options
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",");
        ctx.set_dialogue(BEP_DIALOGUE, id, data).await?;
        let when = moment(ctx, ctx.lang, *sunday);
        let text = ctx.t_args("etp-bep-sunday", &args([("when", when)]));
        let choices = vec![ctx.choice("etp-bep-keep", TeamAction::KeepBep(id))];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    propose(ctx, id, &options).await
}

/// Whether an instant falls on a Sunday in the coordination's time zone.
fn is_sunday(at: i64) -> bool {
    use chrono::Datelike;
    schedule::local_date(at).weekday() == chrono::Weekday::Sun
}

/// "Keep these dates" after the Sunday warning: proposes the dates waiting in the dialogue.
async fn keep_bep(ctx: &mut Ctx<'_>, id: i64) -> Result<(), StoreError> {
    let waiting = ctx
        .dialogue()
        .await?
        .filter(|d| d.kind == BEP_DIALOGUE && d.step == id)
        .map(|d| {
            d.data
                .split(',')
                .filter_map(|at| at.parse::<i64>().ok())
                .collect::<Vec<_>>()
        })
        .filter(|options| !options.is_empty());
    let Some(options) = waiting else {
        let text = ctx.t("etp-bep-keep-gone");
        ctx.reply(text);
        return Ok(());
    };
    let now = ctx.now();
    if options.iter().any(|at| *at <= now) {
        let text = ctx.t("pnew-dates-past");
        ctx.reply(text);
        return Ok(());
    }
    propose(ctx, id, &options).await
}

/// Proposes assessment dates to the person of sign-up `id`.
async fn propose(ctx: &mut Ctx<'_>, id: i64, options: &[i64]) -> Result<(), StoreError> {
    let now = ctx.now();
    ctx.clear_dialogue().await?;
    let Some((s, p)) = load(ctx, id).await? else {
        return Ok(());
    };
    let change = Transition {
        bep_options: Some(options),
        ..Transition::new(
            &[
                SignupStatus::Requested,
                SignupStatus::BepProposed,
                SignupStatus::BepConfirmed,
            ],
            SignupStatus::BepProposed,
        )
    };
    if !ctx.tx.move_signup(s.id, &change, now).await? {
        let text = ctx.t("etp-transition-stale");
        ctx.reply(text);
        return Ok(());
    }
    ctx.audit("signup.bep_proposed", format!("signup:{}", s.id), None)
        .await?;
    // The person picks one of the dates, in their language.
    let engine = ctx.services();
    let lang = engine.lang_of(&mut ctx.tx, s.platform, &s.user).await?;
    let dates = options
        .iter()
        .map(|at| format!("• {}", moment(ctx, lang, *at)))
        .collect::<Vec<_>>()
        .join("\n");
    let mut message = engine
        .notice(
            &mut ctx.tx,
            s.platform,
            &s.user,
            "etp-told-bep",
            args([("title", p.details.title.clone()), ("dates", dates)]),
            &[],
        )
        .await?;
    message.choices = options
        .iter()
        .enumerate()
        .map(|(i, at)| {
            Choice::new(
                engine.i18n().text_args(
                    lang,
                    "etp-pick-bep",
                    &args([("when", moment(ctx, lang, *at))]),
                ),
                super::signup::SignupAction::Bep(s.id, i),
            )
        })
        .collect();
    ctx.send(message);
    let text = ctx.t_args(
        "etp-team-done",
        &args([
            ("number", s.id.to_string()),
            (
                "status",
                status_label(ctx, ctx.lang, SignupStatus::BepProposed),
            ),
        ]),
    );
    let choices = vec![ctx.choice("etp-back-to-queue", TeamAction::Queue(p.id))];
    ctx.reply_with(text, choices);
    Ok(())
}

/// The reason of a refusal typed by a coordinator (dialogue step: the sign-up number).
pub async fn on_reason_text(ctx: &mut Ctx<'_>, id: i64, text: &str) -> Result<(), StoreError> {
    if !ctx.is_coordinator() {
        ctx.clear_dialogue().await?;
        return Ok(());
    }
    let reason = text.trim();
    let length = reason.chars().count();
    if !(3..=MAX_REASON).contains(&length) {
        let problem = ctx.t_args("etp-reason-length", &args([("max", MAX_REASON)]));
        ctx.reply(problem);
        return Ok(());
    }
    ctx.clear_dialogue().await?;
    let Some((s, p)) = load(ctx, id).await? else {
        return Ok(());
    };
    let change = Transition {
        reason: Some(reason),
        ..Transition::new(&WAITING_FOR_TEAM, SignupStatus::Refused)
    };
    let now = ctx.now();
    apply(ctx, &s, &p, &change, "etp-told-refused", now).await
}

/// `/etp_export <numéro>`: a programme's sign-ups as a CSV file for the team.
pub async fn export(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let id: Option<i64> = rest
        .trim()
        .trim_start_matches(['n', '°', '#'])
        .trim()
        .parse()
        .ok();
    let Some(id) = id else {
        let text = ctx.t("etp-export-which");
        ctx.reply(text);
        return Ok(());
    };
    let Some(p) = ctx.tx.programme(id).await? else {
        let text = ctx.t_args("etp-export-no-such", &args([("number", id)]));
        ctx.reply(text);
        return Ok(());
    };
    if !in_scope(ctx, &p) {
        return Ok(());
    }
    let signups = ctx.tx.programme_signups(p.id, &[]).await?;
    let header = [
        "etp-csv-number",
        "etp-csv-name",
        "etp-csv-reach",
        "etp-csv-preference",
        "etp-csv-status",
        "etp-csv-bep",
        "etp-csv-reason",
        "etp-csv-asked",
    ]
    .map(|id| ctx.t(id));
    let mut rows = vec![header.to_vec()];
    for s in &signups {
        rows.push(vec![
            s.id.to_string(),
            s.shared.name.clone(),
            s.shared.reach.clone(),
            s.shared.preference.clone(),
            status_label(ctx, ctx.lang, s.status),
            s.bep_at
                .map(|at| moment(ctx, ctx.lang, at))
                .unwrap_or_default(),
            s.reason.clone().unwrap_or_default(),
            schedule::local_date(s.created_at).to_string(),
        ]);
    }
    tracing::info!(
        programme = p.id,
        rows = signups.len(),
        "ETP sign-ups exported"
    );
    // Names and ways to reach people leave the bot: who took them, and when, is recorded.
    ctx.audit("etp.export", format!("programme:{}", p.id), None)
        .await?;
    let mut values = args([("title", p.details.title.clone())]);
    values.set("count", signups.len());
    let text = ctx.t_args("etp-export-done", &values);
    let content = csv(&rows, ctx.lang);
    let out = ctx.reply_privately(text);
    out.attachment = Some(Attachment {
        file_name: format!("etp-{}-inscriptions.csv", p.id),
        mime: "text/csv".to_owned(),
        content,
    });
    Ok(())
}

/// A spreadsheet file as the reader's spreadsheet opens it directly: UTF-8 with a
/// byte-order mark (without it, French Excel reads the accents wrong), `;` between cells in
/// French (its decimal separator is the comma) and `,` in English, CRLF line ends, RFC 4180
/// quoting. Every cell a spreadsheet could run as a formula is made text with a leading `'`:
/// one that starts, after any spaces or control characters, with `=`, `+`, `-`, `@` or their
/// full-width forms (people's answers must stay text).
pub fn csv(rows: &[Vec<String>], lang: crate::i18n::Lang) -> String {
    const FORMULA_SIGNS: [char; 8] = [
        '=', '+', '-', '@', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
    ];
    let separator = match lang {
        crate::i18n::Lang::Fr => ';',
        crate::i18n::Lang::En => ',',
    };
    let mut out = String::from('\u{feff}');
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|cell| {
                let start = cell.trim_start_matches(|c: char| c.is_whitespace() || c.is_control());
                let cell = if start.starts_with(FORMULA_SIGNS) {
                    format!("'{cell}")
                } else {
                    cell.clone()
                };
                if cell.contains([',', ';', '"', '\n', '\r']) {
                    format!("\"{}\"", cell.replace('"', "\"\""))
                } else {
                    cell
                }
            })
            .collect();
        out.push_str(&cells.join(&separator.to_string()));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::csv;
    use crate::i18n::Lang;

    #[test]
    fn csv_cells_are_quoted_and_never_formulas() {
        let rows = vec![
            vec!["a".to_owned(), "b, c".to_owned()],
            vec!["say \"hi\"".to_owned(), "=1+1".to_owned()],
            vec!["line\nbreak".to_owned(), "-".to_owned()],
        ];
        assert_eq!(
            csv(&rows, Lang::En),
            "\u{feff}a,\"b, c\"\r\n\"say \"\"hi\"\"\",'=1+1\r\n\"line\nbreak\",'-\r\n"
        );
    }

    /// French spreadsheets split on `;` and need the byte-order mark; a formula hidden
    /// behind spaces, a tab or a line break, or written with full-width signs, stays text.
    #[test]
    fn french_csv_opens_directly_and_no_cell_is_a_formula() {
        let rows = vec![
            vec!["Prénom".to_owned(), "Réponse; suite".to_owned()],
            vec![" =HYPERLINK(\"x\")".to_owned(), "\t+33 6".to_owned()],
            vec!["\n@SUM(A1)".to_owned(), "\u{ff1d}1+1".to_owned()],
            vec!["3,5".to_owned(), "ok".to_owned()],
        ];
        let out = csv(&rows, Lang::Fr);
        assert!(
            out.starts_with("\u{feff}Prénom;\"Réponse; suite\"\r\n"),
            "{out}"
        );
        let mut reader = ::csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .from_reader(out.trim_start_matches('\u{feff}').as_bytes());
        let cells: Vec<String> = reader
            .records()
            .flat_map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>())
            .collect();
        assert_eq!(cells.len(), 8, "{cells:?}");
        for cell in &cells[2..6] {
            assert!(cell.starts_with('\''), "{cell:?}");
        }
        assert_eq!(cells[6], "3,5");
    }
}

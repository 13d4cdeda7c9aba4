//! Signing up for a programme (`/inscription_etp`), following one's sign-ups
//! (`/mes_inscriptions`), picking a BEP date, and withdrawing: always possible, once
//! confirmed.
//!
//! The person is told first what is shared, and with whom; nothing medical is asked.

use super::{handlers_of, moment, status_label};
use crate::core::Choice;
use crate::features::commands::Command;
use crate::features::directory::onboarding::has_contact_details;
use crate::features::form::{self, Answer, Form, Pressed};
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{
    NewSignup, ProgrammeRecord, SignupOutcome, SignupRecord, SignupStatus, StoreError, Transition,
};
use serde::{Deserialize, Serialize};

/// Dialogue kind of a sign-up being written.
pub const DIALOGUE: &str = "etp_signup";

const MAX_NAME: usize = 60;
const MAX_REACH: usize = 200;
const MAX_PREFERENCE: usize = 200;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Draft {
    programme: i64,
    shared: NewSignup,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Name,
    Reach,
    Preference,
    Confirm,
}

const STEPS: [Step; 4] = [Step::Name, Step::Reach, Step::Preference, Step::Confirm];

fn number(step: Step) -> i64 {
    form::number::<SignupForm>(step)
}

/// `/inscription_etp [numéro]`: the programme's sign-up, or the catalogue to pick one.
pub async fn command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    match digits.parse::<i64>() {
        Ok(id) => start(ctx, id).await,
        Err(_) => {
            let text = ctx.t("etp-signup-which");
            let choices = vec![ctx.choice("etp-guided", "etp:g:*")];
            ctx.reply_with(text, choices);
            Ok(())
        }
    }
}

/// Starts signing up for a programme: says what will be shared, then asks the name.
pub async fn start(ctx: &mut Ctx<'_>, programme_id: i64) -> Result<(), StoreError> {
    let Some(p) = ctx.tx.programme(programme_id).await?.filter(|p| p.open) else {
        let text = ctx.t("etp-programme-gone");
        ctx.reply(text);
        return Ok(());
    };
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let live = ctx
        .tx
        .signups_of((person.0, &person.1))
        .await?
        .into_iter()
        .find(|s| s.programme_id == p.id && s.status.is_live());
    if let Some(s) = live {
        let text = ctx.t_args(
            "etp-signup-already",
            &args([
                ("title", p.details.title.clone()),
                ("number", s.id.to_string()),
            ]),
        );
        let choices = vec![ctx.choice("menu-my-signups", Command::MySignups.data())];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    let text = ctx.t_args(
        "etp-signup-intro",
        &args([
            ("title", p.details.title.clone()),
            ("structure", p.details.structure.clone()),
        ]),
    );
    ctx.reply(text);
    let draft = Draft {
        programme: p.id,
        shared: NewSignup::default(),
    };
    go_to(ctx, Step::Name, &draft).await
}

async fn go_to(ctx: &mut Ctx<'_>, step: Step, draft: &Draft) -> Result<(), StoreError> {
    form::go_to::<SignupForm>(ctx, step, draft).await
}

/// The sign-up form: name, how to be reached, a preference, then the summary.
struct SignupForm;

impl Form for SignupForm {
    type Step = Step;
    type Draft = Draft;
    type Action = SignupFormAction;

    const KIND: &'static str = DIALOGUE;
    const STEPS: &'static [Step] = &STEPS;
    const SEND_LABEL: &'static str = "etp-signup-send";

    async fn ask(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &Draft,
    ) -> Result<(String, Vec<Choice>), StoreError> {
        Ok(match step {
            Step::Name => (ctx.t("etp-ask-name"), Vec::new()),
            Step::Reach => (ctx.t("etp-ask-reach"), Vec::new()),
            Step::Preference => (
                ctx.t("etp-ask-preference"),
                vec![ctx.choice("etp-any-time", SignupFormAction::Any(number(step)))],
            ),
            Step::Confirm => {
                let title = programme_title(ctx, draft.programme).await?;
                let text = ctx.t_args(
                    "etp-signup-confirm",
                    &args([
                        ("title", title),
                        ("name", draft.shared.name.clone()),
                        ("reach", draft.shared.reach.clone()),
                        ("preference", preference_text(ctx, &draft.shared.preference)),
                    ]),
                );
                (text, Vec::new())
            }
        })
    }

    async fn read(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &mut Draft,
        text: &str,
    ) -> Result<Answer, StoreError> {
        let length = text.chars().count();
        let max = match step {
            Step::Name => MAX_NAME,
            Step::Reach => MAX_REACH,
            Step::Preference => MAX_PREFERENCE,
            Step::Confirm => return Ok(Answer::Ask),
        };
        if length < 2 {
            return Ok(Answer::Again(ctx.t("pnew-too-short")));
        }
        if length > max {
            return Ok(Answer::Again(
                ctx.t_args("partner-too-long-max", &args([("max", max)])),
            ));
        }
        if step == Step::Name && !crate::features::directory::onboarding::has_letters(text) {
            return Ok(Answer::Again(ctx.t("name-needs-letters")));
        }
        // Contact details belong to the "how to reach you" answer only.
        if step != Step::Reach && has_contact_details(text) {
            return Ok(Answer::Again(ctx.t("etp-contact-elsewhere")));
        }
        match step {
            Step::Name => draft.shared.name = text.to_owned(),
            Step::Reach => draft.shared.reach = text.to_owned(),
            _ => draft.shared.preference = text.to_owned(),
        }
        Ok(Answer::Next)
    }

    async fn press(
        _ctx: &mut Ctx<'_>,
        step: Step,
        draft: &mut Draft,
        action: SignupFormAction,
    ) -> Result<Answer, StoreError> {
        Ok(match (action, step) {
            (SignupFormAction::Any(_), Step::Preference) => {
                draft.shared.preference.clear();
                Answer::Next
            }
            _ => Answer::Stale,
        })
    }

    async fn send(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<(), StoreError> {
        send(ctx, draft).await
    }

    fn pressed(action: SignupFormAction) -> Pressed<SignupFormAction> {
        match action {
            SignupFormAction::Restart(at) => Pressed::Restart(at),
            SignupFormAction::Send(at) => Pressed::Send(at),
            SignupFormAction::Any(at) => Pressed::Own(at, action),
        }
    }

    fn restart(at: i64) -> String {
        SignupFormAction::Restart(at).data()
    }

    fn send_data(at: i64) -> String {
        SignupFormAction::Send(at).data()
    }
}

fn preference_text(ctx: &Ctx<'_>, preference: &str) -> String {
    if preference.is_empty() {
        ctx.t("etp-any-time")
    } else {
        preference.to_owned()
    }
}

/// Text typed during the sign-up.
pub async fn on_text(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    form::on_text::<SignupForm>(ctx, text).await
}

crate::actions! {
    /// A button of the sign-up form, bound to the step it was offered at.
    pub enum SignupFormAction = "etpj" {
        /// Any time suits.
        Any(step: i64) = "any",
        /// Starts the answers again from the summary.
        Restart(step: i64) = "restart",
        /// Sends the sign-up from the summary.
        Send(step: i64) = "send",
    }
}

/// An `etpj:<action>:<step>` choice of the sign-up dialogue.
pub async fn on_dialogue_choice(
    ctx: &mut Ctx<'_>,
    action: SignupFormAction,
) -> Result<(), StoreError> {
    form::on_choice::<SignupForm>(ctx, action).await
}

async fn send(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<(), StoreError> {
    let now = ctx.now();
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let outcome = ctx
        .tx
        .sign_up(draft.programme, (person.0, &person.1), &draft.shared, now)
        .await?;
    ctx.clear_dialogue().await?;
    let Some(p) = ctx.tx.programme(draft.programme).await? else {
        return Ok(());
    };
    let title = p.details.title.clone();
    match outcome {
        SignupOutcome::Closed => {
            let text = ctx.t("etp-programme-gone");
            ctx.reply(text);
        }
        SignupOutcome::AlreadyLive(id) => {
            let text = ctx.t_args(
                "etp-signup-already",
                &args([("title", title), ("number", id.to_string())]),
            );
            let choices = vec![ctx.choice("menu-my-signups", Command::MySignups.data())];
            ctx.reply_with(text, choices);
        }
        SignupOutcome::Created(id, status) => {
            tracing::info!(signup = id, programme = p.id, "ETP sign-up requested");
            let reply = if status == SignupStatus::Waitlisted {
                "etp-signup-waitlisted"
            } else {
                "etp-signup-sent"
            };
            let text = ctx.t_args(
                reply,
                &args([("title", title.clone()), ("number", id.to_string())]),
            );
            let choices = vec![ctx.choice("menu-my-signups", Command::MySignups.data())];
            ctx.reply_with(text, choices);
            let Some(signup) = ctx.tx.signup(id).await? else {
                return Ok(());
            };
            tell_team(ctx, &p, &signup, "etp-team-new").await?;
        }
    }
    Ok(())
}

/// A programme's title (empty when it is gone).
async fn programme_title(ctx: &mut Ctx<'_>, id: i64) -> Result<String, StoreError> {
    Ok(ctx
        .tx
        .programme(id)
        .await?
        .map(|p| p.details.title)
        .unwrap_or_default())
}

/// Tells the programme's coordinators about a sign-up, with a button to handle it.
pub async fn tell_team(
    ctx: &mut Ctx<'_>,
    p: &ProgrammeRecord,
    s: &SignupRecord,
    id: &str,
) -> Result<(), StoreError> {
    for (platform, user) in handlers_of(ctx, p).await? {
        let lang = ctx.services().lang_of(&mut ctx.tx, platform, &user).await?;
        let bep = s.bep_at.map(|at| moment(ctx, lang, at)).unwrap_or_default();
        let preference = if s.shared.preference.is_empty() {
            ctx.services().i18n().text(lang, "etp-any-time")
        } else {
            s.shared.preference.clone()
        };
        ctx.notify(
            platform,
            &user,
            id,
            args([
                ("title", p.details.title.clone()),
                ("number", s.id.to_string()),
                ("name", s.shared.name.clone()),
                ("reach", s.shared.reach.clone()),
                ("preference", preference),
                ("bep", bep),
            ]),
            &[("etp-handle", super::team::TeamAction::Menu(s.id).data())],
        )
        .await?;
    }
    Ok(())
}

/// `/mes_inscriptions`: one's sign-ups with their state, BEP dates to pick, and withdrawal.
pub async fn mine(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let signups = ctx.tx.signups_of((person.0, &person.1)).await?;
    if signups.is_empty() {
        let text = ctx.t("etp-mine-none");
        let choices = vec![ctx.choice("etp-guided", "etp:g:*")];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    let mut text = ctx.t("etp-mine");
    let mut choices = Vec::new();
    for s in &signups {
        let title = programme_title(ctx, s.programme_id).await?;
        let mut line = ctx.t_args(
            "etp-mine-line",
            &args([
                ("number", s.id.to_string()),
                ("title", title),
                ("status", status_label(ctx, ctx.lang, s.status)),
            ]),
        );
        if let (SignupStatus::BepConfirmed | SignupStatus::Enrolled, Some(at)) =
            (s.status, s.bep_at)
        {
            line.push_str(
                &ctx.t_args("etp-mine-bep", &args([("when", moment(ctx, ctx.lang, at))])),
            );
        }
        if s.status == SignupStatus::Refused
            && let Some(reason) = &s.reason
        {
            line.push_str(&ctx.t_args("etp-mine-reason", &args([("reason", reason.clone())])));
        }
        text.push_str("\n• ");
        text.push_str(&line);
        if s.status == SignupStatus::BepProposed {
            for (i, at) in s.bep_options.iter().enumerate() {
                choices.push(Choice::new(
                    ctx.t_args(
                        "etp-pick-bep",
                        &args([("when", moment(ctx, ctx.lang, *at))]),
                    ),
                    SignupAction::Bep(s.id, i),
                ));
            }
        }
        if s.status.is_live() {
            choices.push(Choice::new(
                ctx.t_args("etp-withdraw-n", &args([("number", s.id)])),
                SignupAction::Quit(s.id),
            ));
        }
    }
    ctx.reply_with(text, choices);
    Ok(())
}

/// Withdraws a sign-up (any live stage) and tells the team.
async fn withdraw(
    ctx: &mut Ctx<'_>,
    s: &SignupRecord,
    p: &ProgrammeRecord,
) -> Result<(), StoreError> {
    let change = Transition::new(&SignupStatus::LIVE, SignupStatus::Withdrawn);
    let now = ctx.now();
    if !ctx.tx.move_signup(s.id, &change, now).await? {
        let text = ctx.t("etp-signup-gone");
        ctx.reply(text);
        return Ok(());
    }
    tracing::info!(signup = s.id, "ETP sign-up withdrawn");
    let text = ctx.t_args("etp-withdrawn", &args([("title", p.details.title.clone())]));
    ctx.reply(text);
    tell_team(ctx, p, s, "etp-team-withdrawn").await
}

/// `/retirer_etp [numéro]`: asks before withdrawing the sign-up named, or the only one going
/// on; with several and no number, asks which one first.
pub async fn withdraw_command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let live: Vec<SignupRecord> = ctx
        .tx
        .signups_of((person.0, &person.1))
        .await?
        .into_iter()
        .filter(|s| s.status.is_live())
        .collect();
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let chosen = match digits.parse::<i64>() {
        Ok(id) => live.iter().find(|s| s.id == id),
        Err(_) if live.len() == 1 => live.first(),
        Err(_) => None,
    };
    if let Some(s) = chosen.cloned() {
        let Some(p) = ctx.tx.programme(s.programme_id).await? else {
            return Ok(());
        };
        // Withdrawing cannot be undone: even a command naming the sign-up asks first.
        ask_withdraw(ctx, &s, &p);
        return Ok(());
    }
    if live.is_empty() || !digits.is_empty() {
        let text = ctx.t(if live.is_empty() {
            "etp-nothing-live"
        } else {
            "etp-nothing-to-withdraw"
        });
        let choices = vec![ctx.choice("menu-my-signups", Command::MySignups.data())];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    let mut choices = Vec::new();
    for s in &live {
        let title = programme_title(ctx, s.programme_id).await?;
        choices.push(Choice::new(
            ctx.t_args(
                "etp-withdraw-from",
                &args([("title", title), ("number", s.id.to_string())]),
            ),
            SignupAction::Quit(s.id),
        ));
    }
    let text = ctx.t("etp-withdraw-which");
    ctx.reply_with(text, choices);
    Ok(())
}

/// Asks before withdrawing `s` from `p`, naming the programme.
fn ask_withdraw(ctx: &mut Ctx<'_>, s: &SignupRecord, p: &ProgrammeRecord) {
    let text = ctx.t_args(
        "etp-withdraw-question",
        &args([("title", p.details.title.clone())]),
    );
    let choices = vec![
        ctx.choice("etp-withdraw-yes", SignupAction::QuitOk(s.id)),
        ctx.choice("booking-no", Command::MySignups.data()),
    ];
    ctx.reply_with(text, choices);
}

crate::actions! {
    /// A person's button on their own sign-up.
    pub enum SignupAction = "etps" {
        /// Picks the `i`-th proposed date of the educational assessment.
        Bep(signup: i64, option: usize) = "bep",
        /// Asks to confirm withdrawing.
        Quit(signup: i64) = "quit",
        QuitOk(signup: i64) = "quitok",
    }
}

/// An `etps:…` choice: picking a BEP date, withdrawing.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: SignupAction) -> Result<(), StoreError> {
    let (SignupAction::Bep(id, _) | SignupAction::Quit(id) | SignupAction::QuitOk(id)) = action;
    if !crate::features::kit::has_consent(ctx) {
        return Ok(());
    }
    // Only one's own sign-ups.
    let Some(s) = ctx
        .tx
        .signup(id)
        .await?
        .filter(|s| s.platform == ctx.msg.platform && s.user == ctx.msg.sender)
    else {
        let text = ctx.t("etp-signup-gone");
        ctx.reply(text);
        return Ok(());
    };
    let Some(p) = ctx.tx.programme(s.programme_id).await? else {
        let text = ctx.t("etp-signup-gone");
        ctx.reply(text);
        return Ok(());
    };
    let now = ctx.now();
    match action {
        SignupAction::Bep(_, i) => {
            let Some(at) = s.bep_options.get(i).copied().filter(|at| *at > now) else {
                return crate::features::kit::stale_choice(ctx);
            };
            let change = Transition {
                bep_at: Some(at),
                ..Transition::new(&[SignupStatus::BepProposed], SignupStatus::BepConfirmed)
            };
            if !ctx.tx.move_signup(s.id, &change, now).await? {
                return crate::features::kit::stale_choice(ctx);
            }
            tracing::info!(signup = s.id, "BEP date picked");
            let text = ctx.t_args(
                "etp-bep-picked",
                &args([
                    ("title", p.details.title.clone()),
                    ("when", moment(ctx, ctx.lang, at)),
                ]),
            );
            ctx.reply(text);
            if let Some(updated) = ctx.tx.signup(s.id).await? {
                tell_team(ctx, &p, &updated, "etp-team-bep-confirmed").await?;
            }
            Ok(())
        }
        SignupAction::Quit(_) if s.status.is_live() => {
            ask_withdraw(ctx, &s, &p);
            Ok(())
        }
        SignupAction::QuitOk(_) => withdraw(ctx, &s, &p).await,
        _ => {
            let text = ctx.t("etp-signup-gone");
            ctx.reply(text);
            Ok(())
        }
    }
}

/// Before a person's data is erased: the teams of their live sign-ups are told the request
/// is withdrawn, by number only (the name they gave goes with the rest).
pub async fn before_erase(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let live: Vec<SignupRecord> = ctx
        .tx
        .signups_of((person.0, &person.1))
        .await?
        .into_iter()
        .filter(|s| s.status.is_live())
        .collect();
    for s in live {
        let Some(p) = ctx.tx.programme(s.programme_id).await? else {
            continue;
        };
        for (platform, user) in handlers_of(ctx, &p).await? {
            ctx.notify(
                platform,
                &user,
                "etp-team-erased",
                args([
                    ("title", p.details.title.clone()),
                    ("number", s.id.to_string()),
                ]),
                &[],
            )
            .await?;
        }
    }
    Ok(())
}

//! What every feature handler stands on: the shared [`Services`], the [`Ctx`] of the message
//! being handled, and the replies to choices that are no longer valid.

use crate::core::message::{
    BOT_ACTOR, ChatId, ChatKind, Choice, Incoming, Outgoing, Platform, UserId,
};
use crate::core::settings::Settings;
use crate::features::commands::Command;
use crate::features::directory::Directory;
use crate::features::directory::index::SearchCache;
use crate::features::glossary::Glossary;
use crate::i18n::{Args, I18n, Lang};
use crate::store::now;
use crate::store::{DialogueState, StoreError, Tx, UserRecord};

/// What every feature handler shares, read-only: the texts, the vocabularies, this
/// process's search index and the deployment settings.
#[derive(Debug)]
pub struct Services {
    i18n: I18n,
    glossary: Glossary,
    directory: Directory,
    search_cache: SearchCache,
    settings: Settings,
}

impl Services {
    /// Puts together what was loaded.
    pub fn new(i18n: I18n, glossary: Glossary, directory: Directory, settings: Settings) -> Self {
        Services {
            i18n,
            glossary,
            directory,
            search_cache: SearchCache::default(),
            settings,
        }
    }

    /// The localised texts.
    pub fn i18n(&self) -> &I18n {
        &self.i18n
    }

    /// The glossary index.
    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }

    /// The directory's vocabularies.
    pub fn directory(&self) -> &Directory {
        &self.directory
    }

    /// This process's directory search index.
    pub fn search_cache(&self) -> &SearchCache {
        &self.search_cache
    }

    /// The deployment settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The language a person reads: the one stored for them, else the default.
    pub async fn lang_of(
        &self,
        tx: &mut Tx,
        platform: Platform,
        user: &UserId,
    ) -> Result<Lang, StoreError> {
        Ok(tx
            .user(platform, user)
            .await?
            .and_then(|u| u.locale)
            .unwrap_or(self.settings().default_lang))
    }

    /// A private message for anyone, in the language they read (the one stored for them,
    /// else the default); `choices` are (label id, data) pairs.
    pub async fn notice(
        &self,
        tx: &mut Tx,
        platform: Platform,
        user: &UserId,
        id: &str,
        args: Args<'_>,
        choices: &[(&str, String)],
    ) -> Result<Outgoing, StoreError> {
        let lang = self.lang_of(tx, platform, user).await?;
        Ok(self.notice_in(lang, platform, user, id, args, choices))
    }

    /// A private message for anyone, in `lang`; `choices` as for [`Services::notice`].
    pub fn notice_in(
        &self,
        lang: Lang,
        platform: Platform,
        user: &UserId,
        id: &str,
        args: Args<'_>,
        choices: &[(&str, String)],
    ) -> Outgoing {
        Outgoing {
            choices: choices
                .iter()
                .map(|(label, data)| Choice::new(self.i18n().text(lang, label), data.clone()))
                .collect(),
            ..Outgoing::private(
                platform,
                user.clone(),
                self.i18n().text_args(lang, id, &args),
            )
        }
    }
}

/// The handling of one incoming message: its transaction, the sender's language and the
/// messages to send once it commits.
#[derive(Debug)]
pub struct Ctx<'a> {
    /// The transaction every read and write of this message goes through.
    pub tx: Tx,
    /// The message being handled.
    pub msg: &'a Incoming,
    /// The sender's language.
    pub lang: Lang,
    /// What is stored about the sender, if anything.
    pub user: Option<UserRecord>,
    /// The coordinator role the sender was given from the chat, if any.
    pub role: Option<crate::store::RoleRecord>,
    /// Whether the sender is blocked from the bot.
    pub(crate) barred: bool,
    pub(crate) services: &'a Services,
    /// The choices the sender's previous reply offered here (numbers typed answer them).
    pub(crate) offered: Vec<Choice>,
    pub(crate) out: Vec<Outgoing>,
    /// Messages queued in a lane of their own (see [`Ctx::send_in`]); those in `out` are
    /// replies when they go to the sender and notices otherwise.
    pub(crate) laned: Vec<(Outgoing, crate::core::Lane)>,
    pub(crate) private: bool,
    /// Whether this message started, advanced or ended the sender's dialogue.
    pub(crate) dialogue_moved: bool,
    /// The sender's dialogue kind once moved (`Some(None)`: ended), so the engine need not
    /// read it again.
    pub(crate) dialogue_now: Option<Option<String>>,
    /// When the typed answer fits several waiting choices: those, to ask which one.
    pub(crate) ambiguous: Vec<crate::core::choice::Candidate>,
    /// Whether the reply asks which of those was meant.
    pub(crate) asked_which: bool,
}

impl<'a> Ctx<'a> {
    /// The shared parts (glossary, settings, texts).
    pub fn services(&self) -> &'a Services {
        self.services
    }

    /// The message `id` in the sender's language.
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, &Args::new())
    }

    /// The message `id` with variables, in the sender's language. Every message may also
    /// use `$platform` (`telegram`, `matrix`, `console`) to say how to answer there: buttons
    /// are touched on Telegram, numbers typed elsewhere.
    pub fn t_args(&self, id: &str, args: &Args<'_>) -> String {
        let mut all = Args::new();
        for (name, value) in args.iter() {
            all.set(name.to_owned(), value.clone());
        }
        all.set("platform", self.msg.platform.as_str());
        self.services.i18n().text_args(self.lang, id, &all)
    }

    /// Says what was understood of an answer ("Noté : …").
    pub fn note_understood(&mut self, value: String) {
        let text = self.t_args("partner-understood", &crate::i18n::args([("value", value)]));
        self.reply(text);
    }

    /// A choice whose label is the message `id`.
    pub fn choice(&self, id: &str, data: impl Into<String>) -> Choice {
        Choice::new(self.t(id), data)
    }

    /// Whether the sender gave consent.
    pub fn consented(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.consent_at.is_some())
    }

    /// Whether the sender is a coordinator: named in the configuration, or promoted by an
    /// admin (read with this message, so a promotion counts from the next message on).
    pub fn is_coordinator(&self) -> bool {
        self.role.is_some()
            || self
                .services
                .settings()
                .is_coordinator(self.msg.platform, &self.msg.sender)
    }

    /// The organisation the sender coordinates for, when an admin scoped their role.
    pub fn organisation(&self) -> Option<&str> {
        self.role.as_ref().and_then(|r| r.organisation.as_deref())
    }

    /// Whether the sender's role covers a structure's programmes and permanences: always
    /// unless they were scoped to an organisation that is not this structure.
    pub fn covers(&self, structure: &str) -> bool {
        crate::features::roles::covers(self.organisation(), structure)
    }

    /// A structure the sender may not create for (scoped to another organisation): the
    /// sentence saying so, in their language.
    pub fn outside_scope(&self, structure: &str) -> Option<String> {
        let organisation = self.organisation()?;
        (!self.covers(structure)).then(|| {
            self.t_args(
                "role-scope-structure",
                &crate::i18n::args([("organisation", organisation.to_owned())]),
            )
        })
    }

    /// Whether the sender is an admin (named in the configuration).
    pub fn is_admin(&self) -> bool {
        self.services
            .settings()
            .is_admin(self.msg.platform, &self.msg.sender)
    }

    /// Every coordinator: those of the configuration, then those promoted from the chat.
    pub async fn coordinators(&mut self) -> Result<Vec<(Platform, UserId)>, StoreError> {
        let mut all: Vec<(Platform, UserId)> = self
            .services
            .settings()
            .configured_coordinators()
            .into_iter()
            .map(|(p, u)| (p, UserId(u)))
            .collect();
        for role in self.tx.roles().await? {
            if !all.contains(&role.person) {
                all.push(role.person);
            }
        }
        Ok(all)
    }

    /// Whether the message comes from a group (and is answered there).
    pub fn in_group(&self) -> bool {
        self.msg.chat_kind == ChatKind::Group && !self.private
    }

    /// Answers the rest of this message in the sender's private chat, even if it came from
    /// a group (a "continue in private" choice).
    pub fn force_private(&mut self) {
        self.private = true;
    }

    /// The key of this conversation: the sender for a private chat (whatever the platform's
    /// room id), the chat for a group.
    pub fn conversation(&self) -> ChatId {
        if self.in_group() {
            self.msg.chat.clone()
        } else {
            ChatId(self.msg.sender.0.clone())
        }
    }

    /// Replies to the sender where they wrote.
    pub fn reply(&mut self, text: String) {
        self.reply_with(text, Vec::new());
    }

    /// Replies to the sender with choices.
    pub fn reply_with(&mut self, text: String, choices: Vec<Choice>) {
        let chat = if self.in_group() {
            Some(self.msg.chat.clone())
        } else {
            None
        };
        self.out.push(Outgoing {
            platform: self.msg.platform,
            chat,
            user: self.msg.sender.clone(),
            text,
            choices,
            attachment: None,
            moderation: None,
        });
    }

    /// Queues a message for the sender in their private chat, wherever they wrote from.
    pub fn reply_privately(&mut self, text: String) -> &mut Outgoing {
        self.out.push(Outgoing::private(
            self.msg.platform,
            self.msg.sender.clone(),
            text,
        ));
        self.out.last_mut().expect("just pushed")
    }

    /// Queues a private message for someone else (or the sender), in the language they
    /// read; `choices` are (label id, data) pairs, labelled in that language too.
    pub async fn notify(
        &mut self,
        platform: Platform,
        user: &UserId,
        id: &str,
        args: Args<'_>,
        choices: &[(&str, String)],
    ) -> Result<(), StoreError> {
        // The sender reads what this message was read in: the language stored for them,
        // else the one their platform reports (a member who never consented has no stored
        // language, and got notices in the default one).
        // The author of the message answered is read the same way: the language stored for
        // them, else the one the platform reports for them.
        let reported = self
            .msg
            .reply_to
            .as_ref()
            .filter(|r| platform == self.msg.platform && r.author.as_ref() == Some(user))
            .and_then(|r| r.author_language.as_deref())
            .and_then(Lang::from_code);
        let message = if platform == self.msg.platform && *user == self.msg.sender {
            self.services
                .notice_in(self.lang, platform, user, id, args, choices)
        } else if let Some(reported) = reported {
            let stored = self.tx.user(platform, user).await?.and_then(|u| u.locale);
            self.services.notice_in(
                stored.unwrap_or(reported),
                platform,
                user,
                id,
                args,
                choices,
            )
        } else {
            self.services
                .notice(&mut self.tx, platform, user, id, args, choices)
                .await?
        };
        self.out.push(message);
        Ok(())
    }

    /// Records an action of the sender in the audit log (`target` by number, such as
    /// `profile:12`), in the same transaction as the action itself.
    pub async fn audit(
        &mut self,
        action: &str,
        target: String,
        reason: Option<&str>,
    ) -> Result<(), StoreError> {
        let chat = self.in_group().then(|| self.msg.chat.clone());
        self.audit_in(action, target, reason, chat.as_ref()).await
    }

    /// Like [`Ctx::audit`], for an action of the sender in a group named explicitly (a
    /// decision taken from a private notification).
    pub async fn audit_in(
        &mut self,
        action: &str,
        target: String,
        reason: Option<&str>,
        chat: Option<&ChatId>,
    ) -> Result<(), StoreError> {
        let actor = (self.msg.platform, self.msg.sender.clone());
        self.write_audit(actor, action, target, reason, chat).await
    }

    /// Records an action the bot took alone (flood control, newcomers' links held); the
    /// actor is [`BOT_ACTOR`].
    pub async fn audit_automatic(
        &mut self,
        action: &str,
        target: String,
        reason: Option<&str>,
    ) -> Result<(), StoreError> {
        let actor = (self.msg.platform, UserId(BOT_ACTOR.to_owned()));
        let chat = self.msg.chat.clone();
        self.write_audit(actor, action, target, reason, Some(&chat))
            .await
    }

    async fn write_audit(
        &mut self,
        actor: (Platform, UserId),
        action: &str,
        target: String,
        reason: Option<&str>,
        chat: Option<&ChatId>,
    ) -> Result<(), StoreError> {
        let entry = crate::store::AuditEntry {
            at: self.now(),
            actor,
            action: action.to_owned(),
            target,
            reason: reason.map(str::to_owned),
            chat: chat.map(|c| c.0.clone()),
        };
        tracing::info!(action, "audited action");
        self.tx.audit(&entry).await?;
        // Mirrored to the coordinators' group, in the deployment's language.
        if let Some((platform, room)) = self.services.settings().audit_room.clone() {
            let i18n = self.services.i18n();
            let lang = self.services.settings().default_lang;
            let label_id = format!("journal-action-{}", action.replace(['.', '_'], "-"));
            let label = if i18n.has(lang, &label_id) {
                i18n.text(lang, &label_id)
            } else {
                action.to_owned()
            };
            let mut text = i18n.text_args(
                lang,
                "journal-mirror",
                &crate::i18n::args([
                    (
                        "actor",
                        format!("{}:{}", entry.actor.0.as_str(), entry.actor.1.0),
                    ),
                    ("action", label),
                    ("target", entry.target.clone()),
                ]),
            );
            if let Some(reason) = &entry.reason {
                text.push_str(&i18n.text_args(
                    lang,
                    "journal-reason",
                    &crate::i18n::args([("reason", reason.clone())]),
                ));
            }
            self.out.push(Outgoing::in_room(platform, room, text));
        }
        Ok(())
    }

    /// Whether the choice being handled was typed (a number or a label) rather than a
    /// button pressed: typed answers name what is wanted, they never toggle it off.
    pub fn typed(&self) -> bool {
        matches!(self.msg.body, crate::core::Body::Text(_))
    }

    /// The current time (Unix seconds), as the engine's clock tells it.
    pub fn now(&self) -> i64 {
        now()
    }

    /// Queues any message, for the sender or for someone else, on any platform.
    pub fn send(&mut self, message: Outgoing) {
        self.out.push(message);
    }

    /// Queues a message in `lane` whoever it is for: an emergency call-back request goes
    /// before everything, a broadcast's copies after everything.
    pub fn send_in(&mut self, lane: crate::core::Lane, message: Outgoing) {
        self.laned.push((message, lane));
    }

    /// The messages queued so far.
    pub fn queued(&self) -> &[Outgoing] {
        &self.out
    }

    /// The sender's current dialogue in this conversation.
    pub async fn dialogue(&mut self) -> Result<Option<DialogueState>, StoreError> {
        let (platform, chat, user) = self.dialogue_key();
        self.tx.dialogue(platform, &chat, &user).await
    }

    /// Starts or advances the sender's dialogue. Starting another dialogue in the middle of
    /// a long form (the partner questionnaire, a new permanence) parks its draft (see
    /// [`Ctx::take_parked`]) rather than losing it.
    pub async fn set_dialogue(
        &mut self,
        kind: &str,
        step: i64,
        data: String,
    ) -> Result<(), StoreError> {
        let (platform, chat, user) = self.dialogue_key();
        if let Some(current) = self.tx.dialogue(platform, &chat, &user).await?
            && current.kind != kind
            && let Some((_, parked_text)) = PARKED.iter().find(|(k, _)| *k == current.kind)
        {
            self.tx
                .set_dialogue(platform, &parked_key(&chat, &current.kind), &user, &current)
                .await?;
            let text = self.t(parked_text);
            self.reply(text);
        }
        let state = DialogueState {
            kind: kind.to_owned(),
            step,
            data,
        };
        self.dialogue_moved = true;
        self.dialogue_now = Some(Some(state.kind.clone()));
        self.tx.set_dialogue(platform, &chat, &user, &state).await
    }

    /// Starts or advances a dialogue whose data is a draft stored as JSON (a long form
    /// that survives restarts).
    pub async fn save_draft<T>(
        &mut self,
        kind: &str,
        step: i64,
        draft: &T,
    ) -> Result<(), StoreError>
    where
        T: serde::Serialize,
    {
        let data = serde_json::to_string(draft)?;
        self.set_dialogue(kind, step, data).await
    }

    /// The step and draft of the sender's dialogue when it is of this kind; a draft this
    /// version cannot read starts empty rather than trapping the person.
    pub async fn load_draft<T>(&mut self, kind: &str) -> Result<Option<(i64, T)>, StoreError>
    where
        T: serde::de::DeserializeOwned + Default,
    {
        Ok(match self.dialogue().await? {
            Some(state) if state.kind == kind => Some((
                state.step,
                serde_json::from_str(&state.data).unwrap_or_default(),
            )),
            _ => None,
        })
    }

    /// The parked draft of a long form (`kind`), if any, removed from where it was parked.
    pub async fn take_parked(&mut self, kind: &str) -> Result<Option<DialogueState>, StoreError> {
        let (platform, chat, user) = self.dialogue_key();
        let key = parked_key(&chat, kind);
        let parked = self.tx.dialogue(platform, &key, &user).await?;
        if parked.is_some() {
            self.tx.clear_dialogue(platform, &key, &user).await?;
        }
        Ok(parked)
    }

    /// Ends the sender's dialogue; returns whether there was one.
    pub async fn clear_dialogue(&mut self) -> Result<bool, StoreError> {
        let (platform, chat, user) = self.dialogue_key();
        let cleared = self.tx.clear_dialogue(platform, &chat, &user).await?;
        if cleared {
            self.dialogue_moved = true;
            self.dialogue_now = Some(None);
        }
        Ok(cleared)
    }

    fn dialogue_key(&self) -> (Platform, ChatId, UserId) {
        (
            self.msg.platform,
            self.conversation(),
            self.msg.sender.clone(),
        )
    }
}

/// The dialogue kinds worth parking (long forms), with what the person is told when one is.
const PARKED: [(&str, &str); 2] = [
    (
        crate::features::directory::onboarding::DIALOGUE,
        "partner-parked",
    ),
    (crate::features::permanence::manage::DIALOGUE, "pnew-parked"),
];

/// Where a parked dialogue waits: a conversation key no platform uses (`#` suffix). The
/// partner questionnaire keeps the key it had when it was the only form parked.
fn parked_key(chat: &ChatId, kind: &str) -> ChatId {
    if kind == PARKED[0].0 {
        ChatId(format!("{}#parked", chat.0))
    } else {
        ChatId(format!("{}#parked:{kind}", chat.0))
    }
}

/// Whether the person has consented; if not, explains why nothing personal can be done
/// (after `/oublier`, old buttons lead nowhere personal).
pub fn has_consent(ctx: &mut Ctx<'_>) -> bool {
    if !ctx.consented() {
        crate::features::onboarding::explain_consent_needed(ctx);
        return false;
    }
    true
}

/// A button from an old message, or forged data: say so kindly and offer the menu.
pub fn stale_choice(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    say_stale(ctx);
    Ok(())
}

fn say_stale(ctx: &mut Ctx<'_>) {
    let text = ctx.t("choice-stale");
    let choices = vec![ctx.choice("menu-help", Command::Help.data())];
    ctx.reply_with(text, choices);
}

/// How long a question that takes the person's next message as its answer (a few words, a
/// reason, a number) waits for it: after an hour, their next message is ordinary text again
/// and is not swallowed as an answer.
pub const OPEN_QUESTION_FOR: i64 = 3600;

/// When such a question was asked, kept in its dialogue's data (other fields are ignored).
#[derive(Debug, Clone, Copy, Default, serde::Serialize, serde::Deserialize)]
pub struct AskedAt {
    /// Unix seconds.
    pub at: i64,
}

impl AskedAt {
    /// The data of a question asked at `at`.
    pub fn data(at: i64) -> String {
        serde_json::to_string(&AskedAt { at }).unwrap_or_default()
    }

    /// Whether the question kept in `data` still waits for an answer at `now`.
    pub fn still_open(data: &str, now: i64) -> bool {
        serde_json::from_str::<AskedAt>(data).is_ok_and(|a| now - a.at <= OPEN_QUESTION_FOR)
    }
}

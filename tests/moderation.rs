//! Group moderation through the engine, on SQLite and PostgreSQL, with several members of a
//! console group: a member reports a message, a coordinator warns, the third warning mutes,
//! a ban and an unban are carried out and recorded, a member is refused every moderation
//! command, the protections (flood, newcomers' links, welcome and rules) act alone, and the
//! bot-level block refuses service yet survives erasure.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, last_choices, texts};
use pairbot::core::{
    Body, ChatId, ChatKind, Incoming, ModerationAction, ModerationError, Outgoing, Platform,
    ReplyTo, UserId,
};

const GROUP: &str = "entraide";

/// A message from `user` in the group, with its id, answering `reply` (author, id) if any.
fn said(user: &str, id: &str, text: &str, reply: Option<(&str, &str)>) -> Incoming {
    Incoming {
        chat: ChatId(GROUP.into()),
        chat_kind: ChatKind::Group,
        message_id: Some(id.into()),
        reply_to: reply.map(|(author, message)| ReplyTo {
            message: message.into(),
            author: Some(UserId(author.into())),
            author_name: author.into(),
            text: Some("texte du message visé".into()),
            author_language: None,
        }),
        ..Incoming::private_text(Platform::Console, user, text)
    }
}

fn joined(user: &str) -> Incoming {
    Incoming {
        body: Body::Joined,
        ..said(user, "-", "", None)
    }
}

/// The messages posted in the group.
fn in_group(out: &[Outgoing]) -> String {
    texts(
        &out.iter()
            .filter(|m| m.chat.as_ref().is_some_and(|c| c.0 == GROUP))
            .cloned()
            .collect::<Vec<_>>(),
    )
}

/// The messages sent privately to `user`.
fn to(out: &[Outgoing], user: &str) -> String {
    texts(
        &out.iter()
            .filter(|m| m.chat.is_none() && m.user.0 == user)
            .cloned()
            .collect::<Vec<_>>(),
    )
}

fn user(name: &str) -> UserId {
    UserId(name.into())
}

async fn a_report_warnings_a_mute_a_ban_and_the_log(db: &TestDb) {
    let h = Harness::with_settings(db, common::staff()).await;
    // Welcome, then rules set by the coordinator and shown to the next newcomer.
    let out = h.send(joined("alice")).await;
    assert!(in_group(&out).contains("Bienvenue alice"), "{out:?}");
    assert!(h.send(joined("alice")).await.is_empty(), "welcomed once");
    let out = h
        .send(said(
            "coord",
            "c1",
            "/groupe regles Bienveillance et confidentialité.",
            None,
        ))
        .await;
    assert!(texts(&out).contains("C'est enregistré"), "{}", texts(&out));
    let out = h.send(joined("dan")).await;
    assert!(in_group(&out).contains("Bienveillance et confidentialité."));
    assert!(
        texts(&h.send(said("dan", "d1", "/regles", None)).await)
            .contains("Bienveillance et confidentialité.")
    );

    // A member is refused every moderation command, and nothing is done (flood control is
    // turned off for this burst of commands; the other test covers it).
    h.send(said("coord", "c0", "/groupe flood non", None)).await;
    for command in [
        "/avertir spam",
        "/muet 1h spam",
        "/demuet",
        "/bannir spam",
        "/debannir",
        "/exclure spam",
        "/supprimer",
        "/groupe",
        "/warn spam",
        "/ban spam",
        "/kick spam",
        "/mute 1h spam",
        "/unmute",
        "/unban",
        "/delete",
        "/group",
    ] {
        let out = h
            .send(said("alice", "a0", command, Some(("bob", "b0"))))
            .await;
        assert!(
            texts(&out).contains("réservée aux coordinateurs"),
            "{command}: {}",
            texts(&out)
        );
    }
    for command in ["/bloquer console:bob spam", "/debloquer console:bob"] {
        assert!(
            h.say_text("alice", command)
                .await
                .contains("réservée aux coordinateurs")
        );
    }
    assert!(h.out.take_actions().is_empty());
    // A coordinator in a private chat is told where group commands work.
    assert!(
        h.say_text("coord", "/avertir spam")
            .await
            .contains("dans le groupe concerné")
    );

    // bob writes; carol reports it by reply. Her command leaves the group, she is thanked
    // privately, the coordinator gets the context with buttons.
    h.send(said("bob", "b1", "un message blessant", None)).await;
    let out = h
        .send(said(
            "carol",
            "k1",
            "/signaler propos blessants",
            Some(("bob", "b1")),
        ))
        .await;
    assert_eq!(
        h.out.take_actions(),
        [(
            ChatId(GROUP.into()),
            ModerationAction::Delete {
                message: "k1".into()
            }
        )]
    );
    assert!(
        in_group(&out).is_empty(),
        "nothing said in the group: {out:?}"
    );
    assert!(to(&out, "carol").contains("Merci"));
    let note = out
        .iter()
        .find(|m| m.user.0 == "coord" && m.text.contains("Signalement n°"))
        .expect("the coordinator is told");
    assert!(note.text.contains("texte du message visé") && note.text.contains("propos blessants"));
    assert!(!note.text.contains("carol"), "the reporter stays unknown");
    let warn_button = note
        .choices
        .iter()
        .find(|c| c.label == "Avertir")
        .expect("a warn button")
        .data
        .clone();

    // First warning by reply.
    let out = h
        .send(said(
            "coord",
            "c2",
            "/avertir propos blessants",
            Some(("bob", "b1")),
        ))
        .await;
    assert!(in_group(&out).contains("n° 1 sur 3"), "{}", texts(&out));
    assert!(to(&out, "bob").contains("propos blessants"));
    assert!(h.out.take_actions().is_empty(), "no mute yet");
    // A member with no stored language whose platform reports English for the message
    // answered is told in English (it was French: only the sender's language was known).
    let reply = said(
        "coord",
        "c2b",
        "/avertir propos blessants",
        Some(("erin", "e1")),
    );
    let out = h
        .send(Incoming {
            reply_to: reply.reply_to.clone().map(|r| ReplyTo {
                author_language: Some("en".into()),
                ..r
            }),
            ..reply
        })
        .await;
    let told = to(&out, "erin");
    assert!(told.contains("You received a warning"), "{told}");
    assert!(
        in_group(&out).contains("Avertissement"),
        "{}",
        in_group(&out)
    );
    // A warning needs a reason; a coordinator cannot be warned, nor oneself.
    assert!(
        texts(
            &h.send(said("coord", "c3", "/avertir", Some(("bob", "b1"))))
                .await
        )
        .contains("motif")
    );
    assert!(
        texts(
            &h.send(said("coord", "c4", "/avertir spam", Some(("admin", "x1"))))
                .await
        )
        .contains("fait partie de la coordination")
    );
    assert!(
        texts(
            &h.send(said("coord", "c5", "/avertir spam", Some(("coord", "c1"))))
                .await
        )
        .contains("vous-même")
    );
    // Second warning from the report's button, once confirmed: the message goes, the
    // warning counts.
    let asked = h.press("coord", &warn_button).await;
    assert!(
        texts(&asked).contains("avertir la personne"),
        "{}",
        texts(&asked)
    );
    assert!(
        h.out.take_actions().is_empty(),
        "nothing before the confirmation"
    );
    let out = h.press("coord", &last_choices(&asked)[0]).await;
    assert!(in_group(&out).contains("n° 2 sur 3"), "{}", texts(&out));
    assert_eq!(
        h.out.take_actions(),
        [(
            ChatId(GROUP.into()),
            ModerationAction::Delete {
                message: "b1".into()
            }
        )]
    );
    assert!(texts(&h.press("coord", &warn_button).await).contains("déjà été traité"));
    // The third one mutes for 24 hours, as the defaults say.
    let before = pairbot::store::now();
    let out = h
        .send(said("coord", "c6", "/avertir encore", Some(("bob", "b1"))))
        .await;
    assert!(in_group(&out).contains("pendant 1 jour"), "{}", texts(&out));
    match h.out.take_actions().as_slice() {
        [
            (
                chat,
                ModerationAction::Mute {
                    user: who,
                    until: Some(until),
                },
            ),
        ] => {
            assert_eq!((chat.0.as_str(), who.0.as_str()), (GROUP, "bob"));
            assert!((before + 86_400..=before + 86_400 + 60).contains(until));
        }
        other => panic!("expected one mute, got {other:?}"),
    }
    // Warnings stop counting after 30 days.
    let group = ChatId(GROUP.into());
    let mut tx = h.engine.store().begin().await.unwrap();
    assert_eq!(
        tx.live_warnings(Platform::Console, &group, &user("bob"), before + 60)
            .await
            .unwrap(),
        3
    );
    assert_eq!(
        tx.live_warnings(
            Platform::Console,
            &group,
            &user("bob"),
            before + 31 * 86_400
        )
        .await
        .unwrap(),
        0
    );
    tx.rollback().await.unwrap();

    // Ban by reply, unban by naming the member.
    let out = h
        .send(said(
            "coord",
            "c7",
            "/bannir harcèlement répété",
            Some(("bob", "b1")),
        ))
        .await;
    assert!(in_group(&out).contains("Bannissement de bob"));
    assert!(to(&out, "bob").contains("harcèlement répété"));
    assert_eq!(
        h.out.take_actions(),
        [(
            group.clone(),
            ModerationAction::Ban {
                user: user("bob"),
                until: None
            }
        )]
    );
    let out = h
        .send(said("coord", "c8", "/debannir @bob excuses reçues", None))
        .await;
    assert!(in_group(&out).contains("levé"));
    assert_eq!(
        h.out.take_actions(),
        [(group.clone(), ModerationAction::Unban { user: user("bob") })]
    );

    // The audit log shows it all, with reasons and the group; members cannot read it.
    let log = h.say_text("coord", "/journal moderation").await;
    for entry in [
        "avertissement",
        "membre rendu muet (avertissements répétés)",
        "membre banni",
        "bannissement levé",
        "message supprimé",
        "harcèlement répété",
    ] {
        assert!(log.contains(entry), "{entry} missing from {log}");
    }
    assert!(
        h.say_text("alice", "/journal")
            .await
            .contains("réservée aux coordinateurs")
    );
    h.close().await;
}

async fn protections_act_alone_and_can_be_tuned(db: &TestDb) {
    let h = Harness::with_settings(db, common::staff()).await;
    // Settings: shown, changed, refused when unreadable.
    let out = h.send(said("coord", "c1", "/groupe", None)).await;
    assert!(
        texts(&out).contains("anti-flood : plus de 10 messages en 10 secondes"),
        "{}",
        texts(&out)
    );
    assert!(
        texts(
            &h.send(said("coord", "c2", "/groupe flood beaucoup", None))
                .await
        )
        .contains("pas compris")
    );
    let out = h
        .send(said("coord", "c3", "/groupe flood 3 60 10", None))
        .await;
    assert!(
        texts(&out).contains("plus de 3 messages en 60 secondes rendent muet pendant 10 minutes")
    );

    // Flood: the fourth message within a minute mutes, once.
    for i in 1..=3 {
        assert!(
            h.send(said("eve", &format!("e{i}"), "coucou", None))
                .await
                .is_empty()
        );
    }
    let out = h.send(said("eve", "e4", "coucou", None)).await;
    assert!(
        in_group(&out).contains("pause de 10 minutes"),
        "{}",
        texts(&out)
    );
    assert!(matches!(
        h.out.take_actions().as_slice(),
        [(_, ModerationAction::Mute { until: Some(_), .. })]
    ));
    h.send(said("eve", "e5", "coucou", None)).await;
    assert!(h.out.take_actions().is_empty(), "one mute per burst");
    // The mute ends on its own: the member hears it.
    let lifted = h
        .engine
        .lift_ended_sanctions(pairbot::store::now() + 11 * 60)
        .await
        .unwrap();
    assert_eq!(lifted, 1);
    h.engine.deliver(&h.out).await.unwrap();
    assert_eq!(
        h.out.take_actions(),
        [(
            ChatId(GROUP.into()),
            ModerationAction::Unmute { user: user("eve") }
        )]
    );
    assert!(texts(&h.out.take()).contains("est terminée"));

    // A newcomer's link is held: taken out of the group, the coordinator decides.
    let out = h
        .send(said(
            "frank",
            "f1",
            "super offre sur https://exemple.invalid",
            None,
        ))
        .await;
    assert_eq!(
        h.out.take_actions(),
        [(
            ChatId(GROUP.into()),
            ModerationAction::Delete {
                message: "f1".into()
            }
        )]
    );
    assert!(to(&out, "frank").contains("mis de côté"));
    // A newcomer who never consented (nothing stored, no language) and whose platform says
    // English is told in English.
    let english = h
        .send(Incoming {
            language: Some("en-GB".into()),
            ..said("grace", "g1", "see https://exemple.invalid/en", None)
        })
        .await;
    let told = to(&english, "grace");
    assert!(told.contains("Your message was set aside"), "{told}");
    h.out.take_actions();
    let note = out
        .iter()
        .find(|m| m.user.0 == "coord")
        .expect("the coordinator is told");
    assert!(note.text.contains("https://exemple.invalid"));
    let trust = note
        .choices
        .iter()
        .find(|c| c.label == "Faire confiance")
        .unwrap()
        .data
        .clone();
    assert!(texts(&h.press("alice", &trust).await).contains("d'autres personnes"));
    let out = h.press("coord", &trust).await;
    assert!(to(&out, "frank").contains("donné son accord"));
    h.send(said(
        "frank",
        "f2",
        "le lien : https://exemple.invalid",
        None,
    ))
    .await;
    assert!(h.out.take_actions().is_empty(), "trusted now");
    // A newcomer's photo too; removing them from the group is one press.
    let out = h
        .send(Incoming {
            media: true,
            ..said("gina", "g1", "", None)
        })
        .await;
    let remove = out
        .iter()
        .find(|m| m.user.0 == "coord")
        .and_then(|m| m.choices.iter().find(|c| c.label == "Retirer du groupe"))
        .expect("a remove button")
        .data
        .clone();
    h.out.take_actions();
    let asked = h.press("coord", &remove).await;
    assert!(
        texts(&asked).contains("Retirer du groupe la personne"),
        "{}",
        texts(&asked)
    );
    assert!(
        h.out.take_actions().is_empty(),
        "nothing before the confirmation"
    );
    h.press("coord", &last_choices(&asked)[0]).await;
    assert_eq!(
        h.out.take_actions(),
        [(
            ChatId(GROUP.into()),
            ModerationAction::Kick { user: user("gina") }
        )]
    );
    // Ordinary words from a newcomer pass; so do a coordinator's links.
    assert!(
        h.send(said("hugo", "h1", "bonjour à tous", None))
            .await
            .is_empty()
    );
    h.send(said("coord", "c4", "https://exemple.invalid/agenda", None))
        .await;
    assert!(h.out.take_actions().is_empty());

    // A platform refusing the action: the coordinator is told why, kindly.
    *h.out.refuse.lock().unwrap() = Some(ModerationError::MissingRight);
    let out = h
        .send(said(
            "coord",
            "c5",
            "/exclure publicité",
            Some(("hugo", "h1")),
        ))
        .await;
    assert!(
        to(&out, "coord").contains("droits d'administration"),
        "{}",
        texts(&out)
    );
    *h.out.refuse.lock().unwrap() = None;
    // A timed mute by command, lifted early by hand: nothing left to lift later.
    h.send(said(
        "coord",
        "c6",
        "/muet 2h messages répétés",
        Some(("hugo", "h1")),
    ))
    .await;
    h.send(said("coord", "c7", "/demuet", Some(("hugo", "h1"))))
        .await;
    h.out.take_actions();
    let lifted = h
        .engine
        .lift_ended_sanctions(pairbot::store::now() + 3 * 3_600)
        .await
        .unwrap();
    assert_eq!(lifted, 0);
    assert!(
        texts(
            &h.send(said("coord", "c8", "/muet spam", Some(("hugo", "h1"))))
                .await
        )
        .contains("la durée")
    );
    h.close().await;
}

async fn a_blocked_person_gets_no_service_even_after_erasure(db: &TestDb) {
    let h = Harness::with_settings(db, common::staff()).await;
    h.consent("bob").await;
    assert!(
        h.say_text("coord", "/bloquer bob spam")
            .await
            .contains("/bloquer telegram:123456")
    );
    assert!(
        h.say_text("coord", "/bloquer console:bob")
            .await
            .contains("motif")
    );
    assert!(
        h.say_text("coord", "/bloquer console:admin menaces")
            .await
            .contains("fait partie de la coordination")
    );
    let out = h
        .say("coord", "/bloquer console:bob messages menaçants")
        .await;
    assert!(to(&out, "coord").contains("Blocage enregistré"));
    assert!(to(&out, "bob").contains("ne vous rendrait plus de services"));
    assert!(
        h.say_text("coord", "/bloquer console:bob encore")
            .await
            .contains("existe déjà")
    );
    // Refused politely, except their data, erasure and emergency numbers.
    for command in ["/aide", "/chercher diabète", "/permanences", "bonjour"] {
        assert!(
            h.say_text("bob", command)
                .await
                .contains("ne peut plus vous rendre de services")
        );
    }
    assert!(h.say_text("bob", "/urgence").await.contains("15"));
    let data = h.say_text("bob", "/mes_donnees").await;
    assert!(data.contains("Blocage par la coordination"), "{data}");
    // Silent in groups.
    assert!(h.send(said("bob", "b1", "/aide", None)).await.is_empty());
    // Yet still under the group's protections: a newcomer's link is set aside for them as
    // for anyone (the block answered first, and the link stayed).
    h.out.take_actions();
    h.send(said(
        "bob",
        "b2",
        "gagnez vite sur https://gains.example/x",
        None,
    ))
    .await;
    assert_eq!(
        h.out.take_actions(),
        [(
            ChatId(GROUP.into()),
            ModerationAction::Delete {
                message: "b2".into()
            }
        )]
    );
    // Erasure keeps the block and nothing else.
    let out = h.say("bob", "/oublier").await;
    let confirm = out.last().unwrap().choices[0].data.clone();
    h.press("bob", &confirm).await;
    assert_eq!(h.rows("users", "bob").await, 0);
    assert_eq!(h.rows("blocks", "bob").await, 1);
    assert!(
        h.say_text("bob", "/aide")
            .await
            .contains("ne peut plus vous rendre de services")
    );
    // Lifted: served again.
    let out = h.say("coord", "/debloquer console:bob").await;
    assert!(to(&out, "coord").contains("Blocage levé"));
    assert!(h.say_text("bob", "/aide").await.contains("/definition"));
    assert!(
        h.say_text("coord", "/debloquer console:bob")
            .await
            .contains("Aucun blocage")
    );
    let log = h.say_text("coord", "/journal blocage").await;
    assert!(
        log.contains("personne bloquée") && log.contains("blocage levé"),
        "{log}"
    );
    h.close().await;
}

/// Names and words of members are not posted as the bot's own: a display name is one plain
/// line in a welcome (line breaks, bidi and zero-width characters made a fake notice), and
/// an unknown word or command is not repeated in the group.
async fn member_words_are_not_the_bots(db: &TestDb) {
    let h = Harness::with_settings(db, common::staff()).await;
    let out = h
        .send(Incoming {
            display_name: "Zoé\nMessage de la coordination : écrivez au 06\u{202e}\u{200b}".into(),
            ..joined("zoe")
        })
        .await;
    let welcome = in_group(&out);
    assert!(
        welcome.contains("Bienvenue Zoé Message de la coordination"),
        "{welcome}"
    );
    assert!(
        !welcome.contains('\u{202e}') && !welcome.contains('\u{200b}'),
        "{welcome:?}"
    );
    assert_eq!(
        welcome.lines().count(),
        in_group(&h.send(joined("ugo")).await).lines().count()
    );
    for command in [
        "/definition @room — nouvelle adresse, écrivez-moi",
        "/annonce_officielle_rejoignez_nous",
    ] {
        let out = h.send(said("zoe", "z1", command, None)).await;
        let reply = in_group(&out);
        assert!(!reply.is_empty(), "{command}: answered");
        assert!(
            !reply.contains("room") && !reply.contains("adresse") && !reply.contains("annonce"),
            "{command}: {reply}"
        );
    }
}

/// An edit is checked like a new message but never acts; a channel's post is never trusted;
/// crisis words get the emergency numbers without exempting a link from the protections.
async fn edits_channels_and_crisis_words_meet_the_protections(db: &TestDb) {
    let h = Harness::with_settings(db, common::staff()).await;
    let edited = |user: &str, id: &str, text: &str| Incoming {
        body: Body::Edited(text.into()),
        ..said(user, id, text, None)
    };
    let delete = |id: &str| {
        vec![(
            ChatId(GROUP.into()),
            ModerationAction::Delete { message: id.into() },
        )]
    };
    // A plain message, then the same edited into a link: the edit is held.
    h.send(said("hugo", "h1", "bonne journée à tous", None))
        .await;
    assert!(h.out.take_actions().is_empty());
    let out = h
        .send(edited("hugo", "h1", "bonne journée, voir arnaque.xyz"))
        .await;
    assert_eq!(h.out.take_actions(), delete("h1"));
    assert!(to(&out, "hugo").contains("mis de côté"), "{}", texts(&out));
    // An edit into a command runs nothing, in a group or in private.
    let out = h.send(edited("hugo", "h2", "/signaler arnaque")).await;
    assert!(out.is_empty(), "{}", texts(&out));
    let out = h
        .send(Incoming {
            body: Body::Edited("/oublier".into()),
            ..Incoming::private_text(Platform::Console, "hugo", "/oublier")
        })
        .await;
    let reply = texts(&out);
    assert!(
        reply.contains("je ne relis pas les messages modifiés"),
        "{reply}"
    );
    assert!(!reply.contains("Voulez-vous vraiment"), "{reply}");
    // A channel stays a newcomer however much it posts.
    for n in 0..5 {
        let post = Incoming {
            body: Body::ChannelPost(format!("annonce {n}")),
            sender: user("-1009"),
            ..said("-1009", &format!("c{n}"), "", None)
        };
        h.send(post).await;
    }
    let link = Incoming {
        body: Body::ChannelPost("gagnez sur gagnez.top".into()),
        ..said("-1009", "c9", "", None)
    };
    h.send(link).await;
    assert_eq!(h.out.take_actions(), delete("c9"));
    // Crisis words bring the numbers, and the link is held all the same.
    let out = h
        .send(said(
            "ines",
            "i1",
            "je veux mourir, regardez arnaque.xyz",
            None,
        ))
        .await;
    assert!(texts(&out).contains("3114"), "{}", texts(&out));
    assert_eq!(h.out.take_actions(), delete("i1"));
}

on_every_backend!(
    edits_channels_and_crisis_words_meet_the_protections,
    member_words_are_not_the_bots,
    a_report_warnings_a_mute_a_ban_and_the_log,
    protections_act_alone_and_can_be_tuned,
    a_blocked_person_gets_no_service_even_after_erasure,
);

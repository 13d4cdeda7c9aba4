//! `pairbot import partners` and `pairbot export partners`, on SQLite and PostgreSQL: a
//! spreadsheet as French and English spreadsheets save it, every problem listed by line and
//! column with nothing imported, the same file twice changing nothing, approval by flag, and
//! an export that imports back unchanged.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb};
use pairbot::admin::partners::{export, import};
use pairbot::core::Platform;
use pairbot::i18n::Lang;

/// As a French spreadsheet saves it: byte-order mark, `;`, labels with accents, a quoted
/// cell with a line break, dates the French way.
const FRENCH: &str = "\u{feff}Plateforme;Identifiant;Pseudonyme;Rôles;Situations vécues;Départements;En ligne;Langues;Formation;Missions;Présentation;Accord le\r\n\
telegram;700001;Camille R.;Pair-aidant;Sclérose en plaques;31, 81;oui;Français;Formation ETP 40 h;Écoute et soutien, co-animation-etp;\"Vingt ans de SEP.\nJ'écoute volontiers.\";14/03/2026\r\n\
matrix;@noe:exemple.org;Noé B.;patient-ressource;diabete-type-1;69;non;;;Témoignage;;2026-02-01\r\n\
telegram;700002;Inès M.;Pair-aidant familial;Maladie d'Alzheimer;2A;;;;;;01/12/2025\r\n";

/// As an English spreadsheet saves it: `,`, keys, quoted multi-value cells.
const ENGLISH: &str = "platform,id,pseudonym,roles,conditions,departments,online,consent date\n\
telegram,700010,Sam K.,\"pair-aidant, patient-ressource\",\"asthme, bpco\",75,yes,2026-05-05\n";

/// Where each problem of a report is: line and column.
fn places(report: &pairbot::admin::ImportReport) -> Vec<(usize, &str)> {
    report
        .problems
        .iter()
        .map(|p| (p.line, p.column.as_str()))
        .collect()
}

async fn partners(h: &Harness) -> i64 {
    let mut tx = h.engine.store().begin().await.unwrap();
    let n = tx.all_partners().await.unwrap().len() as i64;
    tx.rollback().await.unwrap();
    n
}

/// Imported profiles wait for review, or are approved by flag and found by a search; the
/// same file again changes nothing; consent is recorded with the coordination's date.
async fn a_spreadsheet_becomes_the_directory(db: &TestDb) {
    let h = Harness::new(db).await;
    let first = import(&h.engine, FRENCH, false, false).await.unwrap();
    assert!(first.problems.is_empty(), "{first:?}");
    assert_eq!((first.created, first.updated, first.unchanged), (3, 0, 0));
    h.consent("lea").await;
    let found = h.say_text("lea", "/chercher SEP Toulouse").await;
    assert!(!found.contains("Camille R."), "not approved yet: {found}");
    // Again: nothing changes.
    let again = import(&h.engine, FRENCH, false, false).await.unwrap();
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 3));
    // Approved by flag, then visible; the profile is stored as written.
    let approved = import(&h.engine, FRENCH, true, false).await.unwrap();
    assert_eq!(approved.updated, 3, "{approved:?}");
    let found = h.say_text("lea", "/chercher SEP Toulouse").await;
    assert!(found.contains("Camille R."), "{found}");
    // A profile imported without a training reads "—" there (it crashed the card when a
    // related condition first listed it).
    let found = h.say_text("lea", "/chercher Alzheimer").await;
    let ines = found
        .split("\n\n")
        .find(|card| card.contains("Inès M."))
        .unwrap_or_else(|| panic!("{found}"));
    assert!(ines.contains("Formation : —"), "{ines}");
    let mut tx = h.engine.store().begin().await.unwrap();
    let camille = tx
        .partner_of(Platform::Telegram, &pairbot::core::UserId("700001".into()))
        .await
        .unwrap()
        .unwrap();
    let user = tx
        .user(Platform::Telegram, &pairbot::core::UserId("700001".into()))
        .await
        .unwrap()
        .unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(camille.profile.departments, ["31", "81"]);
    assert_eq!(camille.profile.training, "etp-40h");
    assert_eq!(camille.profile.missions, ["co-animation-etp", "ecoute"]);
    assert!(camille.profile.bio.contains("J'écoute volontiers"));
    assert_eq!(
        pairbot::i18n::format_day(Lang::Fr, user.consent_at.unwrap()),
        "14/03/2026"
    );
    let approved_again = import(&h.engine, FRENCH, true, false).await.unwrap();
    assert_eq!(approved_again.unchanged, 3, "{approved_again:?}");
    // An English file, keys and commas.
    let english = import(&h.engine, ENGLISH, false, false).await.unwrap();
    assert_eq!(english.created, 1, "{english:?}");
    assert_eq!(partners(&h).await, 4);
    h.close().await;
}

/// Every problem is listed by line and column, and nothing is imported.
async fn a_file_with_problems_imports_nothing(db: &TestDb) {
    let h = Harness::new(db).await;
    let file = "plateforme;identifiant;pseudonyme;rôles;situations vécues;départements;missions;accord le\n\
telegram;700001;Camille;pair-aidant;SEP;31;;2026-01-01\n\
whatsapp;123;Noé;pair-aidant;;;;2026-01-01\n\
telegram;@ines;Inès;pair-aidant;maladie inventée;99;;2026-01-01\n\
telegram;700001;Camille bis;pair-aidant;;;;2026-01-01\n\
telegram;700003;Léo;pair-aidant;;;co-animation-etp;\n\
telegram;700004;Zoé;astronaute;;;;2099-01-01\n";
    let report = import(&h.engine, file, true, false).await.unwrap();
    let said = places(&report);
    for expected in [
        (3, "plateforme"),
        (4, "identifiant"),
        (4, "situations vécues"),
        (4, "départements"),
        (5, "identifiant"),
        (6, "missions"),
        (6, "accord le"),
        (7, "rôles"),
        (7, "accord le"),
    ] {
        assert!(said.contains(&expected), "{expected:?} not in {said:?}");
    }
    assert!(!said.iter().any(|(line, _)| *line == 2), "{said:?}");
    assert_eq!(partners(&h).await, 0);
    let text = report.render(false, "profiles");
    assert!(text.contains("nothing was imported"), "{text}");
    // A missing required column is said before any row.
    let report = import(&h.engine, "pseudonyme;rôles\nA;pair-aidant\n", false, false)
        .await
        .unwrap();
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.message.contains("\"identifiant\"")),
        "{report:?}"
    );
    h.close().await;
}

/// An export imports back unchanged, in either language; `--dry-run` changes nothing.
async fn an_export_imports_back_unchanged(db: &TestDb) {
    let h = Harness::new(db).await;
    let dry = import(&h.engine, FRENCH, true, true).await.unwrap();
    assert_eq!(dry.created, 3);
    assert_eq!(partners(&h).await, 0);
    import(&h.engine, FRENCH, true, false).await.unwrap();
    for lang in [Lang::Fr, Lang::En] {
        let exported = export(&h.engine, lang).await.unwrap();
        assert!(exported.starts_with('\u{feff}'));
        let back = import(&h.engine, &exported, true, false).await.unwrap();
        assert!(back.problems.is_empty(), "{lang:?}: {back:?}\n{exported}");
        assert_eq!(back.unchanged, 3, "{lang:?}: {back:?}\n{exported}");
    }
    let french = export(&h.engine, Lang::Fr).await.unwrap();
    let mut rows = common::french_csv(&french);
    let header = rows.headers().unwrap().clone();
    assert_eq!(&header[0], "plateforme");
    assert_eq!(rows.records().count(), 3);
    h.close().await;
}

/// The command line: problems exit with status 1; a dry run says so.
async fn the_import_command_reports_and_exits(db: &TestDb) {
    let h = Harness::new(db).await;
    let home = tempfile::tempdir().unwrap();
    let good = home.path().join("partenaires.csv");
    std::fs::write(&good, FRENCH).unwrap();
    let bad = home.path().join("erreurs.csv");
    std::fs::write(
        &bad,
        "plateforme;identifiant;pseudonyme;rôles;accord le\nfax;1;A;pair-aidant;2026-01-01\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_pairbot"))
            .args(args)
            .args(["--database-url", &db.url])
            .env("XDG_CONFIG_HOME", home.path())
            .env_remove("PAIRBOT_CONFIG")
            .output()
            .unwrap()
    };
    let out = run(&["import", "partners", good.to_str().unwrap(), "--dry-run"]);
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{said}");
    assert!(said.contains("3 new") && said.contains("dry run"), "{said}");
    assert_eq!(partners(&h).await, 0);
    let out = run(&["import", "partners", bad.to_str().unwrap()]);
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("line 2, column \"plateforme\""), "{said}");
    let out = run(&["import", "partners", good.to_str().unwrap(), "--approve"]);
    assert!(out.status.success());
    let exported = home.path().join("export.csv");
    let out = run(&[
        "export",
        "partners",
        exported.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert!(out.status.success(), "{out:?}");
    let text = std::fs::read_to_string(&exported).unwrap();
    assert!(
        text.contains("pseudonym") && text.contains("Camille R."),
        "{text}"
    );
    h.close().await;
}

/// ETP programmes from a spreadsheet: created, unchanged the second time, updated by
/// number from an edited export; problems listed, nothing imported.
async fn programmes_come_from_a_spreadsheet_too(db: &TestDb) {
    use pairbot::admin::programmes;
    let h = Harness::new(db).await;
    let file = "\u{feff}Titre;Structure;Adresse;Département;En ligne;Format;Rythme;Places;Co-animé;Description;Situations vécues\r\n\
Vivre avec la SEP;Réseau fictif SEP Occitanie;12 rue Imaginaire, Toulouse;31;non;Collectif;6 ateliers le jeudi;12;oui;Comprendre la maladie et la fatigue.;SEP\r\n\
Asthme de l'enfant;Hôpital fictif;;;oui;les deux;un bilan puis 4 séances;8;non;Pour les enfants et leurs parents.;Asthme\r\n";
    let first = programmes::import(&h.engine, file, false).await.unwrap();
    assert!(first.problems.is_empty(), "{first:?}");
    assert_eq!((first.created, first.updated, first.unchanged), (2, 0, 0));
    let again = programmes::import(&h.engine, file, false).await.unwrap();
    assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 2));
    let mut tx = h.engine.store().begin().await.unwrap();
    let stored = tx.programmes(true).await.unwrap();
    tx.rollback().await.unwrap();
    let sep = stored
        .iter()
        .find(|p| p.details.title == "Vivre avec la SEP")
        .unwrap();
    assert_eq!(sep.details.themes, ["sclerose-en-plaques"]);
    assert_eq!(sep.details.department.as_deref(), Some("31"));
    assert!(sep.details.co_run && sep.open);
    // An export, edited in a spreadsheet, updates by number.
    let exported = programmes::export(&h.engine, Lang::Fr).await.unwrap();
    let back = programmes::import(&h.engine, &exported, false)
        .await
        .unwrap();
    assert_eq!(back.unchanged, 2, "{back:?}\n{exported}");
    let edited = exported.replace(";12;oui;", ";15;oui;");
    let changed = programmes::import(&h.engine, &edited, false).await.unwrap();
    assert_eq!((changed.updated, changed.unchanged), (1, 1), "{changed:?}");
    // Problems, and nothing imported.
    let bad = "titre;structure;format;rythme;places;description;numéro;en ligne;département\n\
A;S;en visio;lundi;dix;D;;non;31\n\
B;S;collectif;lundi;5;D;999;non;31\n\
C;S;collectif;lundi;5;D;;non;\n";
    let report = programmes::import(&h.engine, bad, false).await.unwrap();
    let said = places(&report);
    for expected in [
        (2, "format"),
        (2, "places"),
        (3, "numéro"),
        (4, "département"),
    ] {
        assert!(said.contains(&expected), "{expected:?} not in {said:?}");
    }
    let mut tx = h.engine.store().begin().await.unwrap();
    assert_eq!(tx.programmes(true).await.unwrap().len(), 2);
    tx.rollback().await.unwrap();
    h.close().await;
}

/// Weekly permanences from a spreadsheet: created with their slots, hosted by approved
/// partners, bookable at once; the same file again changes nothing; a changed one is left
/// to the chat, where people who booked are told.
async fn permanences_come_from_a_spreadsheet_too(db: &TestDb) {
    use pairbot::admin::permanences;
    let h = Harness::new(db).await;
    import(&h.engine, FRENCH, true, false).await.unwrap();
    let mut tx = h.engine.store().begin().await.unwrap();
    let host = tx
        .partner_of(Platform::Telegram, &pairbot::core::UserId("700001".into()))
        .await
        .unwrap()
        .unwrap()
        .id;
    tx.rollback().await.unwrap();
    let file = format!(
        "Titre;Structure;Adresse;Département;Situations vécues;Hôtes;Jour;Horaires;Durée d'un créneau;Places\n\
Permanence SEP du jeudi;Maison des usagers fictive;3 place Imaginaire, Toulouse;31;SEP;{host};jeudi;14h-17h;60;2\n"
    );
    let first = permanences::import(&h.engine, &file, false).await.unwrap();
    assert!(first.problems.is_empty(), "{first:?}");
    assert_eq!(first.created, 1);
    h.consent("lea").await;
    let listed = h.say_text("lea", "/permanences SEP Toulouse").await;
    assert!(listed.contains("Permanence SEP du jeudi"), "{listed}");
    let again = permanences::import(&h.engine, &file, false).await.unwrap();
    assert_eq!((again.created, again.unchanged), (0, 1), "{again:?}");
    let exported = permanences::export(&h.engine, Lang::Fr).await.unwrap();
    let back = permanences::import(&h.engine, &exported, false)
        .await
        .unwrap();
    assert_eq!(back.unchanged, 1, "{back:?}\n{exported}");
    // Changed details are the chat's business; unknown hosts and days are problems.
    let changed = file.replace(";60;2", ";30;2");
    let report = permanences::import(&h.engine, &changed, false)
        .await
        .unwrap();
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.message.contains("/mes_permanences")),
        "{report:?}"
    );
    let bad = "titre;structure;jour;horaires;durée d'un créneau;places;Hôtes;en ligne\n\
Autre;S;jeudy;14h-17h;60;2;999;oui\n\
Encore;S;lundi;17h-14h;500;0;;oui\n";
    let report = permanences::import(&h.engine, bad, false).await.unwrap();
    let said = places(&report);
    for expected in [
        (2, "jour"),
        (2, "Hôtes"),
        (3, "horaires"),
        (3, "durée d'un créneau"),
        (3, "places"),
    ] {
        assert!(said.contains(&expected), "{expected:?} not in {said:?}");
    }
    h.close().await;
}

on_every_backend!(
    permanences_come_from_a_spreadsheet_too,
    programmes_come_from_a_spreadsheet_too,
    a_spreadsheet_becomes_the_directory,
    a_file_with_problems_imports_nothing,
    an_export_imports_back_unchanged,
    the_import_command_reports_and_exits,
);

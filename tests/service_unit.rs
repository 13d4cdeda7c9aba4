//! The systemd unit in `contrib/`: accepted by `systemd-analyze verify` without a warning
//! (where that tool exists), hardened as the README says, and its environment file naming
//! only variables the binary reads.

use std::process::Command;

const UNIT: &str = include_str!("../contrib/pairbot@.service");
const ENV_EXAMPLE: &str = include_str!("../contrib/pairbot.env.example");

#[test]
fn the_unit_is_valid_for_systemd() {
    let Ok(version) = Command::new("systemd-analyze").arg("--version").output() else {
        eprintln!("systemd-analyze is not installed: the unit is not verified here");
        return;
    };
    assert!(version.status.success());
    let dir = tempfile::tempdir().unwrap();
    // The instance as an administrator enables it, running the binary just built.
    let unit = UNIT.replace("/usr/local/bin/pairbot", env!("CARGO_BIN_EXE_pairbot"));
    let path = dir.path().join("pairbot@telegram.service");
    std::fs::write(&path, unit).unwrap();
    let out = Command::new("systemd-analyze")
        .arg("verify")
        .arg(&path)
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // Unknown or misspelt keys are only warnings: any output is a failure here.
    assert!(out.status.success() && said.trim().is_empty(), "{said}");
}

#[test]
fn the_unit_is_hardened() {
    for line in [
        "DynamicUser=yes",
        "StateDirectory=pairbot",
        "ProtectSystem=strict",
        "PrivateTmp=yes",
        "NoNewPrivileges=yes",
        "Restart=on-failure",
        "EnvironmentFile=/etc/pairbot/pairbot.env",
    ] {
        assert!(UNIT.lines().any(|l| l.trim() == line), "{line}");
    }
}

#[test]
fn the_environment_file_names_variables_the_binary_reads() {
    let sources = [
        include_str!("../src/main.rs"),
        include_str!("../src/config.rs"),
    ]
    .concat();
    let names: Vec<&str> = ENV_EXAMPLE
        .lines()
        .map(|l| l.trim_start_matches('#'))
        .filter_map(|l| l.split_once('=').map(|(name, _)| name))
        .filter(|name| {
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
        })
        .collect();
    assert!(names.len() >= 5, "{names:?}");
    for name in names {
        assert!(
            sources.contains(&format!("\"{name}\"")),
            "{name} is not read"
        );
    }
}

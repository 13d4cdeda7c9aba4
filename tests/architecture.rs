//! The layers read one way (adapters → app → features → store → core), checked on the
//! sources: a change that makes a lower layer reach up fails here, with the line.

use std::path::{Path, PathBuf};

fn sources(dir: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut out);
    assert!(!out.is_empty(), "no sources under {dir}");
    out
}

/// Lines of the sources under `dir` that mention any of `needles` (comments aside).
fn mentions(dir: &str, needles: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for path in sources(dir) {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if needles.iter().any(|needle| code.contains(needle)) {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    found
}

#[test]
fn the_core_imports_no_other_layer() {
    let found = mentions(
        "src/core",
        &[
            "crate::features",
            "crate::app",
            "crate::adapters",
            "crate::store",
            "teloxide",
            "matrix_sdk",
        ],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn features_stand_below_the_application_and_the_platforms() {
    let found = mentions(
        "src/features",
        &["crate::app", "crate::adapters", "teloxide", "matrix_sdk"],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_store_knows_no_feature() {
    let found = mentions(
        "src/store",
        &["crate::features", "crate::app", "crate::adapters"],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn adapters_reach_the_store_only_through_the_adapter_state_seam() {
    let found: Vec<_> = mentions("src/adapters", &[".store()", "crate::store::"])
        .into_iter()
        // The clock is not the store.
        .filter(|line| {
            let code = line
                .split_once(": ")
                .map_or(line.as_str(), |(_, code)| code);
            code.contains(".store()")
                || code
                    .replace("crate::store::now()", "")
                    .contains("crate::store::")
        })
        .collect();
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn no_source_file_is_over_800_lines() {
    for path in sources("src") {
        let lines = std::fs::read_to_string(&path).unwrap().lines().count();
        assert!(lines <= 800, "{} has {lines} lines", path.display());
    }
}

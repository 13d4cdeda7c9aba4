//! Free text read against the real vocabularies: the directory search (conditions,
//! departments, cities, roles, with typos) and the glossary lookup.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pairbot::features::directory::Directory;
use pairbot::features::glossary::Glossary;
use std::sync::OnceLock;

fn vocabularies() -> &'static (Directory, Glossary) {
    static LOADED: OnceLock<(Directory, Glossary)> = OnceLock::new();
    LOADED.get_or_init(|| {
        let texts = pairbot::i18n::I18n::load().expect("texts");
        (
            Directory::load(&texts),
            Glossary::load(&texts).expect("glossary"),
        )
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let (directory, glossary) = vocabularies();
    let _ = pairbot::features::directory::search::parse(directory, input, true);
    let _ = glossary.lookup(input);
});

//! Every parser of what people type, on arbitrary bytes read as text: commands, choices,
//! durations, person ids, links, crisis wording, hours, dates, appointments, console lines.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pairbot::core::Choice;
use pairbot::features::permanence::schedule;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("a date");
    let _ = pairbot::core::command::parse_command(input);
    let pending = [
        Choice::new("Oui, j'accepte", "a"),
        Choice::valued("2 h", "b", 2),
    ];
    let _ = pairbot::core::command::match_choice(input, &pending);
    if let Some((seconds, rest)) = pairbot::features::moderation::take_duration(input) {
        assert!((60..=366 * 86_400).contains(&seconds));
        assert!(input.ends_with(rest));
    }
    let _ = pairbot::features::moderation::groups::has_link(input);
    let _ = pairbot::features::roles::parse_person(input);
    let _ = pairbot::features::safety::is_crisis(input);
    if let Some((start, end)) = schedule::parse_hours(input) {
        assert!(start < end && end <= 24 * 60);
    }
    let _ = schedule::parse_dates(input, today);
    let _ = schedule::parse_moments(input, today);
    let _ = pairbot::adapters::console::parse_line(input, "vous");
});

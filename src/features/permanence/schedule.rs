//! When the slots of a weekly permanence fall, in Europe/Paris wall-clock time.
//!
//! A permanence is described in local time ("Tuesdays 14:00–17:00") and its slots are
//! stored as instants. On the night clocks go forward, a slot starting in the missing hour
//! does not exist and is left out; on the night they go back, a start in the repeated hour
//! is the first of the two. A slot always lasts its length in real time.

use crate::i18n::TIME_ZONE;
use chrono::{Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone};

/// A weekly opening: ISO weekday (1 = Monday … 7 = Sunday), start and end in minutes after
/// local midnight, and the length of each slot in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weekly {
    /// ISO weekday.
    pub weekday: u8,
    /// First slot's start, minutes after local midnight.
    pub start_minute: u16,
    /// End of the opening, minutes after local midnight.
    pub end_minute: u16,
    /// Length of a slot, in minutes.
    pub slot_minutes: u16,
}

/// The instant (Unix seconds) of a local date and time; `None` in the hour skipped when
/// clocks go forward, the earlier one in the hour repeated when they go back.
pub fn local_instant(date: NaiveDate, minute: u16) -> Option<i64> {
    let time = NaiveTime::from_num_seconds_from_midnight_opt(u32::from(minute) * 60, 0)?;
    match TIME_ZONE.from_local_datetime(&date.and_time(time)) {
        LocalResult::Single(t) => Some(t.timestamp()),
        LocalResult::Ambiguous(first, _) => Some(first.timestamp()),
        LocalResult::None => None,
    }
}

/// The slots (start, end in Unix seconds) of the local dates from `from` to `until`
/// included, in time order.
pub fn slots(weekly: Weekly, from: NaiveDate, until: NaiveDate) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    if weekly.slot_minutes == 0 || weekly.end_minute <= weekly.start_minute {
        return out;
    }
    let mut date = from;
    while date <= until {
        if date.weekday().number_from_monday() == u32::from(weekly.weekday) {
            let mut minute = weekly.start_minute;
            while minute + weekly.slot_minutes <= weekly.end_minute {
                if let Some(start) = local_instant(date, minute) {
                    let length = Duration::minutes(i64::from(weekly.slot_minutes)).num_seconds();
                    out.push((start, start + length));
                }
                minute += weekly.slot_minutes;
            }
        }
        let Some(next) = date.succ_opt() else { break };
        date = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Timelike;

    /// Day, hour, minute and UTC offset (seconds) of an instant in Paris.
    fn local(secs: i64) -> (u32, u32, u32, i32) {
        use chrono::Offset;
        let t = TIME_ZONE.timestamp_opt(secs, 0).unwrap();
        (
            t.day(),
            t.hour(),
            t.minute(),
            t.offset().fix().local_minus_utc(),
        )
    }

    #[test]
    fn a_weekly_opening_gives_its_slots_in_local_time() {
        // Tuesdays 14:00–16:00, 30-minute slots, over two weeks of November 2026 (UTC+1).
        let weekly = Weekly {
            weekday: 2,
            start_minute: 14 * 60,
            end_minute: 16 * 60,
            slot_minutes: 30,
        };
        let from = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let until = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let found = slots(weekly, from, until);
        assert_eq!(found.len(), 8);
        assert_eq!(local(found[0].0), (24, 14, 0, 3600));
        assert_eq!(local(found[3].1), (24, 16, 0, 3600));
        assert_eq!(local(found[4].0), (1, 14, 0, 3600));
        assert!(found.iter().all(|(s, e)| e - s == 1800));
    }

    #[test]
    fn the_night_clocks_go_forward() {
        // Sunday 29 March 2026: 02:00 becomes 03:00. Slots 01:00–04:00 by the hour.
        let weekly = Weekly {
            weekday: 7,
            start_minute: 60,
            end_minute: 4 * 60,
            slot_minutes: 60,
        };
        let day = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
        let found = slots(weekly, day, day);
        // 02:00 does not exist that night: two slots, 01:00 (winter time) and 03:00 (summer).
        assert_eq!(found.len(), 2);
        assert_eq!(local(found[0].0), (29, 1, 0, 3600));
        assert_eq!(local(found[1].0), (29, 3, 0, 7200));
        // The 01:00 slot lasts one real hour and ends at 03:00 on the wall clock.
        assert_eq!(local(found[0].1), (29, 3, 0, 7200));
    }

    #[test]
    fn the_night_clocks_go_back() {
        // Sunday 25 October 2026: 03:00 becomes 02:00 again. Slots 01:00–04:00 by the hour.
        let weekly = Weekly {
            weekday: 7,
            start_minute: 60,
            end_minute: 4 * 60,
            slot_minutes: 60,
        };
        let day = NaiveDate::from_ymd_opt(2026, 10, 25).unwrap();
        let found = slots(weekly, day, day);
        assert_eq!(found.len(), 3);
        // 02:00 happens twice: the slot is at the first one, in summer time.
        assert_eq!(local(found[1].0), (25, 2, 0, 7200));
        assert_eq!(local(found[2].0), (25, 3, 0, 3600));
        // Three hours of wall clock, four of real time: the slots do not overlap.
        assert!(found.windows(2).all(|w| w[0].1 <= w[1].0));
    }

    #[test]
    fn nonsense_openings_give_nothing() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let empty = |start_minute, end_minute, slot_minutes| {
            slots(
                Weekly {
                    weekday: 2,
                    start_minute,
                    end_minute,
                    slot_minutes,
                },
                day,
                day,
            )
            .is_empty()
        };
        assert!(empty(600, 600, 30));
        assert!(empty(700, 600, 30));
        assert!(empty(600, 700, 0));
        assert!(empty(600, 620, 30));
    }
}

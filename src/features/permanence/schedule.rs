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

/// The local (Paris) date of an instant (Unix seconds).
pub fn local_date(at: i64) -> NaiveDate {
    TIME_ZONE
        .timestamp_opt(at, 0)
        .single()
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

/// The local (Paris) hour of an instant (Unix seconds), 0 to 23.
pub fn local_hour(at: i64) -> u32 {
    use chrono::Timelike;
    TIME_ZONE
        .timestamp_opt(at, 0)
        .single()
        .map_or(0, |t| t.hour())
}

/// "14:00" from minutes after midnight.
pub fn clock(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
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
            out.extend(day_slots(
                date,
                weekly.start_minute,
                weekly.end_minute,
                weekly.slot_minutes,
            ));
        }
        let Some(next) = date.succ_opt() else { break };
        date = next;
    }
    out
}

/// The slots (start, end in Unix seconds) of one local date's opening from `start` to
/// `end` (minutes after local midnight), `slot_minutes` long each, in time order.
pub fn day_slots(date: NaiveDate, start: u16, end: u16, slot_minutes: u16) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    if slot_minutes == 0 || end <= start {
        return out;
    }
    let length = Duration::minutes(i64::from(slot_minutes)).num_seconds();
    let mut minute = start;
    while minute + slot_minutes <= end {
        if let Some(at) = local_instant(date, minute) {
            out.push((at, at + length));
        }
        minute += slot_minutes;
    }
    out
}

/// The clock times written in a text ("14h", "14h30", "9:05", "2pm"), as minutes after
/// midnight, in order; a number that is not a time of day ends the reading with `None`.
fn clock_times(text: &str) -> Option<Vec<u16>> {
    let lower = text.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    let number = |i: &mut usize| {
        let start = *i;
        while *i < chars.len() && chars[*i].is_ascii_digit() {
            *i += 1;
        }
        let digits: String = chars[start..*i].iter().collect();
        digits.parse::<u32>().ok().filter(|_| *i - start <= 2)
    };
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let hour = number(&mut i)?;
        let mut minute = 0;
        if i + 1 < chars.len()
            && matches!(chars[i], 'h' | ':' | '.')
            && chars[i + 1].is_ascii_digit()
        {
            i += 1;
            minute = number(&mut i)?;
        } else if i < chars.len() && chars[i] == 'h' {
            i += 1;
        }
        let rest: String = chars[i..].iter().collect::<String>();
        let rest = rest.trim_start();
        let hour = if rest.starts_with("pm") && hour < 12 {
            hour + 12
        } else if rest.starts_with("am") && hour == 12 {
            0
        } else {
            hour
        };
        if hour > 24 || minute > 59 || (hour == 24 && minute > 0) {
            return None;
        }
        found.push(u16::try_from(hour * 60 + minute).ok()?);
    }
    Some(found)
}

/// Opening hours written as two times ("14h-17h", "de 9h30 à 12h", "2pm to 5pm"): start
/// and end in minutes after midnight, the end after the start.
pub fn parse_hours(text: &str) -> Option<(u16, u16)> {
    match clock_times(text)?.as_slice() {
        [start, end] if end > start => Some((*start, *end)),
        _ => None,
    }
}

/// Two times of day read in order where the end does not come after the start ("17h-14h"):
/// (start, end) in minutes, to say so rather than not understood.
pub fn reversed_hours(text: &str) -> Option<(u16, u16)> {
    match clock_times(text)?.as_slice() {
        [start, end] if end <= start => Some((*start, *end)),
        _ => None,
    }
}

/// Why a list of dates was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatesError {
    /// A line has no date, or no opening hours, or they make no sense.
    Unreadable,
    /// A date is past.
    Past,
    /// A date is more than a year ahead.
    TooFar,
}

/// One-off openings, one per line or separated by ";" ("12/12 14h-16h", "09/01/2027 de 10h
/// à 12h"): local date, start and end. A date without a year is the next one to come.
pub fn parse_dates(text: &str, today: NaiveDate) -> Result<Vec<(NaiveDate, u16, u16)>, DatesError> {
    let mut out = Vec::new();
    for part in text
        .split(['\n', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let (date, rest) = date_in(part, today).ok_or(DatesError::Unreadable)?;
        let (start, end) = parse_hours(&rest).ok_or(DatesError::Unreadable)?;
        if date < today {
            return Err(DatesError::Past);
        }
        if date > today + Duration::days(366) {
            return Err(DatesError::TooFar);
        }
        out.push((date, start, end));
    }
    if out.is_empty() {
        return Err(DatesError::Unreadable);
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// Appointments, one per line or separated by ";" ("12/12 14h", "09/01/2027 à 10h30"):
/// local date and start. A date without a year is the next one to come.
pub fn parse_moments(text: &str, today: NaiveDate) -> Result<Vec<(NaiveDate, u16)>, DatesError> {
    let mut out = Vec::new();
    for part in text
        .split(['\n', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let (date, rest) = date_in(part, today).ok_or(DatesError::Unreadable)?;
        let [time] = clock_times(&rest).ok_or(DatesError::Unreadable)?[..] else {
            return Err(DatesError::Unreadable);
        };
        if date < today {
            return Err(DatesError::Past);
        }
        if date > today + Duration::days(366) {
            return Err(DatesError::TooFar);
        }
        out.push((date, time));
    }
    if out.is_empty() {
        return Err(DatesError::Unreadable);
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// The first `dd/mm` or `dd/mm/yyyy` date of a text, and the text without it.
fn date_in(text: &str, today: NaiveDate) -> Option<(NaiveDate, String)> {
    let word = text.split_whitespace().find(|w| w.contains('/'))?;
    let mut numbers = word
        .trim_matches(|c: char| !c.is_ascii_digit())
        .split('/')
        .map(|n| n.parse::<i32>().ok());
    let day = u32::try_from(numbers.next()??).ok()?;
    let month = u32::try_from(numbers.next()??).ok()?;
    let date = match numbers.next() {
        Some(year) => {
            let year = year?;
            let year = if year < 100 { 2000 + year } else { year };
            NaiveDate::from_ymd_opt(year, month, day)?
        }
        None => {
            let this_year = NaiveDate::from_ymd_opt(today.year(), month, day)?;
            if this_year >= today {
                this_year
            } else {
                NaiveDate::from_ymd_opt(today.year() + 1, month, day)?
            }
        }
    };
    if numbers.next().is_some() {
        return None;
    }
    Some((date, text.replacen(word, " ", 1)))
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
    fn opening_hours_are_read_as_people_write_them() {
        assert_eq!(parse_hours("14h-17h"), Some((840, 1020)));
        assert_eq!(parse_hours("de 9h30 à 12h"), Some((570, 720)));
        assert_eq!(parse_hours("14:00 – 16:45"), Some((840, 1005)));
        assert_eq!(parse_hours("2pm to 5pm"), Some((840, 1020)));
        assert_eq!(parse_hours("10 h à 12 h"), Some((600, 720)));
        assert_eq!(parse_hours("17h-14h"), None);
        assert_eq!(parse_hours("14h"), None);
        assert_eq!(parse_hours("25h-26h"), None);
        assert_eq!(parse_hours("9h-12h et 14h-17h"), None);
        assert_eq!(parse_hours("demain"), None);
        assert_eq!(parse_hours("123456789-1"), None);
    }

    #[test]
    fn one_off_dates_are_read_line_by_line() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            parse_dates("12/12 14h-16h\n09/01 de 10h à 12h", today),
            Ok(vec![
                (date(2026, 12, 12), 840, 960),
                (date(2027, 1, 9), 600, 720)
            ])
        );
        assert_eq!(
            parse_dates("le 24/11/2026 : 18h-19h ; 24/11/2026 18h-19h", today),
            Ok(vec![(date(2026, 11, 24), 1080, 1140)])
        );
        assert_eq!(
            parse_dates("01/02/2026 14h-16h", today),
            Err(DatesError::Past)
        );
        assert_eq!(
            parse_dates("01/02/2028 14h-16h", today),
            Err(DatesError::TooFar)
        );
        assert_eq!(
            parse_dates("31/02 14h-16h", today),
            Err(DatesError::Unreadable)
        );
        assert_eq!(parse_dates("12/12", today), Err(DatesError::Unreadable));
        assert_eq!(
            parse_dates("mardi prochain", today),
            Err(DatesError::Unreadable)
        );
        assert_eq!(parse_dates(" ; ", today), Err(DatesError::Unreadable));
    }

    #[test]
    fn appointments_are_a_date_and_a_time() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            parse_moments("15/12 à 10h30 ; 12/12 14h", today),
            Ok(vec![(date(2026, 12, 12), 840), (date(2026, 12, 15), 630)])
        );
        assert_eq!(
            parse_moments("12/12 14h-15h", today),
            Err(DatesError::Unreadable)
        );
        assert_eq!(parse_moments("12/12", today), Err(DatesError::Unreadable));
        assert_eq!(parse_moments("01/01/2026 9h", today), Err(DatesError::Past));
    }

    #[test]
    fn a_one_off_opening_is_cut_into_slots() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 12).unwrap();
        let found = day_slots(day, 14 * 60, 15 * 60 + 30, 30);
        assert_eq!(found.len(), 3);
        assert_eq!(local(found[0].0), (12, 14, 0, 3600));
        assert_eq!(local(found[2].1), (12, 15, 30, 3600));
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

//! Opening hours as people write them in a spreadsheet cell:
//! `tirsdag 10:00–14:00, torsdag 12–15, etter avtale`.
//!
//! Items are separated by `,`, `;` or line breaks. An item is `etter avtale` (by appointment)
//! or a day or a range of days (`mandag–fredag`, `man-fre`; bokmål or nynorsk, full or three
//! letters), an optional `kl.`, and a time range: `10:00-14:00`, `10.00–14.00` or `10-14`.

use serde_json::{json, Map, Value};

use crate::error::ProblemKind;
use crate::offer::{Slot, Time, Weekday};
use crate::text;

/// The slots and whether the offer is (also) by appointment.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Hours {
    pub(crate) slots: Vec<Slot>,
    pub(crate) by_appointment: bool,
}

impl Hours {
    /// The `apningstider` object of `tilbud.json`.
    pub(crate) fn to_json(&self) -> Value {
        let slots: Vec<Value> = self
            .slots
            .iter()
            .map(|s| json!({ "dag": s.day().slug(), "fra": s.from().to_string(), "til": s.to().to_string() }))
            .collect();
        let mut hours = Map::new();
        if !slots.is_empty() {
            hours.insert("tider".into(), json!(slots));
        }
        if self.by_appointment {
            hours.insert("etter_avtale".into(), json!(true));
        }
        Value::Object(hours)
    }
}

fn weekday(word: &str) -> Option<Weekday> {
    use Weekday::*;
    let folded = text::fold(word);
    let day = match folded.as_str() {
        "mandag" | "man" | "ma" => Monday,
        "tirsdag" | "tysdag" | "tir" | "tys" | "ti" => Tuesday,
        "onsdag" | "ons" | "on" => Wednesday,
        "torsdag" | "tor" | "to" => Thursday,
        "fredag" | "fre" | "fr" => Friday,
        "lordag" | "laurdag" | "lor" | "lau" | "lo" => Saturday,
        "sondag" | "sundag" | "son" | "sun" | "so" => Sunday,
        _ => return None,
    };
    Some(day)
}

/// `10`, `10:00`, `10.00` or `9:30`.
fn time(s: &str) -> Option<Time> {
    let s = s.trim();
    let (h, m) = match s.split_once([':', '.']) {
        Some((h, m)) => (h, m),
        None => (s, "00"),
    };
    let digits = |t: &str, max_len: usize| {
        (!t.is_empty() && t.len() <= max_len && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse::<u8>().ok())
            .flatten()
    };
    if m.len() != 2 {
        return None;
    }
    Time::from_hm(digits(h, 2)?, digits(m, 2)?)
}

fn item(raw: &str, hours: &mut Hours) -> Option<()> {
    let s = raw.trim().replace(['–', '—'], "-");
    if text::fold(&s) == "etter avtale" {
        hours.by_appointment = true;
        return Some(());
    }
    let first_digit = s.find(|c: char| c.is_ascii_digit())?;
    let (days, times) = s.split_at(first_digit);
    let days = days.trim().trim_end_matches('.').trim();
    let days = days
        .strip_suffix("kl")
        .unwrap_or(days)
        .trim()
        .trim_end_matches('-');
    let (from_day, to_day) = match days.split_once('-') {
        Some((a, b)) => (weekday(a.trim())?, weekday(b.trim())?),
        None => {
            let d = weekday(days)?;
            (d, d)
        }
    };
    let (from, to) = times.split_once('-')?;
    let (from, to) = (time(from)?, time(to)?);
    let (start, end) = (from_day as usize, to_day as usize);
    if end < start {
        return None;
    }
    for day in &Weekday::ALL[start..=end] {
        hours.slots.push(Slot::new(*day, from, to)?);
    }
    Some(())
}

/// Reads a cell of opening hours; `None` when it is empty.
///
/// # Errors
/// [`ProblemKind::BadHours`] naming the first item that is not a day and a time range (or
/// whose closing time is not after its opening time).
pub(crate) fn parse(cell: &str) -> Result<Option<Hours>, ProblemKind> {
    let mut hours = Hours::default();
    let mut any = false;
    for raw in cell.split([',', ';', '\n', '\r']) {
        if raw.trim().is_empty() {
            continue;
        }
        any = true;
        item(raw, &mut hours).ok_or_else(|| ProblemKind::BadHours(raw.trim().to_owned()))?;
    }
    Ok(any.then_some(hours))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slots(cell: &str) -> Vec<String> {
        parse(cell)
            .unwrap()
            .unwrap()
            .slots
            .iter()
            .map(|s| format!("{} {}-{}", s.day(), s.from(), s.to()))
            .collect()
    }

    #[test]
    fn days_ranges_and_time_forms() {
        assert_eq!(slots("tirsdag 10:00–14:00"), ["tirsdag 10:00-14:00"]);
        assert_eq!(
            slots("man-ons kl. 9.30-11, Laurdag 12-15"),
            [
                "mandag 09:30-11:00",
                "tirsdag 09:30-11:00",
                "onsdag 09:30-11:00",
                "lordag 12:00-15:00"
            ]
        );
        let h = parse("Etter avtale").unwrap().unwrap();
        assert!(h.by_appointment && h.slots.is_empty());
        assert_eq!(parse(" "), Ok(None));
    }

    #[test]
    fn what_is_not_hours_is_named() {
        for bad in [
            "hver dag",
            "tirsdag 14-10",
            "fredag-mandag 10-12",
            "tirsdag 25-26",
        ] {
            assert_eq!(
                parse(&format!("mandag 10-12, {bad}")),
                Err(ProblemKind::BadHours(bad.to_owned())),
                "{bad}"
            );
        }
    }
}

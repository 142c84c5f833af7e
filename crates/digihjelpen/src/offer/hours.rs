//! Opening hours: weekly time slots and/or "by appointment".

use std::fmt;
use std::str::FromStr;

use crate::error::ProblemKind;
use crate::offer::kinds::Weekday;

/// A time of day, `HH:MM`, from `00:00` to `24:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time(u16);

impl Time {
    /// A time from hours and minutes, or `None` when out of range.
    pub fn from_hm(hours: u8, minutes: u8) -> Option<Time> {
        let valid = (hours < 24 && minutes < 60) || (hours == 24 && minutes == 0);
        valid.then(|| Time(u16::from(hours) * 60 + u16::from(minutes)))
    }

    /// Minutes since midnight.
    pub fn minutes(self) -> u16 {
        self.0
    }
}

impl FromStr for Time {
    type Err = ProblemKind;

    fn from_str(s: &str) -> Result<Time, ProblemKind> {
        let bad = || ProblemKind::BadTime(s.to_owned());
        let b = s.as_bytes();
        if b.len() != 5 || b[2] != b':' || !b[..2].iter().chain(&b[3..]).all(u8::is_ascii_digit) {
            return Err(bad());
        }
        let h = (b[0] - b'0') * 10 + (b[1] - b'0');
        let m = (b[3] - b'0') * 10 + (b[4] - b'0');
        Time::from_hm(h, m).ok_or_else(bad)
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// A weekly opening slot: a day, from, to (`to` after `from`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub(crate) day: Weekday,
    pub(crate) from: Time,
    pub(crate) to: Time,
}

impl Slot {
    /// A slot, or `None` unless `to` is after `from`.
    pub fn new(day: Weekday, from: Time, to: Time) -> Option<Slot> {
        (to > from).then_some(Slot { day, from, to })
    }

    /// The day.
    pub fn day(&self) -> Weekday {
        self.day
    }

    /// Opens.
    pub fn from(&self) -> Time {
        self.from
    }

    /// Closes.
    pub fn to(&self) -> Time {
        self.to
    }
}

/// When the offer is open (`apningstider`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OpeningHours {
    pub(crate) slots: Vec<Slot>,
    pub(crate) by_appointment: bool,
    pub(crate) note: Option<String>,
}

impl OpeningHours {
    /// Weekly slots (`tider`), in file order.
    pub fn slots(&self) -> &[Slot] {
        &self.slots
    }

    /// Also (or only) by appointment (`etter_avtale`).
    pub fn by_appointment(&self) -> bool {
        self.by_appointment
    }

    /// A plain-text note (`merknad`), e.g. "Stengt i juli".
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
}

//! Calendar dates (`YYYY-MM-DD`) and the staleness rule.

use std::fmt;
use std::str::FromStr;

use crate::error::ProblemKind;

/// A valid Gregorian calendar date between the years 1900 and 9999.
///
/// Ordered chronologically. Parsed from and displayed as `YYYY-MM-DD`.
///
/// # Example
/// ```
/// use digihjelpen::Date;
/// let d: Date = "2024-02-29".parse().unwrap();
/// assert_eq!(d, Date::from_ymd(2024, 2, 29).unwrap());
/// assert!(Date::from_ymd(2023, 2, 29).is_none());
/// assert_eq!(d.to_string(), "2024-02-29");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// A date from year, month (1–12) and day, or `None` if no such date exists.
    pub fn from_ymd(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1900..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// The date `days` days after 1970-01-01 (negative: before), or `None` outside
    /// 1900–9999. Useful with `SystemTime::now()` or JavaScript's `Date.now()`.
    ///
    /// # Example
    /// ```
    /// use digihjelpen::Date;
    /// assert_eq!(Date::from_unix_days(0).unwrap().to_string(), "1970-01-01");
    /// assert_eq!(Date::from_unix_days(20_414).unwrap().to_string(), "2025-11-22");
    /// ```
    pub fn from_unix_days(days: i64) -> Option<Date> {
        // Howard Hinnant's civil_from_days.
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::from_ymd(u16::try_from(year).ok()?, month as u8, day as u8)
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The same day `months` months earlier; the 29th–31st are clamped to the month's end.
    pub fn months_earlier(self, months: u32) -> Date {
        let total = i64::from(self.year) * 12 + i64::from(self.month - 1) - i64::from(months);
        let year = total.div_euclid(12).clamp(1900, 9999) as u16;
        let month = total.rem_euclid(12) as u8 + 1;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// True when `self` is more than `months` months before `today`.
    ///
    /// # Example
    /// ```
    /// use digihjelpen::Date;
    /// let today = Date::from_ymd(2026, 11, 22).unwrap();
    /// assert!(!Date::from_ymd(2025, 11, 22).unwrap().is_older_than(12, today));
    /// assert!(Date::from_ymd(2025, 11, 21).unwrap().is_older_than(12, today));
    /// ```
    pub fn is_older_than(self, months: u32, today: Date) -> bool {
        self < today.months_earlier(months)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl FromStr for Date {
    type Err = ProblemKind;

    /// Parses exactly `YYYY-MM-DD`.
    ///
    /// # Errors
    /// [`ProblemKind::BadDate`] with the text.
    fn from_str(s: &str) -> Result<Date, ProblemKind> {
        let bad = || ProblemKind::BadDate(s.to_owned());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u16> {
            b[r].iter().try_fold(0u16, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u16::from(c - b'0'))
            })
        };
        let (y, m, d) = (digits(0..4), digits(5..7), digits(8..10));
        match (y, m, d) {
            (Some(y), Some(m), Some(d)) => Date::from_ymd(y, m as u8, d as u8).ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_earlier_clamps() {
        let d = Date::from_ymd(2024, 3, 31).unwrap();
        assert_eq!(d.months_earlier(1), Date::from_ymd(2024, 2, 29).unwrap());
        assert_eq!(d.months_earlier(12), Date::from_ymd(2023, 3, 31).unwrap());
        assert_eq!(d.months_earlier(3), Date::from_ymd(2023, 12, 31).unwrap());
    }

    #[test]
    fn rejects() {
        for s in [
            "2024-13-01",
            "2024-1-01",
            "20240101",
            "2023-02-29",
            "abcd-ef-gh",
            "2024-00-10",
        ] {
            assert!(s.parse::<Date>().is_err(), "{s}");
        }
    }
}

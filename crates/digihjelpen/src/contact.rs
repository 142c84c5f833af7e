//! Contact details: https web addresses, e-mail addresses and phone numbers.

use std::fmt;
use std::str::FromStr;

use crate::error::ProblemKind;

/// An absolute `https://` web address with a plausible host name.
///
/// Rejects `http:` (and every other scheme), `javascript:`/`data:`/`vbscript:`/`file:`
/// addresses, user names in the address (`https://user@host`), spaces and quotes.
///
/// # Example
/// ```
/// use digihjelpen::HttpsUrl;
/// assert!("https://www.sandefjord.kommune.no/".parse::<HttpsUrl>().is_ok());
/// let err = "http://example.no".parse::<HttpsUrl>().unwrap_err();
/// assert_eq!(err.to_string(), "\"http://example.no\" må begynne med https://");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HttpsUrl(pub(crate) String);

impl HttpsUrl {
    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The host name, e.g. `www.nav.no`.
    pub fn host(&self) -> &str {
        let rest = &self.0["https://".len()..];
        let end = rest.find(['/', '?', '#', ':']).unwrap_or(rest.len());
        &rest[..end]
    }
}

impl FromStr for HttpsUrl {
    type Err = ProblemKind;

    fn from_str(s: &str) -> Result<HttpsUrl, ProblemKind> {
        // Browsers ignore leading whitespace and control characters, and tabs/newlines inside
        // the scheme, so check the scheme on a cleaned copy.
        let cleaned: String = s
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect::<String>()
            .to_ascii_lowercase();
        for scheme in ["javascript:", "data:", "vbscript:", "file:", "blob:"] {
            if cleaned.starts_with(scheme) {
                return Err(ProblemKind::ForbiddenScheme(s.to_owned()));
            }
        }
        if !cleaned.starts_with("https://") {
            return Err(ProblemKind::NotHttps(s.to_owned()));
        }
        let bad = || ProblemKind::BadUrl(s.to_owned());
        if !s
            .get(..8)
            .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"))
        {
            return Err(bad());
        }
        if s.len() > 2000
            || s.chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>\"`\\".contains(c))
        {
            return Err(bad());
        }
        let rest = &s["https://".len()..];
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = &rest[..end];
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        };
        if port
            .is_some_and(|p| p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(bad());
        }
        if authority.contains('@') || !is_host(host) {
            return Err(bad());
        }
        Ok(HttpsUrl(format!("https://{rest}")))
    }
}

/// A domain name with at least two labels and an alphabetic top-level domain.
fn is_host(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && host.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(char::is_alphabetic))
}

impl fmt::Display for HttpsUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An e-mail address (`local@domain.tld`), checked for form, not for existence.
///
/// # Example
/// ```
/// use digihjelpen::Email;
/// assert!("post@levanger.kommune.no".parse::<Email>().is_ok());
/// let err = "ola@".parse::<Email>().unwrap_err();
/// assert_eq!(err.to_string(), "\"ola@\" er ikke en gyldig e-postadresse");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Email(String);

impl Email {
    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A `mailto:` link.
    pub fn mailto(&self) -> String {
        format!("mailto:{}", self.0)
    }
}

impl FromStr for Email {
    type Err = ProblemKind;

    fn from_str(s: &str) -> Result<Email, ProblemKind> {
        let bad = || ProblemKind::BadEmail(s.to_owned());
        let (local, domain) = s.rsplit_once('@').ok_or_else(bad)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || ".!#$%&'*+/=?^_{|}~-".contains(c));
        if local_ok && is_host(domain) && s.len() <= 254 {
            Ok(Email(s.to_owned()))
        } else {
            Err(bad())
        }
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A phone number: Norwegian (8 digits, optionally with `+47`/`0047`) or international
/// (`+`, country code and 7–15 digits in all). Spaces are allowed in the input.
///
/// # Example
/// ```
/// use digihjelpen::PhoneNumber;
/// let p: PhoneNumber = "+47 22 33 44 55".parse().unwrap();
/// assert_eq!(p.to_string(), "22 33 44 55");
/// assert_eq!(p.tel_uri(), "tel:+4722334455");
/// assert!("123".parse::<PhoneNumber>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PhoneNumber {
    /// E.164: `+` and digits.
    e164: String,
}

impl PhoneNumber {
    /// `tel:+4722334455`.
    pub fn tel_uri(&self) -> String {
        format!("tel:{}", self.e164)
    }

    /// The number in E.164 form, `+4722334455`.
    pub fn e164(&self) -> &str {
        &self.e164
    }
}

impl FromStr for PhoneNumber {
    type Err = ProblemKind;

    fn from_str(s: &str) -> Result<PhoneNumber, ProblemKind> {
        let bad = || ProblemKind::BadPhone(s.to_owned());
        let compact: String = s.chars().filter(|c| *c != ' ' && *c != '\u{a0}').collect();
        let (plus, digits) = match compact.strip_prefix('+') {
            Some(d) => (true, d),
            None => match compact.strip_prefix("00") {
                Some(d) if compact.len() > 8 => (true, d),
                _ => (false, compact.as_str()),
            },
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let e164 = match (plus, digits.strip_prefix("47")) {
            (false, _) if digits.len() == 8 => format!("+47{digits}"),
            (true, Some(national)) if national.len() == 8 => format!("+47{national}"),
            (true, Some(_)) => return Err(bad()),
            (true, None) if (7..=15).contains(&digits.len()) && !digits.starts_with('0') => {
                format!("+{digits}")
            }
            _ => return Err(bad()),
        };
        Ok(PhoneNumber { e164 })
    }
}

impl fmt::Display for PhoneNumber {
    /// Norwegian numbers as `22 33 44 55`, others as E.164.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.e164.strip_prefix("+47") {
            Some(n) => write!(f, "{} {} {} {}", &n[0..2], &n[2..4], &n[4..6], &n[6..8]),
            None => f.write_str(&self.e164),
        }
    }
}

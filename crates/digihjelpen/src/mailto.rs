//! `mailto:` links (RFC 6068) for sending an entry to the editors: subject and body
//! percent-encoded, and a length rule.
//!
//! Browsers and e-mail programs cut or refuse long `mailto:` links at different lengths
//! (some at about 2,000 characters of the whole link, Outlook on Windows lower). A link of at
//! most [`MAILTO_LIMIT`] characters opens everywhere we know of; a longer entry goes as an
//! attached file instead: [`entry_mailto`] then puts `attach_body` (which asks to attach the
//! downloaded file) in the body, and says so ([`Mailto::attach`]), so the page downloads the
//! file first.
//!
//! ```
//! use digihjelpen::mailto::{entry_mailto, MAILTO_LIMIT};
//! let m = entry_mailto("redaksjonen@example.no", "Ny oppføring", "{\"id\": \"a b\"}", "Se vedlegget.");
//! assert_eq!(m.href, "mailto:redaksjonen@example.no?subject=Ny%20oppf%C3%B8ring&body=%7B%22id%22%3A%20%22a%20b%22%7D");
//! assert!(!m.attach);
//! let long = "x".repeat(MAILTO_LIMIT);
//! let m = entry_mailto("redaksjonen@example.no", "Ny oppføring", &long, "Se vedlegget.");
//! assert!(m.attach && m.href.ends_with("body=Se%20vedlegget."));
//! ```

/// The longest `mailto:` link we write, in characters (see the module's text).
pub const MAILTO_LIMIT: usize = 1800;

/// A `mailto:` link, and whether its body asks for the file as an attachment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailto {
    /// The whole link, ASCII only.
    pub href: String,
    /// True when the entry was too long for the link: the body asks to attach the file.
    pub attach: bool,
}

/// The link to `to` with `subject` and `body` (the entry), or, when that link would be
/// longer than [`MAILTO_LIMIT`], with `attach_body` instead.
pub fn entry_mailto(to: &str, subject: &str, body: &str, attach_body: &str) -> Mailto {
    let link = |body: &str| {
        format!(
            "mailto:{}?subject={}&body={}",
            encode(to),
            encode(subject),
            encode(body)
        )
    };
    let href = link(body);
    if href.len() <= MAILTO_LIMIT {
        Mailto {
            href,
            attach: false,
        }
    } else {
        Mailto {
            href: link(attach_body),
            attach: true,
        }
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters and `@` (UTF-8 bytes;
/// line breaks as `%0D%0A`, as RFC 6068 asks for the body).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let normalised = text.replace("\r\n", "\n").replace('\n', "\r\n");
    for b in normalised.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_that_could_break_the_link_is_encoded() {
        assert_eq!(encode("a&b=c?d#e f\n"), "a%26b%3Dc%3Fd%23e%20f%0D%0A");
        assert_eq!(encode("<script>\"'"), "%3Cscript%3E%22%27");
        assert_eq!(encode("æøå"), "%C3%A6%C3%B8%C3%A5");
        assert!(encode(&"é".repeat(100)).is_ascii());
    }

    #[test]
    fn the_limit_counts_the_whole_link() {
        let to = "redaksjonen@example.no";
        let fixed = entry_mailto(to, "s", "", "vedlegg").href.len();
        let fits = "x".repeat(MAILTO_LIMIT - fixed);
        assert!(!entry_mailto(to, "s", &fits, "vedlegg").attach);
        assert_eq!(
            entry_mailto(to, "s", &fits, "vedlegg").href.len(),
            MAILTO_LIMIT
        );
        let over = "x".repeat(MAILTO_LIMIT - fixed + 1);
        let m = entry_mailto(to, "s", &over, "vedlegg");
        assert!(m.attach);
        assert!(m.href.ends_with("&body=vedlegg"));
    }
}

//! Text rules: search folding of Norwegian and Sámi letters, and plain-text checks.
//!
//! [`fold`] maps a text to the form search compares: lowercase, with `æ` → `ae`, `ø` → `o`,
//! `å` → `a`, Sámi letters (`á č đ ŋ š ŧ ž`) and other accented Latin letters to their base
//! letter, and every run of non-alphanumeric characters to a single space. So a search for
//! `tromso` finds "Tromsø", `alesund` finds "Ålesund" and `karasjok` finds
//! "Kárášjohka - Karasjok".

use crate::error::ProblemKind;

/// Folds a text for search: lowercase, Norwegian/Sámi letters to ASCII, punctuation to spaces.
///
/// Folding is idempotent: `fold(&fold(s)) == fold(s)`.
///
/// # Example
/// ```
/// use digihjelpen::text::fold;
/// assert_eq!(fold("Tromsø"), "tromso");
/// assert_eq!(fold("  Kárášjohka - Karasjok "), "karasjohka karasjok");
/// assert_eq!(fold("Bærum"), "baerum");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        // The common case first, without any table lookups.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c.to_ascii_lowercase());
            } else {
                pending_space = true;
            }
            continue;
        }
        let before = out.len();
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        let pushed = if let Some(ascii) = fold_letter(c) {
            out.push_str(ascii);
            true
        } else if c.is_alphanumeric() {
            // Letters outside the table (Arabic, Cyrillic, …) are kept, lowercased; a
            // lowercase form may itself be in the table (Å, the ångström sign, becomes å, then
            // a) and combining marks from the lowercasing are dropped, so folding is idempotent.
            let start = out.len();
            for lower in c.to_lowercase() {
                if lower.is_ascii_alphanumeric() {
                    out.push(lower);
                } else if let Some(ascii) = fold_letter(lower) {
                    out.push_str(ascii);
                } else if lower.is_alphanumeric() && lower.to_lowercase().eq([lower]) {
                    out.push(lower);
                }
            }
            out.len() > start
        } else {
            false
        };
        if pushed {
            pending_space = false;
        } else {
            // Not a letter or digit: a separator. Undo the space pushed above.
            out.truncate(before);
            pending_space = true;
        }
    }
    out
}

/// The key a place name is searched by: [`fold`], and then the spellings people use on a
/// keyboard without å and ø made equal to the folded letters — `aa` for `å` (any run of `a`
/// becomes one) and `oe` for `ø` (`oe` becomes `o`). Applied to the names and to what is typed
/// alike, so `Aalesund` finds "Ålesund", `Tromsoe` finds "Tromsø" and `Snaasa` finds "Snåasa"
/// (`ae` for `æ` needs nothing: `æ` already folds to `ae`, so `Baerum` finds "Bærum").
///
/// Idempotent: `search_key(&search_key(s)) == search_key(s)`.
///
/// # Example
/// ```
/// use digihjelpen::text::search_key;
/// assert_eq!(search_key("Aalesund"), search_key("Ålesund"));
/// assert_eq!(search_key("Tromsoe"), search_key("Tromsø"));
/// assert_eq!(search_key("Baerum"), search_key("Bærum"));
/// ```
pub fn search_key(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        match c {
            // A run of a's is one a.
            'a' if out.ends_with('a') => {}
            // o followed by e is o (also for oee…: the e never stays after an o).
            'e' if out.ends_with('o') => {}
            _ => out.push(c),
        }
    }
    out
}

/// The ASCII form of a non-ASCII Latin letter, if it has one.
fn fold_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'æ' | 'Æ' | 'ä' | 'Ä' => "ae",
        'ø' | 'Ø' | 'ö' | 'Ö' | 'ó' | 'Ó' | 'ò' | 'Ò' | 'ô' | 'Ô' | 'õ' | 'Õ' => "o",
        'å' | 'Å' | 'á' | 'Á' | 'à' | 'À' | 'â' | 'Â' | 'ã' | 'Ã' => "a",
        'č' | 'Č' | 'ç' | 'Ç' => "c",
        'đ' | 'Đ' => "d",
        'ŋ' | 'Ŋ' | 'ñ' | 'Ñ' => "n",
        'š' | 'Š' => "s",
        'ŧ' | 'Ŧ' => "t",
        'ž' | 'Ž' | 'ʒ' | 'Ʒ' => "z",
        'ǯ' | 'Ǯ' => "z",
        'ǧ' | 'Ǧ' => "g",
        'ǩ' | 'Ǩ' => "k",
        'é' | 'É' | 'è' | 'È' | 'ê' | 'Ê' | 'ë' | 'Ë' => "e",
        'í' | 'Í' | 'ì' | 'Ì' | 'î' | 'Î' | 'ï' | 'Ï' => "i",
        'ú' | 'Ú' | 'ù' | 'Ù' | 'û' | 'Û' | 'ü' | 'Ü' => "u",
        'ý' | 'Ý' | 'ÿ' => "y",
        'ß' => "ss",
        _ => return None,
    })
}

/// True when the text looks like it contains HTML: a `<` followed by a letter, `/` or `!`,
/// or an HTML character reference such as `&lt;` or `&#60;`.
pub fn contains_html(s: &str) -> bool {
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        let next = b.get(i + 1).copied().unwrap_or(b' ');
        if c == b'<' && (next.is_ascii_alphabetic() || next == b'/' || next == b'!') {
            return true;
        }
        if c == b'&' {
            let rest = &b[i + 1..];
            let end = rest.iter().position(|&x| x == b';');
            if let Some(end) = end.filter(|&e| (1..=10).contains(&e)) {
                let name = &rest[..end];
                let named = name.len() >= 2 && name.iter().all(u8::is_ascii_alphanumeric);
                let numeric = name[0] == b'#' && name[1..].iter().all(u8::is_ascii_alphanumeric);
                if named || numeric {
                    return true;
                }
            }
        }
    }
    false
}

/// Checks a plain-text field: trimmed, not empty, no HTML, no control characters except
/// newlines and tabs, at most `max` characters. Returns the trimmed text.
///
/// # Errors
/// [`ProblemKind::Empty`], [`ProblemKind::Html`], [`ProblemKind::ControlCharacter`] or
/// [`ProblemKind::TooLong`].
pub(crate) fn check_plain(s: &str, max: usize) -> Result<String, ProblemKind> {
    let t = s.trim();
    if t.is_empty() {
        return Err(ProblemKind::Empty);
    }
    if contains_html(t) {
        return Err(ProblemKind::Html(t.to_owned()));
    }
    if t.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(ProblemKind::ControlCharacter(t.to_owned()));
    }
    if t.chars().count() > max {
        return Err(ProblemKind::TooLong { max });
    }
    Ok(t.to_owned())
}

/// True for a non-empty slug of `a-z`, `0-9` and single inner hyphens (`om-digihjelpen`).
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_norwegian_and_sami() {
        assert_eq!(fold("Ålesund"), "alesund");
        assert_eq!(
            fold("Porsanger - Porsáŋgu - Porsanki"),
            "porsanger porsangu porsanki"
        );
        assert_eq!(fold("Guovdageaidnu"), "guovdageaidnu");
        assert_eq!(fold("Deatnu - Tana"), "deatnu tana");
        assert_eq!(fold("Dielddanuorri!!"), "dielddanuorri");
    }

    #[test]
    fn html() {
        assert!(contains_html("<b>hei</b>"));
        assert!(contains_html("a &lt; b"));
        assert!(!contains_html("3 < 4 & 5 > 2"));
        assert!(!contains_html("Q&A; ting"));
    }
}

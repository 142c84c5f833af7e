//! Text from a spreadsheet's bytes: UTF-8 (with or without a byte order mark) or
//! Windows-1252, which Excel on Norwegian Windows uses for "CSV (semikolondelt)".
//!
//! Detection is by validity: bytes that are valid UTF-8 are UTF-8 (a Windows-1252 text with
//! `æ`, `ø` or `å` is almost never valid UTF-8, since those letters are single bytes of 0xE6,
//! 0xF8 and 0xE5 followed by ASCII), anything else is Windows-1252. Windows-1252 is one small
//! table (0x80–0x9F; the rest is Latin-1), so this needs no `encoding_rs`, whose tables serve
//! dozens of encodings this project never reads.

/// How the bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 with a byte order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// UTF-8 without a byte order mark.
    Utf8,
    /// Windows-1252 (Excel's "CSV (semikolondelt)" on Norwegian Windows).
    Windows1252,
}

impl Encoding {
    /// The name to show, e.g. in the import report.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8Bom => "UTF-8 med BOM",
            Encoding::Utf8 => "UTF-8",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// Windows-1252's characters for the bytes 0x80–0x9F (the five undefined bytes map to the
/// C1 controls of the same number, as browsers do).
const HIGH: [char; 32] = [
    '\u{20ac}', '\u{81}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2c6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8d}', '\u{17d}', '\u{8f}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}', '\u{9d}', '\u{17e}', '\u{178}',
];

/// The text of a file's bytes, and the encoding it was read as. The byte order mark is not
/// part of the text.
///
/// # Example
/// ```
/// use digihjelpen::csv::{decode, Encoding};
/// assert_eq!(decode(b"\xef\xbb\xbfBod\xc3\xb8"), ("Bodø".to_owned(), Encoding::Utf8Bom));
/// assert_eq!(decode(b"Bod\xf8 \x96 \x80"), ("Bodø – €".to_owned(), Encoding::Windows1252));
/// ```
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        if let Ok(text) = std::str::from_utf8(rest) {
            return (text.to_owned(), Encoding::Utf8Bom);
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_owned(), Encoding::Utf8);
    }
    let text = bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect();
    (text, Encoding::Windows1252)
}

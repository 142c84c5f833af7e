//! CSV for spreadsheets: the one writer every CSV of Digihjelpen goes through (the CLI's
//! `export`, the status page's download), and the reader and text decoding the survey import
//! uses.
//!
//! # Writing
//!
//! [`Csv`] writes RFC 4180: fields separated by a comma (or a semicolon, as Norwegian Excel
//! saves), a field quoted with `"` when it holds the separator, a quote, CR or LF, a quote in
//! it doubled, and every record ended by CRLF.
//!
//! Text is also **defused** against formula injection: a spreadsheet runs a cell that starts
//! with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK("https://…","klikk")` becomes a live
//! link; `-2+3+cmd|' /C calc'!A0` a command in old Excel), and a leading tab or CR can hide
//! such a start from a program that trims. [`defuse`] puts an apostrophe before such a text,
//! as OWASP advises: Excel and LibreOffice then show the text as it was, without the
//! apostrophe, and any program sees that it is text.
//!
//! **Numbers are typed, not guessed.** A text that looks like a number (`-3`) is defused like
//! any other text that starts with `-`: the writer cannot tell a name `-3` from the start of a
//! payload `-3+…`, and a text field must never become a formula. A number the program itself
//! computed (a count, a share, a coordinate) is a [`Cell::Number`], which is written as digits
//! and never defused, so a negative number stays a number a spreadsheet can sum.
//!
//! # Why no `csv` crate
//!
//! This crate compiles to WebAssembly for the app, where every kilobyte is on a budget. In a
//! minimal WebAssembly module (opt-level `z`, LTO, `wasm-opt -Oz`) writing the same records
//! with `csv` 1.4 took 39,101 bytes (25,354 gzip), the writer here 14,851 (6,933 gzip): the
//! crate brings `std::io::Write`, its own error type and `csv-core`'s state machine for a rule
//! of ten lines. It would not defuse formulas either. Reading needs only what spreadsheets
//! write (quoted fields with doubled quotes and line breaks), which [`parse`] does in one
//! pass and with the line of every record, which the survey import's reports need.
//!
//! # Example
//! ```
//! use digihjelpen::csv::{Cell, Csv};
//!
//! let mut csv = Csv::new(&["navn", "tilbud"]);
//! csv.row([Cell::from("Bibliotek, 2. etasje"), Cell::from(3_usize)]);
//! csv.row([Cell::from("=HYPERLINK(\"https://x\",\"klikk\")"), Cell::from(-1.5)]);
//! assert_eq!(
//!     csv.finish(),
//!     "navn,tilbud\r\n\"Bibliotek, 2. etasje\",3\r\n\"'=HYPERLINK(\"\"https://x\"\",\"\"klikk\"\")\",-1.5\r\n"
//! );
//! ```

mod encoding;
mod read;

use std::borrow::Cow;
use std::fmt::Write as _;

pub use self::encoding::{decode, Encoding};
pub use self::read::{parse, CsvError, Record};

/// The character between fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Separator {
    /// `,`: RFC 4180, and what most programs read.
    #[default]
    Comma,
    /// `;`: what Excel with Norwegian settings writes and reads by a double-click.
    Semicolon,
}

impl Separator {
    /// The character.
    pub fn char(self) -> char {
        match self {
            Separator::Comma => ',',
            Separator::Semicolon => ';',
        }
    }
}

/// One field of a record.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    /// Text: quoted when needed, and [defused](defuse) when a spreadsheet would run it.
    Text(&'a str),
    /// A number the program computed: written in Rust's shortest form (`3`, `2.5`, `-0.25`),
    /// never defused. Not finite: an empty field.
    Number(f64),
}

impl<'a> From<&'a str> for Cell<'a> {
    fn from(s: &'a str) -> Cell<'a> {
        Cell::Text(s)
    }
}

impl<'a> From<&'a String> for Cell<'a> {
    fn from(s: &'a String) -> Cell<'a> {
        Cell::Text(s)
    }
}

impl From<f64> for Cell<'_> {
    fn from(n: f64) -> Self {
        Cell::Number(n)
    }
}

impl From<usize> for Cell<'_> {
    fn from(n: usize) -> Self {
        // Counts of offers and municipalities: far below 2^53, so exact.
        Cell::Number(n as f64)
    }
}

impl From<bool> for Cell<'_> {
    fn from(b: bool) -> Self {
        Cell::Text(if b { "true" } else { "false" })
    }
}

/// The characters that make a spreadsheet read a cell as a formula, or hide such a start.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The text, with an apostrophe before it when it starts with one of [`FORMULA_STARTS`].
///
/// # Example
/// ```
/// use digihjelpen::csv::defuse;
/// assert_eq!(defuse("=1+1"), "'=1+1");
/// assert_eq!(defuse("-3"), "'-3");
/// assert_eq!(defuse("Levanger"), "Levanger");
/// ```
pub fn defuse(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A CSV document being written: a header, then records of the same length.
#[derive(Debug, Clone)]
pub struct Csv {
    text: String,
    separator: Separator,
    columns: usize,
}

impl Csv {
    /// A comma-separated document with this header.
    pub fn new(header: &[&str]) -> Csv {
        Csv::with_separator(header, Separator::Comma)
    }

    /// A document with this header and separator.
    pub fn with_separator(header: &[&str], separator: Separator) -> Csv {
        let mut csv = Csv {
            text: String::new(),
            separator,
            columns: header.len(),
        };
        csv.row(header.iter().map(|h| Cell::Text(h)));
        csv
    }

    /// Adds a record. It should have as many fields as the header (checked in debug builds).
    pub fn row<'a>(&mut self, cells: impl IntoIterator<Item = Cell<'a>>) {
        let sep = self.separator.char();
        let mut n = 0;
        for cell in cells {
            if n > 0 {
                self.text.push(sep);
            }
            n += 1;
            match cell {
                Cell::Text(s) => self.push_text(&defuse(s)),
                Cell::Number(x) if x.is_finite() => {
                    // `-0` is zero.
                    let x = if x == 0.0 { 0.0 } else { x };
                    let _ = write!(self.text, "{x}");
                }
                Cell::Number(_) => {}
            }
        }
        debug_assert_eq!(
            n, self.columns,
            "a CSV record has as many fields as the header"
        );
        self.text.push_str("\r\n");
    }

    fn push_text(&mut self, s: &str) {
        if s.contains([self.separator.char(), '"', '\n', '\r']) {
            self.text.push('"');
            self.text.push_str(&s.replace('"', "\"\""));
            self.text.push('"');
        } else {
            self.text.push_str(s);
        }
    }

    /// The document. Prepend a BOM (`\u{feff}`) when offering it as a file, so that Excel
    /// reads it as UTF-8.
    pub fn finish(self) -> String {
        self.text
    }
}

//! Reading CSV as spreadsheets write it: RFC 4180 with a chosen separator.

use std::fmt;

use super::Separator;

/// One record, with the line of the file it starts on (1-based, the header is line 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The line the record starts on.
    pub line: usize,
    /// The fields, unquoted.
    pub fields: Vec<String>,
}

impl Record {
    /// True when every field is empty or whitespace (a blank line, or `;;;` from Excel).
    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| f.trim().is_empty())
    }
}

/// Why a text is not CSV.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CsvError {
    /// A quoted field that is never closed.
    UnterminatedQuote {
        /// The line the field starts on.
        line: usize,
    },
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CsvError::UnterminatedQuote { line } => write!(
                f,
                "linje {line}: et felt som begynner med \" blir aldri avsluttet (mangler et \" til slutt)"
            ),
        }
    }
}

impl std::error::Error for CsvError {}

/// Splits a text into records. A leading byte order mark is skipped; CRLF, LF and CR all end
/// a record; a quoted field may hold the separator, line breaks and doubled quotes. Like
/// Excel, a quote inside an unquoted field, or text after a closing quote, is kept as it is.
/// A line break at the end of the text does not start another record.
///
/// # Errors
/// [`CsvError::UnterminatedQuote`] when a quoted field runs to the end of the text.
///
/// # Example
/// ```
/// use digihjelpen::csv::{parse, Separator};
/// let records = parse("kommune;navn\r\n5037;\"Bibliotek; 2. etasje\"\r\n", Separator::Semicolon)?;
/// assert_eq!(records[1].line, 2);
/// assert_eq!(records[1].fields, ["5037", "Bibliotek; 2. etasje"]);
/// # Ok::<(), digihjelpen::csv::CsvError>(())
/// ```
pub fn parse(text: &str, separator: Separator) -> Result<Vec<Record>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let sep = separator.char();
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut start = 1;
    let mut quoted = false;
    let mut quote_line = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => {
                    if c == '\n' || (c == '\r' && chars.peek() != Some(&'\n')) {
                        line += 1;
                    }
                    field.push(c);
                }
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                quoted = true;
                quote_line = line;
            }
            c if c == sep => fields.push(std::mem::take(&mut field)),
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                fields.push(std::mem::take(&mut field));
                records.push(Record {
                    line: start,
                    fields: std::mem::take(&mut fields),
                });
                line += 1;
                start = line;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(CsvError::UnterminatedQuote { line: quote_line });
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        records.push(Record {
            line: start,
            fields,
        });
    }
    Ok(records)
}

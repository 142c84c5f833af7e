//! The CSV writer, reader and decoding: RFC 4180 quoting, formula defusing, typed numbers.

use digihjelpen::csv::{decode, defuse, parse, Cell, Csv, CsvError, Encoding, Separator};
use proptest::prelude::*;

/// The one data line of a document with a one-column header.
fn one(cell: Cell<'_>) -> String {
    let mut csv = Csv::new(&["x"]);
    csv.row([cell]);
    let text = csv.finish();
    text.strip_prefix("x\r\n").unwrap().to_owned()
}

#[test]
fn plain_text_and_numbers_are_written_as_they_are() {
    assert_eq!(one(Cell::from("Levanger")), "Levanger\r\n");
    assert_eq!(one(Cell::from("")), "\r\n");
    assert_eq!(one(Cell::from(357_usize)), "357\r\n");
    assert_eq!(one(Cell::from(2.5)), "2.5\r\n");
    assert_eq!(one(Cell::from(true)), "true\r\n");
}

#[test]
fn separators_quotes_and_line_breaks_are_quoted() {
    assert_eq!(one(Cell::from("a,b")), "\"a,b\"\r\n");
    assert_eq!(one(Cell::from("si \"hei\"")), "\"si \"\"hei\"\"\"\r\n");
    assert_eq!(
        one(Cell::from("linje 1\nlinje 2")),
        "\"linje 1\nlinje 2\"\r\n"
    );
    assert_eq!(one(Cell::from("a\r\nb")), "\"a\r\nb\"\r\n");
    // A semicolon needs no quotes in a comma-separated file, and does in a semicolon one.
    assert_eq!(one(Cell::from("a;b")), "a;b\r\n");
    let mut csv = Csv::with_separator(&["a", "b"], Separator::Semicolon);
    csv.row([Cell::from("x;y"), Cell::from("x,y")]);
    assert_eq!(csv.finish(), "a;b\r\n\"x;y\";x,y\r\n");
}

#[test]
fn every_formula_start_is_defused() {
    for (cell, written) in [
        ("=1+1", "'=1+1"),
        ("+47 22 33 44 55", "'+47 22 33 44 55"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
    ] {
        assert_eq!(one(Cell::from(cell)), format!("{written}\r\n"), "{cell:?}");
    }
    // A leading CR is defused and, being a line break, quoted.
    assert_eq!(one(Cell::from("\r=1+1")), "\"'\r=1+1\"\r\n");
    // The example from issue 14: defused, and quoted for its quotes and comma.
    assert_eq!(
        one(Cell::from("=HYPERLINK(\"https://x\",\"klikk\")")),
        "\"'=HYPERLINK(\"\"https://x\"\",\"\"klikk\"\")\"\r\n"
    );
    // Only the start counts.
    assert_eq!(one(Cell::from("Kurs = hjelp")), "Kurs = hjelp\r\n");
    assert_eq!(defuse("Levanger"), "Levanger");
}

/// A text that looks like a negative number is still text, and defused (a name `-3` cannot be
/// told from the start of `-3+…`); a number the program computed is a number, and is not.
#[test]
fn negative_numbers_are_numbers_only_when_typed_as_numbers() {
    assert_eq!(one(Cell::from("-3")), "'-3\r\n");
    assert_eq!(one(Cell::from(-3.0)), "-3\r\n");
    assert_eq!(one(Cell::from(-0.0)), "0\r\n");
    assert_eq!(one(Cell::from(f64::NAN)), "\r\n");
    assert_eq!(one(Cell::from(f64::NEG_INFINITY)), "\r\n");
}

#[test]
fn the_reader_reads_what_spreadsheets_write() {
    let text =
        "\u{feff}kommune;navn\r\n5037;\"Bibliotek; \"\"Huset\"\"\nandre etasje\"\n\n;\r1818;x\"y";
    let records = parse(text, Separator::Semicolon).unwrap();
    let got: Vec<(usize, Vec<&str>)> = records
        .iter()
        .map(|r| (r.line, r.fields.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        got,
        [
            (1, vec!["kommune", "navn"]),
            (2, vec!["5037", "Bibliotek; \"Huset\"\nandre etasje"]),
            (4, vec![""]),
            (5, vec!["", ""]),
            (6, vec!["1818", "x\"y"]),
        ]
    );
    assert!(records[2].is_blank() && records[3].is_blank() && !records[4].is_blank());
    assert_eq!(
        parse("a,b\n1,\"open\n2,3\n", Separator::Comma),
        Err(CsvError::UnterminatedQuote { line: 2 })
    );
    assert_eq!(
        CsvError::UnterminatedQuote { line: 2 }.to_string(),
        "linje 2: et felt som begynner med \" blir aldri avsluttet (mangler et \" til slutt)"
    );
    assert_eq!(parse("", Separator::Comma), Ok(vec![]));
}

#[test]
fn bytes_are_read_as_utf8_with_or_without_bom_or_as_windows_1252() {
    assert_eq!(
        decode("Tromsø".as_bytes()),
        ("Tromsø".to_owned(), Encoding::Utf8)
    );
    assert_eq!(
        decode(b"\xef\xbb\xbfTroms\xc3\xb8"),
        ("Tromsø".to_owned(), Encoding::Utf8Bom)
    );
    // Windows-1252: æ ø å Æ Ø Å, and the 0x80–0x9F block (€ „ " " – — ™).
    assert_eq!(
        decode(b"\xe6\xf8\xe5\xc6\xd8\xc5 \x80\x84\x93\x94\x96\x97\x99"),
        ("æøåÆØÅ €„“”–—™".to_owned(), Encoding::Windows1252)
    );
    assert_eq!(Encoding::Windows1252.label(), "Windows-1252");
}

proptest! {
    /// What the writer writes, the reader reads back: each text defused, each number as digits.
    #[test]
    fn written_records_read_back(
        rows in prop::collection::vec(prop::collection::vec(any::<String>(), 3), 0..8),
        semicolon in any::<bool>(),
    ) {
        let separator = if semicolon { Separator::Semicolon } else { Separator::Comma };
        let mut csv = Csv::with_separator(&["a", "b", "c"], separator);
        for row in &rows {
            csv.row(row.iter().map(Cell::from));
        }
        let text = csv.finish();
        let records = parse(&text, separator).unwrap();
        prop_assert_eq!(records.len(), rows.len() + 1);
        for (record, row) in records[1..].iter().zip(&rows) {
            let expected: Vec<String> = row.iter().map(|c| defuse(c).into_owned()).collect();
            prop_assert_eq!(&record.fields, &expected);
        }
    }

    /// Valid UTF-8 is always read as UTF-8, unchanged.
    #[test]
    fn utf8_is_kept(text in any::<String>()) {
        let (got, encoding) = decode(text.as_bytes());
        prop_assert_eq!(got, text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned());
        prop_assert!(matches!(encoding, Encoding::Utf8 | Encoding::Utf8Bom));
    }
}

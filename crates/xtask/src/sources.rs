//! Text in our own words: no run of ten words copied from the source documents.
//!
//! The handbook and the offers are written from public documents (the project report of 2018,
//! the agreement of 2022 and others). Their facts may be used; their sentences may not be
//! copied. The repository keeps only hashes of the sources' ten-word runs, in
//! `crates/xtask/data/source-runs.txt`, so the check runs on a clean clone without the
//! documents themselves:
//!
//! - `cargo xtask source-runs DIR` reads every `*.txt` in `DIR` (the source documents) and
//!   writes that file;
//! - the test [`tests::content_shares_no_ten_word_run_with_the_sources`] reads it and fails,
//!   naming file, line and the ten words, when a Markdown file under `public/innhold/` or
//!   `public/data/`, or a text in `tilbud.json`, `handbok.json` or `ressurser.json`, has a
//!   run of ten words whose hash is in it.
//!
//! Words are compared lower-cased, split on every character that is not a letter or a digit, so
//! punctuation, line breaks and case do not hide a copy. Words between « and » (in the same
//! paragraph) are a quotation and are not checked: quote a source in quotation marks and say
//! whose words they are.

use std::collections::BTreeSet;
use std::fmt::Write as _;
#[cfg(test)]
use std::path::Path;

use crate::util::{root, Result};

/// How many consecutive words make a copied run.
pub const RUN: usize = 10;

/// Where the hashes are kept, relative to the repository root.
pub const HASH_FILE: &str = "crates/xtask/data/source-runs.txt";

/// The text extracted from one source's PDF garbled `ø` and `å` (as `g`, `@`, `p`, `&`, `3`, `a`
/// …), so its runs would never match text written with the right letters. These word pairs
/// mend it; the runs of the mended words are hashed as well as those of the words as they are.
const MENDED: &[(&str, &str)] = &[
    ("&", "å"),
    ("3", "å"),
    ("a", "å"),
    ("p", "på"),
    ("p3", "på"),
    ("pa", "på"),
    ("pd", "på"),
    ("fa", "få"),
    ("far", "får"),
    ("bade", "både"),
    ("trad", "tråd"),
    ("rad", "råd"),
    ("réd", "råd"),
    ("niva", "nivå"),
    ("nivd", "nivå"),
    ("apen", "åpen"),
    ("arlige", "årlige"),
    ("maneds", "måneds"),
    ("formalet", "formålet"),
    ("malet", "målet"),
    ("kvalitetsmél", "kvalitetsmål"),
    ("inngétt", "inngått"),
    ("inngd", "inngå"),
    ("unnga", "unngå"),
    ("bista", "bistå"),
    ("bistd", "bistå"),
    ("ogsa", "også"),
    ("spgrsmal", "spørsmål"),
    ("radgivningstjenesten", "rådgivningstjenesten"),
    ("gke", "øke"),
    ("pke", "øke"),
    ("gkt", "økt"),
    ("@kt", "økt"),
    ("@konomi", "økonomi"),
    ("gkonomiske", "økonomiske"),
    ("aktgrer", "aktører"),
    ("avgjgres", "avgjøres"),
    ("f@rste", "første"),
    ("fglges", "følges"),
    ("fortlgpende", "fortløpende"),
    ("gjennomfgring", "gjennomføring"),
    ("gjgres", "gjøres"),
    ("gnske", "ønske"),
    ("gnsker", "ønsker"),
    ("hgyere", "høyere"),
    ("igsninger", "løsninger"),
    ("konsultasjonsmgtene", "konsultasjonsmøtene"),
    ("kontaktmgter", "kontaktmøter"),
    ("meteplasser", "møteplasser"),
    ("mgteplassene", "møteplassene"),
    ("oppfglgingen", "oppfølgingen"),
    ("sgke", "søke"),
    ("viderefgre", "videreføre"),
    ("viderefgring", "videreføring"),
    ("nzerliggende", "nærliggende"),
    ("opplaeringsressurser", "opplæringsressurser"),
    ("oppleering", "opplæring"),
    ("seerskilt", "særskilt"),
    ("szaerskilt", "særskilt"),
    ("vaere", "være"),
];

/// The words of `text`, lower-cased: maximal runs of letters and digits.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The hash of one run: FNV-1a (64 bits) of the words joined by single spaces, its top 40 bits.
/// Forty bits keep the file small; against some 18,000 hashes, a run of our own matches one by
/// chance about once in 60 million runs.
pub fn run_hash<S: AsRef<str>>(run: &[S]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, word) in run.iter().enumerate() {
        let separator = if i == 0 { &[][..] } else { &b" "[..] };
        for byte in separator.iter().chain(word.as_ref().as_bytes()) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash >> 24
}

/// The source's words with the garbled ones mended (see [`MENDED`]).
fn mended_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '&' || c == '@'))
        .filter(|w| !w.is_empty())
        .flat_map(|raw| {
            let lower = raw.to_lowercase();
            match MENDED.iter().find(|(garbled, _)| *garbled == lower) {
                Some((_, right)) => words(right),
                None => words(&lower),
            }
        })
        .collect()
}

/// The hashes of every run of [`RUN`] words in one source, as written and as mended.
pub fn source_run_hashes(text: &str) -> BTreeSet<u64> {
    let mut hashes = BTreeSet::new();
    for list in [words(text), mended_words(text)] {
        hashes.extend(list.windows(RUN).map(run_hash));
    }
    hashes
}

/// The hash file's text: a header, then one hash a line (hex, sorted).
pub fn hash_file_text(hashes: &BTreeSet<u64>, files: usize) -> String {
    let mut text = format!(
        "# Hashes of every run of {RUN} consecutive words in the {files} source documents \
         (not their text).\n\
         # Made with `cargo xtask source-runs ../shared/seeds` (crates/xtask/src/sources.rs):\n\
         # words lower-cased and split on every character that is not a letter or digit;\n\
         # a run's hash is FNV-1a 64 of its words joined by one space, top 40 bits, in hex.\n\
         # {} runs.\n",
        hashes.len()
    );
    for hash in hashes {
        let _ = writeln!(text, "{hash:010x}");
    }
    text
}

/// Reads the hash file's text back (comment lines start with `#`).
#[cfg(test)]
pub fn parse_hash_file(text: &str) -> std::result::Result<BTreeSet<u64>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .map(|(i, line)| {
            u64::from_str_radix(line, 16).map_err(|e| format!("line {}: {line:?}: {e}", i + 1))
        })
        .collect()
}

/// `cargo xtask source-runs DIR`: hashes the runs of every `*.txt` in `DIR` into [`HASH_FILE`].
///
/// # Errors
/// When `DIR` cannot be read, holds no `.txt` file, or the hash file cannot be written.
pub fn write_hashes(args: &[String]) -> Result {
    let [dir] = args else {
        return Err("usage: cargo xtask source-runs DIR (the folder of source .txt files)".into());
    };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{dir}: {e}"))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("{dir}: no .txt files"));
    }
    let mut hashes = BTreeSet::new();
    for file in &files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        hashes.extend(source_run_hashes(&text));
    }
    let out = root().join(HASH_FILE);
    std::fs::create_dir_all(out.parent().expect("the hash file is in a folder"))
        .map_err(|e| e.to_string())?;
    std::fs::write(&out, hash_file_text(&hashes, files.len()))
        .map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "{}: {} runs from {} files",
        out.display(),
        hashes.len(),
        files.len()
    );
    Ok(())
}

/// One copied run: where it starts and its words.
#[cfg(test)]
#[derive(Debug, PartialEq, Eq)]
pub struct Copied {
    /// The line (from 1) of the run's first word.
    pub line: usize,
    /// The run's words, lower-cased.
    pub words: String,
}

/// The stretches of `text` that are checked, each with the line it starts on: the text with
/// every «quotation» that closes in the same paragraph cut out.
#[cfg(test)]
fn unquoted(text: &str) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let (mut start, mut line) = (0, 1);
    let mut rest = text;
    while let Some(open) = rest.find('«') {
        let after = &rest[open + '«'.len_utf8()..];
        let paragraph_end = after.find("\n\n").unwrap_or(after.len());
        let Some(close) = after[..paragraph_end].find('»') else {
            rest = after;
            continue;
        };
        let open_at = text.len() - rest.len() + open;
        parts.push((line, &text[start..open_at]));
        let close_at = open_at + '«'.len_utf8() + close + '»'.len_utf8();
        line += text[start..close_at].matches('\n').count();
        start = close_at;
        rest = &text[close_at..];
    }
    parts.push((line, &text[start..]));
    parts
}

/// The runs of [`RUN`] words in `text` whose hashes are in `hashes`; overlapping runs are
/// reported once, at the first.
#[cfg(test)]
pub fn copied_runs(text: &str, hashes: &BTreeSet<u64>) -> Vec<Copied> {
    let mut found = Vec::new();
    for (first_line, part) in unquoted(text) {
        let mut located = Vec::new();
        for (i, line) in part.split('\n').enumerate() {
            located.extend(words(line).into_iter().map(|w| (first_line + i, w)));
        }
        let mut next_free = 0;
        for (at, window) in located.windows(RUN).enumerate() {
            let run: Vec<&str> = window.iter().map(|(_, w)| w.as_str()).collect();
            if at >= next_free && hashes.contains(&run_hash(&run)) {
                found.push(Copied {
                    line: window[0].0,
                    words: run.join(" "),
                });
                next_free = at + RUN;
            }
        }
    }
    found
}

/// Every string in a JSON text, decoded, with the line it starts on. Not a validator: the data
/// files are validated by the domain crate; this only finds their texts.
#[cfg(test)]
pub fn json_strings(json: &str) -> Vec<(usize, String)> {
    let mut strings = Vec::new();
    let mut line = 1;
    let mut chars = json.chars();
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            '"' => {
                let mut text = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => match chars.next() {
                            Some('n') => text.push('\n'),
                            Some('t' | 'r' | 'b' | 'f') => text.push(' '),
                            Some('u') => {
                                let hex: String = chars.by_ref().take(4).collect();
                                let decoded =
                                    u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                                text.push(decoded.unwrap_or(' '));
                            }
                            Some(other) => text.push(other),
                            None => break,
                        },
                        other => text.push(other),
                    }
                }
                strings.push((line, text));
            }
            _ => {}
        }
    }
    strings
}

/// Every file the check reads: the Markdown under `public/innhold/` and `public/data/`, and the
/// data files with user-facing text. Paths relative to the root, sorted.
#[cfg(test)]
pub fn checked_files(root: &Path) -> Vec<String> {
    fn markdown(dir: &Path, rel: &str, into: &mut Vec<String>, deep: bool) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.filter_map(std::result::Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            if path.is_dir() && deep {
                markdown(&path, &format!("{rel}/{name}"), into, deep);
            } else if name.ends_with(".md") {
                into.push(format!("{rel}/{name}"));
            }
        }
    }
    let mut files = Vec::new();
    markdown(
        &root.join("public/innhold"),
        "public/innhold",
        &mut files,
        true,
    );
    markdown(&root.join("public/data"), "public/data", &mut files, false);
    for data in ["tilbud.json", "handbok.json", "ressurser.json"] {
        files.push(format!("public/data/{data}"));
    }
    files.sort();
    files
}

/// The copied runs of one file, as `file:line: «words»` lines (in a JSON file, the line where
/// the string starts).
#[cfg(test)]
pub fn check_file(rel: &str, text: &str, hashes: &BTreeSet<u64>) -> Vec<String> {
    let report = |line: usize, copied: Copied| format!("{rel}:{line}: «{}»", copied.words);
    if rel.ends_with(".json") {
        json_strings(text)
            .into_iter()
            .flat_map(|(at, string)| {
                copied_runs(&string, hashes)
                    .into_iter()
                    .map(move |c| report(at, c))
            })
            .collect()
    } else {
        copied_runs(text, hashes)
            .into_iter()
            .map(|c| report(c.line, c))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny source of our own, standing in for the documents.
    const SOURCE: &str = "Biblioteket i byen har åpent hver tirsdag, og der kan alle som vil få \
                          hjelp med nettbanken, e-posten og skjemaene fra kommunen.";

    fn hashes_of(source: &str) -> BTreeSet<u64> {
        source_run_hashes(source)
    }

    #[test]
    fn content_shares_no_ten_word_run_with_the_sources() {
        let path = root().join(HASH_FILE);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (make it with cargo xtask source-runs)",
                path.display()
            )
        });
        let hashes = parse_hash_file(&text).unwrap_or_else(|e| panic!("{HASH_FILE}: {e}"));
        // An empty or cut file would let every copy through.
        assert!(
            hashes.len() > 10_000,
            "{HASH_FILE}: only {} runs",
            hashes.len()
        );
        let files = checked_files(&root());
        assert!(files.len() > 20, "found only {files:?}");
        let mut copies = Vec::new();
        for rel in &files {
            let content =
                std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
            copies.extend(check_file(rel, &content, &hashes));
        }
        assert!(
            copies.is_empty(),
            "{} runs of {RUN} words are copied from the source documents; write them in your \
             own words, or quote them «in quotation marks» and say whose words they are:\n{}",
            copies.len(),
            copies.join("\n")
        );
    }

    #[test]
    fn catches_a_copied_run_whatever_its_case_punctuation_and_line_breaks() {
        let hashes = hashes_of(SOURCE);
        let text = "# Om oss\n\nHos oss kan alle som vil FÅ HJELP med nettbanken\n(e-posten) og \
                    skjemaene fra kommunen, hver dag.";
        let found = copied_runs(text, &hashes);
        assert_eq!(
            found,
            vec![Copied {
                line: 3,
                words: "kan alle som vil få hjelp med nettbanken e posten".into(),
            }]
        );
        let lines = check_file("public/innhold/om.md", text, &hashes);
        assert_eq!(
            lines,
            ["public/innhold/om.md:3: «kan alle som vil få hjelp med nettbanken e posten»"]
        );
    }

    #[test]
    fn nine_words_or_a_quotation_are_not_a_copy() {
        let hashes = hashes_of(SOURCE);
        assert!(copied_runs("alle som vil få hjelp med nettbanken e posten", &hashes).is_empty());
        let quoted =
            "Rapporten sier at «der kan alle som vil få hjelp med nettbanken, e-posten og \
                      skjemaene fra kommunen».";
        assert!(copied_runs(quoted, &hashes).is_empty());
        // A quotation mark that never closes in its paragraph does not hide the rest.
        let unclosed = "Rapporten sier «dette\n\nkan alle som vil få hjelp med nettbanken e-posten og skjemaene.";
        assert_eq!(copied_runs(unclosed, &hashes)[0].line, 3);
    }

    #[test]
    fn runs_in_json_strings_are_found_on_their_line() {
        let hashes = hashes_of(SOURCE);
        let json =
            "{\n  \"tilbud\": [\n    {\"beskrivelse\": \"Her kan alle som vil f\\u00e5 hjelp \
                    med nettbanken, e-posten og skjemaene.\"}\n  ]\n}";
        assert_eq!(
            check_file("public/data/tilbud.json", json, &hashes),
            ["public/data/tilbud.json:3: «kan alle som vil få hjelp med nettbanken e posten»"]
        );
    }

    #[test]
    fn garbled_letters_of_the_source_are_mended() {
        // As the PDF extraction wrote "for å melde inn behov og ønsker for utvikling …".
        let garbled =
            "kan disse henvende seg direkte til HK-dir for & melde inn behov og gnsker for";
        let hashes = hashes_of(garbled);
        let ours = "De kan henvende seg direkte til HK-dir for å melde inn behov og ønsker.";
        assert_eq!(copied_runs(ours, &hashes).len(), 1);
    }

    #[test]
    fn the_hash_file_reads_back() {
        let hashes = hashes_of(SOURCE);
        let text = hash_file_text(&hashes, 1);
        assert!(text.starts_with("# "));
        assert_eq!(parse_hash_file(&text).unwrap(), hashes);
        assert_eq!(words(SOURCE).len() - RUN + 1, hashes.len());
        assert!(parse_hash_file("# x\nnot-hex\n").is_err());
    }
}

//! `merge`: puts submitted entries (from the app's `/oppdater` form) into tilbud.json.
//!
//! Every file is validated first: an entry file is one offer object or a tilbud.json with
//! offers, and a folder stands for every `*.json` file in it. An entry with an id already in
//! the file replaces it; a new id is added; the same id in two entries is refused. The result
//! is sorted by id and pretty-printed the same way every time, and the file's other top-level
//! fields (such as `kilde`) are kept, so that diffs stay small.

use std::path::{Path, PathBuf};

use digihjelpen::{DataError, Offer, OfferId};
use serde_json::Value;

use crate::files::Context;

/// What `merge` did to one offer.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The id was new.
    Added(OfferId),
    /// An entry with the id was replaced.
    Replaced(OfferId),
}

/// Why a merge could not be done.
#[derive(Debug)]
pub enum MergeError {
    /// The offers file has problems.
    Offers(DataError),
    /// An entry file has problems.
    Entry(PathBuf, DataError),
    /// An entry file is not one offer object or a `{"tilbud": [...]}` file with offers.
    Shape(PathBuf, String),
}

/// The entry files: each file as given, and every `*.json` file of a folder, by name.
///
/// # Errors
/// A folder that cannot be read, or one without `.json` files.
pub fn entry_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for path in paths {
        if !path.is_dir() {
            out.push(path.clone());
            continue;
        }
        let entries = std::fs::read_dir(path)
            .map_err(|e| format!("kunne ikke lese mappen {}: {e}", path.display()))?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
            .collect();
        if files.is_empty() {
            return Err(format!("mappen {} har ingen .json-filer", path.display()));
        }
        files.sort();
        out.extend(files);
    }
    Ok(out)
}

/// Wraps a bare offer object as a one-offer tilbud.json, so the domain parser checks it.
fn as_offers_file(path: &Path, entry: &str) -> Result<String, MergeError> {
    let value: Value = match serde_json::from_str(entry) {
        Ok(v) => v,
        // Let the domain parser word the syntax error (with line and column).
        Err(_) => return Ok(entry.to_owned()),
    };
    match value {
        Value::Object(ref map) if map.contains_key("tilbud") => Ok(entry.to_owned()),
        Value::Object(_) => Ok(serde_json::json!({ "tilbud": [value] }).to_string()),
        _ => Err(MergeError::Shape(
            path.to_path_buf(),
            "innsendingen må være ett tilbud (et JSON-objekt) eller en fil med \"tilbud\"".into(),
        )),
    }
}

/// A merge: the offers before and after, the new file's text, and what happened.
pub struct Merged {
    /// The offers file's offers before the merge.
    pub before: Vec<Offer>,
    /// After the merge, sorted by id.
    pub after: Vec<Offer>,
    /// The new tilbud.json text.
    pub text: String,
    /// One outcome per entry, in order.
    pub outcomes: Vec<Outcome>,
}

/// Merges the entries (path and text of each: one offer object, or a tilbud.json with offers)
/// into `offers_file`.
///
/// # Errors
/// Every problem in the offers file, else in the first entry file that has any (the same id
/// in two entries is a problem of the second), or an entry file of the wrong shape.
pub fn merge(
    offers_file: &str,
    entries: &[(PathBuf, String)],
    ctx: &Context,
) -> Result<Merged, MergeError> {
    let before = digihjelpen::parse_offers(offers_file, &ctx.registry, ctx.today)
        .map_err(MergeError::Offers)?;
    let mut after = before.clone();
    let mut outcomes = Vec::new();
    let mut seen: Vec<(OfferId, &Path)> = Vec::new();
    for (path, text) in entries {
        let incoming =
            digihjelpen::parse_offers(&as_offers_file(path, text)?, &ctx.registry, ctx.today)
                .map_err(|e| MergeError::Entry(path.clone(), e))?;
        for offer in incoming {
            let id = offer.id().clone();
            if let Some((_, first)) = seen.iter().find(|(s, _)| *s == id) {
                return Err(MergeError::Shape(
                    path.clone(),
                    format!(
                        "id \"{id}\" står også i {} (ett tilbud per id)",
                        first.display()
                    ),
                ));
            }
            seen.push((id.clone(), path));
            match after.iter_mut().find(|o| o.id() == offer.id()) {
                Some(existing) => {
                    *existing = offer;
                    outcomes.push(Outcome::Replaced(id));
                }
                None => {
                    after.push(offer);
                    outcomes.push(Outcome::Added(id));
                }
            }
        }
    }
    after.sort_by(|a, b| a.id().cmp(b.id()));
    let text = render(offers_file, &after);
    Ok(Merged {
        before,
        after,
        text,
        outcomes,
    })
}

/// tilbud.json text for `offers`, keeping the original file's other top-level fields first.
pub fn render(original: &str, offers: &[Offer]) -> String {
    let body = digihjelpen::offers_to_json(offers);
    let extras: Vec<String> = serde_json::from_str::<Value>(original)
        .ok()
        .and_then(|v| v.as_object().cloned())
        .map(|map| {
            map.into_iter()
                .filter(|(key, _)| key != "tilbud")
                .map(|(key, value)| {
                    let pretty = serde_json::to_string_pretty(&value).unwrap_or_default();
                    format!("  {}: {}", Value::String(key), pretty.replace('\n', "\n  "))
                })
                .collect()
        })
        .unwrap_or_default();
    match body.strip_prefix("{\n") {
        Some(rest) if !extras.is_empty() => format!("{{\n{},\n{rest}", extras.join(",\n")),
        _ => body,
    }
}

/// What to merge, and how.
pub struct Args {
    /// tilbud.json to update.
    pub offers: PathBuf,
    /// Entry files and folders.
    pub entries: Vec<PathBuf>,
    /// The change log [default: `endringer.json` beside the offers file].
    pub log: Option<PathBuf>,
    /// Print what changes, and write nothing.
    pub dry_run: bool,
}

/// Runs `merge`: prints what changes field by field (standard output) and what was added or
/// replaced (standard error), then writes tilbud.json and appends to the change log, unless
/// `--dry-run`. Exit status 1 when a file has problems (nothing is written then).
///
/// # Errors
/// A file or folder that cannot be read or written.
pub fn run(args: &Args, ctx: &Context) -> Result<std::process::ExitCode, String> {
    use crate::changes;
    let offers_text = crate::files::read(&args.offers)?;
    let mut entries = Vec::new();
    for path in entry_files(&args.entries)? {
        let text = crate::files::read(&path)?;
        entries.push((path, text));
    }
    let merged = match merge(&offers_text, &entries, ctx) {
        Ok(m) => m,
        Err(MergeError::Offers(e)) => return crate::report(&args.offers, &e),
        Err(MergeError::Entry(path, e)) => return crate::report(&path, &e),
        Err(MergeError::Shape(path, message)) => {
            println!("{}: {message}", path.display());
            eprintln!("{}: ingenting ble endret", args.offers.display());
            return Ok(std::process::ExitCode::from(1));
        }
    };
    let log_path = changes::log_path(&args.offers, args.log.as_deref());
    let mut log = match changes::load(&log_path, ctx) {
        Ok(log) => log,
        Err(Ok(message)) => return Err(message),
        Err(Err(e)) => return crate::report(&log_path, &e),
    };
    let ids: Vec<OfferId> = merged
        .outcomes
        .iter()
        .map(|o| match o {
            Outcome::Added(id) | Outcome::Replaced(id) => id.clone(),
        })
        .collect();
    let touched = changes::Touched::find(&ids, &merged.before, &merged.after);
    changes::print(&touched, ctx);
    if args.dry_run {
        eprintln!("prøvekjøring: ingenting ble skrevet");
        return Ok(std::process::ExitCode::SUCCESS);
    }
    changes::write_whole(&args.offers, &merged.text)?;
    let n = changes::append(&mut log, &touched, ctx);
    if n > 0 {
        changes::write_whole(&log_path, &log.to_json())?;
    }
    let noun = if n == 1 { "endring" } else { "endringer" };
    println!("{}: {n} {noun} ført", log_path.display());
    for outcome in &merged.outcomes {
        match outcome {
            Outcome::Added(id) => eprintln!("la til tilbudet «{id}»"),
            Outcome::Replaced(id) => eprintln!("erstattet tilbudet «{id}»"),
        }
    }
    Ok(std::process::ExitCode::SUCCESS)
}

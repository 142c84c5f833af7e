//! `merge`: puts a submitted entry (from the app's `/oppdater` form) into tilbud.json.
//!
//! Both files are validated first. An entry with an id already in the file replaces it; a new
//! id is added. The result is sorted by id and pretty-printed the same way every time, and the
//! file's other top-level fields (such as `kilde`) are kept, so that diffs stay small.

use digihjelpen::{DataError, Offer};
use serde_json::Value;

use crate::files::Context;

/// What `merge` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The id was new.
    Added(String),
    /// An entry with the id was replaced.
    Replaced(String),
}

/// Why a merge could not be done.
#[derive(Debug)]
pub enum MergeError {
    /// The offers file has problems.
    Offers(DataError),
    /// The submitted entry has problems.
    Entry(DataError),
    /// The entry file is not one offer object or a `{"tilbud": [...]}` file with offers.
    Shape(String),
}

/// Wraps a bare offer object as a one-offer tilbud.json, so the domain parser checks it.
fn as_offers_file(entry: &str) -> Result<String, MergeError> {
    let value: Value = match serde_json::from_str(entry) {
        Ok(v) => v,
        // Let the domain parser word the syntax error (with line and column).
        Err(_) => return Ok(entry.to_owned()),
    };
    match value {
        Value::Object(ref map) if map.contains_key("tilbud") => Ok(entry.to_owned()),
        Value::Object(_) => Ok(serde_json::json!({ "tilbud": [value] }).to_string()),
        _ => Err(MergeError::Shape(
            "innsendingen må være ett tilbud (et JSON-objekt) eller en fil med \"tilbud\"".into(),
        )),
    }
}

/// Merges `entry` (one offer object, or a tilbud.json with offers) into `offers_file`.
///
/// # Errors
/// Every problem in either file, or an entry file of the wrong shape.
pub fn merge(
    offers_file: &str,
    entry: &str,
    ctx: &Context,
) -> Result<(String, Vec<Outcome>), MergeError> {
    let mut offers = digihjelpen::parse_offers(offers_file, &ctx.registry, ctx.today)
        .map_err(MergeError::Offers)?;
    let incoming = digihjelpen::parse_offers(&as_offers_file(entry)?, &ctx.registry, ctx.today)
        .map_err(MergeError::Entry)?;
    let mut outcomes = Vec::new();
    for offer in incoming {
        let id = offer.id().to_string();
        match offers.iter_mut().find(|o| o.id() == offer.id()) {
            Some(existing) => {
                *existing = offer;
                outcomes.push(Outcome::Replaced(id));
            }
            None => {
                offers.push(offer);
                outcomes.push(Outcome::Added(id));
            }
        }
    }
    offers.sort_by_key(|a| a.id().to_string());
    Ok((render(offers_file, &offers), outcomes))
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

//! What a `merge` or an `import-survey` changes: printed field by field, and appended to the
//! public change log (`endringer.json` beside tilbud.json, unless `--endringer` names another),
//! by the domain crate's [`digihjelpen::changelog`].

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use digihjelpen::changelog::{diff, parse_changelog, Change, ChangeLog, OfferDiff};
use digihjelpen::{DataError, Offer, OfferId};

use crate::files::Context;

/// One offer a merge or an import touched: before (none: new) and after.
pub struct Touched {
    /// The offer before, if there was one.
    pub old: Option<Offer>,
    /// The offer after.
    pub new: Offer,
}

impl Touched {
    /// The offers with these ids, before (in `old`) and after (in `new`).
    pub fn find(ids: &[OfferId], old: &[Offer], new: &[Offer]) -> Vec<Touched> {
        ids.iter()
            .filter_map(|id| {
                let after = new.iter().find(|o| o.id() == id)?;
                Some(Touched {
                    old: old.iter().find(|o| o.id() == id).cloned(),
                    new: after.clone(),
                })
            })
            .collect()
    }

    fn diff(&self) -> OfferDiff {
        diff(self.old.as_ref(), &self.new)
    }
}

/// The change log's path: `explicit`, or `endringer.json` beside the offers file.
pub fn log_path(offers: &Path, explicit: Option<&Path>) -> PathBuf {
    explicit.map_or_else(
        || offers.with_file_name("endringer.json"),
        Path::to_path_buf,
    )
}

/// Reads the change log (an absent file is an empty log).
///
/// # Errors
/// `Err(Ok(message))` when it cannot be read, `Err(Err(problems))` when it is not valid.
pub fn load(path: &Path, ctx: &Context) -> Result<ChangeLog, Result<String, DataError>> {
    if !path.exists() {
        return Ok(ChangeLog::default());
    }
    let text = crate::files::read(path).map_err(Ok)?;
    parse_changelog(&text, &ctx.registry, ctx.today).map_err(Err)
}

/// Prints what changes, offer by offer and field by field, on standard output.
pub fn print(touched: &[Touched], ctx: &Context) {
    for t in touched {
        let d = t.diff();
        let place = ctx.registry.label(t.new.municipality()).unwrap_or_default();
        let id = t.new.id();
        match (&t.old, d.is_empty()) {
            (None, _) => println!("ny: «{id}» ({place})"),
            (Some(_), true) => {
                println!("uendret: «{id}» ({place}), {} felt", d.unchanged);
                continue;
            }
            (Some(_), false) => println!("endret: «{id}» ({place})"),
        }
        for change in &d.changed {
            println!("  {change}");
        }
        if t.old.is_some() {
            println!("  {} felt uendret", d.unchanged);
        }
    }
}

/// Appends an entry for each touched offer that changed, dated today; returns how many.
pub fn append(log: &mut ChangeLog, touched: &[Touched], ctx: &Context) -> usize {
    let mut n = 0;
    for t in touched {
        if let Some(change) = Change::new(ctx.today, &t.new, t.old.as_ref(), &t.diff()) {
            log.push(change);
            n += 1;
        }
    }
    n
}

/// Writes a file through a temporary file beside it, so that a reader never sees half of it.
///
/// # Errors
/// The file cannot be written.
pub fn write_whole(path: &Path, text: &str) -> Result<(), String> {
    let name = path
        .file_name()
        .map_or_else(|| "fil".into(), |n| n.to_string_lossy().into_owned());
    static WRITES: AtomicUsize = AtomicUsize::new(0);
    let n = WRITES.fetch_add(1, Ordering::Relaxed);
    let temp = path.with_file_name(format!(".{name}.{}-{n}.tmp", std::process::id()));
    std::fs::write(&temp, text)
        .and_then(|()| std::fs::rename(&temp, path))
        .map_err(|e| format!("kunne ikke skrive {}: {e}", path.display()))
}

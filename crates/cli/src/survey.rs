//! `import-survey`: a survey's answers (one municipality a row, laid out as the 2017 form's
//! questions) into tilbud.json, by the domain crate's [`digihjelpen::survey`].
//!
//! This module reads the bytes (UTF-8 with or without BOM, or Windows-1252), writes the file
//! and words the report: every row that could not be used, with its row, column, value and
//! why, on standard output (one line each, as `validate` lists problems); what was added,
//! updated or left out on standard error. With any such row nothing is written, unless
//! `--skip-bad` is given; `--dry-run` writes nothing in any case. What an import changes is
//! printed field by field and appended to the change log, as `merge` does.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use digihjelpen::csv::decode;
use digihjelpen::survey::{import_survey, Options, Outcome, SurveyImport};

use crate::changes;
use crate::files::Context;

/// What to import, and how.
pub struct Args {
    /// The survey file.
    pub file: PathBuf,
    /// tilbud.json to update.
    pub offers: PathBuf,
    /// Import the good rows even when some are bad.
    pub skip_bad: bool,
    /// Report only.
    pub dry_run: bool,
    /// The change log [default: `endringer.json` beside the offers file].
    pub log: Option<PathBuf>,
    /// The `kilde` of rows without one.
    pub source: Option<String>,
}

/// Runs the import: 0 when written (or would be, with `--dry-run`), 1 when rows are bad and
/// `--skip-bad` is not given, or the offers file has problems.
///
/// # Errors
/// A file that cannot be read or written, or is not CSV with a `kommune` column.
pub fn run(args: &Args, ctx: &Context) -> Result<ExitCode, String> {
    let shown = args.file.display();
    let bytes = std::fs::read(&args.file).map_err(|e| format!("kunne ikke lese {shown}: {e}"))?;
    let (text, encoding) = decode(&bytes);
    eprintln!("{shown}: lest som {}", encoding.label());
    let offers_text = crate::files::read(&args.offers)?;
    let existing = match digihjelpen::parse_offers(&offers_text, &ctx.registry, ctx.today) {
        Ok(offers) => offers,
        Err(e) => return crate::report(&args.offers, &e),
    };
    let mut options = Options::new(ctx.today);
    if let Some(source) = &args.source {
        options.source.clone_from(source);
    }
    let import = import_survey(&text, &existing, &ctx.registry, &options)
        .map_err(|e| format!("{shown}: {e}"))?;
    let log_path = changes::log_path(&args.offers, args.log.as_deref());
    let mut log = match changes::load(&log_path, ctx) {
        Ok(log) => log,
        Err(Ok(message)) => return Err(message),
        Err(Err(e)) => return crate::report(&log_path, &e),
    };
    tell(&import, ctx, &args.file);
    let bad_rows = {
        let mut rows: Vec<usize> = import.bad.iter().map(|p| p.row).collect();
        rows.dedup();
        rows.len()
    };
    let n = import.imported.len();
    if bad_rows > 0 && !args.skip_bad {
        eprintln!(
            "{shown}: {bad_rows} {} kunne ikke brukes, så ingenting ble skrevet \
             (--skip-bad importerer de {n} andre)",
            rows_word(bad_rows)
        );
        return Ok(ExitCode::from(1));
    }
    let skipped = if bad_rows > 0 {
        format!(", {bad_rows} {} hoppet over", rows_word(bad_rows))
    } else {
        String::new()
    };
    let ids: Vec<_> = import.imported.iter().map(|i| i.id.clone()).collect();
    let touched = changes::Touched::find(&ids, &existing, &import.offers);
    changes::print(&touched, ctx);
    if args.dry_run {
        eprintln!("{shown}: prøvekjøring, ingenting ble skrevet ({n} til import{skipped})");
    } else if n > 0 {
        let text = crate::merge::render(&offers_text, &import.offers);
        changes::write_whole(&args.offers, &text)?;
        let logged = changes::append(&mut log, &touched, ctx);
        if logged > 0 {
            changes::write_whole(&log_path, &log.to_json())?;
        }
        eprintln!(
            "{}: {n} tilbud importert fra {shown}{skipped}; {logged} endringer ført i {}",
            args.offers.display(),
            log_path.display()
        );
    } else {
        eprintln!("{shown}: ingen tilbud å importere{skipped}");
    }
    Ok(ExitCode::SUCCESS)
}

fn rows_word(n: usize) -> &'static str {
    if n == 1 {
        "rad"
    } else {
        "rader"
    }
}

/// The report: problems on standard output, the rest on standard error.
fn tell(import: &SurveyImport, ctx: &Context, file: &Path) {
    let shown = file.display();
    if !import.ignored_columns.is_empty() {
        eprintln!(
            "{shown}: kolonner som ikke leses: {}",
            import.ignored_columns.join(", ")
        );
    }
    for problem in &import.bad {
        println!("{shown}: {problem}");
    }
    for no in &import.no_offer {
        let name = ctx.registry.label(no.municipality).unwrap_or_default();
        let kept = if no.existing.is_empty() {
            String::new()
        } else {
            let ids: Vec<String> = no.existing.iter().map(ToString::to_string).collect();
            format!(
                "; tilbud.json har fortsatt {} (slett for hånd om det er riktig)",
                ids.join(", ")
            )
        };
        eprintln!(
            "{shown}: rad {}: {name} har ikke et slikt tilbud, ikke importert{kept}",
            no.row
        );
    }
    for i in &import.imported {
        let verb = match i.outcome {
            Outcome::Added => "nytt tilbud",
            Outcome::Updated => "oppdaterer",
        };
        eprintln!("{shown}: rad {}: {verb} «{}»", i.row, i.id);
    }
}

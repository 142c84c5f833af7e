//! `digihjelpen`: a command-line tool for Digihjelpen's data editors.
//!
//! ```text
//! digihjelpen validate public/data/tilbud.json      # every problem, exit status 1 if any
//! digihjelpen validate public/data/handbok.json     # also the Markdown files, words per page
//! digihjelpen validate public/data/endringer.json   # the change log merge and import-survey write
//! digihjelpen validate public/data/innstillinger.json # the deploy-time settings
//! digihjelpen stats public/data/tilbud.json [--json] # counts and coverage per county
//! digihjelpen export --format csv public/data/tilbud.json > tilbud.csv
//! digihjelpen merge public/data/tilbud.json innsendt.json   # add or replace entries, log them
//! digihjelpen merge public/data/tilbud.json innsendinger/ --dry-run  # a folder; only print
//! digihjelpen import-survey svar.csv [--skip-bad] [--dry-run] # a survey's answers into tilbud.json
//! digihjelpen areas public/data/tilbud.json --out dist/data   # the per-area files
//! digihjelpen synthetic --count 10000 --seed 1 > /tmp/tilbud.json
//! digihjelpen schema --write public/data             # regenerate the JSON Schemas
//! ```
//!
//! Exit status: 0 success, 1 the file has problems, 2 usage or I/O error.

mod changes;
mod export;
mod files;
mod handbook;
mod merge;
mod stats;
mod survey;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::files::{Kind, Loaded};

/// Tools for Digihjelpen's data files (public/data/*.json).
#[derive(Debug, Parser)]
#[command(name = "digihjelpen", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Options shared by the commands that read a data file.
#[derive(Debug, clap::Args)]
struct Input {
    /// The data file.
    file: PathBuf,
    /// The municipality registry [default: public/data/kommuner.json if it exists, else the
    /// copy built into this program].
    #[arg(long, value_name = "PATH")]
    kommuner: Option<PathBuf>,
    /// Today's date for the "not in the future" and staleness rules [default: today].
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check a data file and list every problem (exit status 1 if there are any).
    Validate {
        #[command(flatten)]
        input: Input,
        /// The file's kind [default: detected from its top-level key].
        #[arg(long, value_enum)]
        kind: Option<Kind>,
    },
    /// Counts and coverage per county for tilbud.json.
    Stats {
        #[command(flatten)]
        input: Input,
        /// Print JSON instead of the line format.
        #[arg(long)]
        json: bool,
    },
    /// Export tilbud.json as CSV or GeoJSON to standard output.
    Export {
        #[command(flatten)]
        input: Input,
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
    },
    /// Merge submitted entries (from the /oppdater form) into tilbud.json, in place: the
    /// same id replaces, a new id is added; the file stays sorted by id and pretty-printed.
    /// Prints what changes, field by field, and appends an entry per changed offer to the
    /// change log (endringer.json beside tilbud.json).
    Merge {
        /// tilbud.json to update.
        offers: PathBuf,
        /// The submitted entries: files with one offer object or with "tilbud", or folders
        /// (every *.json file in them).
        #[arg(required = true)]
        entries: Vec<PathBuf>,
        /// The change log to append to [default: endringer.json beside OFFERS].
        #[arg(long, value_name = "PATH")]
        endringer: Option<PathBuf>,
        /// The municipality registry (see `validate --help`).
        #[arg(long, value_name = "PATH")]
        kommuner: Option<PathBuf>,
        /// Today's date for the "not in the future" rule [default: today].
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,
        /// Print what would change, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write the per-area files the widget and `/kart?kommune=…` read
    /// (`DIR/omrade/kommune-5037.json`, one per municipality and county), as the build does.
    Areas {
        #[command(flatten)]
        input: Input,
        /// The data directory to write `omrade/` into (`dist/data`).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Import a survey's answers (semicolon-separated CSV laid out as the 2017 form's
    /// questions; UTF-8 or Windows-1252) into tilbud.json: adds or updates one offer a row. Every
    /// row that cannot be used is listed (row, column, value, why); with any such row nothing is
    /// written unless --skip-bad is given. The template is public/data/maler/kartlegging-mal.csv.
    ImportSurvey {
        /// The answers.
        file: PathBuf,
        /// tilbud.json to update.
        #[arg(long, value_name = "PATH", default_value = "public/data/tilbud.json")]
        tilbud: PathBuf,
        /// Import the good rows even when some rows cannot be used.
        #[arg(long)]
        skip_bad: bool,
        /// Report what would be imported, and write nothing.
        #[arg(long)]
        dry_run: bool,
        /// The change log to append to [default: endringer.json beside the offers file].
        #[arg(long, value_name = "PATH")]
        endringer: Option<PathBuf>,
        /// The source (`kilde`) of rows without one [default: the survey].
        #[arg(long, value_name = "TEXT")]
        kilde: Option<String>,
        /// The municipality registry (see `validate --help`).
        #[arg(long, value_name = "PATH")]
        kommuner: Option<PathBuf>,
        /// Today: the date of answers without `svardato` [default: today].
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<String>,
    },
    /// Write N clearly synthetic offers as tilbud.json to standard output (tests only).
    Synthetic {
        /// Number of offers.
        #[arg(long, default_value_t = 10_000)]
        count: usize,
        /// Seed; the same seed gives the same offers.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The municipality registry (see `validate --help`).
        #[arg(long, value_name = "PATH")]
        kommuner: Option<PathBuf>,
    },
    /// Print the JSON Schemas, or write them to a directory.
    Schema {
        /// Write `*.schema.json` into this directory instead of printing.
        #[arg(long, value_name = "DIR")]
        write: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// Comma-separated values, one offer per row.
    Csv,
    /// A GeoJSON FeatureCollection of points.
    Geojson,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("feil: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Validate { input, kind } => {
            let ctx = files::Context::new(input.kommuner.as_deref(), input.today.as_deref())?;
            let text = files::read(&input.file)?;
            let shown = input.file.display();
            match files::load(&text, kind, &ctx) {
                Ok(Loaded::Handbook(book)) => {
                    // Content paths are relative to public/, the data file's grandparent.
                    let public = input
                        .file
                        .parent()
                        .and_then(|d| d.parent())
                        .unwrap_or(std::path::Path::new("."));
                    let (problems, pages) = handbook::check(&book, public);
                    for page in &pages {
                        let note = if page.template { " (mal)" } else { "" };
                        println!("{:>5} ord  {}{note}", page.words, page.route);
                    }
                    let total: usize = pages.iter().map(|p| p.words).sum();
                    println!("{total:>5} ord  i alt");
                    if problems.is_empty() {
                        println!("{shown}: ok ({})", Loaded::Handbook(book).summary());
                        return Ok(ExitCode::SUCCESS);
                    }
                    for problem in &problems {
                        println!("{shown}: {problem}");
                    }
                    eprintln!("{shown}: {} problemer i innholdsfilene", problems.len());
                    Ok(ExitCode::from(1))
                }
                Ok(loaded) => {
                    println!("{shown}: ok ({})", loaded.summary());
                    Ok(ExitCode::SUCCESS)
                }
                Err(error) => {
                    for problem in error.problems() {
                        println!("{shown}: {problem}");
                    }
                    let n = error.problems().len();
                    let noun = if n == 1 { "problem" } else { "problemer" };
                    eprintln!("{shown}: {n} {noun}");
                    Ok(ExitCode::from(1))
                }
            }
        }
        Command::Stats { input, json } => {
            let (ctx, offers) = offers(&input)?;
            let stats = stats::Stats::new(&ctx.registry, &offers, ctx.today);
            if json {
                println!("{}", stats.to_json());
            } else {
                print!("{}", stats.to_lines());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { input, format } => {
            let (ctx, offers) = offers(&input)?;
            match format {
                ExportFormat::Csv => print!("{}", export::csv(&ctx.registry, &offers, ctx.today)),
                ExportFormat::Geojson => println!("{}", export::geojson(&ctx.registry, &offers)),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Merge {
            offers,
            entries,
            endringer,
            kommuner,
            today,
            dry_run,
        } => {
            let ctx = files::Context::new(kommuner.as_deref(), today.as_deref())?;
            let args = merge::Args {
                offers,
                entries,
                log: endringer,
                dry_run,
            };
            merge::run(&args, &ctx)
        }
        Command::Areas { input, out } => {
            let (ctx, offers) = offers(&input)?;
            let files = digihjelpen::all_area_files(&ctx.registry, &offers);
            let dir = out.join(digihjelpen::area::DIRECTORY);
            std::fs::create_dir_all(&dir)
                .map_err(|e| format!("kunne ikke lage {}: {e}", dir.display()))?;
            for (path, json) in &files {
                let path = out.join(path);
                std::fs::write(&path, json)
                    .map_err(|e| format!("kunne ikke skrive {}: {e}", path.display()))?;
            }
            eprintln!("skrev {} områdefiler i {}", files.len(), dir.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::ImportSurvey {
            file,
            tilbud,
            skip_bad,
            dry_run,
            endringer,
            kilde,
            kommuner,
            today,
        } => {
            let ctx = files::Context::new(kommuner.as_deref(), today.as_deref())?;
            let args = survey::Args {
                file,
                offers: tilbud,
                skip_bad,
                dry_run,
                log: endringer,
                source: kilde,
            };
            survey::run(&args, &ctx)
        }
        Command::Synthetic {
            count,
            seed,
            kommuner,
        } => {
            let ctx = files::Context::new(kommuner.as_deref(), None)?;
            let offers = digihjelpen::synthetic::offers(&ctx.registry, count, seed);
            print!("{}", digihjelpen::offers_to_json(&offers));
            Ok(ExitCode::SUCCESS)
        }
        Command::Schema { write } => {
            for (name, text) in digihjelpen::schema::all() {
                match &write {
                    Some(dir) => {
                        let path = dir.join(name);
                        std::fs::write(&path, text)
                            .map_err(|e| format!("kunne ikke skrive {}: {e}", path.display()))?;
                        eprintln!("skrev {}", path.display());
                    }
                    None => println!("// {name}\n{text}"),
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Lists a file's problems (stdout) and returns exit status 1.
fn report(file: &std::path::Path, error: &digihjelpen::DataError) -> Result<ExitCode, String> {
    for problem in error.problems() {
        println!("{}: {problem}", file.display());
    }
    eprintln!("{}: ingenting ble endret", file.display());
    Ok(ExitCode::from(1))
}

/// Reads and parses a tilbud.json, or explains why not (problems go to stderr).
fn offers(input: &Input) -> Result<(files::Context, Vec<digihjelpen::Offer>), String> {
    let ctx = files::Context::new(input.kommuner.as_deref(), input.today.as_deref())?;
    let text = files::read(&input.file)?;
    match files::load(&text, Some(Kind::Tilbud), &ctx) {
        Ok(Loaded::Offers(offers)) => Ok((ctx, offers)),
        Ok(_) => Err("forventet tilbud.json".to_owned()),
        Err(e) => Err(format!(
            "{} er ikke gyldig (kjør `digihjelpen validate` for detaljer):\n{e}",
            input.file.display()
        )),
    }
}

//! Reading data files, detecting their kind and parsing them with the domain crate.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use clap::ValueEnum;
use digihjelpen::changelog::ChangeLog;
use digihjelpen::settings::Settings;
use digihjelpen::{DataError, Date, Handbook, Offer, Postcodes, Registry, Resource};

/// The bundled registry, used when no `--kommuner` is given and the default path is absent.
const BUNDLED_KOMMUNER: &str = include_str!("../../../public/data/kommuner.json");

/// The default registry path, relative to the working directory.
const DEFAULT_KOMMUNER: &str = "public/data/kommuner.json";

/// A data file's kind, named by its top-level key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// tilbud.json (`"tilbud"`).
    Tilbud,
    /// kommuner.json (`"kommuner"`).
    Kommuner,
    /// postnummer.json (`"postnummer"`).
    Postnummer,
    /// ressurser.json (`"ressurser"`).
    Ressurser,
    /// handbok.json (`"moduler"`).
    Handbok,
    /// endringer.json (`"endringer"`).
    Endringer,
    /// innstillinger.json (`"kontakt"`).
    Innstillinger,
}

/// A parsed file.
pub enum Loaded {
    Offers(Vec<Offer>),
    Registry(Registry),
    Postcodes(Postcodes),
    Resources(Vec<Resource>),
    Handbook(Handbook),
    ChangeLog(ChangeLog),
    Settings(Settings),
}

impl Loaded {
    /// What was found, in words.
    pub fn summary(&self) -> String {
        match self {
            Loaded::Offers(o) => format!("{} tilbud", o.len()),
            Loaded::Registry(r) => format!("{} kommuner, {} fylker", r.len(), r.counties().len()),
            Loaded::Postcodes(p) => format!("{} postnummer", p.len()),
            Loaded::Resources(r) => format!("{} ressurser", r.len()),
            Loaded::Handbook(h) => {
                let pages: usize = h.modules().iter().map(|m| m.pages().len()).sum();
                format!("{} moduler, {pages} sider", h.modules().len())
            }
            Loaded::ChangeLog(log) => format!("{} endringer", log.entries().len()),
            Loaded::Settings(s) => match s.editors_email() {
                Some(to) => format!("innstillinger, e-post til redaksjonen: {to}"),
                None => "innstillinger, uten e-postadresse til redaksjonen".to_owned(),
            },
        }
    }
}

/// The registry and today's date.
pub struct Context {
    pub registry: Registry,
    pub today: Date,
}

impl Context {
    pub fn new(kommuner: Option<&Path>, today: Option<&str>) -> Result<Context, String> {
        let text = match kommuner {
            Some(path) => read(path)?,
            None if Path::new(DEFAULT_KOMMUNER).is_file() => read(Path::new(DEFAULT_KOMMUNER))?,
            None => BUNDLED_KOMMUNER.to_owned(),
        };
        let registry = Registry::from_json(&text).map_err(|e| {
            let shown = kommuner.map_or_else(|| PathBuf::from(DEFAULT_KOMMUNER), Path::to_path_buf);
            format!("kommuneregisteret {} er ugyldig:\n{e}", shown.display())
        })?;
        let today = match today {
            Some(s) => s.parse::<Date>().map_err(|e| format!("--today: {e}"))?,
            None => system_today(),
        };
        Ok(Context { registry, today })
    }
}

/// Today (UTC) from the system clock.
fn system_today() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_unix_days((secs / 86_400) as i64).unwrap_or_else(|| {
        Date::from_ymd(1970, 1, 1).unwrap_or_else(|| unreachable!("1970-01-01 is a date"))
    })
}

/// Reads a file as UTF-8 text.
pub fn read(path: &Path) -> Result<String, String> {
    let bytes =
        std::fs::read(path).map_err(|e| format!("kunne ikke lese {}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{} er ikke UTF-8 (byte {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// Detects the kind from the top-level key (the first known key wins).
fn detect(text: &str) -> Option<Kind> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    let map = value.as_object()?;
    [
        ("tilbud", Kind::Tilbud),
        ("kommuner", Kind::Kommuner),
        ("postnummer", Kind::Postnummer),
        ("ressurser", Kind::Ressurser),
        ("moduler", Kind::Handbok),
        ("endringer", Kind::Endringer),
        ("kontakt", Kind::Innstillinger),
    ]
    .into_iter()
    .find(|(key, _)| map.contains_key(*key))
    .map(|(_, kind)| kind)
}

/// Parses a file of the given (or detected) kind.
pub fn load(text: &str, kind: Option<Kind>, ctx: &Context) -> Result<Loaded, DataError> {
    // With an unknown kind (or a syntax error), parse as offers: that reports the syntax
    // error with line and column, or the missing "tilbud" key.
    let kind = kind.or_else(|| detect(text)).unwrap_or(Kind::Tilbud);
    Ok(match kind {
        Kind::Tilbud => Loaded::Offers(digihjelpen::parse_offers(text, &ctx.registry, ctx.today)?),
        Kind::Kommuner => Loaded::Registry(Registry::from_json(text)?),
        Kind::Postnummer => Loaded::Postcodes(Postcodes::from_json(text, &ctx.registry)?),
        Kind::Ressurser => Loaded::Resources(digihjelpen::parse_resources(text)?),
        Kind::Handbok => Loaded::Handbook(digihjelpen::parse_handbook(text, &ctx.registry)?),
        Kind::Endringer => Loaded::ChangeLog(digihjelpen::changelog::parse_changelog(
            text,
            &ctx.registry,
            ctx.today,
        )?),
        Kind::Innstillinger => Loaded::Settings(digihjelpen::settings::parse_settings(text)?),
    })
}

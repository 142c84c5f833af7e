//! The public change log (`endringer.json`): one entry per offer that a merge or an import
//! added or changed — the date, the offer's id, its municipality and which fields changed —
//! and the field-by-field difference between two versions of an offer it is made from.
//!
//! A field is named by its path in `tilbud.json` ([`FIELDS`]): `navn`, `sted.adresse`,
//! `kontakt.epost`, `apningstider.tider`, …; a list or a position is one field. The log names
//! fields, not values: the values are in `tilbud.json`, and the log stays small.
//!
//! ```json
//! {"endringer": [
//!   {"dato": "2026-11-22", "id": "levanger-bibliotek", "kommune": "5037", "type": "endret",
//!    "felt": ["kontakt.epost", "sist_verifisert"]}
//! ]}
//! ```
//!
//! # Example
//! ```
//! use digihjelpen::changelog::{diff, parse_changelog, Change, ChangeLog};
//! # use digihjelpen::{parse_offers, Date, Registry};
//! # let registry = Registry::from_json(include_str!("../../../public/data/kommuner.json")).unwrap();
//! let today = Date::from_ymd(2026, 11, 22).unwrap();
//! let file = |name: &str| format!(r#"{{"tilbud": [{{"id": "levanger-test", "kommune": "5037",
//!     "navn": "{name}", "sted": {{"type": "bibliotek"}}, "malgrupper": ["alle"],
//!     "sist_verifisert": "2026-11-01"}}]}}"#);
//! let old = parse_offers(&file("Digital hjelp"), &registry, today)?;
//! let new = parse_offers(&file("Digihjelp på biblioteket"), &registry, today)?;
//! let d = diff(Some(&old[0]), &new[0]);
//! assert_eq!(d.changed[0].to_string(), r#"navn: "Digital hjelp" → "Digihjelp på biblioteket""#);
//! assert_eq!(d.unchanged, 5);
//!
//! let mut log = parse_changelog(r#"{"endringer": []}"#, &registry, today)?;
//! log.push(Change::new(today, &new[0], Some(&old[0]), &d).unwrap());
//! assert!(log.to_json().contains(r#""type":"endret","felt":["navn"]"#));
//! # Ok::<(), digihjelpen::DataError>(())
//! ```

use std::fmt;
use std::str::FromStr;

use serde::Serialize;
use serde_json::Value;

use crate::date::Date;
use crate::error::{DataError, ProblemKind, Problems};
use crate::municipality::MunicipalityNumber;
use crate::offer::{Offer, OfferId};
use crate::read::{self, Obj};
use crate::registry::Registry;
use crate::vocabulary::vocabulary;

/// Every field of an offer the log can name, in the order of `tilbud.json`.
pub const FIELDS: &[&str] = &[
    "id",
    "kommune",
    "navn",
    "beskrivelse",
    "sted.type",
    "sted.navn",
    "sted.adresse",
    "sted.posisjon",
    "organisering",
    "temaer",
    "former",
    "malgrupper",
    "sprak",
    "forankring",
    "utfort_av",
    "bemanning",
    "partnere",
    "apningstider.tider",
    "apningstider.etter_avtale",
    "apningstider.merknad",
    "ta_med_egen_enhet",
    "tilgjengelighet.trinnfri_adkomst",
    "tilgjengelighet.teleslynge",
    "kontakt.telefon",
    "kontakt.epost",
    "kontakt.nettside",
    "sist_verifisert",
    "kilde",
    "illustrativ",
];

/// A field of an offer, one of [`FIELDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Field(&'static str);

impl Field {
    /// The path, e.g. `kontakt.epost`.
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl FromStr for Field {
    type Err = ProblemKind;

    fn from_str(s: &str) -> Result<Field, ProblemKind> {
        FIELDS
            .iter()
            .find(|f| **f == s)
            .map(|f| Field(f))
            .ok_or_else(|| ProblemKind::UnknownValue {
                value: s.to_owned(),
                allowed: FIELDS,
            })
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Field {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Field".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "enum": FIELDS,
            "description": "A field of the offer, by its path in tilbud.json.",
        })
    }
}

/// One field that differs between two versions of an offer.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    /// The field.
    pub field: Field,
    /// Its value before (`None`: it was not set).
    pub old: Option<Value>,
    /// Its value after (`None`: it is removed).
    pub new: Option<Value>,
}

impl fmt::Display for FieldChange {
    /// `navn: "A" → "B"`, `+ kontakt.epost: "x"` (new), `- kontakt.telefon: "…"` (removed).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = self.field;
        match (&self.old, &self.new) {
            (Some(old), Some(new)) => write!(f, "{field}: {old} → {new}"),
            (None, Some(new)) => write!(f, "+ {field}: {new}"),
            (Some(old), None) => write!(f, "- {field}: {old}"),
            (None, None) => write!(f, "{field}"),
        }
    }
}

/// The difference between two versions of an offer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OfferDiff {
    /// The fields that differ, in the order of [`FIELDS`].
    pub changed: Vec<FieldChange>,
    /// How many fields are set in both and equal.
    pub unchanged: usize,
}

impl OfferDiff {
    /// True when nothing differs.
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty()
    }
}

/// The fields of an offer as `tilbud.json` writes them, by [`FIELDS`] path.
fn flat(offer: &Offer) -> Vec<(Field, Value)> {
    let Ok(Value::Object(top)) = serde_json::to_value(offer) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut put = |path: String, value: &Value| {
        if let Ok(field) = path.parse::<Field>() {
            out.push((field, value.clone()));
        }
    };
    for (key, value) in &top {
        match value {
            Value::Object(inner) => {
                for (sub, v) in inner {
                    put(format!("{key}.{sub}"), v);
                }
            }
            v => put(key.clone(), v),
        }
    }
    out.sort_by_key(|(f, _)| FIELDS.iter().position(|x| *x == f.0));
    out
}

/// What changes, field by field, when `old` (none: a new offer) becomes `new`.
pub fn diff(old: Option<&Offer>, new: &Offer) -> OfferDiff {
    let before = old.map(flat).unwrap_or_default();
    let after = flat(new);
    let mut d = OfferDiff::default();
    for field in FIELDS.iter().map(|f| Field(f)) {
        let a = before.iter().find(|(f, _)| *f == field).map(|(_, v)| v);
        let b = after.iter().find(|(f, _)| *f == field).map(|(_, v)| v);
        match (a, b) {
            (Some(a), Some(b)) if a == b => d.unchanged += 1,
            (None, None) => {}
            (a, b) => d.changed.push(FieldChange {
                field,
                old: a.cloned(),
                new: b.cloned(),
            }),
        }
    }
    d
}

vocabulary! {
    /// What happened to the offer.
    pub enum ChangeKind {
        /// A new offer.
        New = "ny", "Nytt tilbud";
        /// An offer whose fields changed.
        Changed = "endret", "Endret";
    }
}

/// One entry of the change log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    date: Date,
    id: OfferId,
    municipality: MunicipalityNumber,
    kind: ChangeKind,
    fields: Vec<Field>,
}

impl Change {
    /// The entry for `offer` with this difference from its earlier version (`None`: a new
    /// offer), or `None` when nothing changed.
    pub fn new(date: Date, offer: &Offer, old: Option<&Offer>, diff: &OfferDiff) -> Option<Change> {
        (!diff.is_empty()).then(|| Change {
            date,
            id: offer.id().clone(),
            municipality: offer.municipality(),
            kind: if old.is_some() {
                ChangeKind::Changed
            } else {
                ChangeKind::New
            },
            fields: diff.changed.iter().map(|c| c.field).collect(),
        })
    }

    /// When (`dato`).
    pub fn date(&self) -> Date {
        self.date
    }

    /// The offer (`id`).
    pub fn id(&self) -> &OfferId {
        &self.id
    }

    /// Its municipality (`kommune`).
    pub fn municipality(&self) -> MunicipalityNumber {
        self.municipality
    }

    /// New or changed (`type`).
    pub fn kind(&self) -> ChangeKind {
        self.kind
    }

    /// The fields that changed (`felt`), at least one.
    pub fn fields(&self) -> &[Field] {
        &self.fields
    }
}

/// The change log: its entries, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChangeLog {
    entries: Vec<Change>,
}

impl ChangeLog {
    /// The entries, oldest first.
    pub fn entries(&self) -> &[Change] {
        &self.entries
    }

    /// The latest `n` entries, newest first.
    pub fn latest(&self, n: usize) -> impl Iterator<Item = &Change> {
        self.entries.iter().rev().take(n)
    }

    /// Adds an entry at the end.
    pub fn push(&mut self, change: Change) {
        self.entries.push(change);
    }

    /// `endringer.json` text: pretty-printed, one entry a line.
    pub fn to_json(&self) -> String {
        let lines: Vec<String> = self
            .entries
            .iter()
            .map(|c| serde_json::to_string(&ChangeJson::from(c)).unwrap_or_default())
            .map(|line| format!("    {line}"))
            .collect();
        if lines.is_empty() {
            "{\n  \"endringer\": []\n}\n".to_owned()
        } else {
            format!("{{\n  \"endringer\": [\n{}\n  ]\n}}\n", lines.join(",\n"))
        }
    }
}

/// `endringer.json`: what changed in `tilbud.json`, and when.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ChangeLogFile {
    /// The entries, oldest first.
    pub endringer: Vec<ChangeJson>,
}

/// One entry of the change log.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(deny_unknown_fields))]
pub struct ChangeJson {
    /// The date of the change, YYYY-MM-DD, not in the future, not before the entry above.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
    )]
    pub dato: String,
    /// The offer's id in tilbud.json.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))
    )]
    pub id: String,
    /// The offer's municipality, four digits (must exist in kommuner.json).
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[0-9]{4}$")))]
    pub kommune: String,
    /// A new offer, or changed fields.
    #[serde(rename = "type")]
    pub kind: ChangeKind,
    /// The fields that changed (for a new offer: the fields it has); at least one.
    #[cfg_attr(feature = "schema", schemars(length(min = 1), extend("uniqueItems" = true)))]
    pub felt: Vec<Field>,
}

impl From<&Change> for ChangeJson {
    fn from(c: &Change) -> ChangeJson {
        ChangeJson {
            dato: c.date.to_string(),
            id: c.id.to_string(),
            kommune: c.municipality.to_string(),
            kind: c.kind,
            felt: c.fields.clone(),
        }
    }
}

/// Parses and validates `endringer.json`.
///
/// Each entry's municipality must exist in the registry, its date must be a date not after
/// `today` and not before the entry above it (the log only grows at the end), and it must
/// name at least one field of [`FIELDS`], each once.
///
/// # Errors
/// A [`DataError`] listing every problem with its path, e.g.
/// `endringer[2].felt[0]: "epost" er ikke en gyldig verdi (gyldige verdier: id, kommune, …)`.
pub fn parse_changelog(
    json: &str,
    registry: &Registry,
    today: Date,
) -> Result<ChangeLog, DataError> {
    let root = read::parse_json(json)?;
    let mut problems = Problems::default();
    let mut entries: Vec<Change> = Vec::new();
    // The date of the entry above, also when that entry had other problems.
    let mut last_date: Option<Date> = None;
    if let Some(items) = read::top_list(&root, "endringer", &mut problems) {
        for (i, item) in items.iter().enumerate() {
            let path = read::index("endringer", i);
            let Some(mut o) = Obj::new(
                item,
                path,
                &["dato", "id", "kommune", "type", "felt"],
                &mut problems,
            ) else {
                continue;
            };
            let date = o.req_parse::<Date>("dato").and_then(|d| {
                let earlier = last_date;
                last_date = Some(earlier.map_or(d, |e| e.max(d)));
                if d > today {
                    o.push("dato", ProblemKind::FutureDate { date: d, today });
                    None
                } else if let Some(before) = earlier.filter(|&e| d < e) {
                    o.push(
                        "dato",
                        ProblemKind::BeforePrevious {
                            date: d,
                            previous: before,
                        },
                    );
                    None
                } else {
                    Some(d)
                }
            });
            let id = o.req_parse::<OfferId>("id");
            let municipality = o.req_raw_str("kommune").and_then(|n| {
                registry
                    .resolve(n)
                    .map(|m| m.number())
                    .map_err(|kind| o.push("kommune", kind))
                    .ok()
            });
            let kind = o.req_parse::<ChangeKind>("type");
            let fields = o.req_values::<Field>("felt");
            if let (Some(date), Some(id), Some(municipality), Some(kind), Some(fields)) =
                (date, id, municipality, kind, fields)
            {
                entries.push(Change {
                    date,
                    id,
                    municipality,
                    kind,
                    fields,
                });
            }
        }
    }
    problems.finish(ChangeLog { entries })
}

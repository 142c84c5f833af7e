//! Importing a survey of the municipalities: one row per answer, laid out as the questions of
//! the 2017 form (Vedlegg 2 of the 2018 report), into offers of `tilbud.json`.
//!
//! The file is semicolon-separated, as Excel with Norwegian settings saves it (decode its bytes
//! first with [`csv::decode`]: UTF-8 with or without BOM, or
//! Windows-1252). The first row names the columns ([`COLUMNS`], in any order; a leading
//! question number such as `7. forankret_i` is allowed); columns it does not know are left
//! alone and named in [`SurveyImport::ignored_columns`]. Every further row is one answer:
//!
//! - "ingen" (question 3: the municipality has no offer) is not imported, and is listed in
//!   [`SurveyImport::no_offer`];
//! - a row with a problem is not imported, and every problem is listed with its row, column and
//!   value in [`SurveyImport::bad`];
//! - any other row adds an offer, or updates the offer with its id (the `id` column, or
//!   `<kommune>-<sted>` such as `levanger-bibliotek`). An update changes what the row answers
//!   and keeps what it leaves empty (the position, description, languages, …); `sist_verifisert`
//!   (the answer's date), `kilde` and `illustrativ` always come from the row.
//!
//! Each answer is turned into the JSON of an offer and read by [`parse_offers`](crate::parse_offers)
//! (crate::parse_offers), so an imported offer obeys every rule of `tilbud.json`.
//!
//! # Example
//! ```
//! use digihjelpen::survey::{import_survey, Options};
//! use digihjelpen::{Date, Registry};
//!
//! let registry = Registry::from_json(include_str!("../../../public/data/kommuner.json"))?;
//! let options = Options::new(Date::from_ymd(2026, 11, 22).unwrap());
//! let file = "kommune;organisering;forankret_i;epost\n\
//!             Levanger;Fast organisert tilbud;Folkebiblioteket;\n\
//!             Tromsø;ad-hoc;servicetorg;ola@\n\
//!             1818;ingen;;\n";
//! let import = import_survey(file, &[], &registry, &options).unwrap();
//! assert_eq!(import.offers[0].id().as_str(), "levanger-bibliotek");
//! assert_eq!(import.bad[0].to_string(), "rad 3, epost: \"ola@\" er ikke en gyldig e-postadresse");
//! assert_eq!(import.no_offer[0].row, 4);
//! # Ok::<(), digihjelpen::DataError>(())
//! ```

mod answers;
mod columns;
mod hours;

use std::collections::HashMap;
use std::fmt;

use serde_json::{json, Map, Value};

use crate::csv::{self, CsvError, Separator};
use crate::date::Date;
use crate::error::ProblemKind;
use crate::municipality::{County, Municipality, MunicipalityNumber};
use crate::offer::parse::parse_offers_value;
use crate::offer::{Email, HttpsUrl, Offer, OfferId, PhoneNumber, VenueKind};
use crate::registry::Registry;
use crate::text;

use self::columns::{header_key, Col};
pub use self::columns::{template, Column, COLUMNS};

/// The `kilde` of an imported offer when the row and the options give none.
pub const DEFAULT_SOURCE: &str = "Svar på kartleggingen av kommunenes veiledningstilbud";

/// How to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Today: the date of an answer without `svardato`, and the "not in the future" rule.
    pub today: Date,
    /// The `kilde` of an offer whose row has none.
    pub source: String,
}

impl Options {
    /// Options for today, with [`DEFAULT_SOURCE`].
    pub fn new(today: Date) -> Options {
        Options {
            today,
            source: DEFAULT_SOURCE.to_owned(),
        }
    }
}

/// A problem with one cell (or one row) of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct RowProblem {
    /// The spreadsheet's row: the header is row 1.
    pub row: usize,
    /// The column's header as in the file; empty for the row as a whole.
    pub column: String,
    /// The cell's value.
    pub value: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column.as_str() {
            "" => write!(f, "rad {}: {}", self.row, self.kind),
            column => write!(f, "rad {}, {column}: {}", self.row, self.kind),
        }
    }
}

/// Why a file could not be read at all.
#[derive(Debug, Clone, PartialEq)]
pub enum SurveyError {
    /// The text is not CSV.
    Csv(CsvError),
    /// The header row has problems (no `kommune` column, a column twice); nothing is read.
    Header(Vec<RowProblem>),
}

impl fmt::Display for SurveyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SurveyError::Csv(e) => write!(f, "{e}"),
            SurveyError::Header(problems) => {
                for (i, p) in problems.iter().enumerate() {
                    if i > 0 {
                        f.write_str("\n")?;
                    }
                    write!(f, "{p}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for SurveyError {}

/// What an imported row did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A new offer.
    Added,
    /// An offer with the id was there, and is updated.
    Updated,
}

/// One row that was imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The spreadsheet's row.
    pub row: usize,
    /// The offer's id.
    pub id: OfferId,
    /// Added or updated.
    pub outcome: Outcome,
}

/// A row answering that the municipality has no offer (not imported).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoOffer {
    /// The spreadsheet's row.
    pub row: usize,
    /// The municipality.
    pub municipality: MunicipalityNumber,
    /// Offers `tilbud.json` already has in that municipality (they are kept: an editor decides).
    pub existing: Vec<OfferId>,
}

/// The result of an import: the offers with every usable row applied, and what happened.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyImport {
    /// The existing offers with the imported ones added or updated, sorted by id.
    pub offers: Vec<Offer>,
    /// The rows that were imported, in file order.
    pub imported: Vec<Imported>,
    /// Every problem of the rows that were not imported, in file order.
    pub bad: Vec<RowProblem>,
    /// The rows answering that the municipality has no offer.
    pub no_offer: Vec<NoOffer>,
    /// Headers of columns the import does not read.
    pub ignored_columns: Vec<String>,
}

/// Imports a survey file (already decoded to text) into `existing` offers.
///
/// # Errors
/// [`SurveyError::Csv`] when the text is not CSV, [`SurveyError::Header`] when its first row
/// has no `kommune` column or names a column twice. Problems of single rows are no error: they
/// are in [`SurveyImport::bad`], and those rows are left out.
pub fn import_survey(
    text: &str,
    existing: &[Offer],
    registry: &Registry,
    options: &Options,
) -> Result<SurveyImport, SurveyError> {
    let records = csv::parse(text, Separator::Semicolon).map_err(SurveyError::Csv)?;
    let mut records = records.into_iter();
    let header = records.next().map(|r| r.fields).unwrap_or_default();
    let (columns, ignored_columns) = read_header(&header)?;
    let mut import = SurveyImport {
        offers: existing.to_vec(),
        imported: Vec::new(),
        bad: Vec::new(),
        no_offer: Vec::new(),
        ignored_columns,
    };
    let mut rows_of: HashMap<OfferId, usize> = HashMap::new();
    let ctx = Ctx { registry, options };
    for (i, record) in records.enumerate() {
        if record.is_blank() {
            continue;
        }
        let row = Row {
            number: i + 2,
            fields: &record.fields,
            columns: &columns,
            headers: &header,
            problems: Vec::new(),
        };
        ctx.row(row, &mut import, &mut rows_of);
    }
    import.offers.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(import)
}

/// Each known column's index in the file, and the headers of the others.
type Columns = [Option<usize>; COLUMNS.len()];

fn read_header(header: &[String]) -> Result<(Columns, Vec<String>), SurveyError> {
    let mut columns: Columns = [None; COLUMNS.len()];
    let mut ignored = Vec::new();
    let mut problems = Vec::new();
    let keys: Vec<String> = COLUMNS.iter().map(|c| header_key(c.header)).collect();
    for (i, h) in header.iter().enumerate() {
        let key = header_key(h);
        if key.is_empty() {
            continue;
        }
        match keys.iter().position(|k| *k == key) {
            Some(c) if columns[c].is_some() => problems.push(RowProblem {
                row: 1,
                column: h.clone(),
                value: h.clone(),
                kind: ProblemKind::DuplicateValue(h.clone()),
            }),
            Some(c) => columns[c] = Some(i),
            None => ignored.push(h.trim().to_owned()),
        }
    }
    if columns[Col::Municipality as usize].is_none() {
        problems.push(RowProblem {
            row: 1,
            column: Col::Municipality.header().to_owned(),
            value: String::new(),
            kind: ProblemKind::Missing,
        });
    }
    if problems.is_empty() {
        Ok((columns, ignored))
    } else {
        Err(SurveyError::Header(problems))
    }
}

struct Ctx<'a> {
    registry: &'a Registry,
    options: &'a Options,
}

/// One row being read.
struct Row<'a> {
    number: usize,
    fields: &'a [String],
    columns: &'a Columns,
    headers: &'a [String],
    problems: Vec<RowProblem>,
}

impl Row<'_> {
    /// The trimmed cell of a column ("" when the file has no such column or cell).
    fn cell(&self, col: Col) -> &str {
        self.columns[col as usize]
            .and_then(|i| self.fields.get(i))
            .map_or("", |s| s.trim())
    }

    fn header(&self, col: Col) -> String {
        self.columns[col as usize]
            .and_then(|i| self.headers.get(i))
            .map_or_else(|| col.header().to_owned(), |h| h.trim().to_owned())
    }

    fn push(&mut self, col: Col, kind: ProblemKind) {
        let value = self.cell(col).to_owned();
        let column = self.header(col);
        self.problems.push(RowProblem {
            row: self.number,
            column,
            value,
            kind,
        });
    }

    /// The cell read by `read`; a problem is recorded and gives `None`.
    fn read<T>(
        &mut self,
        col: Col,
        read: impl FnOnce(&str) -> Result<T, ProblemKind>,
    ) -> Option<T> {
        let result = read(self.cell(col));
        result.map_err(|kind| self.push(col, kind)).ok()
    }

    /// A non-empty cell parsed with `FromStr`.
    fn parse<T: std::str::FromStr<Err = ProblemKind>>(&mut self, col: Col) -> Option<T> {
        match self.cell(col) {
            "" => None,
            cell => {
                let result = cell.parse();
                result.map_err(|kind| self.push(col, kind)).ok()
            }
        }
    }
}

/// "Levanger", "Levanger kommune", "5037": the municipality, checked against the county.
fn municipality<'r>(
    registry: &'r Registry,
    cell: &str,
    county: Option<&County>,
) -> Result<&'r Municipality, ProblemKind> {
    if cell.is_empty() {
        return Err(ProblemKind::Missing);
    }
    if cell.bytes().all(|b| b.is_ascii_digit()) {
        return registry.resolve(cell);
    }
    let key = text::search_key(cell);
    let key = key.strip_suffix(" kommune").unwrap_or(&key);
    let named: Vec<&Municipality> = registry
        .municipalities()
        .iter()
        .filter(|m| m.names().any(|n| text::search_key(n) == key))
        .collect();
    let in_county: Vec<&Municipality> = named
        .iter()
        .copied()
        .filter(|m| county.is_none_or(|c| m.county() == c.number()))
        .collect();
    match (named.as_slice(), in_county.as_slice()) {
        ([], _) => Err(ProblemKind::UnknownMunicipalityName(cell.to_owned())),
        (_, [one]) | ([one], _) => Ok(one),
        (all, _) => Err(ProblemKind::AmbiguousMunicipality {
            name: cell.to_owned(),
            candidates: all
                .iter()
                .map(|m| {
                    let label = registry.label(m.number()).unwrap_or_default();
                    format!("{label} {}", m.number())
                })
                .collect(),
        }),
    }
}

/// "Trøndelag", "Trøndelag fylke", "50".
fn county<'r>(registry: &'r Registry, cell: &str) -> Result<Option<&'r County>, ProblemKind> {
    if cell.is_empty() {
        return Ok(None);
    }
    let key = text::search_key(cell);
    let key = key
        .strip_suffix(" fylkeskommune")
        .or_else(|| key.strip_suffix(" fylke"))
        .unwrap_or(&key);
    registry
        .counties()
        .iter()
        .find(|c| {
            c.number().to_string() == cell
                || text::search_key(c.name_nb()) == key
                || c.name().split(" - ").any(|n| text::search_key(n) == key)
        })
        .map(Some)
        .ok_or_else(|| ProblemKind::UnknownCountyName(cell.to_owned()))
}

/// `YYYY-MM-DD` or `DD.MM.YYYY` (how Norwegian Excel writes a date).
fn answer_date(cell: &str) -> Result<Date, ProblemKind> {
    let bad = || ProblemKind::BadDate(cell.to_owned());
    match cell.split('.').collect::<Vec<_>>().as_slice() {
        [d, m, y] if d.len() <= 2 && m.len() <= 2 && y.len() == 4 => {
            let n = |s: &str| s.parse::<u16>().map_err(|_| bad());
            let (d, m, y) = (n(d)?, n(m)?, n(y)?);
            Date::from_ymd(y, m as u8, d as u8).ok_or_else(bad)
        }
        _ => cell.parse(),
    }
}

/// A web address; `https://` is added to one without a scheme (`www.levanger.kommune.no`).
fn web(cell: &str) -> Result<HttpsUrl, ProblemKind> {
    let has_scheme = cell
        .split_once(':')
        .is_some_and(|(s, _)| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphabetic()));
    if has_scheme {
        cell.parse()
    } else {
        format!("https://{cell}")
            .parse()
            .map_err(|_: ProblemKind| ProblemKind::BadUrl(cell.to_owned()))
    }
}

/// Which column gave a field of the offer JSON (for problems found by the offer parser).
fn column_of(path: &str) -> Option<Col> {
    let field = path.split_once("].").map_or(path, |(_, f)| f);
    Some(
        match field.split(['.', '[']).collect::<Vec<_>>().as_slice() {
            ["navn", ..] => Col::Name,
            ["sted", "navn", ..] => Col::VenueName,
            ["sted", "adresse", ..] => Col::Address,
            ["sted", ..] | ["kommune", ..] => Col::Municipality,
            ["forankring", ..] => Col::Venue,
            ["apningstider", ..] => Col::Hours,
            ["sist_verifisert", ..] => Col::Answered,
            ["kilde", ..] => Col::Source,
            ["id", ..] => Col::Id,
            _ => return None,
        },
    )
}

/// Puts `fields` over `base`: a field of the row replaces the offer's, and the objects `sted`
/// and `kontakt` are merged field by field.
fn overlay(base: &mut Map<String, Value>, fields: Map<String, Value>) {
    for (key, value) in fields {
        match (base.get_mut(&key), value) {
            (Some(Value::Object(old)), Value::Object(new)) if key == "sted" || key == "kontakt" => {
                old.extend(new);
            }
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

impl Ctx<'_> {
    /// Reads one row and applies it to the import.
    fn row(
        &self,
        mut row: Row<'_>,
        import: &mut SurveyImport,
        rows_of: &mut HashMap<OfferId, usize>,
    ) {
        let provision = row
            .read(Col::Provision, |c| answers::provision().one(c))
            .flatten();
        let Some(m) = self.place(&mut row) else {
            // Read the rest too, so that every problem of the row is listed at once.
            self.fields(&mut row);
            import.bad.append(&mut row.problems);
            return;
        };
        if provision == Some(answers::Provision::NoOffer) && row.problems.is_empty() {
            let existing = import
                .offers
                .iter()
                .filter(|o| o.municipality == m.number())
                .map(|o| o.id.clone())
                .collect();
            import.no_offer.push(NoOffer {
                row: row.number,
                municipality: m.number(),
                existing,
            });
            return;
        }
        let answered = self.fields(&mut row);
        let id = self.id(&mut row, m, answered.as_ref().and_then(|a| a.venue));
        let (Some(mut answered), Some(id), true) = (answered, id, row.problems.is_empty()) else {
            import.bad.append(&mut row.problems);
            return;
        };
        if let Some(&earlier) = rows_of.get(&id) {
            let kind = ProblemKind::SameOfferAsRow {
                id: id.to_string(),
                row: earlier,
            };
            row.push(Col::Municipality, kind);
            import.bad.append(&mut row.problems);
            return;
        }
        if let Some(answers::Provision::Given(o)) = provision {
            answered
                .fields
                .insert("organisering".into(), json!(o.slug()));
        }
        let position = import.offers.iter().position(|o| o.id == id);
        let mut offer = match position {
            Some(i) => match serde_json::to_value(&import.offers[i]) {
                Ok(Value::Object(map)) => map,
                _ => Map::new(),
            },
            None => new_offer(m, answered.venue.unwrap_or(VenueKind::Other)),
        };
        answered.fields.insert("id".into(), json!(id.as_str()));
        answered
            .fields
            .insert("kommune".into(), json!(m.number().to_string()));
        overlay(&mut offer, answered.fields);
        let file = json!({ "tilbud": [Value::Object(offer)] });
        match parse_offers_value(&file, self.registry, self.options.today) {
            Ok(parsed) => {
                for offer in parsed {
                    rows_of.insert(id.clone(), row.number);
                    let outcome = match position {
                        Some(i) => {
                            import.offers[i] = offer;
                            Outcome::Updated
                        }
                        None => {
                            import.offers.push(offer);
                            Outcome::Added
                        }
                    };
                    import.imported.push(Imported {
                        row: row.number,
                        id: id.clone(),
                        outcome,
                    });
                }
            }
            Err(e) => {
                for problem in e.problems() {
                    let kind = problem.kind().clone();
                    match column_of(problem.path()) {
                        Some(col) => row.push(col, kind),
                        None => row.problems.push(RowProblem {
                            row: row.number,
                            column: String::new(),
                            value: String::new(),
                            kind,
                        }),
                    }
                }
                import.bad.append(&mut row.problems);
            }
        }
    }

    /// The row's municipality, checked against its county (questions 1 and 2).
    fn place<'r>(&'r self, row: &mut Row<'_>) -> Option<&'r Municipality> {
        let registry = self.registry;
        let county = row.read(Col::County, |c| county(registry, c)).flatten();
        let m = row.read(Col::Municipality, |c| municipality(registry, c, county))?;
        if county.is_some_and(|c| c.number() != m.county()) {
            let name = registry.county(m.county()).map_or("", County::name_nb);
            let kind = ProblemKind::WrongCounty {
                given: row.cell(Col::County).to_owned(),
                municipality: m.name_nb().to_owned(),
                county: name.to_owned(),
            };
            row.push(Col::County, kind);
        }
        Some(m)
    }

    /// The `id` column, or the id made from the municipality and the kind of place.
    fn id(&self, row: &mut Row<'_>, m: &Municipality, venue: Option<VenueKind>) -> Option<OfferId> {
        if !row.cell(Col::Id).is_empty() {
            return row.parse::<OfferId>(Col::Id);
        }
        let venue = venue.unwrap_or(VenueKind::Other);
        let shared = self
            .registry
            .municipalities()
            .iter()
            .any(|o| o.number() != m.number() && o.name_nb() == m.name_nb());
        let name = text::fold(m.name_nb()).replace(' ', "-");
        let id = if shared {
            format!("{name}-{}-{}", m.number(), venue.slug())
        } else {
            format!("{name}-{}", venue.slug())
        };
        // A name with letters outside a-z (none in the 2024 registry) falls back to the number.
        let id = id
            .parse()
            .or_else(|_| format!("kommune-{}-{}", m.number(), venue.slug()).parse());
        id.map_err(|kind| row.push(Col::Id, kind)).ok()
    }

    /// The offer fields a row answers: its non-empty cells, and always the date, source and
    /// illustrative flag. `None` when a cell has a problem (recorded in the row).
    fn fields(&self, row: &mut Row<'_>) -> Option<Answered> {
        let before = row.problems.len();
        let mut f = Map::new();
        list(row, &mut f, "temaer", Col::Topics, answers::topics());
        list(row, &mut f, "former", Col::Formats, answers::formats());
        list(row, &mut f, "partnere", Col::Partners, answers::partners());
        list(
            row,
            &mut f,
            "malgrupper",
            Col::TargetGroups,
            answers::target_groups(),
        );
        let venues = row.read(Col::Venue, |c| answers::venues().many(c));
        let venues = venues.unwrap_or_default();
        let venue = venues.first().copied();
        let anchoring = row
            .read(Col::Anchoring, |c| answers::anchoring().one(c))
            .flatten();
        let mut place = Map::new();
        if let Some(kind) = venue {
            place.insert("type".into(), json!(kind.slug()));
        }
        for (key, col) in [("navn", Col::VenueName), ("adresse", Col::Address)] {
            if !row.cell(col).is_empty() {
                place.insert(key.into(), json!(row.cell(col)));
            }
        }
        if !place.is_empty() {
            f.insert("sted".into(), Value::Object(place));
        }
        let places: Vec<&str> = venues
            .iter()
            .filter_map(|&v| answers::venue_label(v))
            .collect();
        let anchored: Vec<String> = [
            (!places.is_empty()).then(|| places.join(", ")),
            anchoring.map(|a| a.label().to_owned()),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !anchored.is_empty() {
            f.insert("forankring".into(), json!(anchored.join("; ")));
        }
        if let Some(Some(d)) = row.read(Col::DeliveredBy, |c| answers::delivered_by().one(c)) {
            f.insert("utfort_av".into(), json!(d.slug()));
        }
        if let Some(Some(s)) = row.read(Col::Staffing, |c| answers::staffing().one(c)) {
            f.insert("bemanning".into(), json!(s.slug()));
        }
        if !row.cell(Col::Name).is_empty() {
            f.insert("navn".into(), json!(row.cell(Col::Name)));
        }
        let mut contact = Map::new();
        if let Some(p) = row.parse::<PhoneNumber>(Col::Phone) {
            contact.insert("telefon".into(), json!(p.to_string()));
        }
        if let Some(e) = row.parse::<Email>(Col::Email) {
            contact.insert("epost".into(), json!(e.as_str()));
        }
        if !row.cell(Col::Web).is_empty() {
            if let Some(w) = row.read(Col::Web, web) {
                contact.insert("nettside".into(), json!(w.as_str()));
            }
        }
        if !contact.is_empty() {
            f.insert("kontakt".into(), Value::Object(contact));
        }
        if let Some(Some(h)) = row.read(Col::Hours, hours::parse) {
            f.insert("apningstider".into(), h.to_json());
        }
        let date = match row.cell(Col::Answered) {
            "" => Some(self.options.today),
            _ => row.read(Col::Answered, answer_date),
        };
        if let Some(d) = date {
            f.insert("sist_verifisert".into(), json!(d.to_string()));
        }
        let source = match row.cell(Col::Source) {
            "" => self.options.source.as_str(),
            s => s,
        };
        f.insert("kilde".into(), json!(source));
        let illustrative = row.read(Col::Illustrative, answers::yes_no).flatten();
        f.insert("illustrativ".into(), json!(illustrative.unwrap_or(false)));
        (row.problems.len() == before).then_some(Answered { fields: f, venue })
    }
}

/// What a row answers: the offer's fields, and the kind of place (question 7's first answer).
struct Answered {
    fields: Map<String, Value>,
    venue: Option<VenueKind>,
}

/// A question with several answers, as a list of slugs (left out when there are none).
fn list<T: Copy + PartialEq + fmt::Display>(
    row: &mut Row<'_>,
    fields: &mut Map<String, Value>,
    key: &str,
    col: Col,
    choices: answers::Choices<T>,
) {
    if let Some(values) = row.read(col, |c| choices.many(c)) {
        if !values.is_empty() {
            let slugs: Vec<String> = values.iter().map(ToString::to_string).collect();
            fields.insert(key.to_owned(), json!(slugs));
        }
    }
}

/// The fields a new offer needs that a row may leave empty: a name from the municipality and
/// the place, the kind of place, and "alle" as target group (the form did not ask).
fn new_offer(m: &Municipality, venue: VenueKind) -> Map<String, Value> {
    let name = match venue {
        VenueKind::Other => format!("Digital veiledning i {}", m.name_nb()),
        kind => format!(
            "Digital veiledning i {} ({})",
            m.name_nb(),
            kind.label_nb().to_lowercase()
        ),
    };
    let mut defaults = Map::new();
    defaults.insert("navn".into(), json!(name));
    defaults.insert("sted".into(), json!({ "type": venue.slug() }));
    defaults.insert("malgrupper".into(), json!(["alle"]));
    defaults
}

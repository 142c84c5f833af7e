//! Problems found in a data file, each with the JSON path where it was found.
//!
//! Parsing never stops at the first problem: every parser collects all of them into a
//! [`DataError`]. A [`Problem`] is structured (a [`ProblemKind`] plus a path such as
//! `tilbud[3].kontakt.epost`); its `Display` is a Norwegian sentence for data editors,
//! lowercase and without a trailing period, naming the field and the bad value:
//!
//! ```text
//! tilbud[3].kontakt.epost: "ola@" er ikke en gyldig e-postadresse
//! ```

use std::fmt;

use crate::date::Date;

/// Why a value was rejected.
///
/// The `Display` of a kind is the part of the message after the path.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ProblemKind {
    /// The text is not JSON. `line` and `column` are 1-based.
    Syntax {
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
        /// What the JSON parser expected, in Norwegian.
        message: String,
    },
    /// A required field is missing.
    Missing,
    /// A field that is required because of another field's value is missing.
    MissingBecause(&'static str),
    /// A value has the wrong JSON type.
    WrongType {
        /// What the format expects ("tekst", "et tall", …).
        expected: &'static str,
        /// What the file has.
        found: &'static str,
    },
    /// A field the format does not know (often a misspelling).
    UnknownField,
    /// A text that must not be empty is empty or only whitespace.
    Empty,
    /// A text is longer than allowed.
    TooLong {
        /// The maximum number of characters.
        max: usize,
    },
    /// A text contains HTML markup.
    Html(String),
    /// A text contains an invisible control character (other than newline and tab).
    ControlCharacter(String),
    /// Not four digits.
    BadMunicipalityNumber(String),
    /// Four digits, but no such municipality in the registry.
    UnknownMunicipality(String),
    /// Not two digits.
    BadCountyNumber(String),
    /// Two digits, but no such county.
    UnknownCounty(String),
    /// The same municipality number appears twice.
    DuplicateMunicipality(String),
    /// The same id appears twice.
    DuplicateId(String),
    /// An id or slug with characters other than `a-z`, `0-9` and `-`.
    BadId(String),
    /// Not a web address at all.
    BadUrl(String),
    /// A web address that is not `https`.
    NotHttps(String),
    /// A `javascript:`, `data:` or similar address.
    ForbiddenScheme(String),
    /// Not an e-mail address.
    BadEmail(String),
    /// Not a Norwegian (8 digits) or international (`+` and digits) phone number.
    BadPhone(String),
    /// Not a `YYYY-MM-DD` date.
    BadDate(String),
    /// A date after today.
    FutureDate {
        /// The date in the file.
        date: Date,
        /// Today.
        today: Date,
    },
    /// A position outside Norway's bounding box.
    OutsideNorway {
        /// Latitude.
        lat: f64,
        /// Longitude.
        lon: f64,
    },
    /// A position outside Norway that would be inside if latitude and longitude were swapped.
    SwappedCoordinates {
        /// Latitude as given.
        lat: f64,
        /// Longitude as given.
        lon: f64,
    },
    /// A position too far from its municipality.
    FarFromMunicipality {
        /// Distance from the municipality's representative point, km.
        km: f64,
        /// The municipality's name.
        municipality: String,
        /// The largest distance allowed for this municipality, km.
        max_km: f64,
    },
    /// A value that is not in the list of allowed values.
    UnknownValue {
        /// The value in the file.
        value: String,
        /// The allowed values.
        allowed: &'static [&'static str],
    },
    /// A list that must have at least one element is empty.
    EmptyList,
    /// The same value appears twice in a list.
    DuplicateValue(String),
    /// Not a `HH:MM` time.
    BadTime(String),
    /// An opening-hours slot that ends before it starts.
    BadTimeRange {
        /// Start.
        from: String,
        /// End.
        to: String,
    },
    /// Not a known ISO 639 language code.
    BadLanguage(String),
    /// A file path that is absolute, leaves `public/` or has odd characters.
    BadPath(String),
    /// Not a four-digit postcode.
    BadPostcode(String),
    /// Not an area (`kommune-5037`, `fylke-50`) or an area file's path
    /// (`omrade/kommune-5037.json`).
    BadArea(String),
    /// A date before the date of the entry above it (in a log that only grows at the end).
    BeforePrevious {
        /// The date in the file.
        date: Date,
        /// The date of the entry above.
        previous: Date,
    },
    /// A survey answer that is none of the question's answers.
    UnknownAnswer {
        /// The answer in the file.
        value: String,
        /// The values to use (the form's own answer texts are accepted too).
        allowed: &'static [&'static str],
    },
    /// Several answers where the question takes one.
    SeveralAnswers(String),
    /// Not yes or no.
    NotYesOrNo(String),
    /// No municipality has this name (2024 division).
    UnknownMunicipalityName(String),
    /// More than one municipality has this name.
    AmbiguousMunicipality {
        /// The name in the file.
        name: String,
        /// The municipalities with that name, as "Herøy (Nordland) 1818".
        candidates: Vec<String>,
    },
    /// No county has this name or number.
    UnknownCountyName(String),
    /// The municipality lies in another county than the one given.
    WrongCounty {
        /// The county in the file.
        given: String,
        /// The municipality.
        municipality: String,
        /// The county it lies in.
        county: String,
    },
    /// Not opening hours such as `tirsdag 10:00-14:00`.
    BadHours(String),
    /// A row of a survey that gives the same offer as an earlier row.
    SameOfferAsRow {
        /// The offer's id.
        id: String,
        /// The earlier row.
        row: usize,
    },
    /// A map tile address without the `{z}`, `{x}` and `{y}` placeholders.
    BadTileUrl(String),
    /// A number outside its allowed range.
    OutOfRange {
        /// The value.
        value: f64,
        /// Smallest allowed.
        min: f64,
        /// Largest allowed.
        max: f64,
    },
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProblemKind::*;
        match self {
            Syntax {
                line,
                column,
                message,
            } => {
                write!(
                    f,
                    "linje {line}, kolonne {column}: ugyldig JSON ({message})"
                )
            }
            Missing => f.write_str("mangler (feltet er påkrevd)"),
            MissingBecause(why) => write!(f, "mangler (påkrevd når {why})"),
            WrongType { expected, found } => write!(f, "skal være {expected}, men er {found}"),
            UnknownField => f.write_str("ukjent felt (skrivefeil?)"),
            Empty => f.write_str("kan ikke være tom"),
            TooLong { max } => write!(f, "er for lang (mer enn {max} tegn)"),
            Html(v) => write!(f, "{v:?} inneholder HTML, som ikke er tillatt i tekstfelt"),
            ControlCharacter(v) => {
                write!(f, "{v:?} inneholder et usynlig kontrolltegn (fjern det)")
            }
            BadMunicipalityNumber(v) => {
                write!(
                    f,
                    "{v:?} er ikke et kommunenummer (fire sifre, f.eks. \"0301\")"
                )
            }
            UnknownMunicipality(v) => {
                write!(f, "{v:?} er ikke et kjent kommunenummer (2024-nummerering)")
            }
            BadCountyNumber(v) => write!(f, "{v:?} er ikke et fylkesnummer (to sifre)"),
            UnknownCounty(v) => write!(f, "{v:?} er ikke et kjent fylkesnummer"),
            DuplicateMunicipality(v) => write!(f, "kommunenummer {v:?} står flere ganger"),
            DuplicateId(v) => write!(f, "id {v:?} er brukt før (id-er må være unike)"),
            BadId(v) => write!(
                f,
                "{v:?} er ikke en gyldig id (bare a–z, 0–9 og bindestrek)"
            ),
            BadUrl(v) => write!(f, "{v:?} er ikke en gyldig nettadresse"),
            NotHttps(v) => write!(f, "{v:?} må begynne med https://"),
            ForbiddenScheme(v) => {
                write!(f, "{v:?} er ikke tillatt (bare https-lenker er lov)")
            }
            BadEmail(v) => write!(f, "{v:?} er ikke en gyldig e-postadresse"),
            BadPhone(v) => write!(
                f,
                "{v:?} er ikke et gyldig telefonnummer (åtte sifre, eller + og landskode)"
            ),
            BadDate(v) => write!(f, "{v:?} er ikke en gyldig dato (ÅÅÅÅ-MM-DD)"),
            FutureDate { date, today } => {
                write!(f, "{date} er etter dagens dato ({today})")
            }
            OutsideNorway { lat, lon } => {
                write!(f, "posisjonen ({lat}, {lon}) ligger utenfor Norge")
            }
            SwappedCoordinates { lat, lon } => write!(
                f,
                "posisjonen ({lat}, {lon}) ligger utenfor Norge; lat og lon ser ut til å være byttet om"
            ),
            FarFromMunicipality {
                km,
                municipality,
                max_km,
            } => write!(
                f,
                "posisjonen ligger {km:.0} km fra {municipality} (grensen er {max_km:.0} km)"
            ),
            UnknownValue { value, allowed } => write!(
                f,
                "{value:?} er ikke en gyldig verdi (gyldige verdier: {})",
                allowed.join(", ")
            ),
            EmptyList => f.write_str("må ha minst én verdi"),
            DuplicateValue(v) => write!(f, "{v:?} står flere ganger"),
            BadTime(v) => write!(f, "{v:?} er ikke et gyldig klokkeslett (TT:MM)"),
            BadTimeRange { from, to } => {
                write!(f, "sluttid {to} må være etter starttid {from}")
            }
            BadLanguage(v) => write!(f, "{v:?} er ikke en kjent språkkode (ISO 639)"),
            BadPath(v) => write!(
                f,
                "{v:?} er ikke en gyldig filsti (relativ sti under public/, uten \"..\")"
            ),
            BadPostcode(v) => write!(f, "{v:?} er ikke et postnummer (fire sifre)"),
            BadArea(v) => write!(
                f,
                "{v:?} er ikke et område (kommune-NNNN eller fylke-NN, f.eks. \"kommune-5037\")"
            ),
            BeforePrevious { date, previous } => write!(
                f,
                "{date} er før datoen over ({previous}); nye endringer føres nederst"
            ),
            UnknownAnswer { value, allowed } => write!(
                f,
                "{value:?} er ikke et av svarene (bruk {}, eller svarteksten fra skjemaet)",
                allowed.join(", ")
            ),
            SeveralAnswers(v) => write!(f, "{v:?} er flere svar, men spørsmålet tar bare ett"),
            NotYesOrNo(v) => write!(f, "{v:?} er verken ja eller nei"),
            UnknownMunicipalityName(v) => write!(
                f,
                "{v:?} er ikke navnet på en kommune (2024-inndelingen); skriv kommunenummeret"
            ),
            AmbiguousMunicipality { name, candidates } => write!(
                f,
                "{name:?} er navnet på flere kommuner ({}); fyll inn fylket eller skriv kommunenummeret",
                candidates.join(", ")
            ),
            UnknownCountyName(v) => write!(f, "{v:?} er ikke et fylke (2024-inndelingen)"),
            WrongCounty {
                given,
                municipality,
                county,
            } => write!(f, "{given:?} stemmer ikke med kommunen: {municipality} ligger i {county}"),
            BadHours(v) => write!(
                f,
                "{v:?} er ikke en åpningstid (skriv f.eks. \"tirsdag 10:00-14:00, etter avtale\")"
            ),
            SameOfferAsRow { id, row } => write!(
                f,
                "gir samme tilbud ({id}) som rad {row}; gi radene hver sin id"
            ),
            BadTileUrl(v) => write!(
                f,
                "{v:?} er ikke en adresse til kartfliser (den må ha {{z}}, {{x}} og {{y}})"
            ),
            OutOfRange { value, min, max } => {
                write!(f, "{value} er utenfor gyldig område ({min}–{max})")
            }
        }
    }
}

/// One problem: what is wrong, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    path: String,
    kind: ProblemKind,
}

impl Problem {
    /// A problem at a JSON path (`""` for the whole file).
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// The JSON path, e.g. `tilbud[3].kontakt.epost`; empty for the whole file.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What is wrong.
    pub fn kind(&self) -> &ProblemKind {
        &self.kind
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.path, self.kind)
        }
    }
}

/// Every problem found in a data file (at least one).
///
/// `Display` prints one problem per line.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    problems: Vec<Problem>,
}

impl DataError {
    pub(crate) fn new(problems: Vec<Problem>) -> DataError {
        debug_assert!(!problems.is_empty());
        DataError { problems }
    }

    pub(crate) fn one(path: impl Into<String>, kind: ProblemKind) -> DataError {
        DataError {
            problems: vec![Problem::new(path, kind)],
        }
    }

    /// The problems, in the order they appear in the file.
    pub fn problems(&self) -> impl ExactSizeIterator<Item = &Problem> + '_ {
        self.problems.iter()
    }

    /// The problems as a slice.
    pub fn as_slice(&self) -> &[Problem] {
        &self.problems
    }

    /// True when the text is not JSON at all (then there is exactly one problem).
    pub fn is_syntax(&self) -> bool {
        matches!(
            self.problems.first().map(Problem::kind),
            Some(ProblemKind::Syntax { .. })
        )
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataError {}

/// Collects problems while a file is validated.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    list: Vec<Problem>,
}

impl Problems {
    pub(crate) fn push(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.list.push(Problem::new(path, kind));
    }

    /// Adds every problem of an error found by another parser.
    pub(crate) fn absorb(&mut self, error: DataError) {
        self.list.extend(error.problems);
    }

    pub(crate) fn len(&self) -> usize {
        self.list.len()
    }

    /// `Ok(value)` when nothing was found, else every problem.
    pub(crate) fn finish<T>(self, value: T) -> Result<T, DataError> {
        if self.list.is_empty() {
            Ok(value)
        } else {
            Err(DataError::new(self.list))
        }
    }
}

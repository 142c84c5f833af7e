//! The columns of the survey file: the questions of Vedlegg 2 of the 2018 report, then what a
//! citizen needs to act on an offer (name, place, contact, hours).

use crate::text;

/// One column of the survey file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The header, as in the template.
    pub header: &'static str,
    /// The question of the 2017 form (Vedlegg 2) it answers, if any.
    pub question: Option<u8>,
    /// What it holds, in Norwegian (the template's documentation).
    pub help: &'static str,
}

/// Column indices into [`COLUMNS`], by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
pub(crate) enum Col {
    Municipality,
    County,
    Provision,
    Topics,
    Formats,
    Partners,
    Venue,
    DeliveredBy,
    Staffing,
    Anchoring,
    Name,
    VenueName,
    Address,
    TargetGroups,
    Phone,
    Email,
    Web,
    Hours,
    Answered,
    Source,
    Illustrative,
    Id,
}

/// Every column the import reads, in the template's order. Other columns (such as the
/// form's questions 9, 12 and 13, which say nothing about an offer) are named in the report
/// and left alone.
pub const COLUMNS: &[Column] = &[
    Column {
        header: "kommune",
        question: Some(1),
        help: "Kommunenummer (fire sifre, 2024) eller kommunenavn. Påkrevd.",
    },
    Column {
        header: "fylke",
        question: Some(2),
        help: "Fylkesnavn eller -nummer. Sjekkes mot kommunen, og skiller kommuner med samme navn.",
    },
    Column {
        header: "organisering",
        question: Some(3),
        help: "fast, med-andre-tjenester, ad-hoc, ingen (raden importeres ikke) eller vet ikke.",
    },
    Column {
        header: "oppgaver",
        question: Some(4),
        help: "Hva det veiledes i, flere svar: generelt, kommunale-tjenester, statlige-tjenester, private-tjenester.",
    },
    Column {
        header: "veiledningstyper",
        question: Some(5),
        help: "Hvordan hjelpen gis, flere svar: drop-in, timebestilling, en-til-en, gruppekurs, telefon, chat, nettkurs, skriftlige-veiledere, hjemmebesok.",
    },
    Column {
        header: "samarbeidspartnere",
        question: Some(6),
        help: "Hvem kommunen samarbeider med, flere svar: nav, skatteetaten, seniornett, frivilligsentral, rode-kors, aof, skole, hjelpemiddelsentralen, bibliotek, annen.",
    },
    Column {
        header: "forankret_i",
        question: Some(7),
        help: "Hvor tilbudet er forankret, flere svar; det første er stedet tilbudet gis: bibliotek, servicetorg, frivilligsentral, skole, seniorsenter, annet.",
    },
    Column {
        header: "utfort_av",
        question: Some(8),
        help: "Hvem som veileder: egne-ansatte, eksterne, kombinasjon, vet ikke.",
    },
    Column {
        header: "arsverk",
        question: Some(10),
        help: "Personalressurser: 0.1-0.4, 0.5-1, 1-2, 2-5, over-5, ingen.",
    },
    Column {
        header: "forankring_i_kommunen",
        question: Some(11),
        help: "politisk, administrativ, frivillige eller annet.",
    },
    Column {
        header: "navn",
        question: None,
        help: "Tilbudets navn. Tomt: «Digital veiledning i <kommune>» med stedet i parentes.",
    },
    Column {
        header: "sted_navn",
        question: None,
        help: "Navnet på stedet, f.eks. «Biblioteket».",
    },
    Column {
        header: "adresse",
        question: None,
        help: "Gateadresse.",
    },
    Column {
        header: "malgrupper",
        question: None,
        help: "Hvem tilbudet er for, flere svar: eldre, innvandrere, utenfor-arbeidslivet, funksjonsnedsettelse, unge-forstegangsbrukere, voksne-i-arbeid, alle. Tomt: alle.",
    },
    Column {
        header: "telefon",
        question: None,
        help: "Åtte sifre, eller + og landskode.",
    },
    Column {
        header: "epost",
        question: None,
        help: "E-postadresse.",
    },
    Column {
        header: "nettside",
        question: None,
        help: "Nettside; https:// legges til når adressen er uten.",
    },
    Column {
        header: "apningstider",
        question: None,
        help: "F.eks. «tirsdag 10:00-14:00, man-fre 12-15, etter avtale».",
    },
    Column {
        header: "svardato",
        question: None,
        help: "Datoen kommunen svarte, ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ. Tomt: dagens dato.",
    },
    Column {
        header: "kilde",
        question: None,
        help: "Hvor svaret kommer fra. Tomt: kartleggingen (eller --kilde).",
    },
    Column {
        header: "illustrativ",
        question: None,
        help: "ja for eksempeldata. Tomt: nei.",
    },
    Column {
        header: "id",
        question: None,
        help: "Id-en til tilbudet raden oppdaterer. Tomt: <kommune>-<sted>, f.eks. levanger-bibliotek.",
    },
];

impl Col {
    /// The column's header.
    pub(crate) fn header(self) -> &'static str {
        COLUMNS[self as usize].header
    }
}

/// The key a header is matched by: folded, without a leading question number (`"7. Forankret
/// i"` is `forankret_i`).
pub(crate) fn header_key(header: &str) -> String {
    let folded = text::fold(header);
    let rest = folded.trim_start_matches(|c: char| c.is_ascii_digit());
    // `fold` never starts with a space, so only a stripped number leaves one.
    match rest.strip_prefix(' ') {
        Some(rest) => rest.to_owned(),
        None => folded,
    }
}

/// The template: the header row, semicolon-separated, with a byte order mark so that Excel
/// reads it as UTF-8.
///
/// # Example
/// ```
/// let template = digihjelpen::survey::template();
/// assert!(template.starts_with("\u{feff}kommune;fylke;organisering;"));
/// ```
pub fn template() -> String {
    let headers: Vec<&str> = COLUMNS.iter().map(|c| c.header).collect();
    let csv = crate::csv::Csv::with_separator(&headers, crate::csv::Separator::Semicolon);
    format!("\u{feff}{}", csv.finish())
}

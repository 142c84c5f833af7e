//! The answers of the survey's multiple-choice questions, and what each means for an offer.
//!
//! A cell may hold the answer text of the 2017 form ("Fast organisert tilbud"), the value the
//! offer format uses (`fast`) or its label ("Gis sammen med andre tjenester"). They are
//! compared folded ([`text::fold`]: case, æøå and punctuation do not matter) and without any
//! part in brackets, so "Generell bruk av digitale verktøy og internett-tjenester (for
//! eksempel …)" and "generell bruk av digitale verktoy og internett tjenester" are the same.
//! A question with several answers takes them separated by `,`, `;`, `|` or line breaks
//! (commas inside brackets do not separate).

use crate::error::ProblemKind;
use crate::offer::{DeliveredBy, Format, Organisation, Partner, Staffing, VenueKind};
use crate::target_group::TargetGroup;
use crate::text;
use crate::topic::Topic;

/// What an answer means: a value, or nothing for the offer ("Vet ikke", "Annet").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Meaning<T> {
    /// The answer gives this value.
    Value(T),
    /// A valid answer that gives no value.
    Nothing,
}

/// The answers one question accepts.
pub(crate) struct Choices<T> {
    entries: Vec<(String, Meaning<T>)>,
    /// The values named in the message when a cell holds none of them.
    allowed: &'static [&'static str],
}

/// The text without any part in brackets, folded.
fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0_usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    text::fold(&out)
}

/// The items of a cell with several answers: split at `,`, `;`, `|` and line breaks outside
/// brackets (a comma between digits is a decimal comma: "0,5 – 1 årsverk"), trimmed, empty
/// ones left out.
fn items(cell: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0_usize, 0);
    let digit_at = |i: usize| cell.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
    for (i, c) in cell.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if i > 0 && digit_at(i - 1) && digit_at(i + 1) => {}
            ',' | ';' | '|' | '\n' | '\r' if depth == 0 => {
                out.push(&cell[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&cell[start..]);
    out.into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

impl<T: Copy + PartialEq> Choices<T> {
    /// Every value of a vocabulary by its slug and label, then the survey's own answers.
    fn new(
        all: &[T],
        slug: fn(T) -> &'static str,
        label: fn(T) -> &'static str,
        answers: &[(&str, Meaning<T>)],
        allowed: &'static [&'static str],
    ) -> Choices<T> {
        let mut entries: Vec<(String, Meaning<T>)> = Vec::new();
        for &v in all {
            entries.push((key(slug(v)), Meaning::Value(v)));
            entries.push((key(label(v)), Meaning::Value(v)));
        }
        for (text, meaning) in answers {
            entries.push((key(text), *meaning));
        }
        for nothing in ["vet ikke", "vet-ikke", "annet", "annen", "andre"] {
            entries.push((key(nothing), Meaning::Nothing));
        }
        Choices { entries, allowed }
    }

    fn find(&self, item: &str) -> Option<Meaning<T>> {
        let k = key(item);
        // The vocabulary comes first, so a text that is both a value and a word for nothing
        // is the value (Partner `annen`, VenueKind `annet`).
        self.entries
            .iter()
            .find(|(e, _)| *e == k)
            .map(|(_, meaning)| *meaning)
    }

    fn unknown(&self, value: &str) -> ProblemKind {
        ProblemKind::UnknownAnswer {
            value: value.to_owned(),
            allowed: self.allowed,
        }
    }

    /// The one answer of a cell (`None` when empty or an answer without a value).
    ///
    /// # Errors
    /// [`ProblemKind::UnknownAnswer`], or [`ProblemKind::SeveralAnswers`] when the cell holds
    /// more than one known answer.
    pub(crate) fn one(&self, cell: &str) -> Result<Option<T>, ProblemKind> {
        let cell = cell.trim();
        if cell.is_empty() {
            return Ok(None);
        }
        match self.find(cell) {
            Some(Meaning::Value(v)) => Ok(Some(v)),
            Some(Meaning::Nothing) => Ok(None),
            None => {
                let parts = items(cell);
                if parts.len() > 1 && parts.iter().all(|p| self.find(p).is_some()) {
                    Err(ProblemKind::SeveralAnswers(cell.to_owned()))
                } else {
                    Err(self.unknown(cell))
                }
            }
        }
    }

    /// Every answer of a cell, in order, each value once.
    ///
    /// # Errors
    /// [`ProblemKind::UnknownAnswer`] for the first item that is no answer.
    pub(crate) fn many(&self, cell: &str) -> Result<Vec<T>, ProblemKind> {
        let mut out = Vec::new();
        for item in items(cell) {
            match self.find(item) {
                Some(Meaning::Value(v)) if !out.contains(&v) => out.push(v),
                Some(_) => {}
                None => return Err(self.unknown(item)),
            }
        }
        Ok(out)
    }
}

/// Question 3, how the offer is given: an organisation, or no offer at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Provision {
    /// The municipality has an offer, organised so.
    Given(Organisation),
    /// "Kommunen har per dags dato ikke et slikt veiledningstilbud".
    NoOffer,
}

impl Provision {
    fn slug(self) -> &'static str {
        match self {
            Provision::Given(o) => o.slug(),
            Provision::NoOffer => "ingen",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Provision::Given(o) => o.label_nb(),
            Provision::NoOffer => "Har ikke tilbud",
        }
    }
}

pub(crate) fn provision() -> Choices<Provision> {
    use Organisation::*;
    use Provision::*;
    let all = [
        Given(Fixed),
        Given(WithOtherServices),
        Given(AdHoc),
        NoOffer,
    ];
    Choices::new(
        &all,
        Provision::slug,
        Provision::label,
        &[
            ("Fast organisert tilbud", Meaning::Value(Given(Fixed))),
            (
                "Tilbudet gis i forbindelse med levering av andre tjenester",
                Meaning::Value(Given(WithOtherServices)),
            ),
            ("Tilbudet gis på ad-hoc basis", Meaning::Value(Given(AdHoc))),
            (
                "Kommune har per dags dato ikke et slikt veiledningstilbud",
                Meaning::Value(NoOffer),
            ),
            (
                "Kommunen har per dags dato ikke et slikt veiledningstilbud",
                Meaning::Value(NoOffer),
            ),
        ],
        &["fast", "med-andre-tjenester", "ad-hoc", "ingen", "vet ikke"],
    )
}

pub(crate) fn topics() -> Choices<Topic> {
    Choices::new(
        Topic::ALL,
        Topic::slug,
        Topic::label_nb,
        &[
            (
                "Generell bruk av digitale verktøy og internett-tjenester",
                Meaning::Value(Topic::General),
            ),
            (
                "Hjelp til bruk av kommunens digitale tjenester",
                Meaning::Value(Topic::Municipal),
            ),
            (
                "Hjelp til bruk av statlige digitale tjenester",
                Meaning::Value(Topic::State),
            ),
        ],
        Topic::SLUGS,
    )
}

pub(crate) fn formats() -> Choices<Format> {
    use Format::*;
    Choices::new(
        Format::ALL,
        Format::slug,
        Format::label_nb,
        &[
            ("Individuell veiledning eller opplæring", Meaning::Value(OneToOne)),
            ("Opplæring i gruppe", Meaning::Value(GroupCourse)),
            ("Introduksjonsvideoer eller nettkurs", Meaning::Value(OnlineCourse)),
            ("Individuell opplæring i kommunens lokaler", Meaning::Value(OneToOne)),
            ("Hjelp over telefon", Meaning::Value(Phone)),
            ("Hjelp via chat", Meaning::Value(Chat)),
            (
                "Tilbyr offentlig tilgjengelige skriftlige veiledere og annen skriftlig informasjon",
                Meaning::Value(WrittenGuides),
            ),
        ],
        Format::SLUGS,
    )
}

pub(crate) fn partners() -> Choices<Partner> {
    use Partner::*;
    Choices::new(
        Partner::ALL,
        Partner::slug,
        Partner::label_nb,
        &[
            ("Seniornett Norge", Meaning::Value(Seniornett)),
            (
                "NAV Hjelpemiddelsentral",
                Meaning::Value(AssistiveTechnologyCentre),
            ),
            ("Folkebiblioteket", Meaning::Value(Library)),
            ("Skolen", Meaning::Value(School)),
            ("Annen", Meaning::Value(Other)),
            ("Andre", Meaning::Value(Other)),
        ],
        Partner::SLUGS,
    )
}

/// Question 7, where the offer is anchored: the kind of place citizens meet it.
pub(crate) fn venues() -> Choices<VenueKind> {
    use VenueKind::*;
    Choices::new(
        VenueKind::ALL,
        VenueKind::slug,
        VenueKind::label_nb,
        &[
            ("Folkebiblioteket", Meaning::Value(Library)),
            (
                "Kommunens info-/servicekontor",
                Meaning::Value(ServiceOffice),
            ),
            ("Servicekontor", Meaning::Value(ServiceOffice)),
            ("Frivilligsentralen", Meaning::Value(VolunteerCentre)),
            ("Annet", Meaning::Value(Other)),
        ],
        VenueKind::SLUGS,
    )
}

/// The words question 7 uses for a kind of place, written into the offer's `forankring`
/// (`None` for "Annet").
pub(crate) fn venue_label(kind: VenueKind) -> Option<&'static str> {
    Some(match kind {
        VenueKind::Library => "Folkebiblioteket",
        VenueKind::ServiceOffice => "Kommunens info-/servicekontor",
        VenueKind::VolunteerCentre => "Frivilligsentral",
        VenueKind::School => "Skole",
        VenueKind::SeniorCentre => "Seniorsenter",
        VenueKind::Other => return None,
    })
}

/// Question 11, how the task is anchored in the municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchoring {
    Political,
    Administrative,
    Volunteers,
}

impl Anchoring {
    fn slug(self) -> &'static str {
        match self {
            Anchoring::Political => "politisk",
            Anchoring::Administrative => "administrativ",
            Anchoring::Volunteers => "frivillige",
        }
    }

    /// The words written into the offer's `forankring`.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Anchoring::Political => "I politisk ledelse",
            Anchoring::Administrative => "I administrativ ledelse",
            Anchoring::Volunteers => "Utføres av frivillige og andre ildsjeler",
        }
    }
}

pub(crate) fn anchoring() -> Choices<Anchoring> {
    use Anchoring::*;
    Choices::new(
        &[Political, Administrative, Volunteers],
        Anchoring::slug,
        Anchoring::label,
        &[
            ("Politisk ledelse", Meaning::Value(Political)),
            ("Administrativ ledelse", Meaning::Value(Administrative)),
            (
                "Oppgaven utføres av frivillige og andre ildsjeler",
                Meaning::Value(Volunteers),
            ),
        ],
        &["politisk", "administrativ", "frivillige", "annet"],
    )
}

pub(crate) fn delivered_by() -> Choices<DeliveredBy> {
    use DeliveredBy::*;
    Choices::new(
        DeliveredBy::ALL,
        DeliveredBy::slug,
        DeliveredBy::label_nb,
        &[
            ("Kun egne ansatte", Meaning::Value(OwnStaff)),
            ("Kun eksterne", Meaning::Value(External)),
            (
                "Kombinasjon av egne ansatte og eksterne",
                Meaning::Value(Combination),
            ),
        ],
        DeliveredBy::SLUGS,
    )
}

pub(crate) fn staffing() -> Choices<Staffing> {
    use Staffing::*;
    let none = Meaning::Nothing;
    Choices::new(
        Staffing::ALL,
        Staffing::slug,
        Staffing::label_nb,
        &[
            ("Flere enn 5", Meaning::Value(Over5)),
            (
                "Kommunen har ikke avsatt ressurser til veiledning i digitale tjenester",
                none,
            ),
            ("Ingen", none),
            ("0", none),
        ],
        Staffing::SLUGS,
    )
}

pub(crate) fn target_groups() -> Choices<TargetGroup> {
    Choices::new(
        TargetGroup::ALL,
        TargetGroup::slug,
        TargetGroup::label_nb,
        &[],
        TargetGroup::SLUGS,
    )
}

/// Yes or no (`ja`/`nei`, `x` for yes, `true`/`false`); `None` when empty.
///
/// # Errors
/// [`ProblemKind::NotYesOrNo`].
pub(crate) fn yes_no(cell: &str) -> Result<Option<bool>, ProblemKind> {
    match text::fold(cell).as_str() {
        "" => Ok(None),
        "ja" | "j" | "x" | "true" | "yes" => Ok(Some(true)),
        "nei" | "n" | "false" | "no" => Ok(Some(false)),
        _ => Err(ProblemKind::NotYesOrNo(cell.trim().to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_and_commas_inside_them_do_not_split() {
        let cell =
            "Generell bruk av digitale verktøy og internett-tjenester (for eksempel bruk av \
                    PC/nettbrett, bruk av internett, sosiale medier etc.); statlige-tjenester";
        assert_eq!(topics().many(cell), Ok(vec![Topic::General, Topic::State]));
    }

    #[test]
    fn annet_is_nothing_for_a_question_but_a_partner_value() {
        assert_eq!(delivered_by().one("Annet"), Ok(None));
        assert_eq!(
            partners().many("NAV, annen"),
            Ok(vec![Partner::Nav, Partner::Other])
        );
        assert_eq!(venues().one("Annet"), Ok(Some(VenueKind::Other)));
    }
}

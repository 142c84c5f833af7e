//! The skill framework: four skill areas × levels 1–2, with the descriptors from the report.
//!
//! The project defines basic digital competence as levels 1–2 in the Norwegian Directorate
//! for Education and Training's framework for basic skills (Utdanningsdirektoratet, 2012),
//! as quoted in chapter 2.2 of the 2018 report. The texts are kept as in the report, with only
//! spelling normalised; they are a framework definition, so their meaning must not change.

use crate::vocabulary::vocabulary;

vocabulary! {
    /// A skill area (ferdighetsområde).
    pub enum SkillArea {
        /// Acquire and process (tilegne og behandle).
        AcquireAndProcess = "tilegne-og-behandle", "Tilegne og behandle";
        /// Produce and edit (produsere og bearbeide).
        ProduceAndEdit = "produsere-og-bearbeide", "Produsere og bearbeide";
        /// Communicate (kommunisere).
        Communicate = "kommunisere", "Kommunisere";
        /// Digital judgement (digital dømmekraft).
        DigitalJudgement = "digital-dommekraft", "Digital dømmekraft";
    }
}

vocabulary! {
    /// A level (nivå). Basic digital competence is levels 1 and 2.
    pub enum SkillLevel {
        /// Level 1.
        One = "1", "Nivå 1";
        /// Level 2.
        Two = "2", "Nivå 2";
    }
}

impl SkillArea {
    /// What the area means (report ch. 2.2).
    pub fn description_nb(self) -> &'static str {
        match self {
            SkillArea::AcquireAndProcess => {
                "Å kunne bruke ulike digitale verktøy, medier og ressurser til å søke etter, \
                 navigere i, sortere, kategorisere og tolke digital informasjon hensiktsmessig og kritisk."
            }
            SkillArea::ProduceAndEdit => {
                "Å kunne bruke digitale verktøy, medier og ressurser til å sette sammen, gjenbruke, \
                 omforme og videreutvikle ulike digitale elementer til produkter, for eksempel \
                 sammensatte tekster."
            }
            SkillArea::Communicate => {
                "Å kunne bruke digitale verktøy, ressurser og medier til å samarbeide i \
                 læringsprosesser, og til å presentere egen kunnskap og kompetanse til ulike mottakere."
            }
            SkillArea::DigitalJudgement => {
                "Å kunne bruke digitale verktøy, medier og ressurser på en forsvarlig måte, og å ha \
                 et bevisst forhold til personvern og etisk bruk av Internett."
            }
        }
    }

    /// What someone at `level` can do in this area (the report's level table, ch. 2.2).
    ///
    /// # Example
    /// ```
    /// use digihjelpen::skill::{SkillArea, SkillLevel};
    /// assert_eq!(
    ///     SkillArea::Communicate.descriptor(SkillLevel::One),
    ///     "Bruker enkle digitale verktøy og medier i presentasjon og kommunikasjon."
    /// );
    /// ```
    pub fn descriptor(self, level: SkillLevel) -> &'static str {
        use SkillArea::*;
        use SkillLevel::*;
        match (self, level) {
            (AcquireAndProcess, One) => {
                "Leser hypertekst og enkel interaktiv informasjon og bruker bilde- og ikonbasert navigasjon."
            }
            (AcquireAndProcess, Two) => {
                "Gjør enkle digitale søk, og leser og tolker informasjon fra digitale kilder. \
                 Bruker enkle digitale ressurser og verktøy for informasjonsbehandling og læring."
            }
            (ProduceAndEdit, One) => {
                "Skriver enkle tekster på tastatur og lager enkle digitale sammensatte tekster. \
                 Kjenner til enkel digital kildebruk og opphavsrett."
            }
            (ProduceAndEdit, Two) => {
                "Lager digitale sammensatte tekster med ulike elementer og enkle digitale formkrav. \
                 Bruker enkel digital kildebruk og opphavsrett, også ved gjenbruk og videreutvikling."
            }
            (Communicate, One) => "Bruker enkle digitale verktøy og medier i presentasjon og kommunikasjon.",
            (Communicate, Two) => {
                "Bruker et utvalg digitale verktøy og medier i presentasjon og kommunikasjon."
            }
            (DigitalJudgement, One) => {
                "Følger enkle regler for digital samhandling. Kjenner til enkle regler for \
                 personvern på Internett."
            }
            (DigitalJudgement, Two) => {
                "Bruker grunnleggende nettvett og har kunnskap om regler for personvern på Internett."
            }
        }
    }
}

/// The whole framework as (area, level, descriptor) rows, area by area.
pub fn framework() -> impl Iterator<Item = (SkillArea, SkillLevel, &'static str)> {
    SkillArea::ALL.iter().flat_map(|&a| {
        SkillLevel::ALL
            .iter()
            .map(move |&l| (a, l, a.descriptor(l)))
    })
}

/// The summary of levels 1–2 (report ch. 2.2).
pub const BASIC_COMPETENCE_NB: &str = "Ferdigheter på nivå 1–2 innebærer at man forholder seg til \
digital informasjon når det er nødvendig og tar i bruk enkle digitale verktøy. Man kjenner også til \
enkle nettvettregler.";

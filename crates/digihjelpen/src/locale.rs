//! The languages an interface can be shown in — bokmål, nynorsk and English — and the labels
//! of the vocabularies that describe an offer to a citizen ([`VenueKind`], [`Organisation`],
//! [`Format`], [`TargetGroup`], [`Topic`], [`Weekday`], and [`Language`] names) in each.
//!
//! Bokmål labels are the vocabularies' own `label_nb()`; the tables here add nynorsk and
//! English, and every value must have both (the `match`es are exhaustive).
//!
//! # Example
//! ```
//! use digihjelpen::{Format, Locale, TargetGroup};
//! let locale = Locale::from_tag("nn").unwrap();
//! assert_eq!(Format::HomeVisits.label(locale), "Heimebesøk");
//! assert_eq!(TargetGroup::Everyone.label(Locale::En), "Everyone");
//! assert_eq!(TargetGroup::Everyone.label(Locale::Nb), TargetGroup::Everyone.label_nb());
//! ```

use crate::language::Language;
use crate::offer::{Format, Organisation, VenueKind, Weekday};
use crate::target_group::TargetGroup;
use crate::topic::Topic;

/// A language an interface can be shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    /// Norsk bokmål (the default).
    #[default]
    Nb,
    /// Norsk nynorsk.
    Nn,
    /// English.
    En,
}

impl Locale {
    /// Every locale, bokmål first.
    pub const ALL: &'static [Locale] = &[Locale::Nb, Locale::Nn, Locale::En];

    /// The BCP 47 tag, for `lang` attributes and URLs (`nb`, `nn`, `en`).
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Nb => "nb",
            Locale::Nn => "nn",
            Locale::En => "en",
        }
    }

    /// Parses a tag: `nb` (or `no`), `nn`, `en`.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        match tag {
            "nb" | "no" => Some(Locale::Nb),
            "nn" => Some(Locale::Nn),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
}

/// `impl Type { pub fn label(self, Locale) }` from a table of nynorsk and English labels.
macro_rules! labels {
    ($ty:ident { $($variant:ident => $nn:literal, $en:literal;)+ }) => {
        impl $ty {
            /// The label in `locale` (in bokmål the same as `label_nb()`).
            pub fn label(self, locale: Locale) -> &'static str {
                match locale {
                    Locale::Nb => self.label_nb(),
                    Locale::Nn => match self {
                        $($ty::$variant => $nn,)+
                    },
                    Locale::En => match self {
                        $($ty::$variant => $en,)+
                    },
                }
            }
        }
    };
}

labels!(VenueKind {
    Library => "Bibliotek", "Library";
    ServiceOffice => "Servicetorg", "Service office";
    VolunteerCentre => "Frivilligsentral", "Volunteer centre";
    School => "Skule", "School";
    SeniorCentre => "Seniorsenter", "Senior centre";
    Other => "Anna stad", "Other place";
});

labels!(Organisation {
    Fixed => "Fast organisert tilbod", "A fixed offer";
    WithOtherServices => "Blir gitt saman med andre tenester", "Given together with other services";
    AdHoc => "Ved behov (ad hoc)", "When needed (ad hoc)";
});

labels!(Format {
    DropIn => "Drop-in", "Drop-in";
    ByAppointment => "Timebestilling", "By appointment";
    OneToOne => "Ein-til-ein-rettleiing", "One-to-one guidance";
    GroupCourse => "Kurs i gruppe", "Group course";
    Phone => "Hjelp på telefon", "Help by phone";
    Chat => "Hjelp på chat", "Help by chat";
    OnlineCourse => "Video eller nettkurs", "Video or online course";
    WrittenGuides => "Skriftlege rettleiarar", "Written guides";
    HomeVisits => "Heimebesøk", "Home visits";
});

labels!(TargetGroup {
    Elderly => "Eldre over 65 år", "Older people (over 65)";
    Immigrants => "Førstegenerasjons innvandrarar, særleg kvinner", "First-generation immigrants, especially women";
    OutsideWorkforce => "Personar utanfor arbeidslivet", "People outside the workforce";
    Disabilities => "Personar med funksjonsnedsetjingar", "People with disabilities";
    YoungFirstTimeUsers => "Unge førstegongsbrukarar av offentlege tenester", "Young first-time users of public services";
    AdultsInWork => "Vaksne i arbeidslivet", "Adults in working life";
    Everyone => "Alle", "Everyone";
});

labels!(Topic {
    General => "Generell bruk av digitale verktøy og internett", "General use of digital tools and the internet";
    Municipal => "Digitale tenester frå kommunen", "The municipality's digital services";
    State => "Statlege digitale tenester (NAV, Skatteetaten, ID-porten)", "State digital services (NAV, the Tax Administration, ID-porten)";
    Private => "Private digitale tenester (nettbank, netthandel)", "Private digital services (online banking, online shopping)";
});

labels!(Weekday {
    Monday => "Måndag", "Monday";
    Tuesday => "Tysdag", "Tuesday";
    Wednesday => "Onsdag", "Wednesday";
    Thursday => "Torsdag", "Thursday";
    Friday => "Fredag", "Friday";
    Saturday => "Laurdag", "Saturday";
    Sunday => "Sundag", "Sunday";
});

/// English names of the languages [`Language::label_nb`] names (nynorsk uses the same words
/// as bokmål for all of them).
const ENGLISH_NAMES: &[(&str, &str)] = &[
    ("nb", "Norwegian Bokmål"),
    ("nn", "Norwegian Nynorsk"),
    ("no", "Norwegian"),
    ("se", "Northern Sámi"),
    ("sma", "Southern Sámi"),
    ("smj", "Lule Sámi"),
    ("fkv", "Kven"),
    ("en", "English"),
    ("ar", "Arabic"),
    ("so", "Somali"),
    ("ti", "Tigrinya"),
    ("ur", "Urdu"),
    ("pl", "Polish"),
    ("lt", "Lithuanian"),
    ("uk", "Ukrainian"),
    ("ru", "Russian"),
    ("fa", "Persian"),
    ("ps", "Pashto"),
    ("ku", "Kurdish"),
    ("tr", "Turkish"),
    ("es", "Spanish"),
    ("de", "German"),
    ("fr", "French"),
    ("sv", "Swedish"),
    ("da", "Danish"),
    ("fi", "Finnish"),
    ("th", "Thai"),
    ("vi", "Vietnamese"),
    ("zh", "Chinese"),
    ("am", "Amharic"),
];

impl Language {
    /// The language's name in `locale`, or the code when the language is not among the
    /// common ones.
    pub fn label(&self, locale: Locale) -> &str {
        match locale {
            Locale::Nb | Locale::Nn => self.label_nb(),
            Locale::En => ENGLISH_NAMES
                .iter()
                .find(|(code, _)| *code == self.code())
                .map_or(self.label_nb(), |(_, name)| name),
        }
    }
}

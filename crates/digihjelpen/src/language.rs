//! Languages an offer or resource is available in (ISO 639 codes).

use std::fmt;
use std::str::FromStr;

use crate::error::ProblemKind;

/// Every ISO 639-1 code, plus the ISO 639-3 codes of the Sámi languages and Kven, which
/// have no two-letter code (`sma` South, `smj` Lule, `smn` Inari, `sms` Skolt, `fkv` Kven).
const KNOWN: &str =
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co \
cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi \
ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw \
ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc \
oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv \
sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu \
sma smj smn sms fkv";

/// An ISO 639 language code such as `nb`, `se` or `ti`.
///
/// # Example
/// ```
/// use digihjelpen::Language;
/// let se: Language = "se".parse().unwrap();
/// assert_eq!(se.label_nb(), "nordsamisk");
/// assert!("xx".parse::<Language>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language([u8; 3]);

impl Language {
    /// Norwegian bokmål.
    pub const BOKMAL: Language = Language(*b"nb\0");

    /// The code, e.g. `nb`.
    pub fn code(&self) -> &str {
        let len = if self.0[2] == 0 { 2 } else { 3 };
        std::str::from_utf8(&self.0[..len]).unwrap_or("")
    }

    /// The language's name in bokmål (lowercase, as in running text), or the code when
    /// the language is not among the common ones.
    pub fn label_nb(&self) -> &str {
        match self.code() {
            "nb" => "bokmål",
            "nn" => "nynorsk",
            "no" => "norsk",
            "se" => "nordsamisk",
            "sma" => "sørsamisk",
            "smj" => "lulesamisk",
            "fkv" => "kvensk",
            "en" => "engelsk",
            "ar" => "arabisk",
            "so" => "somali",
            "ti" => "tigrinja",
            "ur" => "urdu",
            "pl" => "polsk",
            "lt" => "litauisk",
            "uk" => "ukrainsk",
            "ru" => "russisk",
            "fa" => "persisk",
            "ps" => "pashto",
            "ku" => "kurdisk",
            "tr" => "tyrkisk",
            "es" => "spansk",
            "de" => "tysk",
            "fr" => "fransk",
            "sv" => "svensk",
            "da" => "dansk",
            "fi" => "finsk",
            "th" => "thai",
            "vi" => "vietnamesisk",
            "zh" => "kinesisk",
            "am" => "amharisk",
            other => other,
        }
    }
}

impl FromStr for Language {
    type Err = ProblemKind;

    fn from_str(s: &str) -> Result<Language, ProblemKind> {
        let known = (s.len() == 2 || s.len() == 3)
            && s.bytes().all(|b| b.is_ascii_lowercase())
            && KNOWN.split_ascii_whitespace().any(|k| k == s);
        if !known {
            return Err(ProblemKind::BadLanguage(s.to_owned()));
        }
        let mut code = [0u8; 3];
        code[..s.len()].copy_from_slice(s.as_bytes());
        Ok(Language(code))
    }
}

impl serde::Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

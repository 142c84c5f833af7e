//! The deploy-time settings (`innstillinger.json`): the editors' e-mail address, whom to
//! contact in words, the map's tile address and attribution, and the site's public address.
//!
//! The app fetches the file like the data, so a deployment changes it without a rebuild (the
//! build reads it too, for the pre-rendered pages and the CSP's tile host). Every field but
//! `kontakt` may be left out or `null`: without an editors' address the app says whom to
//! contact in words instead of offering an e-mail button; without `kartfliser` the map uses
//! Kartverket's open cache ([`DEFAULT_TILE_URL`]).
//!
//! ```
//! use digihjelpen::settings::parse_settings;
//! let s = parse_settings(r#"{"kontakt": "Redaksjonen av Digihjelpen"}"#).unwrap();
//! assert_eq!(s.editors_email(), None);
//! assert_eq!(s.tile_host(), "https://cache.kartverket.no");
//! let err = parse_settings(r#"{"kontakt": "x", "redaksjonen_epost": "ola@"}"#).unwrap_err();
//! assert_eq!(err.to_string(), "redaksjonen_epost: \"ola@\" er ikke en gyldig e-postadresse");
//! ```

use crate::contact::{Email, HttpsUrl};
use crate::error::{DataError, ProblemKind, Problems};
use crate::read::{self, Obj};

/// Kartverket's open topographic cache, the map's tiles when the file names none.
pub const DEFAULT_TILE_URL: &str =
    "https://cache.kartverket.no/v1/wmts/1.0.0/topo/default/webmercator/{z}/{y}/{x}.png";
/// The attribution of [`DEFAULT_TILE_URL`].
pub const DEFAULT_TILE_ATTRIBUTION: &str = "© Kartverket";

/// The map's base layer: a tile address with `{z}`, `{x}`, `{y}` and its attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tiles {
    url: HttpsUrl,
    attribution: String,
}

impl Tiles {
    /// The tile address template (`https://…/{z}/{y}/{x}.png`).
    pub fn url(&self) -> &str {
        self.url.as_str()
    }

    /// Who to credit, plain text ("© Kartverket").
    pub fn attribution(&self) -> &str {
        &self.attribution
    }
}

impl Default for Tiles {
    fn default() -> Tiles {
        Tiles {
            url: HttpsUrl(DEFAULT_TILE_URL.to_owned()),
            attribution: DEFAULT_TILE_ATTRIBUTION.to_owned(),
        }
    }
}

/// The parsed settings file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    editors_email: Option<Email>,
    contact: String,
    tiles: Tiles,
    site: Option<HttpsUrl>,
}

impl Settings {
    /// The editors' e-mail address (`redaksjonen_epost`), when one is set.
    pub fn editors_email(&self) -> Option<&str> {
        self.editors_email.as_ref().map(Email::as_str)
    }

    /// Whom to contact, in words (`kontakt`), plain text.
    pub fn contact(&self) -> &str {
        &self.contact
    }

    /// The map's base layer (`kartfliser`).
    pub fn tiles(&self) -> &Tiles {
        &self.tiles
    }

    /// The site's public address (`nettsted`), when set, e.g. for links in the Atom feed.
    pub fn site(&self) -> Option<&str> {
        self.site.as_ref().map(HttpsUrl::as_str)
    }

    /// The origin the tiles come from (`https://cache.kartverket.no`), for the CSP's
    /// `img-src`.
    pub fn tile_host(&self) -> String {
        format!("https://{}", self.tiles.url.host())
    }
}

const KEYS: &[&str] = &["redaksjonen_epost", "kontakt", "kartfliser", "nettsted"];
const TILE_KEYS: &[&str] = &["url", "kreditering"];

/// Parses `innstillinger.json` (format in `public/data/FORMAT.md` and
/// `innstillinger.schema.json`).
///
/// # Errors
/// Every problem, each naming its field and value, e.g.
/// `kartfliser.url: "https://example.no/kart.png" er ikke en adresse til kartfliser (…)`.
pub fn parse_settings(json: &str) -> Result<Settings, DataError> {
    let root = read::parse_json(json)?;
    let mut problems = Problems::default();
    let settings = (|| {
        let mut o = Obj::new(&root, String::new(), KEYS, &mut problems)?;
        let editors_email = o.opt_parse::<Email>("redaksjonen_epost");
        let contact = o.req_text("kontakt", 300);
        let site = o.opt_parse::<HttpsUrl>("nettsted");
        let tiles = match o.get("kartfliser") {
            None => Some(Tiles::default()),
            Some(value) => {
                let path = o.path_of("kartfliser");
                let mut t = Obj::new(value, path, TILE_KEYS, o.problems)?;
                let url = t.req_parse::<HttpsUrl>("url").and_then(|url| {
                    let s = url.as_str();
                    if ["{z}", "{x}", "{y}"].iter().all(|p| s.contains(p)) {
                        Some(url)
                    } else {
                        t.push("url", ProblemKind::BadTileUrl(s.to_owned()));
                        None
                    }
                });
                let attribution = t.req_text("kreditering", 200);
                Some(Tiles {
                    url: url?,
                    attribution: attribution?,
                })
            }
        };
        Some(Settings {
            editors_email,
            contact: contact?,
            tiles: tiles?,
            site,
        })
    })();
    match settings {
        Some(s) => problems.finish(s),
        // Whatever stopped the reading is among the problems.
        None => Err(problems
            .finish(())
            .err()
            .unwrap_or_else(|| DataError::one("", ProblemKind::Missing))),
    }
}

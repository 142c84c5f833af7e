//! Guidance resources (ressurser) from `ressurser.json`.

use std::collections::HashSet;

use crate::contact::HttpsUrl;
use crate::error::{DataError, ProblemKind, Problems};
use crate::language::Language;
use crate::read::{self, Obj};
use crate::topic::Topic;
use crate::vocabulary::vocabulary;

vocabulary! {
    /// Who publishes a resource (`utgiver`).
    pub enum Publisher {
        /// HK-dir (Direktoratet for høyere utdanning og kompetanse), incl. Digidel.
        HkDir = "hk-dir", "HK-dir";
        /// NAV.
        Nav = "nav", "NAV";
        /// Skatteetaten.
        Skatteetaten = "skatteetaten", "Skatteetaten";
        /// KS Læring.
        KsLaering = "ks-laering", "KS Læring";
        /// Seniornett Norge.
        Seniornett = "seniornett", "Seniornett";
        /// Nasjonalbiblioteket.
        Nasjonalbiblioteket = "nasjonalbiblioteket", "Nasjonalbiblioteket";
        /// Digdir.
        Digdir = "digdir", "Digdir";
        /// Another publisher, named in `utgiver_navn`.
        Other = "annen", "Annen utgiver";
    }
}

vocabulary! {
    /// Who a resource is for (`malgrupper`).
    pub enum Audience {
        /// Citizens.
        Citizens = "innbyggere", "Innbyggere";
        /// Guides (veiledere).
        Guides = "veiledere", "Veiledere";
        /// The municipality (planning, management).
        Municipality = "kommunen", "Kommunen";
    }
}

vocabulary! {
    /// What kind of resource it is (`format`).
    pub enum ResourceFormat {
        /// Online course.
        OnlineCourse = "nettkurs", "Nettkurs";
        /// Video.
        Video = "video", "Video";
        /// Written guide.
        Guide = "veileder", "Veileder";
        /// Course package for guides.
        CoursePackage = "kursopplegg", "Kursopplegg";
        /// Web page.
        WebPage = "nettside", "Nettside";
        /// Meeting place or forum.
        MeetingPlace = "møteplass", "Møteplass";
    }
}

/// A guidance resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    id: String,
    title: String,
    publisher: Publisher,
    publisher_name: Option<String>,
    url: HttpsUrl,
    audiences: Vec<Audience>,
    languages: Vec<Language>,
    topics: Vec<Topic>,
    format: ResourceFormat,
    description: Option<String>,
}

impl Resource {
    /// Unique id (`id`).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Title (`tittel`).
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Publisher (`utgiver`).
    pub fn publisher(&self) -> Publisher {
        self.publisher
    }

    /// The publisher's name to show: `utgiver_navn` for "annen", else the label.
    pub fn publisher_label(&self) -> &str {
        self.publisher_name
            .as_deref()
            .unwrap_or(self.publisher.label_nb())
    }

    /// Link (`url`), always https.
    pub fn url(&self) -> &HttpsUrl {
        &self.url
    }

    /// Who it is for (`malgrupper`), at least one.
    pub fn audiences(&self) -> &[Audience] {
        &self.audiences
    }

    /// Languages (`sprak`).
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// Topics (`temaer`).
    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }

    /// Kind (`format`).
    pub fn format(&self) -> ResourceFormat {
        self.format
    }

    /// Plain-text description (`beskrivelse`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }
}

const KEYS: &[&str] = &[
    "id",
    "tittel",
    "utgiver",
    "utgiver_navn",
    "url",
    "malgrupper",
    "sprak",
    "temaer",
    "format",
    "beskrivelse",
];

/// Parses `ressurser.json`: `{"ressurser": [ … ]}` (format in `public/data/FORMAT.md`).
///
/// # Errors
/// Every problem found, with its path, e.g. `ressurser[2].url: "http://…" må begynne med https://`.
pub fn parse_resources(json: &str) -> Result<Vec<Resource>, DataError> {
    let root = read::parse_json(json)?;
    let mut problems = Problems::default();
    let mut out = Vec::new();
    let mut ids = HashSet::new();
    if let Some(items) = read::top_list(&root, "ressurser", &mut problems) {
        for (i, item) in items.iter().enumerate() {
            let path = read::index("ressurser", i);
            let before = problems.len();
            let Some(mut o) = Obj::new(item, path, KEYS, &mut problems) else {
                continue;
            };
            let id = o.req_raw_str("id").and_then(|id| {
                if !crate::text::is_slug(id) {
                    o.push("id", ProblemKind::BadId(id.to_owned()));
                    None
                } else if !ids.insert(id.to_owned()) {
                    o.push("id", ProblemKind::DuplicateId(id.to_owned()));
                    None
                } else {
                    Some(id.to_owned())
                }
            });
            let title = o.req_text("tittel", 200);
            let publisher = o.req_parse::<Publisher>("utgiver");
            let publisher_name = o.opt_text("utgiver_navn", 150);
            if publisher == Some(Publisher::Other) && publisher_name.is_none() {
                o.push(
                    "utgiver_navn",
                    ProblemKind::MissingBecause("utgiver er \"annen\""),
                );
            }
            let url = o.req_parse("url");
            let audiences = o.req_values("malgrupper");
            let languages = o.opt_values("sprak");
            let topics = o.opt_values("temaer");
            let format = o.req_parse("format");
            let description = o.opt_text("beskrivelse", 1000);
            let resource = (|| {
                Some(Resource {
                    id: id?,
                    title: title?,
                    publisher: publisher?,
                    publisher_name,
                    url: url?,
                    audiences: audiences?,
                    languages,
                    topics,
                    format: format?,
                    description,
                })
            })();
            if let Some(r) = resource.filter(|_| problems.len() == before) {
                out.push(r);
            }
        }
    }
    problems.finish(out)
}

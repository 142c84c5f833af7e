//! The web handbook's structure (Vedlegg 1 of the report), from `handbok.json`.
//!
//! Four modules, each with pages; a page has a Markdown body in a file under `public/`, and
//! optionally a checklist, a template and components rendered from domain data.

use std::collections::HashSet;

use serde_json::Value;

use crate::date::Date;
use crate::error::{DataError, ProblemKind, Problems};
use crate::municipality::MunicipalityNumber;
use crate::read::{self, Obj};
use crate::registry::Registry;
use crate::vocabulary::vocabulary;

vocabulary! {
    /// The handbook's four modules, in order (Vedlegg 1). The slug is the URL segment.
    pub enum ModuleSlug {
        /// What is Digihjelpen?
        WhatIs = "hva-er-digihjelpen", "Hva er Digihjelpen?";
        /// How to get started.
        GetStarted = "kom-i-gang", "Hvordan komme i gang?";
        /// Examples from the municipalities.
        Examples = "eksempler", "Eksempler fra kommunene";
        /// Resources for guidance.
        Resources = "ressurser", "Ressurser til bruk i veiledning";
    }
}

vocabulary! {
    /// A block rendered after a page's body from domain data (`komponenter`).
    pub enum Component {
        /// The skill-area × level table.
        Skills = "ferdigheter", "Ferdighetstabell";
        /// The target groups.
        TargetGroups = "malgrupper", "Målgrupper";
        /// The filterable resource list.
        Resources = "ressurser", "Ressursliste";
        /// A link to the map.
        MapLink = "kart-lenke", "Lenke til kartet";
    }
}

/// The handbook: its modules in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Handbook {
    modules: Vec<Module>,
}

/// A module and its pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    slug: ModuleSlug,
    title: String,
    intro: String,
    pages: Vec<Page>,
}

/// A handbook page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    slug: String,
    title: String,
    intro: String,
    file: String,
    updated: Date,
    sources: Vec<String>,
    components: Vec<Component>,
    checklist: Option<Checklist>,
    template: Option<Template>,
    municipality: Option<MunicipalityNumber>,
}

/// An interactive checklist; ticks are saved by `id`.
#[derive(Debug, Clone, PartialEq)]
pub struct Checklist {
    id: String,
    title: String,
    items: Vec<(String, String)>,
}

/// A downloadable template.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    id: String,
    title: String,
    file: String,
}

impl Handbook {
    /// The modules, in file order.
    pub fn modules(&self) -> &[Module] {
        &self.modules
    }

    /// The module with this slug.
    pub fn module(&self, slug: ModuleSlug) -> Option<&Module> {
        self.modules.iter().find(|m| m.slug == slug)
    }

    /// The page at `/<module>/<page>`.
    pub fn page(&self, module: &str, page: &str) -> Option<(&Module, &Page)> {
        let m = self.module(module.parse().ok()?)?;
        Some((m, m.pages.iter().find(|p| p.slug == page)?))
    }
}

impl Module {
    /// The module (its URL segment).
    pub fn slug(&self) -> ModuleSlug {
        self.slug
    }
    /// Title (`tittel`).
    pub fn title(&self) -> &str {
        &self.title
    }
    /// Intro (`ingress`).
    pub fn intro(&self) -> &str {
        &self.intro
    }
    /// Pages, in order.
    pub fn pages(&self) -> &[Page] {
        &self.pages
    }
}

impl Page {
    /// URL segment, unique within the module.
    pub fn slug(&self) -> &str {
        &self.slug
    }
    /// Title (`tittel`).
    pub fn title(&self) -> &str {
        &self.title
    }
    /// Intro (`ingress`).
    pub fn intro(&self) -> &str {
        &self.intro
    }
    /// Markdown body, path relative to `public/` (`fil`), never leaving it.
    pub fn file(&self) -> &str {
        &self.file
    }
    /// Last updated (`sist_oppdatert`).
    pub fn updated(&self) -> Date {
        self.updated
    }
    /// Sources (`kilder`).
    pub fn sources(&self) -> &[String] {
        &self.sources
    }
    /// Components rendered after the body (`komponenter`).
    pub fn components(&self) -> &[Component] {
        &self.components
    }
    /// Checklist (`sjekkliste`).
    pub fn checklist(&self) -> Option<&Checklist> {
        self.checklist.as_ref()
    }
    /// Template (`mal`).
    pub fn template(&self) -> Option<&Template> {
        self.template.as_ref()
    }
    /// The example's municipality (`kommune`).
    pub fn municipality(&self) -> Option<MunicipalityNumber> {
        self.municipality
    }
}

impl Checklist {
    /// Id (localStorage key).
    pub fn id(&self) -> &str {
        &self.id
    }
    /// Title.
    pub fn title(&self) -> &str {
        &self.title
    }
    /// Items as (id, text).
    pub fn items(&self) -> &[(String, String)] {
        &self.items
    }
}

impl Template {
    /// Id.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// Title.
    pub fn title(&self) -> &str {
        &self.title
    }
    /// Markdown file, relative to `public/`.
    pub fn file(&self) -> &str {
        &self.file
    }
}

/// True for a safe relative path under `public/`: segments of `a-z`, `0-9`, `-`, `_`, `.`,
/// no empty, `.` or `..` segment, no leading `/`, ending in `.md`.
pub fn is_safe_path(p: &str) -> bool {
    p.ends_with(".md")
        && p.len() <= 200
        && p.split('/').all(|seg| {
            !seg.is_empty()
                && seg != "."
                && seg != ".."
                && !seg.starts_with('.')
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b))
        })
}

/// Parses `handbok.json` (format in `public/data/FORMAT.md`).
///
/// # Errors
/// Every problem found: unknown module slugs, duplicate page slugs, unsafe file paths
/// (`../`), unknown components, unknown municipality numbers, …
pub fn parse_handbook(json: &str, registry: &Registry) -> Result<Handbook, DataError> {
    let root = read::parse_json(json)?;
    let mut problems = Problems::default();
    let mut modules = Vec::new();
    if let Some(items) = read::top_list(&root, "moduler", &mut problems) {
        for (i, item) in items.iter().enumerate() {
            let path = read::index("moduler", i);
            let keys = &["slug", "tittel", "ingress", "sider"];
            let Some(mut o) = Obj::new(item, path, keys, &mut problems) else {
                continue;
            };
            let slug: Option<ModuleSlug> = o.req_parse("slug");
            if let Some(s) = slug.filter(|s| modules.iter().any(|m: &Module| m.slug == *s)) {
                o.push("slug", ProblemKind::DuplicateValue(s.to_string()));
            }
            let title = o.req_text("tittel", 200);
            let intro = o.req_text("ingress", 600);
            let mut seen = HashSet::new();
            let pages = o.req_list("sider", |v, path, p| {
                read_page(v, path, registry, &mut seen, p)
            });
            if let (Some(slug), Some(title), Some(intro), Some(pages)) = (slug, title, intro, pages)
            {
                modules.push(Module {
                    slug,
                    title,
                    intro,
                    pages,
                });
            }
        }
    }
    problems.finish(Handbook { modules })
}

const PAGE_KEYS: &[&str] = &[
    "slug",
    "tittel",
    "ingress",
    "fil",
    "sist_oppdatert",
    "kilder",
    "komponenter",
    "sjekkliste",
    "mal",
    "kommune",
];

fn read_page(
    v: &Value,
    path: String,
    registry: &Registry,
    seen: &mut HashSet<String>,
    problems: &mut Problems,
) -> Option<Page> {
    let mut o = Obj::new(v, path, PAGE_KEYS, problems)?;
    let slug = read_slug(&mut o, "slug").and_then(|s| {
        if seen.insert(s.clone()) {
            Some(s)
        } else {
            o.push("slug", ProblemKind::DuplicateValue(s));
            None
        }
    });
    let title = o.req_text("tittel", 200);
    let intro = o.req_text("ingress", 600);
    let file = read_file(&mut o, "fil");
    let updated = o.req_parse::<Date>("sist_oppdatert");
    let sources = o
        .opt_list("kilder", |v, path, p| match v {
            Value::String(s) => crate::text::check_plain(s, 300)
                .map_err(|k| p.push(path, k))
                .ok(),
            other => {
                let found = read::type_name(other);
                p.push(
                    path,
                    ProblemKind::WrongType {
                        expected: "tekst",
                        found,
                    },
                );
                None
            }
        })
        .unwrap_or_default();
    let components = o.opt_values("komponenter");
    let checklist = o.get("sjekkliste").and_then(|v| {
        let path = o.path_of("sjekkliste");
        read_checklist(v, path, o.problems)
    });
    let template = o.get("mal").and_then(|v| {
        let path = o.path_of("mal");
        let mut t = Obj::new(v, path, &["id", "tittel", "fil"], o.problems)?;
        let (id, title, file) = (
            read_slug(&mut t, "id"),
            t.req_text("tittel", 200),
            read_file(&mut t, "fil"),
        );
        Some(Template {
            id: id?,
            title: title?,
            file: file?,
        })
    });
    let municipality = o.opt_raw_str("kommune").and_then(|n| {
        registry
            .resolve(n)
            .map(|m| m.number())
            .map_err(|k| o.push("kommune", k))
            .ok()
    });
    Some(Page {
        slug: slug?,
        title: title?,
        intro: intro?,
        file: file?,
        updated: updated?,
        sources,
        components,
        checklist,
        template,
        municipality,
    })
}

fn read_checklist(v: &Value, path: String, problems: &mut Problems) -> Option<Checklist> {
    let mut o = Obj::new(v, path, &["id", "tittel", "punkter"], problems)?;
    let id = read_slug(&mut o, "id");
    let title = o.req_text("tittel", 200);
    let mut ids = HashSet::new();
    let items = o.req_list("punkter", |v, path, p| {
        let mut item = Obj::new(v, path, &["id", "tekst"], p)?;
        let id = read_slug(&mut item, "id").and_then(|id| {
            if ids.insert(id.clone()) {
                Some(id)
            } else {
                item.push("id", ProblemKind::DuplicateValue(id));
                None
            }
        });
        let text = item.req_text("tekst", 500);
        Some((id?, text?))
    });
    let items = items?;
    if items.is_empty() {
        o.push("punkter", ProblemKind::EmptyList);
        return None;
    }
    Some(Checklist {
        id: id?,
        title: title?,
        items,
    })
}

fn read_slug(o: &mut Obj<'_, '_>, key: &str) -> Option<String> {
    let s = o.req_raw_str(key)?;
    if crate::text::is_slug(s) {
        Some(s.to_owned())
    } else {
        o.push(key, ProblemKind::BadId(s.to_owned()));
        None
    }
}

fn read_file(o: &mut Obj<'_, '_>, key: &str) -> Option<String> {
    let s = o.req_raw_str(key)?;
    if is_safe_path(s) {
        Some(s.to_owned())
    } else {
        o.push(key, ProblemKind::BadPath(s.to_owned()));
        None
    }
}

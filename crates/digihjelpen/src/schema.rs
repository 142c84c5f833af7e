//! JSON Schemas for the data files, generated from the types (feature `schema`).
//!
//! The committed copies live in `public/data/*.schema.json`; a test fails when they are stale.
//! Regenerate with `cargo run -p digihjelpen-cli -- schema --write public/data` or
//! `UPDATE_SCHEMAS=1 cargo test -p digihjelpen --test schema`.

use schemars::JsonSchema;

use crate::changelog::ChangeLogFile;
use crate::handbook::{Component, ModuleSlug};
use crate::offer::wire::OfferFile;
use crate::resource::{Audience, Publisher, ResourceFormat};
use crate::topic::Topic;

/// Every schema as (file name, pretty JSON text ending in a newline).
pub fn all() -> Vec<(&'static str, String)> {
    vec![
        (
            "tilbud.schema.json",
            render::<OfferFile>("tilbud.json: kommunale veiledningstilbud"),
        ),
        (
            "ressurser.schema.json",
            render::<ResourceFile>("ressurser.json: veiledningsressurser"),
        ),
        (
            "handbok.schema.json",
            render::<HandbookFile>("handbok.json: netthåndbokens struktur"),
        ),
        (
            "kommuner.schema.json",
            render::<MunicipalityFile>("kommuner.json: kommuner og fylker"),
        ),
        (
            "endringer.schema.json",
            render::<ChangeLogFile>("endringer.json: endringer i tilbud.json"),
        ),
        (
            "innstillinger.schema.json",
            render::<SettingsFile>("innstillinger.json: innstillinger for nettstedet"),
        ),
    ]
}

fn render<T: JsonSchema>(title: &str) -> String {
    let mut schema = schemars::schema_for!(T);
    schema.insert("title".into(), title.into());
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// `ressurser.json`.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct ResourceFile {
    /// The resources; ids are unique.
    ressurser: Vec<ResourceJson>,
}

/// A guidance resource.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct ResourceJson {
    /// Unique id: a-z, 0-9 and hyphens.
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    id: String,
    /// Title, plain text.
    #[schemars(length(min = 1, max = 200))]
    tittel: String,
    /// Publisher.
    utgiver: Publisher,
    /// The publisher's name; required when `utgiver` is "annen".
    utgiver_navn: Option<String>,
    /// Link, https only.
    #[schemars(regex(pattern = r"^https://"))]
    url: String,
    /// Who it is for: at least one.
    #[schemars(length(min = 1))]
    malgrupper: Vec<Audience>,
    /// Languages, ISO 639 codes.
    sprak: Option<Vec<String>>,
    /// Topics.
    temaer: Option<Vec<Topic>>,
    /// Kind of resource.
    format: ResourceFormat,
    /// Plain text, one to three sentences.
    beskrivelse: Option<String>,
}

/// `handbok.json`.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct HandbookFile {
    /// The modules, in order.
    moduler: Vec<ModuleJson>,
}

/// A handbook module.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct ModuleJson {
    /// Which module (its URL segment).
    slug: ModuleSlug,
    /// Title.
    tittel: String,
    /// One or two plain sentences.
    ingress: String,
    /// The pages, in order.
    sider: Vec<PageJson>,
}

/// A handbook page.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct PageJson {
    /// URL segment, unique within the module.
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    slug: String,
    /// Title.
    tittel: String,
    /// One or two sentences.
    ingress: String,
    /// Markdown body, relative to public/, no "..".
    #[schemars(regex(pattern = r"^[a-z0-9_-][a-z0-9_.-]*(/[a-z0-9_-][a-z0-9_.-]*)*\.md$"))]
    fil: String,
    /// Last updated, YYYY-MM-DD.
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    sist_oppdatert: String,
    /// Sources.
    kilder: Option<Vec<String>>,
    /// Components rendered after the body.
    komponenter: Option<Vec<Component>>,
    /// Interactive checklist.
    sjekkliste: Option<ChecklistJson>,
    /// Template.
    mal: Option<TemplateJson>,
    /// The example's municipality number.
    #[schemars(regex(pattern = r"^[0-9]{4}$"))]
    kommune: Option<String>,
}

/// A checklist.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct ChecklistJson {
    /// Id, the localStorage key.
    id: String,
    /// Title.
    tittel: String,
    /// Items: at least one.
    #[schemars(length(min = 1))]
    punkter: Vec<ChecklistItemJson>,
}

/// A checklist item.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct ChecklistItemJson {
    /// Id, unique within the checklist.
    id: String,
    /// Text.
    tekst: String,
}

/// A template.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct TemplateJson {
    /// Id.
    id: String,
    /// Title.
    tittel: String,
    /// Markdown file, relative to public/.
    fil: String,
}

/// `kommuner.json`.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct MunicipalityFile {
    /// Source and attribution.
    kilde: Option<String>,
    /// The counties.
    fylker: Vec<CountyJson>,
    /// The municipalities.
    kommuner: Vec<MunicipalityJson>,
}

/// A county.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct CountyJson {
    /// Two digits.
    #[schemars(regex(pattern = r"^[0-9]{2}$"))]
    nummer: String,
    /// Official name with parallel names.
    navn: String,
    /// Norwegian name.
    navn_norsk: Option<String>,
}

/// A municipality.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct MunicipalityJson {
    /// Four digits, 2024 numbering.
    #[schemars(regex(pattern = r"^[0-9]{4}$"))]
    nummer: String,
    /// Official name with Sámi/Kven parallel names joined by " - ".
    navn: String,
    /// Norwegian name.
    navn_norsk: Option<String>,
    /// County number.
    #[schemars(regex(pattern = r"^[0-9]{2}$"))]
    fylke: String,
    /// Representative point, latitude.
    #[schemars(range(min = 57.7, max = 71.4))]
    lat: f64,
    /// Representative point, longitude.
    #[schemars(range(min = 4.0, max = 31.5))]
    lon: f64,
    /// Largest distance from the point to the boundary, km.
    #[schemars(range(min = 1.0, max = 500.0))]
    radius_km: Option<f64>,
}

/// `innstillinger.json`: the deploy-time settings (see `digihjelpen::settings`).
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct SettingsFile {
    /// The editors' e-mail address; `null` or left out: no e-mail button, the page says
    /// whom to contact in words (`kontakt`).
    redaksjonen_epost: Option<String>,
    /// Whom to contact, in words: shown on /oppdater when no address is set. Plain text.
    #[schemars(length(min = 1, max = 300))]
    kontakt: String,
    /// The map's base layer; left out: Kartverket's open cache. The host must be allowed by
    /// the CSP (`cargo xtask nginx-conf` reads it from this file).
    kartfliser: Option<TilesJson>,
    /// The site's public address (https), used for absolute links such as the Atom feed's.
    #[schemars(regex(pattern = r"^https://"))]
    nettsted: Option<String>,
}

/// The map's tiles.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct TilesJson {
    /// Tile address with {z}, {x} and {y}, https only.
    #[schemars(regex(pattern = r"^https://.*\{z\}"))]
    url: String,
    /// Who to credit, plain text ("© Kartverket").
    #[schemars(length(min = 1, max = 200))]
    kreditering: String,
}

//! Digihjelpen's domain: Norway's municipalities, the municipal help offers in basic digital
//! skills (tilbud), the skill framework, guidance resources and the web handbook — their
//! types, the parsing and validation of the JSON data files, and the queries the app runs.
//!
//! Everything here is pure Rust (no I/O beyond `&str`, no web dependencies) and compiles to
//! `wasm32-unknown-unknown`. Parsers report every problem at once, each with its JSON path
//! and a Norwegian message for data editors (see [`DataError`]).
//!
//! # Overview
//!
//! | file | parse with | gives |
//! |---|---|---|
//! | `kommuner.json` | [`Registry::from_json`] | municipalities, counties, name search |
//! | `tilbud.json` | [`parse_offers`] | `Vec<`[`Offer`]`>` (write back with [`offers_to_json`]) |
//! | `postnummer.json` | [`Postcodes::from_json`] | postcode → municipality |
//! | `ressurser.json` | [`parse_resources`] | `Vec<`[`Resource`]`>` |
//! | `handbok.json` | [`parse_handbook`] | [`Handbook`] |
//! | `omrade/kommune-5037.json`, `omrade/fylke-50.json` | [`parse_area`] | [`AreaExtract`]: one area's offers and municipalities (write with [`all_area_files`]) |
//! | `endringer.json` | [`changelog::parse_changelog`] | [`changelog::ChangeLog`]: what changed when (entries from [`changelog::diff`]) |
//! | `innstillinger.json` | [`settings::parse_settings`] | [`settings::Settings`]: the editors' address, whom to contact, map tiles, the site's address |
//! | a survey's answers (CSV) | [`survey::import_survey`] | offers added or updated, and every row that could not be used |
//!
//! Queries: build an [`Index`] once from the offers, then [`Index::search`] (text + [`Filter`]),
//! [`Index::filter`], [`Index::nearest`] — all return positions into the offer slice.
//! [`Coverage`] counts municipalities with offers; [`Offer::is_stale`] applies the 12-month
//! rule; [`csv`] writes every CSV (quoted, formulas defused). Vocabularies ([`TargetGroup`],
//! [`VenueKind`], [`Format`], [`Topic`], …) have `ALL`, `slug()`, `label_nb()` and `FromStr`;
//! [`skill`] holds the skill framework.
//!
//! # Features
//!
//! - `schema`: the `schema` module, JSON Schemas of the data files (schemars). Not for the app.
//! - `synthetic`: the `synthetic` module, a deterministic generator of test offers.
//!
//! # Example
//! Parse the bundled data and find the offers nearest to Trondheim:
//! ```
//! use digihjelpen::{parse_offers, Date, Filter, Index, Point, Registry};
//!
//! let registry = Registry::from_json(include_str!("../../../public/data/kommuner.json"))?;
//! let today = Date::from_ymd(2026, 11, 22).unwrap();
//! let offers = parse_offers(include_str!("../../../public/data/tilbud.json"), &registry, today)?;
//!
//! let index = Index::new(&offers, &registry);
//! let trondheim = Point::new(63.4305, 10.3951).unwrap();
//! let near = index.nearest(trondheim, 2, &Filter::default());
//! let first = &offers[near[0].index];
//! assert_eq!(registry.municipality(first.municipality()).unwrap().name(), "Levanger");
//! println!("{} ({:.0} km, {})", first.name(), near[0].km, near[0].precision.label_nb());
//! # Ok::<(), digihjelpen::DataError>(())
//! ```
#![warn(missing_docs)]

pub mod area;
pub mod changelog;
pub mod contact;
pub mod coverage;
pub mod csv;
pub mod date;
pub mod error;
pub mod filter;
pub mod geo;
pub mod handbook;
pub mod language;
pub mod locale;
pub mod mailto;
pub mod municipality;
pub mod offer;
pub mod postcode;
pub mod query;
mod read;
pub mod registry;
pub mod resource;
#[cfg(feature = "schema")]
pub mod schema;
pub mod search;
pub mod settings;
pub mod skill;
pub mod survey;
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub mod target_group;
pub mod text;
pub mod topic;
mod vocabulary;

pub use crate::area::{all_area_files, parse_area, Area, AreaExtract, Selection};
pub use crate::contact::{Email, HttpsUrl, PhoneNumber};
pub use crate::coverage::{CountyCoverage, Coverage, CoverageKind};
pub use crate::date::Date;
pub use crate::error::{DataError, Problem, ProblemKind};
pub use crate::filter::Filter;
pub use crate::geo::{Point, Precision};
pub use crate::handbook::{parse_handbook, Handbook};
pub use crate::language::Language;
pub use crate::locale::Locale;
pub use crate::municipality::{County, CountyNumber, Municipality, MunicipalityNumber};
pub use crate::offer::parse::{parse_offers, POSITION_SLACK_KM};
pub use crate::offer::wire::offers_to_json;
pub use crate::offer::{
    Accessibility, Contact, DeliveredBy, Format, Offer, OfferId, OpeningHours, Organisation,
    Partner, Slot, Staffing, Time, Venue, VenueKind, Weekday, STALE_AFTER_MONTHS,
};
pub use crate::postcode::{Postcode, Postcodes};
pub use crate::query::{Field, Hit, Index, Near};
pub use crate::registry::Registry;
pub use crate::resource::{parse_resources, Resource};
pub use crate::search::Rank;
pub use crate::skill::{SkillArea, SkillLevel};
pub use crate::target_group::TargetGroup;
pub use crate::topic::Topic;

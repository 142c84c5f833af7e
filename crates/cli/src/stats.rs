//! `digihjelpen stats`: counts and coverage, as stable lines or JSON.
//!
//! The line format is one fact per line, space-separated, name last (it may contain spaces):
//!
//! ```text
//! tilbud 8
//! illustrative 8
//! utdaterte 8
//! med_posisjon 0
//! kommuner 357
//! kommuner_med_tilbud 0       # with a confirmed offer: examples (illustrativ) do not count
//! kommuner_bare_eksempler 8   # with examples only
//! dekning_prosent 0.0
//! fylke 50 38 0 2 2 Trøndelag # number, municipalities, confirmed, examples only, offers, name
//! malgruppe eldre 2
//! sted bibliotek 2
//! form gruppekurs 3
//! ```

use std::fmt::Write as _;

use digihjelpen::{Coverage, Date, Format, Offer, Precision, Registry, TargetGroup, VenueKind};
use serde_json::json;

/// The figures.
pub struct Stats {
    offers: usize,
    illustrative: usize,
    stale: usize,
    exact: usize,
    coverage: Coverage,
    counties: Vec<(String, String)>,
    target_groups: Vec<(&'static str, usize)>,
    venues: Vec<(&'static str, usize)>,
    formats: Vec<(&'static str, usize)>,
}

impl Stats {
    pub fn new(registry: &Registry, offers: &[Offer], today: Date) -> Stats {
        let count = |f: &dyn Fn(&Offer) -> bool| offers.iter().filter(|o| f(o)).count();
        Stats {
            offers: offers.len(),
            illustrative: count(&|o| o.is_illustrative()),
            stale: count(&|o| o.is_stale(today)),
            exact: count(&|o| o.position().1 == Precision::Exact),
            coverage: Coverage::new(registry, offers),
            counties: registry
                .counties()
                .iter()
                .map(|c| (c.number().to_string(), c.name_nb().to_owned()))
                .collect(),
            target_groups: TargetGroup::ALL
                .iter()
                .map(|&g| (g.slug(), count(&|o| o.target_groups().contains(&g))))
                .collect(),
            venues: VenueKind::ALL
                .iter()
                .map(|&k| (k.slug(), count(&|o| o.venue().kind() == k)))
                .collect(),
            formats: Format::ALL
                .iter()
                .map(|&f| (f.slug(), count(&|o| o.formats().contains(&f))))
                .collect(),
        }
    }

    fn percent(&self) -> f64 {
        (self.coverage.share() * 1000.0).round() / 10.0
    }

    pub fn to_lines(&self) -> String {
        let c = &self.coverage;
        let mut out = String::new();
        let _ = writeln!(out, "tilbud {}", self.offers);
        let _ = writeln!(out, "illustrative {}", self.illustrative);
        let _ = writeln!(out, "utdaterte {}", self.stale);
        let _ = writeln!(out, "med_posisjon {}", self.exact);
        let _ = writeln!(out, "kommuner {}", c.municipalities());
        let _ = writeln!(out, "kommuner_med_tilbud {}", c.covered());
        let _ = writeln!(out, "kommuner_bare_eksempler {}", c.examples_only());
        let _ = writeln!(out, "dekning_prosent {:.1}", self.percent());
        for (cc, (number, name)) in c.counties().iter().zip(&self.counties) {
            let _ = writeln!(
                out,
                "fylke {number} {} {} {} {} {name}",
                cc.municipalities, cc.covered, cc.examples_only, cc.offers
            );
        }
        for (key, rows) in [
            ("malgruppe", &self.target_groups),
            ("sted", &self.venues),
            ("form", &self.formats),
        ] {
            for (slug, n) in rows {
                let _ = writeln!(out, "{key} {slug} {n}");
            }
        }
        out
    }

    pub fn to_json(&self) -> String {
        let c = &self.coverage;
        let counties: Vec<_> = c
            .counties()
            .iter()
            .zip(&self.counties)
            .map(|(cc, (number, name))| {
                json!({
                    "nummer": number,
                    "navn": name,
                    "kommuner": cc.municipalities,
                    "kommuner_med_tilbud": cc.covered,
                    "kommuner_bare_eksempler": cc.examples_only,
                    "tilbud": cc.offers,
                })
            })
            .collect();
        let map = |rows: &[(&str, usize)]| -> serde_json::Map<String, serde_json::Value> {
            rows.iter()
                .map(|(k, n)| ((*k).to_owned(), json!(n)))
                .collect()
        };
        let value = json!({
            "tilbud": self.offers,
            "illustrative": self.illustrative,
            "utdaterte": self.stale,
            "med_posisjon": self.exact,
            "kommuner": c.municipalities(),
            "kommuner_med_tilbud": c.covered(),
            "kommuner_bare_eksempler": c.examples_only(),
            "dekning_prosent": self.percent(),
            "fylker": counties,
            "malgrupper": map(&self.target_groups),
            "steder": map(&self.venues),
            "former": map(&self.formats),
        });
        serde_json::to_string_pretty(&value).unwrap_or_default()
    }
}

//! Fast queries over many offers: filter, text search, nearest.
//!
//! An [`Index`] is built once from the offers (folding every searchable text and turning the
//! vocabularies into bit masks) and then answers each query with positions into the offer
//! slice — no offer is cloned. Filter + search over 10,000 offers takes well under a
//! millisecond natively (see `benches/query.rs`).

use crate::filter::{Compiled, Filter};
use crate::geo::{Point, Precision};
use crate::language::Language;
use crate::municipality::MunicipalityNumber;
use crate::offer::{Format, Offer, VenueKind};
use crate::registry::Registry;
use crate::search::{rank, Rank, TextIndex};
use crate::target_group::TargetGroup;
use crate::text::fold;
use crate::topic::Topic;
use crate::vocabulary::mask;

/// Which text of an offer a search matched, most important first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The offer's name.
    Name,
    /// The municipality's name (any parallel name) or the county's.
    Municipality,
    /// The venue's name, address or kind.
    Place,
    /// The description.
    Description,
}

/// A search result: the offer's position in the slice the index was built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Position in the offer slice.
    pub index: usize,
    /// How well it matched; `None` for an empty query (every filtered offer, in order).
    pub rank: Option<Rank>,
    /// Which text matched best; `None` for an empty query.
    pub field: Option<Field>,
}

/// A nearby offer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Near {
    /// Position in the offer slice.
    pub index: usize,
    /// Great-circle distance, km.
    pub km: f64,
    /// Whether the offer's position is its own or its municipality's.
    pub precision: Precision,
}

#[derive(Debug, Clone)]
struct Entry {
    targets: u32,
    formats: u32,
    topics: u32,
    venue: u32,
    languages: Vec<Language>,
    municipality: MunicipalityNumber,
    illustrative: bool,
    point: Point,
    precision: Precision,
    /// Index into `Index::places` (municipality and county names).
    area: usize,
    /// The position as a unit vector: the chord between two such vectors grows with the
    /// great-circle distance, so nearest-first ordering needs no trigonometry per offer.
    unit: [f64; 3],
}

/// A query index over a slice of offers.
///
/// # Example
/// ```
/// # use digihjelpen::{parse_offers, Date, Filter, Index, Registry, TargetGroup};
/// # let registry = Registry::from_json(include_str!("../../../public/data/kommuner.json")).unwrap();
/// # let today = Date::from_ymd(2026, 11, 22).unwrap();
/// # let offers = parse_offers(include_str!("../../../public/data/tilbud.json"), &registry, today).unwrap();
/// let index = Index::new(&offers, &registry);
/// let filter = Filter { target_groups: vec![TargetGroup::Elderly], ..Filter::default() };
/// let hits = index.search("levanger", &Filter::default());
/// assert_eq!(offers[hits[0].index].municipality().to_string(), "5037");
/// assert!(index.filter(&filter).len() <= offers.len());
/// ```
#[derive(Debug, Clone, Default)]
pub struct Index {
    entries: Vec<Entry>,
    /// Per municipality: its folded parallel names and county names.
    places: Vec<Vec<String>>,
    texts: TextIndex,
}

impl Index {
    /// Builds the index. `offers` must have been parsed with `registry`; the index answers with
    /// positions into `offers`, so keep the two together.
    pub fn new(offers: &[Offer], registry: &Registry) -> Index {
        let places: Vec<Vec<String>> = registry
            .municipalities()
            .iter()
            .map(|m| {
                let mut names = m.folded_names().to_vec();
                if let Some(c) = registry.county(m.county()) {
                    names.extend(c.name().split(" - ").map(fold));
                }
                names
            })
            .collect();
        let mut texts = Vec::with_capacity(offers.len() * 3);
        let entries = offers
            .iter()
            .map(|o| {
                let (point, precision) = o.position();
                let venue = o.venue();
                let place = [venue.name(), venue.address(), Some(venue.kind().label_nb())]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ");
                let i = texts.len() as u32 / 3;
                texts.push((i, Field::Name as u8, fold(o.name())));
                texts.push((i, Field::Place as u8, fold(&place)));
                texts.push((
                    i,
                    Field::Description as u8,
                    fold(o.description().unwrap_or_default()),
                ));
                Entry {
                    targets: mask(o.target_groups(), TargetGroup::bit),
                    formats: mask(o.formats(), Format::bit),
                    topics: mask(o.topics(), Topic::bit),
                    venue: VenueKind::bit(venue.kind()),
                    languages: o.languages().to_vec(),
                    municipality: o.municipality(),
                    illustrative: o.is_illustrative(),
                    point,
                    precision,
                    area: registry.index_of(o.municipality()).unwrap_or(usize::MAX),
                    unit: unit_vector(point),
                }
            })
            .collect();
        Index {
            entries,
            places,
            texts: TextIndex::new(texts),
        }
    }

    /// Number of indexed offers.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no offers are indexed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn filtered<'a>(&'a self, filter: &'a Filter) -> impl Iterator<Item = (usize, &'a Entry)> + 'a {
        let c = Compiled::new(filter);
        self.entries.iter().enumerate().filter(move |(_, e)| {
            c.matches(
                e.targets,
                e.formats,
                e.topics,
                e.venue,
                &e.languages,
                e.municipality,
                e.illustrative,
            )
        })
    }

    /// Positions of the offers that pass the filter, in order.
    pub fn filter(&self, filter: &Filter) -> Vec<usize> {
        self.filtered(filter).map(|(i, _)| i).collect()
    }

    /// Number of offers that pass the filter.
    pub fn count(&self, filter: &Filter) -> usize {
        self.filtered(filter).count()
    }

    /// Offers that pass the filter and match the query, best first.
    ///
    /// The query is folded like the texts (`tromso` finds Tromsø). A match of the whole query
    /// ranks exact > prefix > word prefix > substring, then by field (name, municipality,
    /// place, description), then by position. When the whole query matches nowhere, an offer
    /// still matches if every word of the query occurs somewhere (ranked by its worst word).
    /// An empty query returns every filtered offer in order.
    pub fn search(&self, query: &str, filter: &Filter) -> Vec<Hit> {
        let q = fold(query);
        if q.is_empty() {
            return self
                .filtered(filter)
                .map(|(index, _)| Hit {
                    index,
                    rank: None,
                    field: None,
                })
                .collect();
        }
        let mut scores = self.scores(&q);
        let words: Vec<&str> = q.split(' ').collect();
        if words.len() > 1 {
            // Where the whole query matches nowhere, every word must match somewhere; the
            // entry ranks by its worst word, at most as a word prefix.
            let per_word: Vec<Vec<u8>> = words.iter().map(|w| self.scores(w)).collect();
            for (i, s) in scores.iter_mut().enumerate().filter(|(_, s)| **s == 0) {
                let worst = per_word.iter().map(|w| w[i]).min().unwrap_or(0);
                if worst > 0 {
                    let (rank, field) = decode(worst);
                    *s = encode(rank.min(Rank::WordPrefix), field);
                }
            }
        }
        let c = Compiled::new(filter);
        // Bucket by score (16 values): best first, by position within a score.
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); usize::from(MAX_SCORE) + 1];
        for (i, &s) in scores.iter().enumerate() {
            if s > 0 && self.passes(&c, i) {
                buckets[usize::from(s)].push(i);
            }
        }
        let mut hits = Vec::with_capacity(buckets.iter().map(Vec::len).sum());
        for (s, bucket) in buckets.iter().enumerate().skip(1).rev() {
            let (rank, field) = decode(s as u8);
            hits.extend(bucket.iter().map(|&index| Hit {
                index,
                rank: Some(rank),
                field: Some(field),
            }));
        }
        hits
    }

    fn passes(&self, c: &Compiled<'_>, i: usize) -> bool {
        let e = &self.entries[i];
        c.matches(
            e.targets,
            e.formats,
            e.topics,
            e.venue,
            &e.languages,
            e.municipality,
            e.illustrative,
        )
    }

    /// The best score of a folded query against every entry (0 = no match).
    fn scores(&self, q: &str) -> Vec<u8> {
        let mut scores = vec![0u8; self.entries.len()];
        self.texts
            .scores(q, &mut scores, |r, tag| encode(r, FIELDS[usize::from(tag)]));
        let areas: Vec<u8> = self
            .places
            .iter()
            .map(|names| {
                names
                    .iter()
                    .filter_map(|n| rank(n, q))
                    .max()
                    .map_or(0, |r| encode(r, Field::Municipality))
            })
            .collect();
        for (s, e) in scores.iter_mut().zip(&self.entries) {
            *s = (*s).max(areas.get(e.area).copied().unwrap_or(0));
        }
        scores
    }

    /// The `n` offers nearest to `point` that pass the filter, nearest first, with their
    /// great-circle distances. Offers without their own position count from their
    /// municipality's point ([`Precision::Municipality`]).
    pub fn nearest(&self, point: Point, n: usize, filter: &Filter) -> Vec<Near> {
        // Order by chord length (monotonic in distance); compute km only for the result.
        let q = unit_vector(point);
        let mut all: Vec<(f64, usize)> = self
            .filtered(filter)
            .map(|(i, e)| {
                let d = [e.unit[0] - q[0], e.unit[1] - q[1], e.unit[2] - q[2]];
                (d[0] * d[0] + d[1] * d[1] + d[2] * d[2], i)
            })
            .collect();
        let by_h = |a: &(f64, usize), b: &(f64, usize)| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1));
        if n < all.len() {
            if n > 0 {
                all.select_nth_unstable_by(n - 1, by_h);
            }
            all.truncate(n);
        }
        all.sort_unstable_by(by_h);
        all.into_iter()
            .map(|(_, index)| {
                let e = &self.entries[index];
                Near {
                    index,
                    km: point.distance_km(e.point),
                    precision: e.precision,
                }
            })
            .collect()
    }
}

/// A point on the unit sphere.
fn unit_vector(p: Point) -> [f64; 3] {
    let (lat, lon) = (p.lat().to_radians(), p.lon().to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

/// Fields by their number (`Field as u8`).
const FIELDS: [Field; 4] = [
    Field::Name,
    Field::Municipality,
    Field::Place,
    Field::Description,
];

/// The highest score [`encode`] gives.
const MAX_SCORE: u8 = 16;

/// Packs (rank, field) into one byte, higher = better; 0 means no match.
fn encode(rank: Rank, field: Field) -> u8 {
    1 + (rank as u8) * 4 + (3 - field as u8)
}

fn decode(score: u8) -> (Rank, Field) {
    let s = score - 1;
    let rank = [Rank::Substring, Rank::WordPrefix, Rank::Prefix, Rank::Exact][usize::from(s / 4)];
    let field = [
        Field::Description,
        Field::Place,
        Field::Municipality,
        Field::Name,
    ][usize::from(s % 4)];
    (rank, field)
}

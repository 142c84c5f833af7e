//! Filter + text search over 10,000 synthetic offers (the app does this per keystroke).
//!
//! Run: `cargo bench -p digihjelpen --bench query`. Target: well under 1 ms per query natively.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use digihjelpen::{synthetic, Filter, Format, Index, Point, Registry, TargetGroup};

fn setup() -> (Registry, Vec<digihjelpen::Offer>) {
    let registry = Registry::from_json(include_str!("../../../public/data/kommuner.json")).unwrap();
    let offers = synthetic::offers(&registry, 10_000, 1);
    (registry, offers)
}

fn queries(c: &mut Criterion) {
    let (registry, offers) = setup();
    let index = Index::new(&offers, &registry);
    let elderly_drop_in = Filter {
        target_groups: vec![TargetGroup::Elderly],
        formats: vec![Format::DropIn],
        ..Filter::default()
    };
    let trondelag = Filter {
        counties: vec!["50".parse().unwrap()],
        ..Filter::default()
    };

    c.bench_function("index 10k", |b| {
        b.iter(|| Index::new(black_box(&offers), &registry))
    });
    c.bench_function("filter only (eldre + drop-in)", |b| {
        b.iter(|| index.filter(black_box(&elderly_drop_in)))
    });
    c.bench_function("search 'tromso' + filter", |b| {
        b.iter(|| index.search(black_box("tromso"), &elderly_drop_in))
    });
    c.bench_function("search 'bibliotek' (many hits)", |b| {
        b.iter(|| index.search(black_box("bibliotek"), &Filter::default()))
    });
    c.bench_function("search 'b' (one letter, every keystroke)", |b| {
        b.iter(|| index.search(black_box("b"), &Filter::default()))
    });
    c.bench_function("search 'alesund bibliotek' + county", |b| {
        b.iter(|| index.search(black_box("alesund bibliotek"), &trondelag))
    });
    c.bench_function("search 'zzz' (no hits)", |b| {
        b.iter(|| index.search(black_box("zzz"), &Filter::default()))
    });
    let trondheim = Point::new(63.4305, 10.3951).unwrap();
    c.bench_function("nearest 20", |b| {
        b.iter(|| index.nearest(black_box(trondheim), 20, &Filter::default()))
    });
}

criterion_group!(benches, queries);
criterion_main!(benches);

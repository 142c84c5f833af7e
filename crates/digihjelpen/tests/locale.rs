//! Interface languages: tags, and a label for every vocabulary value in every locale.

use digihjelpen::{Format, Language, Locale, Organisation, TargetGroup, Topic, VenueKind, Weekday};

#[test]
fn tags_round_trip_and_unknown_tags_are_refused() {
    for &locale in Locale::ALL {
        assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
    }
    assert_eq!(Locale::from_tag("no"), Some(Locale::Nb));
    assert_eq!(Locale::from_tag("sv"), None);
    assert_eq!(Locale::from_tag(""), None);
    assert_eq!(Locale::default(), Locale::Nb);
}

/// Every value has a label in every locale; within a vocabulary and locale no two values
/// share one; bokmål is the vocabulary's own label.
fn check<T: Copy>(
    all: &[T],
    label: impl Fn(T, Locale) -> &'static str,
    nb: impl Fn(T) -> &'static str,
) {
    for &locale in Locale::ALL {
        let labels: Vec<&str> = all.iter().map(|&v| label(v, locale)).collect();
        assert!(
            labels.iter().all(|l| !l.trim().is_empty()),
            "{locale:?}: {labels:?}"
        );
        let mut unique = labels.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), labels.len(), "{locale:?}: {labels:?}");
    }
    for &v in all {
        assert_eq!(label(v, Locale::Nb), nb(v));
    }
}

#[test]
fn every_vocabulary_value_has_a_label_in_every_locale() {
    check(VenueKind::ALL, VenueKind::label, VenueKind::label_nb);
    check(
        Organisation::ALL,
        Organisation::label,
        Organisation::label_nb,
    );
    check(Format::ALL, Format::label, Format::label_nb);
    check(TargetGroup::ALL, TargetGroup::label, TargetGroup::label_nb);
    check(Topic::ALL, Topic::label, Topic::label_nb);
    check(Weekday::ALL, Weekday::label, Weekday::label_nb);
}

#[test]
fn nynorsk_and_english_labels_are_their_own_words() {
    assert_eq!(Weekday::Monday.label(Locale::Nn), "Måndag");
    assert_eq!(Weekday::Monday.label(Locale::En), "Monday");
    assert_eq!(VenueKind::School.label(Locale::Nn), "Skule");
    assert_eq!(VenueKind::Library.label(Locale::En), "Library");
    assert_eq!(
        TargetGroup::Elderly.label(Locale::En),
        "Older people (over 65)"
    );
    let differ = Format::ALL
        .iter()
        .filter(|f| f.label(Locale::En) != f.label_nb())
        .count();
    assert!(
        differ >= Format::ALL.len() - 1,
        "only {differ} English format labels differ"
    );
}

#[test]
fn language_names_in_english_fall_back_to_the_code() {
    let se: Language = "se".parse().unwrap();
    assert_eq!(se.label(Locale::En), "Northern Sámi");
    assert_eq!(se.label(Locale::Nn), "nordsamisk");
    let ti: Language = "ti".parse().unwrap();
    assert_eq!(ti.label(Locale::En), "Tigrinya");
    let rare: Language = "zu".parse().unwrap();
    assert_eq!(rare.label(Locale::En), "zu");
}

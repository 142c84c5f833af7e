//! The committed JSON Schemas in `public/data/` match the ones generated from the types.
//!
//! Regenerate with `UPDATE_SCHEMAS=1 cargo test -p digihjelpen --test schema`
//! (or `cargo run -p digihjelpen-cli -- schema --write public/data`).

use std::path::PathBuf;

#[test]
fn committed_schemas_are_up_to_date() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let mut stale = Vec::new();
    for (name, generated) in digihjelpen::schema::all() {
        let path = dir.join(name);
        if update {
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != generated {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "stale schemas in public/data: {stale:?}; run UPDATE_SCHEMAS=1 cargo test -p digihjelpen --test schema"
    );
}

#[test]
fn schemas_are_valid_json_with_the_enum_values() {
    for (name, text) in digihjelpen::schema::all() {
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(v.get("$schema").is_some(), "{name}");
    }
    let (_, tilbud) = &digihjelpen::schema::all()[0];
    for slug in [
        "eldre",
        "unge-forstegangsbrukere",
        "hjemmebesok",
        "servicetorg",
        "over-5",
    ] {
        assert!(tilbud.contains(&format!("\"{slug}\"")), "{slug}");
    }
}

//! The `digihjelpen` binary, run as a data editor would.

use std::path::PathBuf;
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_digihjelpen"));
    c.current_dir(root());
    c
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn temp(name: &str, content: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("digihjelpen-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

const TODAY: &str = "--today=2026-11-22";

#[test]
fn validate_bundled_files() {
    for (file, summary) in [
        ("public/data/tilbud.json", "ok (8 tilbud)"),
        ("public/data/kommuner.json", "ok (357 kommuner, 15 fylker)"),
        ("public/data/postnummer.json", "ok (5132 postnummer)"),
        ("public/data/ressurser.json", "ok (12 ressurser)"),
    ] {
        let o = run(&["validate", file, TODAY]);
        assert!(o.status.success(), "{file}: {}", stdout(&o));
        assert_eq!(stdout(&o), format!("{file}: {summary}\n"));
    }
}

/// The bundled handbook validates, every content file exists, and every page that is not a
/// template has at least 250 words of prose (the content standard of the handbook).
#[test]
fn validate_bundled_handbook_checks_every_content_file() {
    let o = run(&["validate", "public/data/handbok.json", TODAY]);
    let out = stdout(&o);
    assert!(o.status.success(), "{out}");
    assert!(
        out.ends_with("public/data/handbok.json: ok (4 moduler, 26 sider)\n"),
        "{out}"
    );
    let pages: Vec<(usize, &str)> = out
        .lines()
        .filter(|l| l.contains(" ord  /"))
        .map(|l| {
            let (n, rest) = l.trim_start().split_once(" ord  ").unwrap();
            (n.parse().unwrap(), rest)
        })
        .collect();
    assert_eq!(pages.len(), 26);
    for (words, route) in pages {
        let minimum = if route.ends_with("(mal)") { 150 } else { 250 };
        assert!(words >= minimum, "{route}: {words} ord");
    }
}

#[test]
fn validate_handbook_reports_missing_empty_and_html_content() {
    let dir = std::env::temp_dir().join(format!("digihjelpen-cli-book-{}", std::process::id()));
    let public = dir.join("public");
    std::fs::create_dir_all(public.join("data")).unwrap();
    std::fs::create_dir_all(public.join("innhold")).unwrap();
    std::fs::write(public.join("innhold/tom.md"), "  \n").unwrap();
    std::fs::write(public.join("innhold/html.md"), "Tekst <script>x</script>\n").unwrap();
    let page = |slug: &str| {
        format!(
            r#"{{"slug":"{slug}","tittel":"T","ingress":"I","fil":"innhold/{slug}.md","sist_oppdatert":"2026-01-01"}}"#
        )
    };
    let book = format!(
        r#"{{"moduler":[{{"slug":"ressurser","tittel":"R","ingress":"I","sider":[{},{},{}]}}]}}"#,
        page("borte"),
        page("tom"),
        page("html")
    );
    let file = public.join("data/handbok.json");
    std::fs::write(&file, book).unwrap();
    let o = run(&["validate", file.to_str().unwrap(), TODAY]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("innhold/borte.md: finnes ikke"), "{out}");
    assert!(out.contains("innhold/tom.md: filen er tom"), "{out}");
    assert!(
        out.contains(
            "innhold/html.md: inneholder HTML (\"<script>\"), som vises som tekst; bruk Markdown"
        ),
        "{out}"
    );
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn validate_lists_every_problem_and_exits_1() {
    let bad = temp(
        "bad.json",
        r#"{"tilbud": [
            {"id": "a", "kommune": "5037", "navn": "<i>x</i>", "sted": {"type": "bibliotek"},
             "malgrupper": ["eldre"], "sist_verifisert": "2026-01-01", "kontakt": {"epost": "ola@"}},
            {"id": "a", "kommune": "0000", "navn": "y", "sted": {"type": "kafe"},
             "malgrupper": [], "sist_verifisert": "2030-01-01"}
        ]}"#,
    );
    let o = run(&["validate", bad.to_str().unwrap(), TODAY]);
    assert_eq!(o.status.code(), Some(1));
    let shown = bad.display().to_string();
    let expected = [
        r#"tilbud[0].navn: "<i>x</i>" inneholder HTML, som ikke er tillatt i tekstfelt"#,
        r#"tilbud[0].kontakt.epost: "ola@" er ikke en gyldig e-postadresse"#,
        r#"tilbud[1].kommune: "0000" er ikke et kommunenummer (fire sifre, f.eks. "0301")"#,
        r#"tilbud[1].sted.type: "kafe" er ikke en gyldig verdi (gyldige verdier: bibliotek, servicetorg, frivilligsentral, skole, seniorsenter, annet)"#,
        "tilbud[1].malgrupper: må ha minst én verdi",
        "tilbud[1].sist_verifisert: 2030-01-01 er etter dagens dato (2026-11-22)",
    ]
    .map(|line| format!("{shown}: {line}\n"))
    .concat();
    assert_eq!(stdout(&o), expected);
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        format!("{shown}: 6 problemer\n")
    );
}

#[test]
fn validate_syntax_error_and_kind_option() {
    let bad = temp("syntax.json", "{\"tilbud\": [}\n");
    let o = run(&["validate", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).ends_with(": linje 1, kolonne 13: ugyldig JSON (forventet en verdi)\n"),
        "{}",
        stdout(&o)
    );
    let o = run(&["validate", "--kind", "ressurser", "public/data/tilbud.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("ressurser: mangler (feltet er påkrevd)"));
}

#[test]
fn bad_input_never_panics() {
    let binary = temp("random.bin", "\u{0}\u{1}ÿ\u{fffd}{{[[");
    for args in [
        vec!["validate", "/nonexistent/file.json"],
        vec!["validate", binary.to_str().unwrap()],
        vec!["stats", binary.to_str().unwrap()],
        vec!["export", "--format", "csv", "/nonexistent"],
        vec!["validate", "public/data/tilbud.json", "--today", "i går"],
        vec![
            "validate",
            "public/data/tilbud.json",
            "--kommuner",
            "public/data/tilbud.json",
        ],
    ] {
        let o = run(&args);
        assert!(
            matches!(o.status.code(), Some(1 | 2)),
            "{args:?}: {:?}",
            o.status
        );
        assert!(
            !String::from_utf8_lossy(&o.stderr).contains("panicked"),
            "{args:?}"
        );
    }
}

#[test]
fn stats_lines_and_json() {
    let o = run(&["stats", "public/data/tilbud.json", TODAY]);
    assert!(o.status.success());
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        &lines[..9],
        [
            "tilbud 8",
            "illustrative 8",
            "utdaterte 8",
            "med_posisjon 0",
            "kommuner 357",
            "kommuner_med_tilbud 0",
            "kommuner_bare_eksempler 8",
            "dekning_prosent 0.0",
            "fylke 03 1 0 0 0 Oslo",
        ]
    );
    assert!(lines.contains(&"fylke 50 38 0 2 2 Trøndelag"));
    assert!(lines.contains(&"malgruppe eldre 1"));
    let o = run(&["stats", "--json", "public/data/tilbud.json", TODAY]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["kommuner_med_tilbud"], 0);
    assert_eq!(v["kommuner_bare_eksempler"], 8);
    assert_eq!(v["fylker"].as_array().unwrap().len(), 15);
    assert_eq!(v["malgrupper"]["alle"], 8);
}

#[test]
fn export_csv_and_geojson() {
    let o = run(&[
        "export",
        "--format",
        "csv",
        "public/data/tilbud.json",
        TODAY,
    ]);
    assert!(o.status.success());
    let csv = stdout(&o);
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("id,kommune,kommunenavn,fylke,navn,"));
    let levanger = csv
        .lines()
        .find(|l| l.starts_with("levanger-servicekontor,"))
        .unwrap();
    assert!(levanger.starts_with("levanger-servicekontor,5037,Levanger,50,Digital veiledning på servicekontoret i Levanger,servicetorg,"));
    assert_eq!(csv.lines().count(), 9);

    let o = run(&[
        "export",
        "--format",
        "geojson",
        "public/data/tilbud.json",
        TODAY,
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    let features = v["features"].as_array().unwrap();
    assert_eq!(features.len(), 8);
    assert_eq!(features[0]["geometry"]["type"], "Point");
    assert_eq!(features[0]["properties"]["presisjon"], "kommune");
}

/// CSV injection (issue 14): a name that is a formula is written with a leading apostrophe,
/// and quoted for its quotes and comma. The offer is a test fixture, not a real entry.
#[test]
fn export_csv_defuses_formulas() {
    let file = temp(
        "formula.json",
        r#"{"tilbud": [{"id": "test-formel", "kommune": "5037",
            "navn": "=HYPERLINK(\"https://x\",\"klikk\")", "sted": {"type": "bibliotek",
            "navn": "@Biblioteket", "adresse": "-3"}, "malgrupper": ["alle"],
            "sist_verifisert": "2026-01-01", "kilde": "+Testdata", "illustrativ": true}]}"#,
    );
    let o = run(&["export", "--format", "csv", file.to_str().unwrap(), TODAY]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let csv = stdout(&o);
    let row = csv.lines().nth(1).unwrap();
    assert_eq!(
        row,
        "test-formel,5037,Levanger,50,\"'=HYPERLINK(\"\"https://x\"\",\"\"klikk\"\")\",bibliotek,\
         '@Biblioteket,'-3,63.6582,11.2674,kommune,alle,,,,,,,2026-01-01,false,true,'+Testdata"
    );
}

#[test]
fn synthetic_output_validates() {
    let o = run(&["synthetic", "--count", "200", "--seed", "3"]);
    assert!(o.status.success());
    let file = temp("synthetic.json", &stdout(&o));
    let again = run(&["synthetic", "--count", "200", "--seed", "3"]);
    assert_eq!(o.stdout, again.stdout, "deterministic");
    let v = run(&["validate", file.to_str().unwrap()]);
    assert!(v.status.success(), "{}", stdout(&v));
    assert!(stdout(&v).ends_with("ok (200 tilbud)\n"));
    assert!(stdout(&o).contains("Syntetisk testtilbud 1 i "));
}

#[test]
fn schema_prints_all_schemas() {
    let o = run(&["schema"]);
    assert!(o.status.success());
    let text = stdout(&o);
    for name in [
        "tilbud.schema.json",
        "ressurser.schema.json",
        "handbok.schema.json",
        "kommuner.schema.json",
    ] {
        assert!(text.contains(&format!("// {name}\n")), "{name}");
    }
}

/// The illustrative sample of 21 survey answers (good and bad rows, made up for the tests).
const SURVEY_SAMPLE: &str = "crates/digihjelpen/tests/data/kartlegging-eksempel.csv";

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn offer_ids(path: &std::path::Path) -> Vec<String> {
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v["tilbud"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn import_survey_with_bad_rows_writes_nothing_and_lists_every_one() {
    let offers = bundled_offers_copy("survey-bad.json");
    let before = std::fs::read_to_string(&offers).unwrap();
    let args = [
        "import-survey",
        SURVEY_SAMPLE,
        "--tilbud",
        offers.to_str().unwrap(),
        TODAY,
    ];
    let o = run(&args);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 13, "{out}");
    assert!(out.contains(&format!(
        "{SURVEY_SAMPLE}: rad 10, epost: \"ola@\" er ikke en gyldig e-postadresse\n"
    )));
    let err = stderr(&o);
    assert!(err.contains("lest som UTF-8"), "{err}");
    assert!(
        err.contains("rad 9: Meløy har ikke et slikt tilbud, ikke importert"),
        "{err}"
    );
    assert!(err.ends_with(
        "13 rader kunne ikke brukes, så ingenting ble skrevet (--skip-bad importerer de 6 andre)\n"
    ));
    assert_eq!(std::fs::read_to_string(&offers).unwrap(), before);
}

#[test]
fn import_survey_skip_bad_and_dry_run() {
    let offers = bundled_offers_copy("survey-skip.json");
    let before = std::fs::read_to_string(&offers).unwrap();
    let path = offers.to_str().unwrap();
    let dry = run(&[
        "import-survey",
        SURVEY_SAMPLE,
        "--tilbud",
        path,
        "--skip-bad",
        "--dry-run",
        TODAY,
    ]);
    assert!(dry.status.success(), "{}", stderr(&dry));
    assert!(stderr(&dry)
        .ends_with("prøvekjøring, ingenting ble skrevet (6 til import, 13 rader hoppet over)\n"));
    assert_eq!(std::fs::read_to_string(&offers).unwrap(), before);

    let ids_before = offer_ids(&offers);
    let o = run(&[
        "import-survey",
        SURVEY_SAMPLE,
        "--tilbud",
        path,
        "--skip-bad",
        TODAY,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ids = offer_ids(&offers);
    assert_eq!(ids.len(), ids_before.len() + 6);
    assert!(ids.contains(&"heroy-1818-bibliotek".to_owned()));
    let v = run(&["validate", path, TODAY]);
    assert!(v.status.success(), "{}", stdout(&v));
    // The file's other top-level fields are kept.
    assert!(std::fs::read_to_string(&offers)
        .unwrap()
        .starts_with("{\n  \"kilde\":"));
}

/// Excel's "CSV (semikolondelt)" on Norwegian Windows is Windows-1252.
#[test]
fn import_survey_reads_windows_1252() {
    let text = std::fs::read_to_string(root().join(SURVEY_SAMPLE)).unwrap();
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| {
            if c == '–' {
                0x96
            } else {
                u8::try_from(u32::from(c)).unwrap()
            }
        })
        .collect();
    let file = temp("survey-1252.csv", "");
    std::fs::write(&file, bytes).unwrap();
    let offers = bundled_offers_copy("survey-1252.json");
    let o = run(&[
        "import-survey",
        file.to_str().unwrap(),
        "--tilbud",
        offers.to_str().unwrap(),
        "--skip-bad",
        "--dry-run",
        TODAY,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("lest som Windows-1252"), "{err}");
    assert!(
        err.contains("rad 9: Meløy har ikke et slikt tilbud"),
        "{err}"
    );
    assert!(
        err.contains("rad 4: nytt tilbud «tromso-frivilligsentral»"),
        "{err}"
    );
}

const NEW_ENTRY: &str = r#"{"id": "levanger-test-innsending", "kommune": "5037",
    "navn": "Digital hjelp på biblioteket (testinnsending)", "sted": {"type": "bibliotek"},
    "malgrupper": ["eldre"], "former": ["drop-in"], "sist_verifisert": "2026-11-01",
    "illustrativ": true}"#;

fn bundled_offers_copy(name: &str) -> PathBuf {
    let text = std::fs::read_to_string(root().join("public/data/tilbud.json")).unwrap();
    temp(name, &text)
}

#[test]
fn merge_adds_a_new_entry_sorted_and_keeps_the_source_note() {
    let offers = bundled_offers_copy("merge-add.json");
    let entry = temp("entry-add.json", NEW_ENTRY);
    let o = run(&[
        "merge",
        offers.to_str().unwrap(),
        entry.to_str().unwrap(),
        TODAY,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "la til tilbudet «levanger-test-innsending»\n"
    );
    let merged = std::fs::read_to_string(&offers).unwrap();
    assert!(merged.starts_with("{\n  \"kilde\": \"Eksempler fra prosjektrapporten"));
    let value: serde_json::Value = serde_json::from_str(&merged).unwrap();
    let ids: Vec<&str> = value["tilbud"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 9);
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "offers are sorted by id");
    assert!(ids.contains(&"levanger-test-innsending"));
    let v = run(&["validate", offers.to_str().unwrap(), TODAY]);
    assert_eq!(stdout(&v), format!("{}: ok (9 tilbud)\n", offers.display()));

    // Merging the same entry again replaces it and changes nothing else: stable output.
    let again = run(&[
        "merge",
        offers.to_str().unwrap(),
        entry.to_str().unwrap(),
        TODAY,
    ]);
    assert!(again.status.success());
    assert_eq!(
        String::from_utf8_lossy(&again.stderr),
        "erstattet tilbudet «levanger-test-innsending»\n"
    );
    assert_eq!(std::fs::read_to_string(&offers).unwrap(), merged);
}

#[test]
fn merge_replaces_an_entry_with_the_same_id() {
    let offers = bundled_offers_copy("merge-replace.json");
    let entry = temp(
        "entry-replace.json",
        &NEW_ENTRY
            .replace("levanger-test-innsending", "bergen-innbyggerservice")
            .replace("\"5037\"", "\"4601\""),
    );
    let o = run(&[
        "merge",
        offers.to_str().unwrap(),
        entry.to_str().unwrap(),
        TODAY,
    ]);
    assert!(o.status.success(), "{}", stdout(&o));
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&offers).unwrap()).unwrap();
    let list = value["tilbud"].as_array().unwrap();
    assert_eq!(list.len(), 8);
    let bergen = list
        .iter()
        .find(|o| o["id"] == "bergen-innbyggerservice")
        .unwrap();
    assert_eq!(
        bergen["navn"],
        "Digital hjelp på biblioteket (testinnsending)"
    );
}

/// A folder of one test's own (the tests run in parallel, and the change log is a file
/// beside tilbud.json).
fn test_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("digihjelpen-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A copy of the bundled tilbud.json in `dir`: its text, and the copy's path.
fn bundled_offers_in(dir: &std::path::Path) -> (String, String) {
    let bundled = std::fs::read_to_string(root().join("public/data/tilbud.json")).unwrap();
    let path = write(&dir.join("tilbud.json"), &bundled);
    (bundled, path)
}

fn write(path: &std::path::Path, text: &str) -> String {
    std::fs::write(path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn merge_prints_each_change_field_by_field_and_logs_it() {
    let dir = test_dir("merge-log");
    let (_, offers) = bundled_offers_in(&dir);
    let entry = write(&dir.join("innsendt.json"), NEW_ENTRY);
    let o = run(&["merge", &offers, &entry, TODAY]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let log = dir.join("endringer.json");
    assert_eq!(
        stdout(&o),
        format!(
            "ny: «levanger-test-innsending» (Levanger)\n  + id: \"levanger-test-innsending\"\n  \
             + kommune: \"5037\"\n  + navn: \"Digital hjelp på biblioteket (testinnsending)\"\n  \
             + sted.type: \"bibliotek\"\n  + former: [\"drop-in\"]\n  + malgrupper: [\"eldre\"]\n  \
             + sist_verifisert: \"2026-11-01\"\n  + illustrativ: true\n{}: 1 endring ført\n",
            log.display()
        )
    );

    // A changed name and a removed list: both named, the rest counted.
    let changed = NEW_ENTRY
        .replace("(testinnsending)", "(endret)")
        .replace(r#""former": ["drop-in"], "#, "");
    let entry = write(&dir.join("innsendt.json"), &changed);
    let o = run(&["merge", &offers, &entry, TODAY]);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with(
        "endret: «levanger-test-innsending» (Levanger)\n  navn: \"Digital hjelp på biblioteket \
         (testinnsending)\" → \"Digital hjelp på biblioteket (endret)\"\n  - former: [\"drop-in\"]\n  \
         6 felt uendret\n"
    ));
    // The same entry again changes nothing and logs nothing.
    let o = run(&["merge", &offers, &entry, TODAY]);
    assert!(stdout(&o).starts_with("uendret: «levanger-test-innsending» (Levanger), 7 felt\n"));

    let v = run(&["validate", log.to_str().unwrap(), TODAY]);
    assert_eq!(stdout(&v), format!("{}: ok (2 endringer)\n", log.display()));
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&log).unwrap()).unwrap();
    assert_eq!(
        log["endringer"][1],
        serde_json::json!({"dato": "2026-11-22", "id": "levanger-test-innsending",
            "kommune": "5037", "type": "endret", "felt": ["navn", "former"]})
    );
}

#[test]
fn merge_dry_run_prints_and_writes_nothing() {
    let dir = test_dir("merge-dry");
    let (bundled, offers) = bundled_offers_in(&dir);
    let entry = write(&dir.join("innsendt.json"), NEW_ENTRY);
    let o = run(&["merge", &offers, &entry, "--dry-run", TODAY]);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("ny: «levanger-test-innsending» (Levanger)\n"));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "prøvekjøring: ingenting ble skrevet\n"
    );
    assert_eq!(std::fs::read_to_string(&offers).unwrap(), bundled);
    assert!(!dir.join("endringer.json").exists());
}

#[test]
fn merge_takes_several_files_and_folders() {
    let dir = test_dir("merge-many");
    let (_, offers) = bundled_offers_in(&dir);
    let folder = dir.join("innsendinger");
    std::fs::create_dir_all(&folder).unwrap();
    write(
        &folder.join("b.json"),
        &NEW_ENTRY.replace("innsending\"", "b\""),
    );
    write(
        &folder.join("a.json"),
        &NEW_ENTRY.replace("innsending\"", "a\""),
    );
    write(&folder.join("notat.txt"), "not an entry");
    let single = write(
        &dir.join("c.json"),
        &NEW_ENTRY.replace("innsending\"", "c\""),
    );
    let log = write(&dir.join("logg.json"), "{\"endringer\": []}");
    let folder = folder.to_str().unwrap().to_owned();
    let o = run(&[
        "merge",
        &offers,
        &folder,
        &single,
        "--endringer",
        &log,
        TODAY,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "la til tilbudet «levanger-test-a»\nla til tilbudet «levanger-test-b»\n\
         la til tilbudet «levanger-test-c»\n"
    );
    assert!(stdout(&o).ends_with(&format!("{log}: 3 endringer ført\n")));
    assert!(
        !dir.join("endringer.json").exists(),
        "--endringer names the log"
    );

    // The same id in two entries: nothing is written.
    let before = std::fs::read_to_string(&offers).unwrap();
    let twice = write(
        &dir.join("d.json"),
        &NEW_ENTRY.replace("innsending\"", "c\""),
    );
    let o = run(&["merge", &offers, &single, &twice, TODAY]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        format!("{twice}: id \"levanger-test-c\" står også i {single} (ett tilbud per id)\n")
    );
    assert_eq!(std::fs::read_to_string(&offers).unwrap(), before);

    let empty = dir.join("tom");
    std::fs::create_dir_all(&empty).unwrap();
    let o = run(&["merge", &offers, empty.to_str().unwrap(), TODAY]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("har ingen .json-filer"));
}

#[test]
fn merge_with_a_broken_change_log_writes_nothing() {
    let dir = test_dir("merge-broken-log");
    let (bundled, offers) = bundled_offers_in(&dir);
    let entry = write(&dir.join("innsendt.json"), NEW_ENTRY);
    let log = dir.join("endringer.json");
    let broken = r#"{"endringer": [{"dato": "i går"}]}"#;
    write(&log, broken);
    let o = run(&["merge", &offers, &entry, TODAY]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("endringer[0].dato: \"i går\" er ikke en gyldig dato"),
        "{}",
        stdout(&o)
    );
    assert_eq!(std::fs::read_to_string(&offers).unwrap(), bundled);
    assert_eq!(std::fs::read_to_string(&log).unwrap(), broken);
}

/// An import is logged as a merge is.
#[test]
fn import_survey_logs_what_it_changed() {
    let dir = test_dir("survey-log");
    let (_, offers) = bundled_offers_in(&dir);
    let o = run(&[
        "import-survey",
        SURVEY_SAMPLE,
        "--tilbud",
        &offers,
        "--skip-bad",
        TODAY,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout(&o).contains("ny: «heroy-1818-bibliotek» (Herøy (Nordland))\n"));
    let log = dir.join("endringer.json");
    let v = run(&["validate", log.to_str().unwrap(), TODAY]);
    assert_eq!(stdout(&v), format!("{}: ok (6 endringer)\n", log.display()));
}

#[test]
fn merge_rejects_an_invalid_entry_and_leaves_the_file_alone() {
    let offers = bundled_offers_copy("merge-bad.json");
    let before = std::fs::read_to_string(&offers).unwrap();
    let entry = temp("entry-bad.json", &NEW_ENTRY.replace("\"5037\"", "\"9999\""));
    let o = run(&[
        "merge",
        offers.to_str().unwrap(),
        entry.to_str().unwrap(),
        TODAY,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        format!(
            "{}: tilbud[0].kommune: \"9999\" er ikke et kjent kommunenummer (2024-nummerering)\n",
            entry.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&offers).unwrap(), before);

    let not_object = temp("entry-array.json", "[1, 2]");
    let o = run(&[
        "merge",
        offers.to_str().unwrap(),
        not_object.to_str().unwrap(),
        TODAY,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("innsendingen må være ett tilbud"));
}

#[test]
fn areas_writes_the_files_the_build_writes() {
    let out = std::env::temp_dir().join(format!("digihjelpen-cli-areas-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let o = run(&[
        "areas",
        "public/data/tilbud.json",
        "--out",
        out.to_str().unwrap(),
        TODAY,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("skrev 372 områdefiler"));
    let files = std::fs::read_dir(out.join("omrade")).unwrap().count();
    assert_eq!(files, 357 + 15);
    let levanger = std::fs::read_to_string(out.join("omrade/kommune-5037.json")).unwrap();
    assert!(levanger.starts_with(r#"{"omrade":"kommune-5037","tilbud_i_alt":"#));
    // A broken offers file writes nothing.
    let broken = temp("areas-broken.json", r#"{"tilbud": [{"id": 1}]}"#);
    let again = out.join("again");
    let o = run(&[
        "areas",
        broken.to_str().unwrap(),
        "--out",
        again.to_str().unwrap(),
        TODAY,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!again.exists());
}

//! The form's state as plain strings ([`Draft`]), turned into a `tilbud.json` entry (and back,
//! for editing a registered offer). Validation is in [`super::validation`].

use digihjelpen::{Date, Offer, Registry};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use crate::i18n::update::UpdateStrings;

/// One weekly slot as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SlotDraft {
    /// Weekday slug.
    pub dag: String,
    /// `HH:MM`.
    pub fra: String,
    /// `HH:MM`.
    pub til: String,
}

/// Everything the form holds, as typed (also the shape of the saved draft).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub id: String,
    pub kommune: String,
    pub navn: String,
    pub beskrivelse: String,
    pub sted_type: String,
    pub sted_navn: String,
    pub adresse: String,
    pub lat: String,
    pub lon: String,
    pub organisering: String,
    pub temaer: Vec<String>,
    pub former: Vec<String>,
    pub malgrupper: Vec<String>,
    pub sprak: Vec<String>,
    pub andre_sprak: String,
    pub forankring: String,
    pub utfort_av: String,
    pub bemanning: String,
    pub partnere: Vec<String>,
    pub tider: Vec<SlotDraft>,
    pub etter_avtale: bool,
    pub merknad: String,
    /// `""`, `"ja"` or `"nei"`.
    pub egen_enhet: String,
    /// See [`Draft::egen_enhet`].
    pub trinnfri: String,
    /// See [`Draft::egen_enhet`].
    pub teleslynge: String,
    pub telefon: String,
    pub epost: String,
    pub nettside: String,
    pub kilde: String,
}

/// Languages offered as checkboxes; others go in a text field.
pub const COMMON_LANGUAGES: &[&str] = &[
    "nb", "nn", "se", "sma", "smj", "en", "ar", "so", "ti", "ur", "pl", "uk",
];

fn text(s: &str) -> Option<Value> {
    let t = s.trim();
    (!t.is_empty()).then(|| Value::String(t.to_owned()))
}

fn tri(s: &str) -> Option<Value> {
    match s {
        "ja" => Some(Value::Bool(true)),
        "nei" => Some(Value::Bool(false)),
        _ => None,
    }
}

/// A number as typed ("63,75" or "63.75"); anything else stays text so the parser words it.
fn number(s: &str) -> Value {
    let t = s.trim().replace(',', ".");
    t.parse::<f64>()
        .ok()
        .and_then(|f| serde_json::Number::from_f64(f).map(Value::Number))
        .unwrap_or(Value::String(s.trim().to_owned()))
}

fn put(o: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(v) = value {
        o.insert(key.to_owned(), v);
    }
}

fn list(items: &[String]) -> Option<Value> {
    (!items.is_empty()).then(|| json!(items))
}

impl Draft {
    /// A fresh form (only the source filled in).
    pub fn new(s: &UpdateStrings) -> Draft {
        Draft {
            kilde: s.source_default.to_owned(),
            ..Draft::default()
        }
    }

    /// The form filled from a registered offer (its `tilbud.json` entry).
    pub fn from_offer(offer: &Offer, s: &UpdateStrings) -> Draft {
        let v = serde_json::to_value(offer).unwrap_or_default();
        let st = |v: &Value| v.as_str().unwrap_or_default().to_owned();
        let strs = |v: &Value| -> Vec<String> {
            v.as_array()
                .map(|a| a.iter().map(st).collect())
                .unwrap_or_default()
        };
        let yn = |v: &Value| match v.as_bool() {
            Some(true) => "ja".to_owned(),
            Some(false) => "nei".to_owned(),
            None => String::new(),
        };
        let num = |v: &Value| v.as_f64().map(|f| f.to_string()).unwrap_or_default();
        let languages = strs(&v["sprak"]);
        let (sprak, other): (Vec<String>, Vec<String>) = languages
            .into_iter()
            .partition(|c| COMMON_LANGUAGES.contains(&c.as_str()));
        let hours = &v["apningstider"];
        Draft {
            id: st(&v["id"]),
            kommune: st(&v["kommune"]),
            navn: st(&v["navn"]),
            beskrivelse: st(&v["beskrivelse"]),
            sted_type: st(&v["sted"]["type"]),
            sted_navn: st(&v["sted"]["navn"]),
            adresse: st(&v["sted"]["adresse"]),
            lat: num(&v["sted"]["posisjon"]["lat"]),
            lon: num(&v["sted"]["posisjon"]["lon"]),
            organisering: st(&v["organisering"]),
            temaer: strs(&v["temaer"]),
            former: strs(&v["former"]),
            malgrupper: strs(&v["malgrupper"]),
            sprak,
            andre_sprak: other.join(", "),
            forankring: st(&v["forankring"]),
            utfort_av: st(&v["utfort_av"]),
            bemanning: st(&v["bemanning"]),
            partnere: strs(&v["partnere"]),
            tider: hours["tider"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|t| SlotDraft {
                            dag: st(&t["dag"]),
                            fra: st(&t["fra"]),
                            til: st(&t["til"]),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            etter_avtale: hours["etter_avtale"].as_bool().unwrap_or(false),
            merknad: st(&hours["merknad"]),
            egen_enhet: yn(&v["ta_med_egen_enhet"]),
            trinnfri: yn(&v["tilgjengelighet"]["trinnfri_adkomst"]),
            teleslynge: yn(&v["tilgjengelighet"]["teleslynge"]),
            telefon: st(&v["kontakt"]["telefon"]),
            epost: st(&v["kontakt"]["epost"]),
            nettside: st(&v["kontakt"]["nettside"]),
            kilde: s.source_default.to_owned(),
        }
    }

    /// The id to use: the one typed, or one made from the municipality and the venue.
    pub fn effective_id(&self, registry: &Registry, taken: &dyn Fn(&str) -> bool) -> String {
        let typed = self.id.trim();
        if !typed.is_empty() {
            return typed.to_owned();
        }
        let place = registry.get(self.kommune.trim()).map(|m| m.name_nb());
        let what = [
            self.sted_navn.trim(),
            self.sted_type.trim(),
            self.navn.trim(),
        ]
        .into_iter()
        .find(|s| !s.is_empty())
        .unwrap_or_default();
        let base = digihjelpen::text::fold(&format!("{} {what}", place.unwrap_or_default()))
            .replace(' ', "-");
        let base: String = base.chars().take(60).collect();
        let base = base.trim_end_matches('-').to_owned();
        if base.is_empty() || !taken(&base) {
            return base;
        }
        (2..100)
            .map(|n| format!("{base}-{n}"))
            .find(|c| !taken(c))
            .unwrap_or(base)
    }

    /// The `tilbud.json` entry this form describes, with `sist_verifisert` = `today`.
    pub fn to_json(&self, id: &str, today: Date) -> Value {
        let mut o = Map::new();
        put(&mut o, "id", text(id));
        put(&mut o, "kommune", text(&self.kommune));
        put(&mut o, "navn", text(&self.navn));
        put(&mut o, "beskrivelse", text(&self.beskrivelse));
        let mut sted = Map::new();
        put(&mut sted, "type", text(&self.sted_type));
        put(&mut sted, "navn", text(&self.sted_navn));
        put(&mut sted, "adresse", text(&self.adresse));
        if !(self.lat.trim().is_empty() && self.lon.trim().is_empty()) {
            let p = json!({ "lat": number(&self.lat), "lon": number(&self.lon) });
            sted.insert("posisjon".into(), p);
        }
        o.insert("sted".into(), Value::Object(sted));
        put(&mut o, "organisering", text(&self.organisering));
        put(&mut o, "temaer", list(&self.temaer));
        put(&mut o, "former", list(&self.former));
        o.insert("malgrupper".into(), json!(self.malgrupper));
        let mut sprak = self.sprak.clone();
        for code in self.andre_sprak.split([',', ';', ' ']) {
            let code = code.trim().to_lowercase();
            if !code.is_empty() && !sprak.contains(&code) {
                sprak.push(code);
            }
        }
        put(&mut o, "sprak", list(&sprak));
        put(&mut o, "forankring", text(&self.forankring));
        put(&mut o, "utfort_av", text(&self.utfort_av));
        put(&mut o, "bemanning", text(&self.bemanning));
        put(&mut o, "partnere", list(&self.partnere));
        let slots: Vec<Value> = self
            .tider
            .iter()
            .filter(|t| !(t.dag.is_empty() && t.fra.is_empty() && t.til.is_empty()))
            .map(|t| json!({ "dag": t.dag, "fra": t.fra, "til": t.til }))
            .collect();
        if !slots.is_empty() || self.etter_avtale || !self.merknad.trim().is_empty() {
            let mut h = Map::new();
            put(
                &mut h,
                "tider",
                (!slots.is_empty()).then_some(Value::Array(slots)),
            );
            put(
                &mut h,
                "etter_avtale",
                self.etter_avtale.then_some(Value::Bool(true)),
            );
            put(&mut h, "merknad", text(&self.merknad));
            o.insert("apningstider".into(), Value::Object(h));
        }
        put(&mut o, "ta_med_egen_enhet", tri(&self.egen_enhet));
        let mut a = Map::new();
        put(&mut a, "trinnfri_adkomst", tri(&self.trinnfri));
        put(&mut a, "teleslynge", tri(&self.teleslynge));
        put(
            &mut o,
            "tilgjengelighet",
            (!a.is_empty()).then_some(Value::Object(a)),
        );
        let mut k = Map::new();
        put(&mut k, "telefon", text(&self.telefon));
        put(&mut k, "epost", text(&self.epost));
        put(&mut k, "nettside", text(&self.nettside));
        put(
            &mut o,
            "kontakt",
            (!k.is_empty()).then_some(Value::Object(k)),
        );
        o.insert("sist_verifisert".into(), Value::String(today.to_string()));
        put(&mut o, "kilde", text(&self.kilde));
        Value::Object(o)
    }
}

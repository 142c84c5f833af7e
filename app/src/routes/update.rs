//! `/oppdater`: the form a municipality uses to register or update its offer. The questions
//! follow the 2017 survey (Vedlegg 2) plus what citizens need. The form is validated live by
//! the domain crate's own parser, keeps a draft in `localStorage` (`digihjelpen.utkast`), can
//! be filled from a registered offer, and ends in a `tilbud.json` entry to copy or download.
//! Nothing is sent anywhere.

mod draft;
mod fields;
mod hours;
mod load;
mod output;
mod validation;

use std::sync::Arc;

use digihjelpen::{
    DeliveredBy, Format, Language, Organisation, Partner, Staffing, TargetGroup, Topic, VenueKind,
};
use leptos::prelude::*;

use self::draft::{Draft, COMMON_LANGUAGES};
use self::fields::{focus_field, CheckGroup, ErrorSummary, FormCtx, SelectInput, TextInput};
use self::load::LoadExisting;
use self::validation::validate;
use crate::components::data_view::WithCatalog;
use crate::components::page::Page;
use crate::data::{today, Catalog};
use crate::i18n::update::update_strings;
use crate::i18n::use_i18n;

/// Where the draft is kept (`digihjelpen.utkast`).
fn draft_key() -> String {
    crate::components::stored::key("utkast")
}

/// The page.
#[component]
pub fn Update() -> impl IntoView {
    let s = use_i18n();
    view! {
        <Page text=&s.update>
            <WithCatalog children=move |catalog| view! { <Form catalog /> } />
        </Page>
    }
}

fn storage() -> Option<web_sys::Storage> {
    crate::components::dom::local_storage()
}

fn load_draft() -> Option<Draft> {
    let text = storage()?.get_item(&draft_key()).ok()??;
    serde_json::from_str(&text).ok()
}

fn opts<T: Copy>(
    all: &[T],
    slug: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|&v| (slug(v).to_owned(), label(v).to_owned()))
        .collect()
}

fn yes_no() -> Vec<(String, String)> {
    let t = update_strings();
    vec![("ja".into(), t.yes.into()), ("nei".into(), t.no.into())]
}

#[component]
fn Form(catalog: Arc<Catalog>) -> impl IntoView {
    let t = update_strings();
    let today = today();
    let fresh = Draft::new(t);
    let restored = load_draft().filter(|d| *d != fresh);
    let was_restored = restored.is_some();
    let draft = RwSignal::new(restored.unwrap_or_else(|| fresh.clone()));
    let c = catalog.clone();
    let auto_id = Memo::new(move |_| {
        let taken = |id: &str| c.offers.iter().any(|o| o.id().as_str() == id);
        draft.with(|d| d.effective_id(&c.registry, &taken))
    });
    let c = catalog.clone();
    let result = Memo::new(move |_| {
        let id = auto_id.get();
        draft.with(|d| {
            validate(&d.to_json(&id, today), &c.registry, today, t).map_err(|mut errors| {
                // An empty id is made from other fields; their own errors say what to fill in.
                if d.id.trim().is_empty() {
                    errors.retain(|e| e.field != "f-id");
                }
                errors
            })
        })
    });
    let f = FormCtx {
        draft,
        result,
        touched: RwSignal::new(Vec::new()),
        submitted: RwSignal::new(false),
    };
    provide_context(f);
    let done = RwSignal::new(false);
    let status = RwSignal::new(if was_restored {
        t.draft_restored.to_owned()
    } else {
        String::new()
    });

    let fresh_for_save = fresh.clone();
    Effect::new(move |_| {
        draft.with(|d| {
            if let Some(store) = storage() {
                if *d == fresh_for_save {
                    let _ = store.remove_item(&draft_key());
                } else if let Ok(text) = serde_json::to_string(d) {
                    let _ = store.set_item(&draft_key(), &text);
                }
            }
        });
    });
    let delete_draft = move |_| {
        draft.set(fresh.clone());
        f.submitted.set(false);
        f.touched.set(Vec::new());
        done.set(false);
        if let Some(store) = storage() {
            let _ = store.remove_item(&draft_key());
        }
        status.set(t.draft_deleted.to_owned());
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        f.submitted.set(true);
        let ok = result.with_untracked(Result::is_ok);
        done.set(ok);
        request_animation_frame(move || {
            focus_field(if ok { "resultat" } else { "feiloppsummering" })
        });
    };

    let mut municipalities: Vec<(String, String)> = catalog
        .registry
        .municipalities()
        .iter()
        .map(|m| (m.number().to_string(), m.name().to_owned()))
        .collect();
    municipalities.sort_by(|a, b| a.1.cmp(&b.1));
    let languages = COMMON_LANGUAGES
        .iter()
        .filter_map(|c| c.parse::<Language>().ok())
        .map(|l| (l.code().to_owned(), l.label_nb().to_owned()))
        .collect::<Vec<_>>();
    let id_help = Signal::derive(move || format!("{}{}", t.id_help, auto_id.get()));

    view! {
        <p class="ds-paragraph">{t.intro}</p>
        <div class="draft-bar">
            <p class="ds-paragraph" role="status">{move || status.get()}</p>
            <p class="ds-paragraph" data-size="sm">{t.draft_help}</p>
            <button type="button" class="ds-button" data-variant="secondary" on:click=delete_draft>{t.draft_delete}</button>
        </div>
        <LoadExisting catalog=catalog.clone() status />
        <ErrorSummary heading=t.summary_heading />
        <form class="update-form" novalidate on:submit=on_submit>
            <section aria-labelledby="del-kommune">
                <h2 class="ds-heading" data-size="sm" id="del-kommune">{t.sec_municipality}</h2>
                <SelectInput id="f-kommune" label=t.municipality get=|d| &d.kommune set=|d| &mut d.kommune options=municipalities empty=t.choose required=t.required />
                <TextInput id="f-navn" label=t.name get=|d| &d.navn set=|d| &mut d.navn help=Signal::stored(t.name_help.to_owned()) required=t.required />
                <TextInput id="f-beskrivelse" label=t.description get=|d| &d.beskrivelse set=|d| &mut d.beskrivelse multiline=true />
                <TextInput id="f-id" label=t.id get=|d| &d.id set=|d| &mut d.id help=id_help />
            </section>
            <section aria-labelledby="del-sted">
                <h2 class="ds-heading" data-size="sm" id="del-sted">{t.sec_venue}</h2>
                <SelectInput id="f-sted-type" label=t.venue_kind get=|d| &d.sted_type set=|d| &mut d.sted_type options=opts(VenueKind::ALL, VenueKind::slug, VenueKind::label_nb) empty=t.choose required=t.required />
                <TextInput id="f-sted-navn" label=t.venue_name get=|d| &d.sted_navn set=|d| &mut d.sted_navn />
                <TextInput id="f-adresse" label=t.address get=|d| &d.adresse set=|d| &mut d.adresse autocomplete="street-address" />
                <fieldset class="ds-fieldset position" aria-describedby="posisjon-hjelp">
                    <legend class="ds-label">{t.position}</legend>
                    <p class="ds-paragraph field-help" data-size="sm" id="posisjon-hjelp">{t.position_help}</p>
                    <div class="pair">
                        <TextInput id="f-lat" label=t.lat get=|d| &d.lat set=|d| &mut d.lat kind="text" />
                        <TextInput id="f-lon" label=t.lon get=|d| &d.lon set=|d| &mut d.lon kind="text" />
                    </div>
                </fieldset>
                <SelectInput id="f-trinnfri" label=t.step_free get=|d| &d.trinnfri set=|d| &mut d.trinnfri options=yes_no() empty=t.not_stated />
                <SelectInput id="f-teleslynge" label=t.hearing_loop get=|d| &d.teleslynge set=|d| &mut d.teleslynge options=yes_no() empty=t.not_stated />
                <SelectInput id="f-egen-enhet" label=t.own_device get=|d| &d.egen_enhet set=|d| &mut d.egen_enhet options=yes_no() empty=t.not_stated />
            </section>
            <section aria-labelledby="del-innhold">
                <h2 class="ds-heading" data-size="sm" id="del-innhold">{t.sec_content}</h2>
                <CheckGroup id="f-malgrupper" legend=t.target_groups get=|d| &d.malgrupper set=|d| &mut d.malgrupper options=opts(TargetGroup::ALL, TargetGroup::slug, TargetGroup::label_nb) required=t.required />
                <CheckGroup id="f-temaer" legend=t.topics get=|d| &d.temaer set=|d| &mut d.temaer options=opts(Topic::ALL, Topic::slug, Topic::label_nb) />
                <CheckGroup id="f-former" legend=t.formats get=|d| &d.former set=|d| &mut d.former options=opts(Format::ALL, Format::slug, Format::label_nb) />
                <CheckGroup id="f-sprak" legend=t.languages get=|d| &d.sprak set=|d| &mut d.sprak options=languages />
                <TextInput id="f-andre-sprak" label=t.other_languages get=|d| &d.andre_sprak set=|d| &mut d.andre_sprak help=Signal::stored(t.other_languages_help.to_owned()) />
            </section>
            <section aria-labelledby="del-tider">
                <h2 class="ds-heading" data-size="sm" id="del-tider">{t.sec_hours}</h2>
                <hours::Hours />
            </section>
            <section aria-labelledby="del-kontakt">
                <h2 class="ds-heading" data-size="sm" id="del-kontakt">{t.sec_contact}</h2>
                <TextInput id="f-telefon" label=t.phone get=|d| &d.telefon set=|d| &mut d.telefon kind="tel" autocomplete="tel" />
                <TextInput id="f-epost" label=t.email get=|d| &d.epost set=|d| &mut d.epost kind="email" autocomplete="email" />
                <TextInput id="f-nettside" label=t.web get=|d| &d.nettside set=|d| &mut d.nettside kind="url" autocomplete="url" help=Signal::stored(t.web_help.to_owned()) />
            </section>
            <section aria-labelledby="del-organisering">
                <h2 class="ds-heading" data-size="sm" id="del-organisering">{t.sec_organisation}</h2>
                <SelectInput id="f-organisering" label=t.organisation get=|d| &d.organisering set=|d| &mut d.organisering options=opts(Organisation::ALL, Organisation::slug, Organisation::label_nb) empty=t.not_stated />
                <TextInput id="f-forankring" label=t.anchoring get=|d| &d.forankring set=|d| &mut d.forankring help=Signal::stored(t.anchoring_help.to_owned()) />
                <SelectInput id="f-utfort-av" label=t.delivered_by get=|d| &d.utfort_av set=|d| &mut d.utfort_av options=opts(DeliveredBy::ALL, DeliveredBy::slug, DeliveredBy::label_nb) empty=t.not_stated />
                <SelectInput id="f-bemanning" label=t.staffing get=|d| &d.bemanning set=|d| &mut d.bemanning options=opts(Staffing::ALL, Staffing::slug, Staffing::label_nb) empty=t.not_stated />
                <CheckGroup id="f-partnere" legend=t.partners get=|d| &d.partnere set=|d| &mut d.partnere options=opts(Partner::ALL, Partner::slug, Partner::label_nb) />
                <TextInput id="f-kilde" label=t.source get=|d| &d.kilde set=|d| &mut d.kilde />
            </section>
            <button type="submit" class="ds-button" data-variant="primary">{t.submit}</button>
        </form>
        {move || (done.get() && f.submitted.get()).then(|| result.get().ok()).flatten().map(|offer| view! { <output::Output offer /> })}
    }
}

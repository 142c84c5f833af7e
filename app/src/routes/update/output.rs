//! The finished entry: the `tilbud.json` entry as JSON (exactly what the domain crate writes),
//! to copy, download or — when an editors' address is configured — e-mail. Nothing is sent
//! anywhere automatically.

use digihjelpen::Offer;
use leptos::prelude::*;

use crate::components::download::download_text;
use crate::i18n::update::update_strings;

/// The editors' e-mail address for the pre-filled `mailto:` link. There is no such address
/// yet: while this is `None`, the e-mail button is hidden.
pub const EDITORS_EMAIL: Option<&str> = None;

/// The entry as the editors paste it into `tilbud.json`.
pub fn entry_json(offer: &Offer) -> String {
    serde_json::to_string_pretty(offer).unwrap_or_default() + "\n"
}

/// The result section.
#[component]
pub fn Output(offer: Offer) -> impl IntoView {
    let t = update_strings();
    let json = entry_json(&offer);
    let id = offer.id().to_string();
    let copy_status = RwSignal::new(String::new());
    let (json_copy, json_download) = (json.clone(), json.clone());
    let copy = move |_| {
        let text = json_copy.clone();
        let clipboard = window().navigator().clipboard();
        leptos::task::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
            copy_status.set(
                if done.is_ok() {
                    t.copied
                } else {
                    t.copy_failed
                }
                .to_owned(),
            );
        });
    };
    let file_name = format!("tilbud-{id}.json");
    let download = move |_| download_text(&file_name, "application/json", &json_download);
    let mailto = EDITORS_EMAIL.map(|to| {
        let enc = |s: &str| String::from(js_sys::encode_uri_component(s));
        format!(
            "mailto:{to}?subject={}&body={}",
            enc(t.email_subject),
            enc(&json)
        )
    });
    view! {
        <section class="update-result" aria-labelledby="resultat">
            <h2 class="ds-heading" data-size="md" id="resultat" tabindex="-1">{t.result_heading}</h2>
            <p class="ds-paragraph">{t.result_help}</p>
            <div class="ds-field">
                <label class="ds-label" for="f-resultat">{t.result_label}</label>
                <textarea class="ds-input result-json" id="f-resultat" readonly rows="16" prop:value=json.clone()></textarea>
            </div>
            <div class="result-actions">
                <button type="button" class="ds-button" data-variant="primary" on:click=copy>{t.copy}</button>
                <button type="button" class="ds-button" data-variant="secondary" on:click=download>{t.download}</button>
                {mailto.map(|href| view! { <a class="ds-button" data-variant="secondary" href=href>{t.email_editors}</a> })}
            </div>
            <p class="ds-paragraph" role="status">{move || copy_status.get()}</p>
            {EDITORS_EMAIL.is_none().then(|| view! { <p class="ds-paragraph" data-size="sm">{t.no_editors_address}</p> })}
        </section>
    }
}

//! The finished entry: the `tilbud.json` entry as JSON (exactly what the domain crate writes),
//! to copy, download or — when `innstillinger.json` sets the editors' address — send with a
//! `mailto:` link (the domain crate's [`entry_mailto`]: the entry in the body, or, when that
//! is too long for a link, a body asking for the file as an attachment, which is then
//! downloaded first). Without an address the page says whom to contact, in the settings' own
//! words. Nothing is sent anywhere automatically.

use digihjelpen::mailto::entry_mailto;
use digihjelpen::settings::Settings;
use digihjelpen::Offer;
use leptos::prelude::*;

use crate::components::download::download_text;
use crate::data::use_settings;
use crate::i18n::update::update_strings;

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
    let name_download = file_name.clone();
    let download = move |_| download_text(&name_download, "application/json", &json_download);
    let settings = use_settings();
    // Compact in the e-mail (a pretty entry is a third longer once percent-encoded).
    let compact = serde_json::to_string(&offer).unwrap_or_default();
    let (json_mail, name_mail) = (json.clone(), file_name.clone());
    let send = move || {
        let t = update_strings();
        let Some(Ok(settings)) = settings.get() else {
            return view! { <p class="ds-paragraph editors-contact" data-size="sm">{t.no_editors_address}</p> }.into_any();
        };
        let Some(to) = settings.editors_email().map(str::to_owned) else {
            return view! { <p class="ds-paragraph editors-contact" data-size="sm">{contact(&settings)}</p> }.into_any();
        };
        let subject = format!(
            "{} ({id_mail})",
            t.email_subject,
            id_mail = file_stem(&name_mail)
        );
        let body = format!("{}{compact}\n", t.email_intro);
        let mail = entry_mailto(&to, &subject, &body, &(t.email_attach_body)(&name_mail));
        let next = if mail.attach {
            (t.email_next_attach)(&name_mail, &to)
        } else {
            (t.email_next)(&to)
        };
        let (attach, file, text) = (mail.attach, name_mail.clone(), json_mail.clone());
        // The download comes first, then the browser follows the link.
        let on_click = move |_| {
            if attach {
                download_text(&file, "application/json", &text);
            }
        };
        view! {
            <p class="ds-paragraph email-next">{next}</p>
            <p><a class="ds-button email-editors" data-variant="primary" href=mail.href data-attach=attach.to_string() on:click=on_click>{t.email_editors}</a></p>
            <p class="ds-paragraph" data-size="sm">{(t.email_fallback)(&to)}</p>
        }
        .into_any()
    };
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
            </div>
            <p class="ds-paragraph" role="status">{move || copy_status.get()}</p>
            <div class="update-send">{send}</div>
        </section>
    }
}

/// Whom to contact, in the settings' words.
fn contact(settings: &Settings) -> String {
    settings.contact().to_owned()
}

/// `tilbud-levanger-bibliotek.json` → `tilbud-levanger-bibliotek`.
fn file_stem(name: &str) -> &str {
    name.strip_suffix(".json").unwrap_or(name)
}

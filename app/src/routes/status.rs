//! `/status`: where offers exist and where they are missing — national coverage (confirmed
//! offers only; examples are counted apart), a table and
//! bar chart per county, the municipalities without an offer, offers by kind, stale entries,
//! the 2017 survey baseline, and everything as CSV. The numbers are the domain crate's
//! (`Coverage`, `Offer::is_stale`), the same the CLI's `stats` prints.

mod figures;
mod parts;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::A;

use self::figures::{percent, Tally};
use self::parts::{BarChart, Missing};
use crate::components::data_view::WithCatalog;
use crate::components::download::download_text;
use crate::components::page::Page;
use crate::data::{today, Catalog};
use crate::i18n::status::status_strings;
use crate::i18n::use_i18n;

/// The status page.
#[component]
pub fn Status() -> impl IntoView {
    let s = use_i18n();
    view! {
        <Page text=&s.status>
            <WithCatalog children=move |catalog| view! { <Report catalog /> } />
        </Page>
    }
}

/// A small table of offers per vocabulary value.
fn kinds_table(caption: &'static str, column: &'static str, rows: Vec<Tally>) -> impl IntoView {
    let t = status_strings();
    view! {
        <table class="ds-table status-small" data-border="true">
            <caption>{caption}</caption>
            <thead><tr><th scope="col">{column}</th><th scope="col" class="num">{t.col_count}</th></tr></thead>
            <tbody>
                {rows.into_iter().map(|(slug, label, n)| view! {
                    <tr data-key=slug><th scope="row">{label}</th><td class="num">{n}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn Report(catalog: Arc<Catalog>) -> impl IntoView {
    let t = status_strings();
    let c = &catalog.coverage;
    let rows = figures::county_rows(&catalog);
    let today = today();
    let stale: Vec<(String, String, String)> = figures::stale(&catalog, today)
        .into_iter()
        .map(|o| {
            let place = catalog
                .registry
                .municipality(o.municipality())
                .map(|m| m.name().to_owned())
                .unwrap_or_default();
            (o.name().to_owned(), place, o.last_verified().to_string())
        })
        .collect();
    let catalog_csv = catalog.clone();
    let export = move |_| {
        let name = format!("digihjelpen-status-{today}.csv");
        let text = format!("\u{feff}{}", figures::csv(&catalog_csv, today, t));
        download_text(&name, "text/csv;charset=utf-8", &text);
    };
    let offers = &catalog.offers;

    view! {
        <section aria-labelledby="status-landet">
            <h2 class="ds-heading" data-size="md" id="status-landet">{t.national_heading}</h2>
            <p class="ds-paragraph national" data-size="lg">
                <strong class="national-count">{c.covered()}</strong>" av "<strong class="national-total">{c.municipalities()}</strong>
                " "{t.national_sentence}" ("<span class="national-share">{percent(c.share())}</span>"). "
                <span class="national-offers">{c.confirmed_offers()}</span>" "{t.national_offers}
            </p>
            {(c.example_offers() > 0).then(|| view! {
                <p class="ds-paragraph national-examples">{(t.national_examples)(c.example_offers(), c.examples_only())}</p>
            })}
        </section>
        <section aria-labelledby="status-fylker">
            <h2 class="ds-heading" data-size="md" id="status-fylker">{t.counties_heading}</h2>
            <BarChart rows=rows.clone() />
            <div class="table-scroll">
                <table class="ds-table county-table" data-border="true">
                    <caption>{t.counties_caption}</caption>
                    <thead><tr>
                        <th scope="col">{t.col_county}</th><th scope="col" class="num">{t.col_municipalities}</th>
                        <th scope="col" class="num">{t.col_covered}</th><th scope="col" class="num">{t.col_examples_only}</th>
                        <th scope="col" class="num">{t.col_share}</th>
                        <th scope="col" class="num">{t.col_offers}</th><th scope="col" class="num">{t.col_example_offers}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|r| view! {
                            <tr data-fylke=r.number>
                                <th scope="row">{r.name}</th><td class="num">{r.municipalities}</td><td class="num">{r.covered}</td>
                                <td class="num">{r.examples_only}</td><td class="num">{percent(r.share)}</td>
                                <td class="num">{r.offers}</td><td class="num">{r.example_offers}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        <Missing catalog=catalog.clone() />
        <section aria-labelledby="status-typer">
            <h2 class="ds-heading" data-size="md" id="status-typer">{t.kinds_heading}</h2>
            <p class="ds-paragraph">{t.kinds_text}</p>
            <div class="status-kinds">
                {kinds_table(t.by_venue, t.col_venue, figures::by_venue(offers))}
                {kinds_table(t.by_format, t.col_format, figures::by_format(offers))}
                {kinds_table(t.by_target_group, t.col_target_group, figures::by_target_group(offers))}
            </div>
        </section>
        <section aria-labelledby="status-gamle">
            <h2 class="ds-heading" data-size="md" id="status-gamle">{t.stale_heading}</h2>
            {if stale.is_empty() {
                view! { <p class="ds-paragraph">{t.stale_none}</p> }.into_any()
            } else {
                let count = format!("{} {}", stale.len(), t.stale_count);
                view! {
                    <p class="ds-paragraph stale-count">{count}</p>
                    <p class="ds-paragraph">{t.stale_text}</p>
                    <ul class="ds-list stale-list">
                        {stale.into_iter().map(|(name, place, date)| view! {
                            <li>{name}", "{place}" – "{t.stale_verified}" "<time datetime=date.clone()>{date.clone()}</time></li>
                        }).collect_view()}
                    </ul>
                    <p class="ds-paragraph"><A href="/oppdater">{t.stale_update}</A></p>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="status-2017">
            <h2 class="ds-heading" data-size="md" id="status-2017">{t.baseline_heading}</h2>
            <p class="ds-paragraph">{t.baseline_text}</p>
            <table class="ds-table status-small baseline-table" data-border="true">
                <caption>{t.baseline_caption}</caption>
                <thead><tr><th scope="col">{t.baseline_col_answer}</th><th scope="col" class="num">{t.col_share}</th></tr></thead>
                <tbody>{t.baseline_rows.iter().map(|(key, l, p)| view! {
                    <tr data-key=*key><th scope="row">{*l}</th><td class="num">{format!("{p} %")}</td></tr>
                }).collect_view()}</tbody>
            </table>
            <p class="ds-paragraph baseline-source" data-size="sm">{t.baseline_source}</p>
        </section>
        <section aria-labelledby="status-eksport">
            <h2 class="ds-heading" data-size="md" id="status-eksport">{t.export_heading}</h2>
            <p class="ds-paragraph">{t.export_text}</p>
            <button type="button" class="ds-button" data-variant="primary" id="status-eksport-knapp" data-app-on-use="" on:click=export>{t.export_button}</button>
        </section>
    }
}

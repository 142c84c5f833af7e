//! Digihjelpen's client-side app: the web handbook, the map of help offers, the coverage
//! status, the update form and the embeddable widget, rendered in the browser from the JSON
//! data in `public/data/` with the `digihjelpen` domain crate.

pub mod components;
pub mod data;
pub mod i18n;
pub mod routes;
pub mod widget;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use components::layout::{SiteFooter, SiteHeader, SkipLink, MAIN_ID};
use i18n::Locale;
use routes::handbook::{HandbookModule, HandbookPage, Module};

/// The whole app: context, router, and the site frame around the routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(Locale::Nb);
    data::provide_data();
    view! {
        <Router>
            <Shell />
        </Router>
    }
}

/// The embed widget inside the site (`trunk serve` has no separate `/embed` page): the same
/// framework-free [`widget`] the `embed` binary mounts, in a `<main>` of its own.
#[component]
fn EmbedMain() -> impl IntoView {
    let main = NodeRef::<leptos::html::Main>::new();
    Effect::new(move |_| {
        if let Some(el) = main.get() {
            widget::mount(&el);
        }
    });
    let label = i18n::use_i18n().embed.title;
    view! { <main node_ref=main id=MAIN_ID class="embed-main" aria-label=label></main> }
}

/// The frame: the embed widget gets none, every other route gets header, main and footer.
#[component]
fn Shell() -> impl IntoView {
    components::layout::use_focus_on_navigation();
    let location = use_location();
    let embedded = Memo::new(move |_| location.pathname.get().starts_with("/embed"));
    move || {
        if embedded.get() {
            view! { <EmbedMain /> }.into_any()
        } else {
            view! {
                <SkipLink />
                <SiteHeader />
                <main id=MAIN_ID tabindex="-1">
                    <SiteRoutes />
                </main>
                <SiteFooter />
            }
            .into_any()
        }
    }
}

#[component]
fn SiteRoutes() -> impl IntoView {
    use routes::*;
    view! {
        <Routes fallback=not_found::NotFound>
            <Route path=path!("/") view=home::Home />
            <Route path=path!("/hva-er-digihjelpen") view=|| view! { <HandbookModule module=Module::About /> } />
            <Route path=path!("/kom-i-gang") view=|| view! { <HandbookModule module=Module::GetStarted /> } />
            <Route path=path!("/eksempler") view=|| view! { <HandbookModule module=Module::Examples /> } />
            <Route path=path!("/ressurser") view=|| view! { <HandbookModule module=Module::Resources /> } />
            <Route path=path!("/hva-er-digihjelpen/:side") view=|| view! { <HandbookPage module=Module::About /> } />
            <Route path=path!("/kom-i-gang/:side") view=|| view! { <HandbookPage module=Module::GetStarted /> } />
            <Route path=path!("/eksempler/:side") view=|| view! { <HandbookPage module=Module::Examples /> } />
            <Route path=path!("/ressurser/:side") view=|| view! { <HandbookPage module=Module::Resources /> } />
            <Route path=path!("/kart") view=map::MapPage />
            <Route path=path!("/status") view=status::Status />
            <Route path=path!("/bygg-inn") view=embed_generator::EmbedGenerator />
            <Route path=path!("/oppdater") view=update::Update />
            <Route path=path!("/sok") view=search::Search />
            <Route path=path!("/tilgjengelighet") view=accessibility::Accessibility />
            <Route path=path!("/om") view=about::About />
        </Routes>
    }
}

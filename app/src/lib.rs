//! Digihjelpen's web app: the web handbook, the map of help offers, the coverage status, the
//! update form and the embeddable widget, rendered from the JSON data in `public/data/` with
//! the `digihjelpen` domain crate.
//!
//! The same components run twice. At build time the `prerender` binary (feature `ssr`)
//! renders every route to a static HTML file from the bundled data, so a page is readable at
//! once and without JavaScript. In the browser one of two entry points ([`Bundle`]) renders
//! the page again from the data it fetched and then replaces the pre-rendered copy
//! ([`takeover`]), or takes the pre-rendered page over where it stands: `home` and `finder`
//! for the citizen's pages (`/`, `/kart`, plain DOM), `reader` for the handbook (plain DOM,
//! while the page is current), `status` for `/status`, `site` for everything else. Each carries only its own pages,
//! so each page downloads only the code it needs; a link to another entry point's pages is an
//! ordinary page load.

#![recursion_limit = "256"]

pub mod components;
pub mod data;
pub mod finder;
pub mod home;
pub mod i18n;
pub mod reader;
pub mod routes;
pub mod takeover;
pub mod widget;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use components::layout::{SiteFooter, SiteHeader, SkipLink, MAIN_ID};
use i18n::Locale;
use routes::handbook::{HandbookModule, HandbookPage, Module};

/// The class of the app's root element (see [`takeover`]).
pub const ROOT_CLASS: &str = "app-root";

/// The site's entry points (WebAssembly bundles), each with the routes it renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// `/`: the front page, plain DOM over the pre-rendered page ([`home`]).
    Home,
    /// `/kart`: finding help, with the map.
    Finder,
    /// The handbook, `/om`, `/tilgjengelighet` and `/status`: plain DOM that keeps the
    /// pre-rendered page while its files are the ones it was built from ([`reader`]), else
    /// hands it to [`Bundle::renderer`].
    Reader,
    /// `/status` when it is used or its files changed (Leptos, its own routes only).
    Status,
    /// The forms, search and the 404 page (and a reader page whose files changed).
    Site,
    /// `/embed`: the framework-free widget.
    Embed,
}

impl Bundle {
    /// The entry point that renders `path` (a path without query string).
    pub fn of(path: &str) -> Bundle {
        let path = path.trim_end_matches('/');
        let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
        match path {
            "" => Bundle::Home,
            "/kart" => Bundle::Finder,
            "/embed" => Bundle::Embed,
            "/om" | "/tilgjengelighet" | "/status" => Bundle::Reader,
            _ if routes::handbook::Module::ALL
                .iter()
                .any(|m| m.slug() == first) =>
            {
                Bundle::Reader
            }
            _ => Bundle::Site,
        }
    }

    /// The Leptos entry point that renders `path` again (for a `reader` page whose files
    /// changed, or that is used): `status` for `/status`, `site` for the others.
    pub fn renderer(path: &str) -> Bundle {
        if path.trim_end_matches('/') == "/status" {
            Bundle::Status
        } else {
            Bundle::Site
        }
    }

    /// The binary's (and the built files') name.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Home => "home",
            Bundle::Finder => "finder",
            Bundle::Reader => "reader",
            Bundle::Status => "status",
            Bundle::Site => "site",
            Bundle::Embed => "embed",
        }
    }
}

/// The app of the `finder` entry point (and, at build time, of the front page: the `home`
/// entry point takes its pre-rendered page over without rendering it again).
#[component]
pub fn FinderApp() -> impl IntoView {
    view! { <Frame bundle=Bundle::Finder><FinderRoutes /></Frame> }
}

/// The app of the `status` entry point.
#[component]
pub fn StatusApp() -> impl IntoView {
    view! { <Frame bundle=Bundle::Status><StatusRoutes /></Frame> }
}

/// The app of the `site` entry point.
#[component]
pub fn SiteApp() -> impl IntoView {
    view! { <Frame bundle=Bundle::Site><SiteRoutes /></Frame> }
}

/// Context, router, and the site frame around an entry point's routes.
#[component]
fn Frame(bundle: Bundle, children: Children) -> impl IntoView {
    provide_meta_context();
    provide_context(Locale::Nb);
    data::provide_data();
    takeover::leave_other_bundles_to_the_browser(bundle);
    view! {
        <div class=ROOT_CLASS>
            <Router>
                <Chrome>{children()}</Chrome>
            </Router>
        </div>
    }
}

/// Skip link, header, main and footer.
#[component]
fn Chrome(children: Children) -> impl IntoView {
    components::layout::use_focus_on_navigation();
    view! {
        <SkipLink />
        <SiteHeader />
        <main id=MAIN_ID tabindex="-1">
            {children()}
        </main>
        <SiteFooter />
    }
}

#[component]
fn FinderRoutes() -> impl IntoView {
    use routes::*;
    view! {
        <Routes fallback=takeover::OtherBundle>
            <Route path=path!("/") view=home::Home />
            <Route path=path!("/kart") view=map::MapPage />
        </Routes>
    }
}

#[component]
fn StatusRoutes() -> impl IntoView {
    view! {
        <Routes fallback=takeover::OtherBundle>
            <Route path=path!("/status") view=routes::status::Status />
        </Routes>
    }
}

#[component]
fn SiteRoutes() -> impl IntoView {
    use routes::*;
    view! {
        <Routes fallback=not_found::NotFound>
            <Route path=path!("/") view=takeover::OtherBundle />
            <Route path=path!("/kart") view=takeover::OtherBundle />
            <Route path=path!("/hva-er-digihjelpen") view=|| view! { <HandbookModule module=Module::About /> } />
            <Route path=path!("/kom-i-gang") view=|| view! { <HandbookModule module=Module::GetStarted /> } />
            <Route path=path!("/eksempler") view=|| view! { <HandbookModule module=Module::Examples /> } />
            <Route path=path!("/ressurser") view=|| view! { <HandbookModule module=Module::Resources /> } />
            <Route path=path!("/hva-er-digihjelpen/:side") view=|| view! { <HandbookPage module=Module::About /> } />
            <Route path=path!("/kom-i-gang/:side") view=|| view! { <HandbookPage module=Module::GetStarted /> } />
            <Route path=path!("/eksempler/:side") view=|| view! { <HandbookPage module=Module::Examples /> } />
            <Route path=path!("/ressurser/:side") view=|| view! { <HandbookPage module=Module::Resources /> } />
            <Route path=path!("/status") view=takeover::OtherBundle />
            <Route path=path!("/bygg-inn") view=embed_generator::EmbedGenerator />
            <Route path=path!("/oppdater") view=update::Update />
            <Route path=path!("/sok") view=search::Search />
            <Route path=path!("/tilgjengelighet") view=accessibility::Accessibility />
            <Route path=path!("/om") view=about::About />
        </Routes>
    }
}

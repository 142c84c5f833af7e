//! Taking over the pre-rendered page, and leaving the other entry point's pages to the browser.
//!
//! Every route's HTML is written at build time from the same components and the bundled data
//! (the `prerender` binary). In the browser, [`mount`] renders the app again into a detached
//! element, from the data it fetched itself, waits until every load the route started has
//! finished, and then swaps the whole root element in one step: the fresh render always wins
//! (a page pre-rendered from older data never shows a mix), and nothing moves in between.
//! This is mounting over the HTML, not hydration: hydration needs the browser's first render
//! to equal the build's exactly, which it cannot when an editor has changed a data file since
//! the build, and it costs code in the bundle.
//!
//! A click on a link to a page of another entry point ([`Bundle::of`]) is left to the
//! browser (a normal page load of that page's own HTML and bundle), not to the router.

use leptos::prelude::*;

use crate::Bundle;

thread_local! {
    static ATTACHED: std::cell::Cell<Option<RwSignal<bool>>> = const { std::cell::Cell::new(None) };
    static FIRST_PATH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// True once the app's own render is in the document (the pre-rendered copy is gone). A map
/// waits for it: Leaflet needs a container with a size.
pub fn use_attached() -> Signal<bool> {
    let signal = ATTACHED.with(|a| {
        a.get().unwrap_or_else(|| {
            let s = RwSignal::new(false);
            a.set(Some(s));
            s
        })
    });
    signal.into()
}

/// Renders `app` and replaces the pre-rendered page with it once the route's data is loaded.
///
/// When the page has no pre-rendered root, the app is added to the body as it is.
#[cfg(not(feature = "ssr"))]
pub fn mount<F, V>(app: F)
where
    F: Fn() -> V + Copy + 'static,
    V: IntoView + 'static,
{
    use wasm_bindgen::JsCast;
    let document = document();
    let Some(body) = document.body() else { return };
    FIRST_PATH.with(|p| *p.borrow_mut() = window().location().pathname().unwrap_or_default());
    // Created here, outside any component, so that it outlives the map that asks for it.
    let _ = use_attached();
    let scratch: web_sys::HtmlElement = match document.create_element("div") {
        Ok(el) => el.unchecked_into(),
        Err(_) => return,
    };
    // Every page needs the municipalities and offers: with them loaded first, the app renders
    // the page once, complete, instead of "loading" first and everything again after.
    wasm_bindgen_futures::spawn_local(async move {
        crate::data::forget_failures();
        crate::data::prefetch_catalog().await;
        crate::components::leaflet::mark("digihjelpen:visning-start");
        let mounted: Box<dyn std::any::Any> =
            Box::new(leptos::mount::mount_to(scratch.clone(), app));
        crate::components::leaflet::mark("digihjelpen:visning-laget");
        let retry: std::rc::Rc<dyn Fn()> = std::rc::Rc::new(move || mount(app));
        swap_when_ready(body, scratch, mounted, retry);
    });
}

/// The id of the data error box shown over a kept pre-rendered page.
#[cfg(not(feature = "ssr"))]
const ERROR_ID: &str = "side-datafeil";

/// Checks once per frame whether every load is done, then swaps the roots. When a load failed,
/// the pre-rendered page is kept instead, with the data error box and a retry that renders
/// again (the render of the error is unmounted: one app at a time).
#[cfg(not(feature = "ssr"))]
fn swap_when_ready(
    body: web_sys::HtmlElement,
    scratch: web_sys::HtmlElement,
    mounted: Box<dyn std::any::Any>,
    retry: std::rc::Rc<dyn Fn()>,
) {
    request_animation_frame(move || {
        if crate::data::pending_loads() > 0 {
            return swap_when_ready(body, scratch, mounted, retry);
        }
        let Some(fresh) = scratch.first_element_child() else {
            return;
        };
        let selector = format!(".{}", crate::ROOT_CLASS);
        let old = body.query_selector(&selector).ok().flatten();
        if let (Some(error), Some(_)) = (crate::data::first_failure(), &old) {
            drop(mounted);
            crate::components::dom::show_page_error(ERROR_ID, &["main"], &error, move || retry());
            crate::components::leaflet::mark("digihjelpen:overtatt");
            mark_taken_over();
            return;
        }
        crate::components::dom::clear_page_error(ERROR_ID);
        // The app lives as long as the page.
        std::mem::forget(mounted);
        let carried = old.as_ref().map(Carried::take).unwrap_or_default();
        match old {
            Some(old) => {
                let _ = old.replace_with_with_node_1(&fresh);
            }
            None => {
                let _ = body.prepend_with_node_1(&fresh);
            }
        }
        carried.restore();
        crate::components::leaflet::mark("digihjelpen:overtatt");
        if let Some(signal) = ATTACHED.with(std::cell::Cell::get) {
            signal.set(true);
        }
        mark_taken_over();
    });
}

/// What loads the catalog a page without Leptos starts from ([`take_over_with_catalog`]):
/// [`load_catalog`](crate::data::load_catalog), or one area's part of it.
pub type CatalogLoader = fn() -> futures::future::LocalBoxFuture<
    'static,
    Result<std::sync::Arc<crate::data::Catalog>, crate::data::LoadError>,
>;

/// How a page without Leptos (`/`, `/kart`) takes its pre-rendered copy over: loads the
/// catalog with `load`, then `attach` wires the page to it; a failed load instead puts the data error box
/// (id `error_id`) first in the first of `places`, with a retry that starts again, and the
/// pre-rendered content stays as it is. Either way the page is then marked as taken over.
pub fn take_over_with_catalog(
    error_id: &'static str,
    places: &'static [&'static str],
    load: CatalogLoader,
    attach: fn(std::sync::Arc<crate::data::Catalog>),
) {
    use crate::components::dom::{clear_page_error, show_page_error};
    wasm_bindgen_futures::spawn_local(async move {
        match load().await {
            Ok(catalog) => {
                clear_page_error(error_id);
                // Parsing the data and wiring the page: two tasks, not one long one.
                crate::components::dom::yield_to_browser().await;
                attach(catalog);
            }
            Err(error) => show_page_error(error_id, places, &error, move || {
                take_over_with_catalog(error_id, places, load, attach);
            }),
        }
        crate::components::leaflet::mark("digihjelpen:overtatt");
        mark_taken_over();
    });
}

/// Marks `<html data-app="klar">`: the page is the app's now (tests wait for it).
pub fn mark_taken_over() {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-app", "klar");
    }
}

/// What a visitor did on the pre-rendered page before the app took over: the focused element
/// and what they typed, by element id.
#[cfg(not(feature = "ssr"))]
#[derive(Default)]
struct Carried {
    focused: Option<String>,
    values: Vec<(String, String)>,
}

#[cfg(not(feature = "ssr"))]
impl Carried {
    fn take(old: &web_sys::Element) -> Carried {
        let focused = document()
            .active_element()
            .filter(|el| old.contains(Some(el)))
            .map(|el| el.id())
            .filter(|id| !id.is_empty());
        let mut values = Vec::new();
        let inputs = crate::components::dom::all::<web_sys::HtmlInputElement>(old, "input[id]");
        for input in inputs {
            let kind = input.type_();
            if matches!(kind.as_str(), "text" | "search" | "email" | "tel" | "")
                && !input.value().is_empty()
            {
                values.push((input.id(), input.value()));
            }
        }
        // The select whose change the `reader` held, to be replayed ([`REPLAY`]).
        let held = document()
            .document_element()
            .and_then(|html| html.get_attribute(REPLAY))
            .and_then(|a| a.strip_prefix("change:").map(str::to_owned));
        let selects = crate::components::dom::all::<web_sys::HtmlSelectElement>(old, "select[id]");
        for select in selects {
            if held.as_deref() == Some(select.id().as_str()) {
                values.push((select.id(), select.value()));
            }
        }
        Carried { focused, values }
    }

    fn restore(self) {
        use wasm_bindgen::JsCast;
        let document = document();
        for (id, value) in self.values {
            if let Some(select) = document
                .get_element_by_id(&id)
                .and_then(|el| el.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                select.set_value(&value);
                continue;
            }
            if let Some(input) = document
                .get_element_by_id(&id)
                .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                if input.value().is_empty() {
                    input.set_value(&value);
                    // Let the app see the text as if it had been typed after the takeover.
                    if let Ok(event) = web_sys::Event::new("input") {
                        let _ = input.dispatch_event(&event);
                    }
                }
            }
        }
        if let Some(id) = self.focused {
            crate::components::layout::focus_by_id(&id);
        }
        replay_first_use();
    }
}

/// The attribute on `<html>` in which the `reader` leaves the use of a control that made it
/// hand the page to the app: `click:<id>` or `change:<id>`.
pub const REPLAY: &str = "data-replay";

/// Does again, on the app's own render, what the visitor did on the pre-rendered page before
/// the app was there (see [`REPLAY`]).
#[cfg(not(feature = "ssr"))]
fn replay_first_use() {
    let document = document();
    let Some(html) = document.document_element() else {
        return;
    };
    let Some(action) = html.get_attribute(REPLAY) else {
        return;
    };
    let _ = html.remove_attribute(REPLAY);
    let Some((kind, id)) = action.split_once(':') else {
        return;
    };
    let Some(target) = document.get_element_by_id(id) else {
        return;
    };
    match kind {
        "click" => {
            if let Some(el) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&target) {
                el.click();
            }
        }
        "change" => {
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = web_sys::Event::new_with_event_init_dict("change", &init) {
                let _ = target.dispatch_event(&event);
            }
        }
        _ => {}
    }
}

/// Lets the browser, not the router, follow links to pages of other entry points.
///
/// The router handles every same-origin link click on `window` (bubble phase); this listener
/// runs before it (capture phase) and stops such a click from reaching it, so the default
/// action, an ordinary page load, happens.
pub fn leave_other_bundles_to_the_browser(bundle: Bundle) {
    #[cfg(not(feature = "ssr"))]
    {
        use wasm_bindgen::prelude::*;
        use wasm_bindgen::JsCast;
        let handler =
            Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
                if ev.default_prevented()
                    || ev.button() != 0
                    || ev.meta_key()
                    || ev.ctrl_key()
                    || ev.shift_key()
                    || ev.alt_key()
                {
                    return;
                }
                let Some(anchor) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|el| el.closest("a[href]").ok().flatten())
                    .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
                else {
                    return;
                };
                if !anchor.target().is_empty() || anchor.has_attribute("download") {
                    return;
                }
                let Ok(origin) = window().location().origin() else {
                    return;
                };
                if anchor.origin() == origin && Bundle::of(&anchor.pathname()) != bundle {
                    ev.stop_propagation();
                }
            });
        let _ = window().add_event_listener_with_callback_and_bool(
            "click",
            handler.as_ref().unchecked_ref(),
            true,
        );
        handler.forget();
    }
    #[cfg(feature = "ssr")]
    let _ = bundle;
}

/// A route of another entry point, reached by the router (a programmatic navigation): load
/// that page from the server. On the first render (a wrong setup, not a link) it says so
/// instead of reloading forever.
#[component]
pub fn OtherBundle() -> impl IntoView {
    #[cfg(not(feature = "ssr"))]
    {
        let location = window().location();
        let now = location.pathname().unwrap_or_default();
        if FIRST_PATH.with(|p| *p.borrow() != now) {
            let _ = location.reload();
            return ().into_any();
        }
    }
    view! { <crate::routes::not_found::NotFound /> }.into_any()
}

//! The municipality search of the pages without Leptos (`/` and `/kart` in the browser): the
//! pre-rendered form (`#kommunesok`, built by
//! [`MunicipalitySearch`](crate::components::municipality_search::MunicipalitySearch)) made an
//! accessible combobox (ARIA 1.2 pattern) that suggests municipalities by name (the domain
//! crate's folding search) or postcode; a choice calls the page's `on_choose`.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use digihjelpen::{MunicipalityNumber, Postcodes};
use wasm_bindgen::JsCast;

use crate::components::dom::{add, after, attrs, document, el, on};
use crate::components::dom::{clear_page_error, show_page_error};
use crate::components::municipality_search::{is_postcode, suggestions};
use crate::data::{fetch_text, Catalog, DataFile, LoadError};

/// The id of the error box when the postcodes fail to load.
const POSTCODES_ERROR_ID: &str = "postnummer-datafeil";
use crate::i18n::map::MAP_NB;

fn by_id<T: JsCast>(id: &str) -> Option<T> {
    document().get_element_by_id(id)?.dyn_into::<T>().ok()
}

/// The combobox's state and its elements.
pub struct Search {
    catalog: Arc<Catalog>,
    input: web_sys::HtmlInputElement,
    list: web_sys::HtmlElement,
    message: Option<web_sys::Element>,
    state: RefCell<State>,
    on_choose: Box<dyn Fn(MunicipalityNumber)>,
}

#[derive(Default)]
struct State {
    suggestions: Vec<(MunicipalityNumber, String)>,
    active: Option<usize>,
    open: bool,
    postcodes: Option<Result<Rc<Postcodes>, ()>>,
    postcodes_loading: bool,
    /// Enter was pressed on a postcode before the postcodes had loaded.
    submit_pending: bool,
}

impl Search {
    /// Wires the pre-rendered form (`#kommunesok`); does nothing when the page has none.
    pub fn attach(catalog: Arc<Catalog>, on_choose: impl Fn(MunicipalityNumber) + 'static) {
        let (Some(input), Some(list)) = (
            by_id::<web_sys::HtmlInputElement>("kommunesok"),
            by_id::<web_sys::HtmlElement>("kommunesok-forslag"),
        ) else {
            return;
        };
        let form = input.closest("form").ok().flatten();
        let message = form
            .as_ref()
            .and_then(|f| f.query_selector("p[role=status]").ok().flatten());
        let search = Rc::new(Search {
            catalog,
            input,
            list,
            message,
            state: RefCell::new(State::default()),
            on_choose: Box::new(on_choose),
        });
        let s = search.clone();
        on(&search.input, "input", move |_| s.on_input());
        let s = search.clone();
        on(&search.input, "keydown", move |ev| {
            if let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() {
                s.on_keydown(ev);
            }
        });
        let s = search.clone();
        on(&search.input, "blur", move |_| {
            let s = s.clone();
            after(150, move || {
                s.state.borrow_mut().open = false;
                s.render();
            });
        });
        if let Some(form) = form {
            let s = search.clone();
            on(&form, "submit", move |ev| {
                ev.prevent_default();
                s.submit();
            });
        }
        // Text typed before the data arrived counts.
        if !search.input.value().trim().is_empty() {
            search.on_input();
        }
    }

    fn say(&self, text: &str) {
        if let Some(m) = &self.message {
            m.set_text_content(Some(text));
        }
    }

    fn on_input(self: &Rc<Self>) {
        let query = self.input.value();
        let q = query.trim().to_owned();
        if is_postcode(&q) {
            self.ensure_postcodes();
        }
        let unknown_postcode = {
            let mut state = self.state.borrow_mut();
            state.suggestions = self.suggest(&q, &state);
            state.open = true;
            state.active = None;
            is_postcode(&q)
                && matches!(state.postcodes, Some(Ok(_)))
                && state.suggestions.is_empty()
        };
        if unknown_postcode {
            self.say(&(MAP_NB.search_unknown_postcode)(&q));
        } else {
            self.say("");
        }
        self.render();
    }

    /// Loads `postnummer.json` the first time a postcode is typed, then suggests again.
    fn ensure_postcodes(self: &Rc<Self>) {
        {
            let mut state = self.state.borrow_mut();
            if state.postcodes.is_some() || state.postcodes_loading {
                return;
            }
            state.postcodes_loading = true;
        }
        let s = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = match fetch_text(DataFile::Postcodes).await {
                Ok(text) => Postcodes::from_json(&text, &s.catalog.registry)
                    .map(Rc::new)
                    .map_err(|e| LoadError::invalid(DataFile::Postcodes, &e)),
                Err(e) => Err(e),
            };
            let loaded = match loaded {
                Ok(postcodes) => {
                    clear_page_error(POSTCODES_ERROR_ID);
                    Ok(postcodes)
                }
                Err(error) => {
                    // Said above the search, with a retry; names still work meanwhile.
                    s.state.borrow_mut().postcodes_loading = false;
                    let retry = Rc::downgrade(&s);
                    show_page_error(
                        POSTCODES_ERROR_ID,
                        &[".municipality-search", "main"],
                        &error,
                        move || {
                            if let Some(s) = retry.upgrade() {
                                s.ensure_postcodes();
                            }
                        },
                    );
                    return;
                }
            };
            {
                let mut state = s.state.borrow_mut();
                state.postcodes = Some(loaded);
                state.postcodes_loading = false;
            }
            if is_postcode(s.input.value().trim()) {
                s.on_input();
                if std::mem::take(&mut s.state.borrow_mut().submit_pending) {
                    s.submit();
                }
            }
        });
    }

    /// Enter or "Søk": the highlighted suggestion; else the only one, or the one whose name
    /// is exactly what was typed; else the list stays open and says how many match. A
    /// postcode waits for the postcodes to load.
    fn submit(self: &Rc<Self>) {
        let q = self.input.value().trim().to_owned();
        let (active, suggestions, waiting, known_postcodes) = {
            let state = self.state.borrow();
            let waiting = is_postcode(&q) && state.postcodes.is_none();
            let known = matches!(state.postcodes, Some(Ok(_)));
            (state.active, state.suggestions.clone(), waiting, known)
        };
        if waiting {
            self.state.borrow_mut().submit_pending = true;
            self.ensure_postcodes();
            return;
        }
        let key = digihjelpen::text::search_key(&q);
        let exact: Vec<usize> = suggestions
            .iter()
            .enumerate()
            .filter(|(_, (number, _))| {
                self.catalog
                    .registry
                    .municipality(*number)
                    .is_some_and(|m| m.names().any(|n| digihjelpen::text::search_key(n) == key))
            })
            .map(|(i, _)| i)
            .collect();
        match (active, suggestions.len(), exact.as_slice()) {
            (Some(i), _, _) => self.choose(i),
            (None, 0, _) if is_postcode(&q) && known_postcodes => {
                self.say(&(MAP_NB.search_unknown_postcode)(&q));
            }
            (None, 0, _) => self.say(MAP_NB.search_none),
            (None, 1, _) => self.choose(0),
            (None, _, [one]) => self.choose(*one),
            (None, n, _) => {
                self.state.borrow_mut().open = true;
                self.render();
                self.say(&(MAP_NB.search_several)(n));
            }
        }
    }

    fn suggest(&self, q: &str, state: &State) -> Vec<(MunicipalityNumber, String)> {
        let codes = match &state.postcodes {
            Some(Ok(codes)) => Some(codes.as_ref()),
            _ => None,
        };
        suggestions(&self.catalog.registry, codes, q)
    }

    fn on_keydown(self: &Rc<Self>, ev: &web_sys::KeyboardEvent) {
        let n = self.state.borrow().suggestions.len();
        {
            let mut state = self.state.borrow_mut();
            match ev.key().as_str() {
                "ArrowDown" if n > 0 => {
                    ev.prevent_default();
                    state.open = true;
                    state.active = Some(state.active.map_or(0, |i| (i + 1) % n));
                }
                "ArrowUp" if n > 0 => {
                    ev.prevent_default();
                    state.open = true;
                    state.active = Some(state.active.map_or(n - 1, |i| (i + n - 1) % n));
                }
                "Escape" => {
                    state.open = false;
                    state.active = None;
                }
                _ => return,
            }
        }
        self.render();
    }

    /// Takes suggestion `i`: its label in the field, then the page's `on_choose`.
    fn choose(self: &Rc<Self>, i: usize) {
        let Some((number, label)) = self.state.borrow().suggestions.get(i).cloned() else {
            return;
        };
        self.input.set_value(&label);
        {
            let mut state = self.state.borrow_mut();
            state.open = false;
            state.active = None;
        }
        self.say("");
        self.render();
        (self.on_choose)(number);
    }

    /// Brings the list and the field's ARIA state up to date.
    fn render(self: &Rc<Self>) {
        let state = self.state.borrow();
        let expanded = state.open && !state.suggestions.is_empty();
        let _ = self
            .input
            .set_attribute("aria-expanded", if expanded { "true" } else { "false" });
        let active = state
            .active
            .map(|i| format!("kommunesok-forslag-{i}"))
            .unwrap_or_default();
        let _ = self.input.set_attribute("aria-activedescendant", &active);
        self.list.set_hidden(!expanded);
        self.list.set_text_content(None);
        for (i, (_, label)) in state.suggestions.iter().enumerate() {
            let li = el("li", "", Some(label));
            let selected = if state.active == Some(i) {
                "true"
            } else {
                "false"
            };
            attrs(
                &li,
                &[
                    ("id", &format!("kommunesok-forslag-{i}")),
                    ("role", "option"),
                    ("aria-selected", selected),
                ],
            );
            let s = self.clone();
            on(&li, "mousedown", move |ev| {
                ev.prevent_default();
                s.choose(i);
            });
            add(&self.list, &li);
        }
    }
}

//! The handbook's checklists on a page the `reader` keeps: the pre-rendered markup of
//! [`Checklist`](crate::components::checklist::Checklist) wired with plain DOM — the ticks
//! saved in `localStorage` (the same key and format), "x av y gjort", reset with undo, and the
//! ☐/☑ marks for print.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;

use crate::components::checklist::{input_id, load, progress_text, save};
use crate::components::dom::{add, all, attrs, document, el, on, on_click};
use crate::i18n::handbook::HANDBOOK_NB;

/// One checklist on the page.
struct List {
    id: String,
    items: Vec<(String, web_sys::HtmlInputElement, Option<web_sys::Element>)>,
    progress: Option<web_sys::Element>,
    reset: Option<web_sys::Element>,
    undo_line: Option<web_sys::Element>,
    ticked: RefCell<BTreeSet<String>>,
    undo: RefCell<Option<BTreeSet<String>>>,
}

/// Wires every checklist of the page.
pub fn attach_all() {
    for section in all::<web_sys::Element>(&document(), "section.checklist[data-checklist]") {
        attach(&section);
    }
}

fn attach(section: &web_sys::Element) {
    let Some(id) = section.get_attribute("data-checklist") else {
        return;
    };
    let prefix = input_id(&id, "");
    let items = all::<web_sys::HtmlInputElement>(section, "input[type=checkbox]")
        .into_iter()
        .filter_map(|input| {
            let item = input.id().strip_prefix(&prefix)?.to_owned();
            let mark = input
                .parent_element()
                .and_then(|li| li.query_selector(".print-mark").ok().flatten());
            Some((item, input, mark))
        })
        .collect();
    let find = |selector: &str| section.query_selector(selector).ok().flatten();
    let list = Rc::new(List {
        ticked: RefCell::new(load(&id)),
        id,
        items,
        progress: find(".checklist-progress"),
        reset: find(".checklist-actions > button"),
        undo_line: find(".checklist-undo"),
        undo: RefCell::new(None),
    });
    for (item, input, _) in &list.items {
        let (l, item) = (list.clone(), item.clone());
        on(input, "change", move |ev| {
            let on = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|i| i.checked());
            {
                let mut ticked = l.ticked.borrow_mut();
                if on {
                    ticked.insert(item.clone());
                } else {
                    ticked.remove(&item);
                }
            }
            l.undo.replace(None);
            l.persist_and_render();
        });
    }
    if let Some(reset) = &list.reset {
        let l = list.clone();
        on_click(reset, move || {
            let before = l.ticked.replace(BTreeSet::new());
            if before.is_empty() {
                return;
            }
            l.undo.replace(Some(before));
            l.persist_and_render();
        });
    }
    // A box ticked before the page was wired (on a slow connection): the tick is kept.
    let early: Vec<String> = list
        .items
        .iter()
        .filter(|(_, input, _)| input.checked())
        .map(|(item, _, _)| item.clone())
        .collect();
    if early.is_empty() {
        list.render();
    } else {
        list.ticked.borrow_mut().extend(early);
        list.persist_and_render();
    }
}

impl List {
    fn persist_and_render(self: &Rc<Self>) {
        save(&self.id, &self.ticked.borrow());
        self.render();
    }

    /// Brings the boxes, marks, progress, reset button and undo line up to date.
    fn render(self: &Rc<Self>) {
        let ticked = self.ticked.borrow();
        let mut done = 0;
        for (item, input, mark) in &self.items {
            let on = ticked.contains(item);
            done += usize::from(on);
            input.set_checked(on);
            if let Some(mark) = mark {
                mark.set_text_content(Some(if on { "☑ " } else { "☐ " }));
            }
        }
        drop(ticked);
        if let Some(p) = &self.progress {
            p.set_text_content(Some(&progress_text(done, self.items.len())));
        }
        if let Some(reset) = &self.reset {
            if done == 0 {
                attrs(reset, &[("disabled", "")]);
            } else {
                let _ = reset.remove_attribute("disabled");
            }
        }
        let Some(line) = &self.undo_line else { return };
        line.set_text_content(None);
        if self.undo.borrow().is_some() {
            let s = &HANDBOOK_NB;
            add(
                line,
                &document().create_text_node(&format!("{} ", s.checklist_was_reset)),
            );
            let button = el("button", "ds-button", Some(s.checklist_undo));
            attrs(&button, &[("data-variant", "tertiary"), ("type", "button")]);
            let l = self.clone();
            on_click(&button, move || {
                if let Some(before) = l.undo.take() {
                    l.ticked.replace(before);
                    l.persist_and_render();
                }
            });
            add(line, &button);
        }
    }
}

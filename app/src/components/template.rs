//! A template (`mal`) on a handbook page: readable on the page, printable on its own, and
//! downloadable as a Word file that `cargo xtask build` makes from the same Markdown
//! (`/maler/<name>.docx`, see `crates/xtask/src/docx.rs`).

use digihjelpen::handbook::Template as TemplateData;
use leptos::prelude::*;

use crate::components::data_view::Loaded;
use crate::components::markdown::cache::use_doc;
use crate::components::markdown::view::MarkdownBody;
use crate::i18n::handbook::handbook_strings;

/// The class on `<html>` while only the template is printed (see `styles/handbook.css`).
const PRINTING: &str = "print-template";

/// The URL of a template's Word file: `innhold/maler/politisk-sak.md` → `/maler/politisk-sak.docx`.
pub fn docx_href(file: &str) -> String {
    let name = file.rsplit('/').next().unwrap_or(file);
    format!("/maler/{}.docx", name.trim_end_matches(".md"))
}

/// Prints only the template: marks `<html>`, prints, unmarks.
pub fn print_template() {
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = root.class_list().add_1(PRINTING);
    let _ = window().print();
    let _ = root.class_list().remove_1(PRINTING);
}

/// The template section.
#[component]
pub fn Template(
    /// The template from the handbook.
    template: TemplateData,
) -> impl IntoView {
    let s = handbook_strings();
    let heading_id = format!("mal-{}", template.id());
    let labelled_by = heading_id.clone();
    let href = docx_href(template.file());
    let download = format!("{}.docx", template.id());
    let doc = use_doc(template.file().to_owned());
    view! {
        <section class="template" aria-labelledby=labelled_by>
            <h2 class="ds-heading" data-size="md" id=heading_id>{template.title().to_owned()}</h2>
            <p class="ds-paragraph no-print">{s.template_help}</p>
            <div class="template-actions no-print">
                <button class="ds-button" data-variant="secondary" type="button" on:click=move |_| print_template()>
                    {s.template_print}
                </button>
                <a class="ds-button" data-variant="primary" href=href download=download
                    type="application/vnd.openxmlformats-officedocument.wordprocessingml.document">
                    {s.template_download}
                </a>
            </div>
            <div class="template-print ds-card" role="region" aria-label=s.template_text>
                <Loaded resource=doc children=|doc| view! { <MarkdownBody doc class="template-body" /> } />
            </div>
        </section>
    }
}

//! Strings of the web handbook: module overviews, pages, checklists, templates and the blocks
//! rendered from domain data (skills table, target groups, resources, map link).

use leptos::prelude::*;

use super::Locale;

/// Every string of the handbook's pages.
#[derive(Debug)]
pub struct HandbookStrings {
    /// `aria-label` of the breadcrumbs.
    pub breadcrumbs_label: &'static str,
    /// First breadcrumb: the front page.
    pub breadcrumbs_home: &'static str,
    /// The mobile "back" breadcrumb's label, before the parent's name.
    pub breadcrumbs_back: &'static str,
    /// Before the date a page was last updated.
    pub updated: &'static str,
    /// Month names, January first, for dates ("22. november 2026").
    pub months: [&'static str; 12],
    /// Heading of the table of contents.
    pub toc_heading: &'static str,
    /// Heading of the sources.
    pub sources_heading: &'static str,
    /// `aria-label` of the previous/next navigation.
    pub pager_label: &'static str,
    /// Label above the link to the previous page.
    pub previous: &'static str,
    /// Label above the link to the next page.
    pub next: &'static str,
    /// Module overview: heading of the list of pages.
    pub pages_heading: &'static str,
    /// Module overview: the module has no pages yet.
    pub module_empty: &'static str,
    /// Unknown page: the heading.
    pub page_missing_title: &'static str,
    /// Unknown page: text before the slug.
    pub page_missing_before: &'static str,
    /// Unknown page: text after the slug.
    pub page_missing_after: &'static str,
    /// Skills: heading.
    pub skills_heading: &'static str,
    /// Skills: table caption.
    pub skills_caption: &'static str,
    /// Skills: first column.
    pub skills_area: &'static str,
    /// Target groups: heading.
    pub groups_heading: &'static str,
    /// Map link: heading.
    pub map_heading: &'static str,
    /// Map link: every offer.
    pub map_all: &'static str,
    /// Map link for an example: "Se tilbudet i {kommune} på kartet" (before the name).
    pub map_municipality_before: &'static str,
    /// See [`HandbookStrings::map_municipality_before`] (after the name).
    pub map_municipality_after: &'static str,
    /// Resources: heading.
    pub resources_heading: &'static str,
    /// Resources: legend of the filters.
    pub resources_filters: &'static str,
    /// Resources: audience filter.
    pub resources_audience: &'static str,
    /// Resources: publisher filter.
    pub resources_publisher: &'static str,
    /// Resources: language filter.
    pub resources_language: &'static str,
    /// Resources: no filter ("Alle").
    pub resources_all: &'static str,
    /// Resources: "{shown} av {total} ressurser" (the word after the numbers).
    pub resources_count: &'static str,
    /// Resources: nothing matches.
    pub resources_none: &'static str,
    /// Resources: clear all filters.
    pub resources_clear: &'static str,
    /// Resources: label of the audience line of an item.
    pub resources_for: &'static str,
    /// Resources: label of the kind line.
    pub resources_kind: &'static str,
    /// Checklist: "{done} av {total} gjort" (the words between and after the numbers).
    pub checklist_of: &'static str,
    /// See [`HandbookStrings::checklist_of`].
    pub checklist_done: &'static str,
    /// Checklist: reset button.
    pub checklist_reset: &'static str,
    /// Checklist: after a reset.
    pub checklist_was_reset: &'static str,
    /// Checklist: undo the reset.
    pub checklist_undo: &'static str,
    /// Checklist: where the ticks are kept.
    pub checklist_note: &'static str,
    /// Template: what you can do with it.
    pub template_help: &'static str,
    /// Template: print button.
    pub template_print: &'static str,
    /// Template: download link.
    pub template_download: &'static str,
    /// Template: label of the region holding the template text.
    pub template_text: &'static str,
    /// Markdown tables: label of the scrollable region.
    pub table_region: &'static str,
}

impl HandbookStrings {
    /// "22. november 2026".
    pub fn date(&self, date: digihjelpen::Date) -> String {
        let month = self.months[usize::from(date.month().clamp(1, 12)) - 1];
        format!("{}. {month} {}", date.day(), date.year())
    }
}

/// Bokmål.
pub static HANDBOOK_NB: HandbookStrings = HandbookStrings {
    breadcrumbs_label: "Brødsmulesti",
    breadcrumbs_home: "Forside",
    breadcrumbs_back: "Tilbake til",
    updated: "Sist oppdatert",
    months: [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    toc_heading: "Innhold på siden",
    sources_heading: "Kilder",
    pager_label: "Forrige og neste side",
    previous: "Forrige side",
    next: "Neste side",
    pages_heading: "Sider i denne delen",
    module_empty: "Det er ikke skrevet noen sider her ennå.",
    page_missing_title: "Fant ikke siden",
    page_missing_before: "Vi finner ingen side som heter «",
    page_missing_after:
        "» i denne delen av håndboken. Kanskje lenken er gammel. Her er sidene som finnes:",
    skills_heading: "Ferdighetsområder og nivåer",
    skills_caption: "Grunnleggende digitale ferdigheter: hva man kan på nivå 1 og 2",
    skills_area: "Ferdighetsområde",
    groups_heading: "Hvem trenger hjelp?",
    map_heading: "Finn tilbud på kartet",
    map_all: "Se alle tilbud på kartet",
    map_municipality_before: "Se tilbudet i ",
    map_municipality_after: " på kartet",
    resources_heading: "Ressurser",
    resources_filters: "Vis bare ressurser",
    resources_audience: "For hvem",
    resources_publisher: "Utgiver",
    resources_language: "Språk",
    resources_all: "Alle",
    resources_count: "ressurser",
    resources_none:
        "Ingen ressurser passer med filtrene du har valgt. Velg «Alle» i ett av filtrene.",
    resources_clear: "Vis alle ressursene",
    resources_for: "For",
    resources_kind: "Type",
    checklist_of: "av",
    checklist_done: "gjort",
    checklist_reset: "Fjern alle avkrysninger",
    checklist_was_reset: "Alle avkrysninger er fjernet.",
    checklist_undo: "Angre",
    checklist_note: "Avkrysningene lagres bare i denne nettleseren, ikke hos oss.",
    template_help:
        "Les malen her, skriv den ut, eller last den ned og fyll inn det som står i klammer.",
    template_print: "Skriv ut malen",
    template_download: "Last ned malen som Word-fil (.docx)",
    template_text: "Teksten i malen",
    table_region: "Tabell",
};

/// The handbook strings for the [`Locale`] in context (bokmål only for now).
pub fn handbook_strings() -> &'static HandbookStrings {
    match use_context::<Locale>().unwrap_or_default() {
        Locale::Nb | Locale::Nn | Locale::En => &HANDBOOK_NB,
    }
}

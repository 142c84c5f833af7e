//! Blocks a handbook page shows after its body (`komponenter` in `handbok.json`), rendered
//! from the domain crate's data: the skill framework, the target groups and a link to the map.
//! The resource list is in [`resource_list`](crate::components::resource_list).

use digihjelpen::handbook::Component;
use digihjelpen::skill::{SkillArea, SkillLevel, BASIC_COMPETENCE_NB};
use digihjelpen::{MunicipalityNumber, TargetGroup};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::data_view::WithCatalog;
use crate::components::resource_list::ResourceList;
use crate::i18n::handbook::handbook_strings;

/// One block, by its kind.
#[component]
pub fn Block(
    /// Which block.
    component: Component,
    /// The page's municipality (for the map link of an example).
    municipality: Option<MunicipalityNumber>,
) -> impl IntoView {
    match component {
        Component::Skills => view! { <SkillsTable /> }.into_any(),
        Component::TargetGroups => view! { <TargetGroups /> }.into_any(),
        Component::Resources => view! { <ResourceList /> }.into_any(),
        Component::MapLink => view! { <MapLink municipality /> }.into_any(),
    }
}

/// The four skill areas × levels 1–2 (report ch. 2.2), as an accessible table.
#[component]
pub fn SkillsTable() -> impl IntoView {
    let s = handbook_strings();
    let rows = SkillArea::ALL
        .iter()
        .map(|&area| {
            let cells = SkillLevel::ALL
                .iter()
                .map(|&level| view! { <td>{area.descriptor(level)}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <strong>{area.label_nb()}</strong>
                        <span class="skills-area-description">{area.description_nb()}</span>
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="handbook-block" aria-labelledby="ferdigheter">
            <h2 class="ds-heading" data-size="md" id="ferdigheter">{s.skills_heading}</h2>
            <div class="md-table" role="region" aria-labelledby="ferdigheter-tabell" tabindex="0">
                <table class="ds-table skills-table" data-border="">
                    <caption id="ferdigheter-tabell">{s.skills_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{s.skills_area}</th>
                            {SkillLevel::ALL
                                .iter()
                                .map(|l| view! { <th scope="col">{l.label_nb()}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="ds-paragraph">{BASIC_COMPETENCE_NB}</p>
        </section>
    }
}

/// The target groups (report ch. 2.1).
#[component]
pub fn TargetGroups() -> impl IntoView {
    let s = handbook_strings();
    view! {
        <section class="handbook-block" aria-labelledby="malgrupper">
            <h2 class="ds-heading" data-size="md" id="malgrupper">{s.groups_heading}</h2>
            <ul class="ds-list target-groups">
                {TargetGroup::ALL
                    .iter()
                    .map(|g| view! {
                        <li><strong>{g.label_nb()}</strong>": "{g.description_nb()}</li>
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// A link to the map, and for an example page, to the municipality on the map.
#[component]
pub fn MapLink(
    /// The example's municipality.
    municipality: Option<MunicipalityNumber>,
) -> impl IntoView {
    let s = handbook_strings();
    view! {
        <section class="handbook-block" aria-labelledby="kart-lenke">
            <h2 class="ds-heading" data-size="md" id="kart-lenke">{s.map_heading}</h2>
            <ul class="ds-list map-links">
                {municipality.map(|number| view! {
                    <WithCatalog children=move |catalog| {
                        catalog.registry.municipality(number).map(|m| {
                            let text = format!("{}{}{}", s.map_municipality_before, m.name_nb(), s.map_municipality_after);
                            view! { <li><A href=format!("/kart?kommune={number}")>{text}</A></li> }
                        })
                    } />
                })}
                <li><A href="/kart">{s.map_all}</A></li>
            </ul>
        </section>
    }
}

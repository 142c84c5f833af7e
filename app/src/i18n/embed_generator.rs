//! Strings of the embed code generator (`/bygg-inn`).

/// Every string of the generator.
#[derive(Debug)]
pub struct EmbedGeneratorStrings {
    /// Heading above the choices.
    pub choose_heading: &'static str,
    /// Legend of the area choice.
    pub area_legend: &'static str,
    /// Area choice: the whole country.
    pub area_country: &'static str,
    /// Label of the county select.
    pub county_label: &'static str,
    /// Label of the municipality select.
    pub municipality_label: &'static str,
    /// The empty option of the selects.
    pub all_option: &'static str,
    /// Legend of the view choice.
    pub view_legend: &'static str,
    /// View: map and list.
    pub view_both: &'static str,
    /// View: map only.
    pub view_map: &'static str,
    /// View: list only.
    pub view_list: &'static str,
    /// Label of the height field.
    pub height_label: &'static str,
    /// Help under the height field.
    pub height_help: &'static str,
    /// Label of the language select.
    pub language_label: &'static str,
    /// Help under the language select.
    pub language_help: &'static str,
    /// Label of the auto-resize checkbox.
    pub resize_label: &'static str,
    /// Heading of the preview.
    pub preview_heading: &'static str,
    /// Heading of the code.
    pub code_heading: &'static str,
    /// Label of the code box.
    pub code_label: &'static str,
    /// The copy button.
    pub copy: &'static str,
    /// After a successful copy.
    pub copied: &'static str,
    /// When the clipboard is not available.
    pub copy_failed: &'static str,
    /// Heading of the how-to.
    pub howto_heading: &'static str,
    /// The how-to steps.
    pub howto_steps: &'static [&'static str],
    /// Heading on what the widget shows.
    pub shows_heading: &'static str,
    /// What the widget shows and does not do.
    pub shows: &'static [&'static str],
}

/// Bokmål.
pub static EMBED_GENERATOR_NB: EmbedGeneratorStrings = EmbedGeneratorStrings {
    choose_heading: "1. Velg hva som skal vises",
    area_legend: "Område",
    area_country: "Hele landet",
    county_label: "Fylke",
    municipality_label: "Kommune",
    all_option: "Alle",
    view_legend: "Visning",
    view_both: "Kart og liste",
    view_map: "Bare kart",
    view_list: "Bare liste",
    height_label: "Høyde i piksler",
    height_help: "Mellom 280 og 1200. Med automatisk høyde blir dette starthøyden.",
    language_label: "Språk",
    language_help: "Overskrifter, knapper og opplysningene om hvert tilbud vises på språket du velger. Navnet og beskrivelsen av tilbudet står slik kommunen har skrevet dem.",
    resize_label: "Tilpass høyden automatisk (legger til et lite skript)",
    preview_heading: "2. Se hvordan det blir",
    code_heading: "3. Kopier koden",
    code_label: "Kode til kommunens nettside",
    copy: "Kopier koden",
    copied: "Koden er kopiert. Lim den inn på nettsiden.",
    copy_failed: "Vi fikk ikke kopiert automatisk. Merk teksten i feltet og kopier den selv.",
    howto_heading: "Slik legger du kartet inn på nettsiden",
    howto_steps: &[
        "Velg kommune eller fylke, visning og høyde over.",
        "Trykk «Kopier koden».",
        "Åpne siden i publiseringsverktøyet til kommunen, og velg å sette inn HTML eller en «iframe».",
        "Lim inn koden og publiser. Kartet oppdaterer seg selv når tilbudene endres hos Digihjelpen.",
    ],
    shows_heading: "Hva viser kartet?",
    shows: &[
        "Kartet viser de samme tilbudene som Digihjelpen, filtrert på området du har valgt.",
        "Kartet bruker ingen informasjonskapsler og lagrer ingenting om dem som ser det.",
        "Bakgrunnskartet kommer fra Kartverket. Alt annet hentes fra Digihjelpen.",
        "Hvis opplysningene om kommunens tilbud er feil, kan dere rette dem i skjemaet «Meld inn eller oppdater et tilbud».",
    ],
};

//! The one place for the app's user-facing strings.
//!
//! Every string the app shell shows comes from a [`Strings`] table chosen by the active
//! [`Locale`] (the domain crate's). The site is in bokmål; nynorsk and English fall back to
//! bokmål until their tables are written (add a `static NN: Strings` and return it from
//! [`use_i18n`]). The embed widget ([`embed`]) and the facts of an offer ([`offer`]) are
//! complete in all three. Components read the table with [`use_i18n`].

use leptos::prelude::*;

pub mod accessibility;
pub mod embed;
pub mod embed_generator;
pub mod handbook;
pub mod map;
pub mod offer;
pub mod search;
pub mod status;
pub mod update;

pub use digihjelpen::Locale;

/// A page's title, heading and lead sentence.
#[derive(Debug)]
pub struct PageText {
    /// The `<title>` and `<h1>`.
    pub title: &'static str,
    /// The first paragraph under the heading.
    pub lead: &'static str,
}

/// Every string of the app shell.
#[derive(Debug)]
pub struct Strings {
    /// The service's name.
    pub site_name: &'static str,
    /// Shown under the service name in the header.
    pub tagline: &'static str,
    /// The skip link's text.
    pub skip_to_main: &'static str,
    /// `aria-label` of the main navigation.
    pub main_nav_label: &'static str,
    /// `aria-label` of the footer navigation.
    pub footer_nav_label: &'static str,
    /// Navigation: the four handbook modules, the map and the status page.
    pub nav_about: &'static str,
    /// See [`Strings::nav_about`].
    pub nav_get_started: &'static str,
    /// See [`Strings::nav_about`].
    pub nav_examples: &'static str,
    /// See [`Strings::nav_about`].
    pub nav_resources: &'static str,
    /// See [`Strings::nav_about`].
    pub nav_map: &'static str,
    /// See [`Strings::nav_about`].
    pub nav_status: &'static str,
    /// Footer: the about page.
    pub footer_about: &'static str,
    /// Footer: the accessibility statement.
    pub footer_accessibility: &'static str,
    /// Footer: the embed generator.
    pub footer_embed: &'static str,
    /// Footer: the update form.
    pub footer_update: &'static str,
    /// Footer: site search.
    pub footer_search: &'static str,
    /// Footer: one line on who is behind the service.
    pub footer_note: &'static str,
    /// Shown while data loads.
    pub loading: &'static str,
    /// The retry button.
    pub retry: &'static str,
    /// Heading of the data error box.
    pub data_error_title: &'static str,
    /// What the user can do when data fails.
    pub data_error_help: &'static str,
    /// Data error: "file" label.
    pub data_error_file: &'static str,
    /// Pages.
    pub home: PageText,
    /// Handbook module 1.
    pub about: PageText,
    /// Handbook module 2.
    pub get_started: PageText,
    /// Handbook module 3.
    pub examples: PageText,
    /// Handbook module 4.
    pub resources: PageText,
    /// The map.
    pub map: PageText,
    /// Coverage status.
    pub status: PageText,
    /// The embed generator.
    pub embed_generator: PageText,
    /// The embeddable widget.
    pub embed: PageText,
    /// The update form.
    pub update: PageText,
    /// Site search.
    pub search: PageText,
    /// Accessibility statement.
    pub accessibility: PageText,
    /// About the service, data sources and licences.
    pub about_site: PageText,
    /// Unknown route.
    pub not_found: PageText,
    /// 404: link back to the front page.
    pub not_found_home: &'static str,
    /// 404: link to the map.
    pub not_found_map: &'static str,
    /// 404: link to search.
    pub not_found_search: &'static str,
    /// Front page: heading over the municipality/postcode search.
    pub home_search_heading: &'static str,
    /// Front page: call to action for citizens.
    pub home_find_help: &'static str,
    /// Front page, only without JavaScript: the search needs it, the list does not.
    pub home_no_script: &'static str,
    /// Front page: text under the citizens' call to action.
    pub home_find_help_text: &'static str,
    /// Front page: call to action for municipal staff.
    pub home_for_municipalities: &'static str,
    /// Front page: text under the staff call to action.
    pub home_for_municipalities_text: &'static str,
    /// Front page: call to action for advisers and politicians.
    pub home_coverage: &'static str,
    /// Front page: text under the coverage call to action.
    pub home_coverage_text: &'static str,
    /// The honest count under the front page's search: (municipalities with a confirmed
    /// offer, example offers) → "0 kommuner har bekreftet et tilbud ennå. Kartet viser 8
    /// eksempler." Use [`Strings::coverage_summary`].
    pub coverage_sentence: fn(usize, usize) -> String,
    /// Suffix after the title in `<title>`.
    pub title_suffix: &'static str,
    /// 404: label before the unknown path.
    pub not_found_path: &'static str,
    /// About: heading of the data sources.
    pub about_sources_heading: &'static str,
    /// About: one line per data source, with its licence.
    pub about_sources: &'static [&'static str],
    /// About: heading on privacy.
    pub about_privacy_heading: &'static str,
    /// About: what the site stores and sends.
    pub about_privacy: &'static str,
    /// About: heading of what is kept on the device.
    pub about_stored_heading: &'static str,
    /// About: what is kept, one line each, with where.
    pub about_stored: &'static [&'static str],
    /// About: the button that deletes it all.
    pub about_forget: &'static str,
    /// About: said after deleting (the number of saved choices removed).
    pub about_forgotten: fn(usize) -> String,
    /// About: heading of the software licences.
    pub about_software_heading: &'static str,
    /// About: one line per bundled library.
    pub about_software: &'static [&'static str],
}

impl Strings {
    /// The front page's count, from the domain crate's [`Coverage`](digihjelpen::Coverage)
    /// (examples are not coverage).
    pub fn coverage_summary(&self, c: &digihjelpen::Coverage) -> String {
        (self.coverage_sentence)(c.covered(), c.example_offers())
    }

    /// The `<title>` text for a page.
    pub fn page_title(&self, title: &str) -> String {
        if title == self.site_name {
            title.to_owned()
        } else {
            format!("{title}{}", self.title_suffix)
        }
    }
}

/// The bokmål table.
pub static NB: Strings = Strings {
    site_name: "Digihjelpen",
    tagline: "Hjelp med digitale tjenester i kommunen din",
    skip_to_main: "Hopp til hovedinnholdet",
    main_nav_label: "Hovedmeny",
    footer_nav_label: "Om nettstedet",
    nav_about: "Hva er Digihjelpen?",
    nav_get_started: "Kom i gang",
    nav_examples: "Eksempler fra kommunene",
    nav_resources: "Ressurser",
    nav_map: "Kart",
    nav_status: "Status",
    footer_about: "Om Digihjelpen, data og lisenser",
    footer_accessibility: "Tilgjengelighetserklæring",
    footer_embed: "Bygg inn kartet på kommunens nettside",
    footer_update: "Meld inn eller oppdater et tilbud",
    footer_search: "Søk på nettstedet",
    footer_note: "Digihjelpen bygger på prosjektrapporten fra KMD og KS (2018). \
                  Nettstedet bruker ingen informasjonskapsler og ingen sporing.",
    loading: "Laster inn …",
    retry: "Prøv igjen",
    data_error_title: "Vi fikk ikke lastet inn dataene",
    data_error_help: "Resten av nettstedet virker som vanlig. Prøv igjen om litt. \
                      Hvis feilen ikke går over, kan du gi beskjed til redaksjonen.",
    data_error_file: "Fil",
    home: PageText {
        title: "Digihjelpen",
        lead: "Mange trenger hjelp til å bruke digitale verktøy og offentlige tjenester på nett. \
               Her finner du hjelp der du bor, og kommunen finner råd om hvordan de kan gi slik hjelp.",
    },
    about: PageText {
        title: "Hva er Digihjelpen?",
        lead: "Digihjelpen er et fast tilbud i kommunen der innbyggere får hjelp til å bli trygge \
               brukere av digitale verktøy og offentlige tjenester på nett.",
    },
    get_started: PageText {
        title: "Hvordan komme i gang?",
        lead: "Råd, sjekklister og maler for kommuner som vil starte eller forbedre et fast \
               veiledningstilbud i grunnleggende digitale ferdigheter.",
    },
    examples: PageText {
        title: "Eksempler fra kommunene",
        lead: "Slik har kommuner organisert hjelpen: i biblioteket, på servicetorget, med frivillige \
               og i samarbeid med nabokommuner.",
    },
    resources: PageText {
        title: "Ressurser til bruk i veiledning",
        lead: "Kursopplegg, veiledere og nettsider fra offentlige etater og organisasjoner, \
               som du kan bruke når du hjelper andre.",
    },
    map: PageText {
        title: "Finn hjelp der du bor",
        lead: "Se hvilke kommuner som har et fast tilbud om hjelp med digitale tjenester, \
               på kart eller som liste.",
    },
    status: PageText {
        title: "Status: hvor finnes det tilbud?",
        lead: "Oversikt over hvor mange kommuner som har registrert et tilbud, fylke for fylke, \
               og hvor tilbudet mangler.",
    },
    embed_generator: PageText {
        title: "Bygg inn kartet på kommunens nettside",
        lead: "Lag en kode du kan lime inn på kommunens nettside, slik at innbyggerne ser \
               tilbudene i kommunen uten å gå til et annet nettsted.",
    },
    embed: PageText {
        title: "Tilbud om digital hjelp",
        lead: "Her ser du tilbudene om hjelp med digitale tjenester i kommunen.",
    },
    update: PageText {
        title: "Meld inn eller oppdater et tilbud",
        lead: "Fyll ut skjemaet for å få kommunens tilbud på kartet, eller for å rette opplysninger \
               om et tilbud som allerede er registrert.",
    },
    search: PageText {
        title: "Søk",
        lead: "Søk i håndboken, i ressursene og i tilbudene i kommunene.",
    },
    accessibility: PageText {
        title: "Tilgjengelighetserklæring",
        lead: "Digihjelpen skal kunne brukes av alle, også med tastatur, skjermleser og forstørring. \
               Nettstedet har som mål å oppfylle kravene i WCAG 2.1 på nivå AA.",
    },
    about_site: PageText {
        title: "Om Digihjelpen",
        lead: "Her står det hvem som står bak nettstedet, hvor dataene kommer fra, og hvilke \
               lisenser som gjelder.",
    },
    not_found: PageText {
        title: "Fant ikke siden",
        lead: "Vi finner ikke siden du prøvde å åpne. Kanskje lenken er gammel, eller adressen \
               har en skrivefeil.",
    },
    not_found_home: "Gå til forsiden",
    not_found_map: "Finn hjelp på kartet",
    not_found_search: "Søk på nettstedet",
    home_search_heading: "Hvor bor du? Finn hjelp i nærheten",
    home_find_help: "Finn hjelp der du bor",
    home_no_script: "Søket virker bare med JavaScript. Alle tilbudene står i listen på siden",
    home_find_help_text: "Se alle tilbudene på kartet og i en liste.",
    home_for_municipalities: "For kommunen: kom i gang",
    home_for_municipalities_text: "Råd, sjekklister og maler for å starte et veiledningstilbud.",
    home_coverage: "Se hvor tilbudet mangler",
    home_coverage_text: "Status for alle kommuner og fylker.",
    coverage_sentence: |confirmed, examples| {
        let first = match confirmed {
            0 => "0 kommuner har bekreftet et tilbud ennå.".to_owned(),
            1 => "1 kommune har bekreftet et tilbud.".to_owned(),
            n => format!("{n} kommuner har bekreftet et tilbud."),
        };
        match examples {
            0 => first,
            1 => format!("{first} Kartet viser også 1 eksempel som ikke er bekreftet."),
            n => format!("{first} Kartet viser også {n} eksempler som ikke er bekreftet."),
        }
    },
    title_suffix: " – Digihjelpen",
    not_found_path: "Adressen du prøvde: ",
    about_sources_heading: "Hvor kommer dataene fra?",
    about_sources: &[
        "Innholdet i håndboken bygger på prosjektrapporten «Digihjelpen – et kommunalt \
         veiledningstilbud i grunnleggende digital kompetanse» fra KMD og KS (2018), \
         samarbeidsavtalen mellom KDD og KS (2022) og KS sine nyheter om ordningen.",
        "Tilbudene på kartet er hentet fra eksemplene i prosjektrapporten. Der kilden ikke \
         oppgir adresse, åpningstider eller kontaktinformasjon, står det ingenting. \
         Hvert tilbud viser når det sist ble bekreftet.",
        "Kommunegrenser: © Kartverket (CC BY 4.0), forenklet.",
        "Kommuner og kommunenummer (2024): Kartverket.",
        "Postnummer: GeoNames (CC BY 4.0), august 2024.",
        "Bakgrunnskart: © Kartverket.",
    ],
    about_privacy_heading: "Personvern",
    about_privacy: "Digihjelpen bruker ingen informasjonskapsler og ingen sporing. \
                    Nettstedet henter bare kartbilder fra Kartverket. Posisjonen din brukes bare \
                    når du selv trykker på «Bruk min posisjon», og den sendes ikke videre. \
                    Avkrysninger i sjekklister og utkast i skjemaet lagres bare i din egen nettleser.",
    about_stored_heading: "Det som lagres på denne enheten",
    about_stored: &[
        "Hva du har krysset av i sjekklistene i veilederen (i nettleserens lokale lagring, «localStorage», med navn som begynner med digihjelpen.sjekkliste.).",
        "Utkastet i skjemaet for å melde inn eller oppdatere et tilbud (localStorage, digihjelpen.utkast).",
        "Kopier av sidene du har åpnet, med koden og opplysningene deres, så de kan åpnes uten nett (nettleserens hurtiglager for nettsteder, «Cache Storage»).",
    ],
    about_forget: "Slett det som er lagret her",
    about_forgotten: |n| match n {
        0 => "Slettet. Det var ingen lagrede valg; kopiene for bruk uten nett er borte.".to_owned(),
        1 => "Slettet: 1 lagret valg og kopiene for bruk uten nett.".to_owned(),
        n => format!("Slettet: {n} lagrede valg og kopiene for bruk uten nett."),
    },
    about_software_heading: "Programvare",
    about_software: &[
        "Designsystemet fra Digdir (MIT-lisens).",
        "Leaflet 1.9.4 (BSD-2-lisens) og Leaflet.markercluster 1.5.3 (MIT-lisens).",
        "Leptos (MIT-lisens) og Rust-biblioteker med MIT- eller Apache-2.0-lisens.",
    ],
};

/// The active string table, from the [`Locale`] in context (bokmål when none is provided).
pub fn use_i18n() -> &'static Strings {
    match use_context::<Locale>().unwrap_or_default() {
        Locale::Nb | Locale::Nn | Locale::En => &NB,
    }
}
